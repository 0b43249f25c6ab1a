/** /codes.schema.json: the JSON Schema of /codes.json and /codes/{code}.json, its $id its own URL. */
import type { APIRoute } from 'astro';
import { schemaUrl } from '../pipeline/6-export/codes-json.ts';
import { codesJsonSchema } from '../pipeline/6-export/json-schema.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(codesJsonSchema(schemaUrl(undefined, site)), null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json' },
	});
