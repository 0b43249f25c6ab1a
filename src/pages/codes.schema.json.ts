/** /codes.schema.json: the JSON Schema of /codes.json and /codes/{code}.json. */
import type { APIRoute } from 'astro';
import { codesJsonSchema } from '../pipeline/6-export/json-schema.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(codesJsonSchema(), null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json' },
	});
