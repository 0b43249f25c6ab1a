/**
 * Runs a query: the code layer (a code however written, then prefixes; or titles, other names
 * and typos for words: code-query.ts, quick.ts) from the registry, then
 * Pagefind in the page's language, then Pagefind in the other language for cross-language
 * hits. Each language has its own bundle (dist/pagefind/<locale>/), imported from its own
 * URL, so the two are independent instances, each with its own language's index (in parts,
 * merged into one, for a large registry).
 */
import type { Locale } from '../../i18n/locales.ts';
import { memoize } from '../../utils/memo.ts';
import { withBase } from '../../utils/url.ts';
import { codeDigits, matchCodes, type CodeHit } from './code-query.ts';
import { loadCodeShard, loadQuick, loadWordShard, shardOf, sharded } from './instant-data.ts';
import { quickMatch } from './quick.ts';
import { queryShardFile } from './word-shards.ts';
import { PARTS_FILE, partFolder } from './pagefind-parts.ts';

/** A full-text hit: a page, its code (on code pages), title and highlighted excerpt (HTML with <mark>). */
export interface TextHit {
	url: string;
	title: string;
	code?: string;
	excerpt: string;
	locale: Locale;
}

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
/** A Pagefind search instance (the bundle's createInstance()). */
interface PagefindInstance {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<unknown>;
	search(query: string): Promise<{ results: PagefindResult[] } | null>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}
interface PagefindModule {
	createInstance(options?: Record<string, unknown>): PagefindInstance;
}

/** What every part of a bundle is searched with: excerpts of 22 words. */
const PAGEFIND_OPTIONS = { excerptLength: 22 };

/** The other parts of a language's index, as the first part's parts.json lists them; rejects when it cannot be read. */
async function otherParts(first: string): Promise<string[]> {
	const response = await fetch(withBase(`${first}${PARTS_FILE}`));
	const parts: unknown = response.ok ? await response.json().catch(() => null) : null;
	if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string'))
		throw new Error(`the list of the search index's parts (${withBase(first)}${PARTS_FILE}) could not be read`);
	return parts;
}

/**
 * The Pagefind bundle of a language, loaded once, with the other parts of a large index merged
 * in (pagefind-parts.ts; their list loads beside the bundle's script). Rejects (with the reason)
 * if any part cannot load, and the next search tries again with a new instance: a part that
 * failed stays merged into the one it failed in. Pagefind runs in its Web Worker: compiling its
 * WebAssembly and reading its index never block the page, so the instant code layer's results
 * are drawn first, and the search page stays responsive while Pagefind loads with it.
 */
export const loadBundle = memoize(async (locale: Locale): Promise<PagefindInstance> => {
	const first = partFolder(locale, 1);
	const [module, others] = await Promise.all([
		import(/* @vite-ignore */ withBase(`${first}pagefind.js`)) as Promise<PagefindModule>,
		otherParts(first),
	]);
	const pagefind = module.createInstance();
	await pagefind.options(PAGEFIND_OPTIONS);
	await pagefind.init();
	// Reading the filters reads every part's index so far, and rejects when one could not load:
	// mergeIndex would wait for a failed first part for ever, and a merged part that failed would
	// answer every later search with its error (this way the next search tries a new instance).
	await pagefind.filters();
	await Promise.all(others.map((folder) => pagefind.mergeIndex(withBase(folder), PAGEFIND_OPTIONS)));
	if (others.length) await pagefind.filters();
	return pagefind;
});

/** Start loading the page's language bundle (on hover or focus), ignoring failures until used. */
export function preloadBundle(): void {
	const locale = document.documentElement.dataset.locale;
	if (locale === 'en' || locale === 'zh') void loadBundle(locale).catch(() => {});
}

/** Codes for a numeric query (exact first, then prefixes); empty for other queries. */
export async function searchCodes(query: string): Promise<{ exact: CodeHit | null; hits: CodeHit[] }> {
	const digits = codeDigits(query);
	if (!digits) return { exact: null, hits: [] };
	// A small registry's quick index holds every code: no shard to fetch.
	const entries = sharded() ? [] : await loadQuick().catch(() => []);
	if (entries.length)
		return matchCodes(
			query,
			entries.map(([code, en, zh]) => ({ code, titles: { en, zh } })),
		);
	const shard = shardOf(digits);
	return shard ? matchCodes(query, await loadCodeShard(shard)) : { exact: null, hits: [] };
}

/**
 * Code hits for a word query (titles, other names, summaries; typos forgiven), before Pagefind's:
 * from the quick index of a small registry, else from the shard of the query's longest word
 * (none for words shorter than 3 Latin characters: Pagefind answers those).
 */
export async function searchQuick(query: string, locale: Locale, limit?: number): Promise<CodeHit[]> {
	const entries = sharded() ? [] : await loadQuick();
	if (entries.length) return quickMatch(query, entries, locale, limit);
	const file = queryShardFile(query);
	return file ? quickMatch(query, await loadWordShard(file), locale, limit) : [];
}

/** Full-text hits in one language, best first. */
export async function searchText(locale: Locale, query: string, limit: number): Promise<TextHit[]> {
	const pagefind = await loadBundle(locale);
	const search = await pagefind.search(query);
	if (!search) return [];
	const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
	return data.map((page) => ({
		url: page.url,
		title: page.meta.name ?? page.meta.title ?? page.url,
		code: page.meta.code,
		excerpt: page.excerpt,
		locale,
	}));
}
