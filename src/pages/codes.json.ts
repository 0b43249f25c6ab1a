/** /codes.json: every code, both languages, facts, source rows, API 3.0 mapping. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../pipeline/site-data.ts';
import { codesDocument } from '../pipeline/6-export/codes-json.ts';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(codesDocument(await getSiteData()), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' },
	});
