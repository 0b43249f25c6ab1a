/** /codes.json: every code, both languages, facts, source rows, API 3.0 mapping. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/registry.ts';
import { codesDocument } from '../data/export.ts';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(codesDocument(await getSiteData()), null, '\t')}\n`, { headers: { 'content-type': 'application/json' } });
