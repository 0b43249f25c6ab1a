/**
 * Stage 2, the schemas of every content file, applied by the one reader (../3-read.ts) for the
 * build, `astro dev`, scripts/check-content.ts and the tests alike; they also type the Astro
 * collections (src/content.config.ts). Every field has a one-line comment.
 */
import { z } from 'astro/zod';
import { Bilingual, CleanText, CodeNumber, LocaleKey } from './text.ts';
import { PublishedSchema, sourceKinds } from './manifest.ts';

/** True for text that parses as a JSON object with a `code` (a documented example response). */
function isResponseJson(text: string): boolean {
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value;
	} catch {
		return false;
	}
}

/**
 * Our retry verdicts. fix-first: the request itself is wrong; fix-account: the request may be
 * right, the account is not (permission, status, balance, review), so it can be sent again once
 * that is fixed; fresh-request: re-sign with a new Nonce and Timestamp; backoff, later: wait;
 * reconcile: check what a batch did.
 */
export const retryVerdicts = ['fix-first', 'fix-account', 'fresh-request', 'backoff', 'later', 'reconcile'] as const;
export const api3Matches = ['exact', 'close', 'partial', 'false-friend'] as const;
export { sourceKinds };
export const disagreementKinds = ['facts', 'detail', 'advice', 'wording'] as const;
const sourceId = () =>
	z.string().regex(/^[a-z0-9-]+$/, 'must be a source id such as "clb-en" (the name of a file in content/sources/)');

/** content/registry.yaml: the language-neutral facts of each code, keyed by code number (cross-file rules in ../4-check.ts). */
export const RegistrySchema = z.strictObject({
	/** Group the code is listed under: an id in content/classes.yaml. */
	class: z.string().min(1, 'must name a class from content/classes.yaml'),
	/** Codes a reader of this one should also see; each must exist in the registry. */
	related: z.array(CodeNumber()).default([]),
	/** Our retry verdict (the prose is in each locale's `retry`). */
	retry: z.enum(retryVerdicts, { error: `must be one of ${retryVerdicts.join(', ')}` }),
	/** Closest API 3.0 common error codes (our mapping); [] when none matches. */
	api3: z.array(
		z.strictObject({
			/** An API 3.0 code listed in content/api3.yaml. */
			code: z
				.string()
				.regex(/^[A-Za-z]+(\.[A-Za-z]+)*$/, 'must be an API 3.0 code such as AuthFailure.SignatureExpire'),
			/** How close: exact | close | partial | false-friend (same name, different meaning). */
			match: z.enum(api3Matches, { error: `must be one of ${api3Matches.join(', ')}` }),
		}),
	),
	/** Interactive tools shown on the code's page (our own). */
	tools: z.array(z.enum(['clock-check'], { error: 'must be a known tool: clock-check' })).default([]),
	/** A documented error response for this code, and where it is documented. */
	example: z
		.strictObject({
			/** The response as published: one JSON object with a `code`. */
			json: CleanText().refine(
				isResponseJson,
				'must be a JSON object with a code, as published (check quotes and braces)',
			),
			source: CleanText(),
		})
		.optional(),
	/** Where the sources contradict each other; each quote must appear in that source's row. */
	disagreements: z
		.array(
			z.strictObject({
				/** What they disagree about: an id (stable, used in /codes.json and as data-topic). */
				topic: z
					.string()
					.regex(/^[a-z0-9-]+$/, 'must be an id of lower-case letters, digits and "-", such as clock-window'),
				/** What kind: facts (incompatible facts) | detail (some state what others omit) | advice | wording (same thing, other words). */
				kind: z.enum(disagreementKinds, {
					error:
						'must be one of facts (the sources state incompatible facts), detail (some state what the others leave out), advice (they suggest different next steps) or wording (they name or phrase the same thing differently)',
				}),
				/** The topic as a heading, in both languages (inline markdown). */
				label: Bilingual(),
				/** Each side of the disagreement. */
				positions: z
					.array(
						z.strictObject({
							/** The side's id, unique within the disagreement (e.g. five-minutes). */
							id: z
								.string()
								.regex(/^[a-z0-9-]+$/, 'must be an id of lower-case letters, digits and "-", such as five-minutes'),
							/** What this side says, in both languages (our summary of the quotes). */
							claim: Bilingual(),
							/** Per source id, the words of that source's row that state this side. */
							evidence: z.record(sourceId(), CleanText()),
						}),
					)
					.min(2, 'a disagreement needs at least two positions'),
			}),
		)
		.default([]),
});

/** content/codes/<locale>/<code>.yaml: the prose of one code in one language. */
export const ProseSchema = z.strictObject({
	/** The code's name in this language. */
	title: CleanText(),
	/** Source id whose row has exactly this title, or "project" for our own wording. */
	titleSource: z.union([z.literal('project'), sourceId()]),
	/** One sentence: what the code means. */
	summary: CleanText().pipe(z.string().max(200, 'must be one sentence of at most 200 characters')),
	/** Why it happens (inline markdown, paragraphs). */
	cause: CleanText(),
	/** What to do (inline markdown; "- " lines form a list). */
	action: CleanText(),
	/** Our retry guidance. */
	retry: CleanText(),
	/** Our note on the closest API 3.0 codes. */
	api3: CleanText(),
});

/** content/sources/<id>.json: one cleaned source document (generated by npm run import-seeds). */
export const SourceSchema = z.strictObject({
	id: sourceId(),
	/** The raw export in content/raw/ this was generated from. */
	file: z.string().regex(/^[\w.-]+\.txt$/),
	/** Display order. */
	order: z.number().int(),
	/** Language of the document. */
	lang: LocaleKey(),
	/** What it is: the API 2.0 common codes page, or the legacy CLB API 2.0 page. */
	kind: z.enum(sourceKinds),
	/** Our short name for the document. */
	name: Bilingual(),
	/** Our one-line description of the document. */
	summary: Bilingual(),
	/** Where Tencent Cloud publishes it (from the manifest). */
	published: PublishedSchema,
	/** The document's introduction, in its own words. */
	intro: CleanText(),
	/** Notices the document carries, in its own words. */
	notices: z.array(z.strictObject({ kind: z.enum(['legacy', 'unicode-escapes', 'module-codes']), text: CleanText() })),
	/** The sample response the document shows. */
	sample: z.string().nullable(),
	/** The table's header cells. */
	columns: z.tuple([CleanText(), CleanText(), CleanText()]),
	/** The table rows, in document order. */
	rows: z.array(z.strictObject({ code: CodeNumber(), title: CleanText(), description: CleanText() })).min(1),
});

/** content/classes.yaml: the groups of the code table (our grouping). */
export const ClassSchema = z.strictObject({
	order: z.number().int(),
	/** First digit of the codes in this group. */
	digit: z.number().int().min(1).max(9),
	en: z.strictObject({ name: CleanText(), description: CleanText() }),
	zh: z.strictObject({ name: CleanText(), description: CleanText() }),
});

/** content/api3.yaml: official wording of the API 3.0 codes we map to. */
export const Api3Schema = z.strictObject({ en: CleanText(), zh: CleanText() });

/** content/pages/<locale>/<slug>.mdx: prose pages (the response format). */
export const PageSchema = z.strictObject({
	/** Page title (the <h1>). */
	title: CleanText(),
	/** One-sentence description for search engines and link previews. */
	description: CleanText(),
});
