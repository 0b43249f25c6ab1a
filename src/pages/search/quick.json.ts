/**
 * /search/quick.json: every code's title, other names (its sources' titles and our synonyms)
 * and summary in both languages, for the code layer of search (src/features/search/quick.ts):
 * instant results, exact titles first, synonyms and typo tolerance. Empty above QUICK_LIMIT
 * codes (the file would outweigh Pagefind): /search/words/ serves the same entries by word then.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../pipeline/site-data.ts';
import { quickEntries } from '../../features/search/quick-index.ts';

export const GET: APIRoute = async () => {
	const site = await getSiteData();
	return new Response(JSON.stringify(quickEntries(site.codes)), { headers: { 'content-type': 'application/json' } });
};
