/**
 * Stage 6: the zod schema of /codes.json and /codes/{code}.json. The records are typed by it
 * (codes-json.ts) and the published JSON Schema is generated from it (json-schema.ts), so the
 * two cannot drift. Field names are a public interface: add fields, never rename or remove one
 * without bumping SCHEMA_VERSION.
 */
import { z } from 'astro/zod';
import { localeKeys } from '../../i18n/locales.ts';
import { api3Matches, disagreementKinds, retryVerdicts, sourceKinds } from '../2-schema/content.ts';
import { urlStatuses } from '../2-schema/manifest.ts';

export const SCHEMA_VERSION = 2;

const Locale = z.enum(localeKeys);
const Bilingual = z.strictObject({ en: z.string(), zh: z.string() });

/** Where a source is published: the public page's title and address, and how sure that address is. */
const Published = z.strictObject({
	title: z
		.string()
		.meta({ description: 'The page’s title as Tencent Cloud publishes it, in the document’s language.' }),
	url: z.string().nullable().meta({ description: 'The public page’s address, or null when none is known.' }),
	urlStatus: z.enum(urlStatuses).nullable().meta({
		description:
			'confirmed: the document was found at url; unconfirmed: a plausible address not checked against the text; null: no url.',
	}),
	context: Bilingual.meta({
		description: 'Which site and edition, the version’s date and what is not verified (ours, inline markdown).',
	}),
});

const CodeText = z.strictObject({
	title: z.string().meta({ description: 'The code’s name in this language.' }),
	titleSource: z.string().meta({
		description: 'Id of the source the title is quoted from, or "project" for our own wording or translation.',
	}),
	summary: z.string().meta({ description: 'One sentence (ours). Inline markdown: `code`, [text](url).' }),
	cause: z
		.string()
		.meta({ description: 'Why it happens (ours). Inline markdown; paragraphs separated by a blank line.' }),
	action: z.string().meta({ description: 'What to do (ours). Inline markdown; "- " lines form a list.' }),
	retry: z.string().meta({ description: 'Retry guidance (ours).' }),
	api3: z.string().meta({ description: 'Note on the closest API 3.0 codes (ours).' }),
});

/** One code: both languages' text, its facts, every source row and the API 3.0 mapping. */
export const CodeRecordSchema = z
	.strictObject({
		code: z.int().min(1000).meta({ description: 'The API 2.0 common error code.' }),
		class: z
			.strictObject({ id: z.string(), en: z.string(), zh: z.string() })
			.meta({ description: 'The group it is listed under (our grouping).' }),
		urls: Bilingual.meta({
			description:
				'The code’s page in each language: absolute on the site’s origin, or a path when the build has none.',
		}),
		text: z.strictObject({ en: CodeText, zh: CodeText }),
		retry: z.enum(retryVerdicts).meta({ description: 'Our retry verdict.' }),
		related: z.array(z.int()).meta({ description: 'Related codes.' }),
		api3: z
			.array(z.strictObject({ code: z.string(), match: z.enum(api3Matches), description: Bilingual }))
			.meta({ description: 'Closest API 3.0 common error codes (our mapping) with Tencent Cloud’s descriptions.' }),
		sources: z
			.array(
				z.strictObject({
					source: z.string(),
					lang: Locale,
					title: z.string(),
					description: z.string(),
					url: z.string().nullable().meta({ description: 'The source’s public page, or null when none is known.' }),
					urlStatus: z
						.enum(urlStatuses)
						.nullable()
						.meta({ description: 'How sure that address is (see sources[].published).' }),
				}),
			)
			.meta({ description: 'Each source’s own row for the code, cleaned of export damage.' }),
		notListedIn: z.array(z.string()).meta({ description: 'Sources that do not list this code.' }),
		disagreements: z
			.array(
				z.strictObject({
					topic: z.string().meta({ description: 'What the sources disagree about (a stable id).' }),
					kind: z
						.enum(disagreementKinds)
						.meta({ description: 'facts, detail (some state what others omit), advice or wording.' }),
					label: Bilingual.meta({ description: 'The topic, in both languages (ours).' }),
					positions: z.array(
						z.strictObject({
							id: z.string(),
							claim: Bilingual.meta({ description: 'What this side says, in both languages (ours).' }),
							evidence: z
								.record(z.string(), z.string())
								.meta({ description: 'Per source id, the words of its row that state this side.' }),
						}),
					),
				}),
			)
			.meta({ description: 'Where the sources contradict each other on this code.' }),
		example: z
			.strictObject({ json: z.string(), source: z.string() })
			.nullable()
			.meta({ description: 'A documented error response, or null.' }),
		ours: z.array(z.string()).meta({ description: 'Fields written by this project rather than taken from a source.' }),
	})
	.meta({ id: 'code' });

/** /codes.json: every code, plus what the sources are. */
export const CodesDocumentSchema = z.strictObject({
	schemaVersion: z.literal(SCHEMA_VERSION),
	$schema: z.string().meta({ description: 'The JSON Schema of this document (absolute, as the pages’ URLs).' }),
	sources: z.array(
		z.strictObject({
			id: z.string(),
			lang: Locale,
			kind: z.enum(sourceKinds),
			name: Bilingual,
			summary: Bilingual,
			published: Published,
			rows: z.int(),
		}),
	),
	codes: z.array(CodeRecordSchema),
});

export type CodeRecord = z.output<typeof CodeRecordSchema>;
export type CodesDocument = z.output<typeof CodesDocumentSchema>;
