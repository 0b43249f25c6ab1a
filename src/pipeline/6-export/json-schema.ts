/** Stage 6: the JSON Schema (2020-12) of /codes.json and /codes/{code}.json, generated from record-schema.ts. */
import { z } from 'astro/zod';
import { CodesDocumentSchema } from './record-schema.ts';

/** The published schema, identified by `id`, its own URL (schemaUrl()); the code record is `$defs/code`. */
export function codesJsonSchema(id = 'codes.schema.json') {
	const generated = z.toJSONSchema(CodesDocumentSchema, { target: 'draft-2020-12' });
	return {
		$schema: generated.$schema,
		$id: id,
		title: 'Tencent Cloud API 2.0 common error codes',
		description: '/codes.json is a codes document; /codes/{code}.json is one code record ($defs/code).',
		...generated,
	};
}
