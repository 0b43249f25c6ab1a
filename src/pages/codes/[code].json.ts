/** /codes/{code}.json: one code record (the items of /codes.json). */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/registry.ts';
import { codeRecord } from '../../data/export.ts';
import type { CodeView } from '../../data/model.ts';

export async function getStaticPaths() {
	return (await getSiteData()).codes.map((entry) => ({ params: { code: entry.code }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) =>
	new Response(`${JSON.stringify(codeRecord((props as { entry: CodeView }).entry), null, '\t')}\n`, { headers: { 'content-type': 'application/json' } });
