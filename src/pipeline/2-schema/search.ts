/**
 * Stage 2, the schema of content/search-synonyms.yaml: words a reader may search for a code
 * with that none of its titles contains ("too many requests" for 4400). Applied by the one
 * reader (../3-read.ts); the cross-file rules (codes exist, sourced words are in the source's
 * row) are in ../4-check.ts. A file of its own, so that search data never touches the registry.
 */
import { z } from 'astro/zod';
import { CleanText, CodeNumber } from './text.ts';

/** A search term: a word or a short phrase, as typed (matched without regard to case). */
const SearchTerm = () =>
	CleanText().pipe(
		z
			.string()
			.max(40, 'must be a word or a short phrase of at most 40 characters')
			.refine((term) => !/^[0-9]+$/.test(term), 'must be words: a number is read as a code'),
	);

/** One entry, keyed by an id (such as rate-limit): the codes, whose words, and the words per language. */
export const SynonymSchema = z.strictObject({
	/** The codes these words find, best first; each must be in the registry. */
	codes: z.array(CodeNumber()).min(1, 'must name at least one code'),
	/** Whose words: "project" (ours), or a source id whose row for every code contains every term. */
	source: z.union([
		z.literal('project'),
		z.string().regex(/^[a-z0-9-]+$/, 'must be "project" or a source id such as "clb-en"'),
	]),
	/** English search terms. */
	en: z.array(SearchTerm()).default([]),
	/** Chinese search terms. */
	zh: z.array(SearchTerm()).default([]),
});
