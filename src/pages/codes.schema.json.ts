/** /codes.schema.json: the JSON Schema of /codes.json and /codes/{code}.json. */
import type { APIRoute } from 'astro';
import { codesDocumentSchema } from '../data/json-schema.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(codesDocumentSchema, null, '\t')}\n`, { headers: { 'content-type': 'application/schema+json' } });
