/**
 * /search/quick.json: every code's title and summary in both languages, for instant results
 * while Pagefind loads (src/features/search/quick.ts). Only for registries of up to QUICK_LIMIT codes;
 * beyond that it is empty and search relies on Pagefind alone (the file would outweigh it).
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../pipeline/site-data.ts';
import { plainText } from '../../utils/markdown.ts';
import { QUICK_LIMIT, type QuickEntry } from '../../features/search/quick.ts';

export const GET: APIRoute = async () => {
	const site = await getSiteData();
	const entries: QuickEntry[] =
		site.codes.length > QUICK_LIMIT
			? []
			: site.codes.map((entry) => [
					entry.code,
					entry.prose.en.title,
					entry.prose.zh.title,
					plainText(entry.prose.en.summary),
					plainText(entry.prose.zh.summary),
				]);
	return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json' } });
};
