/**
 * How a language's full-text index is split into parts (build) and found again (browser). A
 * Pagefind service holds every page it indexes in memory until it exits, about 200 KB per
 * Chinese code page: 10,000 codes took one service to 2.1 GB. So a language's pages are indexed
 * in parts of at most PAGES_PER_PART, each by its own service into its own bundle; the browser
 * loads the first part's bundle and merges the others into it (Pagefind's mergeIndex), so a
 * query searches them all and every page the whole index would find is found.
 *
 * What differs from one index: each part ranks with its own word statistics, and a part that
 * holds no word starting as a query word does answers for the longest prefix it has (Pagefind's
 * backtracking, which cannot be turned off: Pagefind issue #780). So a split index can add pages
 * that match only some of a query's words, among the results. Today's registry is one part.
 */

/**
 * At most this many code pages in one part (the first also holds the language's few other pages):
 * about 400 MB for one service on Chinese pages, beside the ~1.1 GB Node itself holds in a
 * 10,000-code build. A registry of up to 2,500 codes is one part, as before; 10,000 make 5.
 */
export const PAGES_PER_PART = 2_500;

/** The first part's bundle lists the others' folders (relative to the site's base) in this file. */
export const PARTS_FILE = 'parts.json';

/** The bundle folder of part `part` (1-based) of a language's index, relative to the site's base. */
export const partFolder = (locale: string, part: number): string =>
	part === 1 ? `pagefind/${locale}/` : `pagefind/${locale}-part-${part}/`;

/** Split sorted pages into the fewest parts of at most `max` pages, in order: all but the last of one size. */
export function splitPages<T>(pages: readonly T[], max = PAGES_PER_PART): T[][] {
	const count = Math.max(1, Math.ceil(pages.length / max));
	const size = Math.ceil(pages.length / count);
	return Array.from({ length: count }, (_, i) => pages.slice(i * size, (i + 1) * size));
}
