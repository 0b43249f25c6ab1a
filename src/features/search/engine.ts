/**
 * Runs a query: the code layer (a code however written, then prefixes; or titles, other names
 * and typos for words: code-query.ts, quick.ts) from the registry, then
 * Pagefind in the page's language, then Pagefind in the other language for cross-language
 * hits. Each language has its own bundle (dist/pagefind/<locale>/), imported from its own
 * URL, so the two are independent instances, each with its own language's index.
 */
import type { Locale } from '../../i18n/locales.ts';
import { memoize } from '../../utils/memo.ts';
import { withBase } from '../../utils/url.ts';
import { codeDigits, matchCodes, shardOf, type CodeHit } from './code-query.ts';
import { quickMatch, type QuickEntry } from './quick.ts';
import { queryShardFile } from './word-shards.ts';

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
interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] } | null>;
	preload(query: string): Promise<void>;
}

/**
 * Pagefind runs in its Web Worker: compiling its WebAssembly and reading its index (its meta
 * file alone is 164 KB at 10,000 codes) never block the page, so the instant code layer's
 * results are drawn first, and the search page stays responsive while Pagefind loads with it.
 */
/** The Pagefind bundle of a language, loaded once. Rejects (with the reason) if it cannot load. */
export const loadBundle = memoize((locale: Locale): Promise<PagefindModule> =>
	import(/* @vite-ignore */ withBase(`pagefind/${locale}/pagefind.js`)).then(async (pagefind: PagefindModule) => {
		await pagefind.options({ excerptLength: 22 });
		await pagefind.init();
		return pagefind;
	}),
);

/** Start loading the page's language bundle (on hover or focus), ignoring failures until used. */
export function preloadBundle(): void {
	const locale = document.documentElement.dataset.locale;
	if (locale === 'en' || locale === 'zh') void loadBundle(locale).catch(() => {});
}

/** The codes of one shard (first two digits), loaded once; [] when there is no such shard. */
const loadShard = memoize((shard: string): Promise<CodeHit[]> =>
	fetch(withBase(`search/codes/${shard}.json`)).then((response) => (response.ok ? response.json() : [])),
);

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
	return shard ? matchCodes(query, await loadShard(shard)) : { exact: null, hits: [] };
}

/**
 * Whether the registry is above QUICK_LIMIT, so that its instant layer is the word and code
 * shards (the search form says so: data-search-layer): no request for an empty quick.json first.
 */
const sharded = () => document.querySelector<HTMLElement>('form[data-search]')?.dataset.searchLayer === 'shards';

/** The quick index (every code's titles and summaries), loaded once; [] for large registries. */
const loadQuick = memoize((): Promise<QuickEntry[]> =>
	fetch(withBase('search/quick.json')).then((response) => (response.ok ? response.json() : [])),
);

/** Start loading the quick index (on hover or focus of the search box). */
export function preloadQuick(): void {
	if (!sharded()) void loadQuick().catch(() => {});
}

/** The quick index entries of one word shard (large registries), loaded once; [] when there is no such shard. */
const loadWordShard = memoize((file: string): Promise<QuickEntry[]> =>
	fetch(withBase(`search/words/${file}.json`)).then((response) => (response.ok ? response.json() : [])),
);

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
