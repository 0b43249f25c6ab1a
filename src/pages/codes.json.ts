/** /codes.json: every code, both languages, facts, source rows, API 3.0 mapping; its URLs absolute when SITE_URL is set. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../pipeline/site-data.ts';
import { codesDocument } from '../pipeline/6-export/codes-json.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify(codesDocument(await getSiteData(), undefined, site), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' },
	});
