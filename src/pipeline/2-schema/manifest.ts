/**
 * Stage 2: the schema of content/raw/sources.yaml, the hand-written manifest of the raw exports
 * (read by the importer, ../1-import/import-sources.ts), and of where each document is
 * published, which the importer copies into content/sources/<id>.json for the site.
 */
import { z } from 'astro/zod';
import { Bilingual, CleanText, LocaleKey } from './text.ts';

export const sourceKinds = ['api2-common', 'clb-legacy'] as const;
export const urlStatuses = ['confirmed', 'unconfirmed'] as const;

/** A source's public page: what we know of where Tencent Cloud publishes it, and how sure we are. */
export const PublishedSchema = z
	.strictObject({
		/** The page's title as Tencent Cloud publishes it, in the document's language ("Error Codes"). */
		title: CleanText(),
		/** The page's public address; leave it out when none is known (never guess one). */
		url: z
			.url({ protocol: /^https$/, error: 'must be an https:// address of the public page, or be left out' })
			.optional(),
		/** confirmed: this text was found at this address; unconfirmed: a plausible address not checked against this text. */
		urlStatus: z.enum(urlStatuses, { error: `must be one of ${urlStatuses.join(', ')}` }).optional(),
		/** Which site and edition, the version's date, and what is not verified (ours, inline markdown), in both languages. */
		context: Bilingual(),
	})
	.refine((page) => (page.url === undefined) === (page.urlStatus === undefined), {
		message:
			'url and urlStatus go together: give urlStatus (confirmed or unconfirmed) with a url, and neither when no address is known',
		path: ['urlStatus'],
	});

/** One entry of content/raw/sources.yaml. */
export const ManifestEntrySchema = z.strictObject({
	/** The source's id: content/sources/<id>.json is generated from it. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'must be an id of lower-case letters, digits and "-", such as clb-en'),
	/** The raw export in content/raw/, as received (internal: never shown on the site). */
	file: z.string().regex(/^[\w.-]+\.txt$/, 'must be the name of a .txt file in content/raw/'),
	/** Where the site lists it among the sources (0 first). */
	order: z.number({ error: 'must be a whole number: the position in the list of sources' }).int(),
	/** The document's language. */
	lang: LocaleKey(),
	/** What it is: the API 2.0 common codes page, or the legacy CLB API 2.0 page. */
	kind: z.enum(sourceKinds, { error: `must be one of ${sourceKinds.join(', ')}` }),
	/** Our short name for the document, in both languages. */
	name: Bilingual(),
	/** Our one-line description of the document, in both languages. */
	summary: Bilingual(),
	/** Where Tencent Cloud publishes it. */
	published: PublishedSchema,
});

export const ManifestSchema = z.array(ManifestEntrySchema).min(1, 'must list at least one raw export');
