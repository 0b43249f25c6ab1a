/**
 * /codes.json and its JSON Schema come from one zod schema (src/pipeline/6-export/): the
 * document built from the real content satisfies both, and the published JSON Schema rejects
 * what the zod schema rejects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { codesDocument, schemaUrl } from '../../src/pipeline/6-export/codes-json.ts';
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

describe('the URLs of the codes document', () => {
	it('are absolute on the origin when the build has one, and base-path paths when it has none', () => {
		const site = buildSiteData(readContent().set);
		const origin = new URL('https://errors.example.com');
		const hosted = codesDocument(site, '/docs/errors/', origin);
		expect(hosted.$schema).toBe('https://errors.example.com/docs/errors/codes.schema.json');
		expect(codesJsonSchema(schemaUrl('/docs/errors/', origin)).$id).toBe(hosted.$schema);
		for (const record of hosted.codes)
			expect(record.urls).toEqual({
				en: `https://errors.example.com/docs/errors/en/codes/${record.code}/`,
				zh: `https://errors.example.com/docs/errors/zh/codes/${record.code}/`,
			});
		const bare = codesDocument(site, '/docs/errors/');
		expect(bare.$schema).toBe('/docs/errors/codes.schema.json');
		expect(bare.codes[0].urls.en).toBe(`/docs/errors/en/codes/${bare.codes[0].code}/`);
	});
});

describe('the sources in the codes document', () => {
	const manifest = parseYaml(readFileSync(join(process.cwd(), 'content/raw/sources.yaml'), 'utf8')) as {
		id: string;
		file: string;
		published: { title: string; url?: string; urlStatus?: string };
	}[];

	it('carry each source’s public page as the manifest gives it, in the list and in every code’s rows', () => {
		for (const entry of manifest) {
			const listed = document.sources.find((source) => source.id === entry.id)!;
			expect(listed.published).toMatchObject({
				title: entry.published.title,
				url: entry.published.url ?? null,
				urlStatus: entry.published.urlStatus ?? null,
			});
			for (const record of document.codes)
				for (const row of record.sources.filter((r) => r.source === entry.id))
					expect({ url: row.url, urlStatus: row.urlStatus }, `${record.code} ${entry.id}`).toEqual({
						url: entry.published.url ?? null,
						urlStatus: entry.published.urlStatus ?? null,
					});
		}
		expect(manifest.some((entry) => entry.published.url)).toBe(true);
	});

	it('never name a raw export file', () => {
		const json = JSON.stringify(document);
		for (const entry of manifest) expect(json).not.toContain(entry.file.replace(/\.txt$/, ''));
	});
});

describe('the manifest schema', () => {
	it('rejects an address without its status, and a status without an address, saying how to fix it', async () => {
		const { PublishedSchema } = await import('../../src/pipeline/2-schema/manifest.ts');
		const context = { en: 'A page.', zh: '一个页面。' };
		for (const broken of [
			{ title: 'Error Codes', url: 'https://cloud.tencent.com/document/api/214/1530', context },
			{ title: 'Error Codes', urlStatus: 'confirmed', context },
			{ title: 'Error Codes', url: 'http://example.com/', urlStatus: 'confirmed', context },
		]) {
			const result = PublishedSchema.safeParse(broken);
			expect(result.success, JSON.stringify(broken)).toBe(false);
			expect(result.error?.issues[0].message).toMatch(/urlStatus|https/);
		}
		expect(PublishedSchema.safeParse({ title: 'Error Codes', context }).success).toBe(true);
	});
});
