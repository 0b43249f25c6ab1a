/**
 * What a first visit downloads for offline use without being asked (build time; the worker in
 * worker.js follows the plan). A small site is precached whole: at 23 codes every file of the
 * build is 3.9 MB uncompressed (about 1.1 MB on the wire), less than many single pages weigh.
 * Above FULL_PRECACHE_LIMIT the first visit takes the core only — the shell, the code table, the
 * code-number layer and Pagefind's entry files — and code pages (and the word shards a query
 * fetches) are cached as they are used; the rest (every code page and the full-text index)
 * downloads when the visitor asks for it.
 */

/**
 * 8 MB uncompressed: about 2 MB on the wire at this site's ratio, the weight of one heavy web
 * page. A visitor who never asked for an offline copy should not pay more than that for one, and a
 * registry grows past it at roughly 100 codes (each code adds two ~36 KB pages and its index).
 */
export const FULL_PRECACHE_LIMIT = 8 * 1024 * 1024;

/** A built file: its path under dist/ and its size in bytes. */
export interface BuiltFile {
	file: string;
	bytes: number;
}

/**
 * Files that grow with the registry and that no page needs to work: they are not in the core.
 * Those that exist once per code (its pages, its record, its short link), the chunks of the
 * full-text index, the word shards of the instant layer (a query fetches one, and the worker
 * keeps it), and the files for machines and crawlers that list every code.
 */
const GROWS_WITH_REGISTRY = [
	/^[a-z]{2}\/codes\/\d+\//, // a code's page in a language
	/^codes\/\d+\.json$/, // a code's record
	/^\d+\//, // a code's short link
	/^pagefind\/[^/]+\/(?:fragment|index)\//, // Pagefind's index chunks and page fragments
	/^search\/words\//, // the word shards (above 2,000 codes)
	/^codes\.json$/, // every code's record, for machines
	/^sitemap[^/]*\.xml$/, // the sitemap, for crawlers
];

/** Whether a file belongs to the core that every first visit precaches. */
export const isCore = (file: string): boolean => !GROWS_WITH_REGISTRY.some((pattern) => pattern.test(file));

/** The files a first visit precaches: every file when the build is small, else the core; `complete` says which. */
export function precachePlan(
	files: readonly BuiltFile[],
	limit = FULL_PRECACHE_LIMIT,
): { complete: boolean; precache: BuiltFile[] } {
	const total = files.reduce((sum, file) => sum + file.bytes, 0);
	return total <= limit
		? { complete: true, precache: [...files] }
		: { complete: false, precache: files.filter((file) => isCore(file.file)) };
}
