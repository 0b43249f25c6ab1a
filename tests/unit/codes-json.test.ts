/**
 * /codes.json and its JSON Schema come from one zod schema (src/pipeline/6-export/): the
 * document built from the real content satisfies both, and the published JSON Schema rejects
 * what the zod schema rejects.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { codesDocument } from '../../src/pipeline/6-export/codes-json.ts';
import { codesJsonSchema } from '../../src/pipeline/6-export/json-schema.ts';
import { CodeRecordSchema, CodesDocumentSchema } from '../../src/pipeline/6-export/record-schema.ts';

const document = codesDocument(buildSiteData(readContent().set), '/');
const validate = new Ajv2020({ strict: false }).compile(codesJsonSchema());

describe('the codes document', () => {
	it('satisfies the zod schema it is typed by and the JSON Schema generated from it', () => {
		expect(CodesDocumentSchema.safeParse(document).success).toBe(true);
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
	});

	it('is described field by field: every field of a record is a property of the published $defs/code', () => {
		const properties = Object.keys((codesJsonSchema().$defs as Record<string, { properties: object }>).code.properties);
		expect(properties.sort()).toEqual(Object.keys(CodeRecordSchema.shape).sort());
		for (const record of document.codes) expect(Object.keys(record).sort()).toEqual(properties.sort());
	});

	it('fails both schemas when a record loses a field or gains an unknown one', () => {
		const [first, ...rest] = document.codes;
		const { retry: _dropped, ...withoutRetry } = first;
		for (const broken of [
			{ ...document, codes: [withoutRetry, ...rest] },
			{ ...document, codes: [{ ...first, extra: 1 }, ...rest] },
		]) {
			expect(CodesDocumentSchema.safeParse(broken).success).toBe(false);
			expect(validate(broken)).toBe(false);
		}
	});
});
