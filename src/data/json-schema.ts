/** JSON Schema (2020-12) of /codes.json and /codes/{code}.json (see src/data/export.ts). */
import { localeKeys } from '../i18n/locales.ts';
import { api3Matches, retryVerdicts, sourceKinds } from '../schemas/content.ts';
import { SCHEMA_VERSION } from './export.ts';
const bilingual = { type: 'object', required: ['en', 'zh'], properties: { en: { type: 'string' }, zh: { type: 'string' } }, additionalProperties: false };
const codeText = {
	type: 'object',
	required: ['title', 'titleSource', 'summary', 'cause', 'action', 'retry', 'api3'],
	additionalProperties: false,
	properties: {
		title: { type: 'string', description: 'The code’s name in this language.' },
		titleSource: { type: 'string', description: 'Id of the source the title is quoted from, or "project" for our own wording or translation.' },
		summary: { type: 'string', description: 'One sentence (ours). Inline markdown: `code`, [text](url).' },
		cause: { type: 'string', description: 'Why it happens (ours). Inline markdown; paragraphs separated by a blank line.' },
		action: { type: 'string', description: 'What to do (ours). Inline markdown; "- " lines form a list.' },
		retry: { type: 'string', description: 'Retry guidance (ours).' },
		api3: { type: 'string', description: 'Note on the closest API 3.0 codes (ours).' },
	},
};

export const codeRecordSchema = {
	type: 'object',
	required: ['code', 'class', 'urls', 'text', 'retry', 'related', 'api3', 'sources', 'notListedIn', 'disagreements', 'example', 'ours'],
	additionalProperties: false,
	properties: {
		code: { type: 'integer', minimum: 1000, description: 'The API 2.0 common error code.' },
		class: { type: 'object', required: ['id', 'en', 'zh'], properties: { id: { type: 'string' }, en: { type: 'string' }, zh: { type: 'string' } }, additionalProperties: false, description: 'The group it is listed under (our grouping).' },
		urls: bilingual,
		text: { type: 'object', required: ['en', 'zh'], additionalProperties: false, properties: { en: codeText, zh: codeText } },
		retry: { enum: [...retryVerdicts], description: 'Our retry verdict.' },
		related: { type: 'array', items: { type: 'integer' } },
		api3: {
			type: 'array',
			description: 'Closest API 3.0 common error codes (our mapping) with Tencent Cloud’s descriptions.',
			items: {
				type: 'object', required: ['code', 'match', 'description'], additionalProperties: false,
				properties: { code: { type: 'string' }, match: { enum: [...api3Matches] }, description: bilingual },
			},
		},
		sources: {
			type: 'array',
			description: 'Each source’s own row for the code, cleaned of export damage.',
			items: {
				type: 'object', required: ['source', 'lang', 'title', 'description'], additionalProperties: false,
				properties: { source: { type: 'string' }, lang: { enum: [...localeKeys] }, title: { type: 'string' }, description: { type: 'string' } },
			},
		},
		notListedIn: { type: 'array', items: { type: 'string' }, description: 'Sources that do not list this code.' },
		disagreements: {
			type: 'array',
			items: {
				type: 'object', required: ['topic', 'positions'], additionalProperties: false,
				properties: {
					topic: { type: 'string' },
					positions: { type: 'array', items: { type: 'object', required: ['id', 'evidence'], additionalProperties: false, properties: { id: { type: 'string' }, evidence: { type: 'object', additionalProperties: { type: 'string' } } } } },
				},
			},
		},
		example: { oneOf: [{ type: 'null' }, { type: 'object', required: ['json', 'source'], additionalProperties: false, properties: { json: { type: 'string' }, source: { type: 'string' } } }] },
		ours: { type: 'array', items: { type: 'string' }, description: 'Fields written by this project rather than taken from a source.' },
	},
} as const;

export const codesDocumentSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	$id: 'codes.schema.json',
	title: 'Tencent Cloud API 2.0 common error codes',
	description: '/codes.json is a codes document; /codes/{code}.json is one code record ($defs/code).',
	type: 'object',
	required: ['schemaVersion', '$schema', 'sources', 'codes'],
	additionalProperties: false,
	properties: {
		schemaVersion: { const: SCHEMA_VERSION },
		$schema: { type: 'string' },
		sources: {
			type: 'array',
			items: {
				type: 'object', required: ['id', 'lang', 'kind', 'name', 'summary', 'rows'], additionalProperties: false,
				properties: { id: { type: 'string' }, lang: { enum: [...localeKeys] }, kind: { enum: [...sourceKinds] }, name: bilingual, summary: bilingual, rows: { type: 'integer' } },
			},
		},
		codes: { type: 'array', items: { $ref: '#/$defs/code' } },
	},
	$defs: { code: codeRecordSchema },
};
