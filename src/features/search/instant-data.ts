/**
 * The instant layer's data, fetched once a visit and shared: the quick index of a small registry,
 * or the code and word shards of a large one (above QUICK_LIMIT codes; the search form says which:
 * data-search-layer). Apart from the matching code, so that every page's script can start the
 * download a query needs as it is typed (src/browser/site.ts), before the search code has loaded.
 */
import { memoize } from '../../utils/memo.ts';
import { withBase } from '../../utils/url.ts';
import type { CodeHit } from './code-query.ts';
import type { QuickEntry } from './quick.ts';
import { queryShardFile } from './word-shards.ts';

/** A JSON file of the site, fetched once ([] when it is missing); a failed fetch is tried again next time. */
const loadJson = memoize((path: string): Promise<unknown> =>
	fetch(withBase(path)).then((response) => (response.ok ? response.json() : [])),
);

/** Whether the registry's instant layer is sharded (above QUICK_LIMIT): then quick.json is empty and never asked for. */
export const sharded = (): boolean =>
	document.querySelector<HTMLElement>('form[data-search]')?.dataset.searchLayer === 'shards';

/** The quick index: every code's titles and summaries (small registries). */
export const loadQuick = () => loadJson('search/quick.json') as Promise<QuickEntry[]>;

/** The shard a code lives in (its first two digits): the client loads only that shard. */
export function shardOf(digits: string): string | null {
	return digits.length >= 2 ? digits.slice(0, 2) : null;
}

/** The codes of one code shard (shardOf). */
export const loadCodeShard = (shard: string) => loadJson(`search/codes/${shard}.json`) as Promise<CodeHit[]>;

/** The quick index entries of one word shard (word-shards.ts). */
export const loadWordShard = (file: string) => loadJson(`search/words/${file}.json`) as Promise<QuickEntry[]>;

/**
 * Start downloading what `query` needs of the instant layer, ignoring failures until it is used:
 * the quick index; or the code shard of a plain number, the word shard of a query without digits.
 * Other queries with digits may be codes written otherwise ("E4500", "code: 4500"): code-query.ts
 * reads those, and the engine fetches their shard.
 */
export function preloadQuery(query: string): void {
	const ignore = (loading: Promise<unknown>) => void loading.catch(() => {});
	if (!sharded()) return ignore(loadQuick());
	const number = /^\s*0*(\d{2,6})\s*$/.exec(query)?.[1];
	const shard = number ? shardOf(number) : null;
	const file = /\d/.test(query) ? null : queryShardFile(query);
	if (shard) ignore(loadCodeShard(shard));
	if (file) ignore(loadWordShard(file));
}
