/**
 * The word shards of a large registry (src/features/search/word-shards.ts): which key a word and
 * a query have, the file a key is written to, which shards an entry lands in and what a full
 * shard keeps, and that quickMatch over a query's shard ranks as it does over every entry (the
 * real content), so that above QUICK_LIMIT codes a word query still gets its instant results.
 */
import { describe, expect, it } from 'vitest';
import { QUICK_LIMIT, quickMatch, type QuickEntry } from '../../src/features/search/quick.ts';
import { searchText } from '../../src/features/search/search-text.ts';
import { codeEntries, quickEntries, wordShardFiles } from '../../src/features/search/quick-index.ts';
import {
	buildWordShards,
	keysOfWord,
	queryKey,
	queryShardFile,
	shardFileName,
	wordKey,
} from '../../src/features/search/word-shards.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { readContent } from '../../src/pipeline/3-read.ts';

const { set } = readContent();
const site = buildSiteData(set);
const entries = codeEntries(site.codes);

describe('keys', () => {
	it('a Latin word is found under its first 3 characters; a shorter one has no key', () => {
		expect(wordKey('replay')).toBe('rep');
		expect(wordKey('rep')).toBe('rep');
		expect(wordKey('4500')).toBe('450');
		expect(wordKey('re')).toBeNull();
		expect(wordKey('a')).toBeNull();
		expect(wordKey('')).toBeNull();
	});

	it('a word with Chinese in it is found under its first Chinese character', () => {
		expect(wordKey('重放')).toBe('重');
		expect(wordKey('重')).toBe('重');
		expect(wordKey('api调用')).toBe('调');
		expect(wordKey('token错误')).toBe('错');
	});

	it('counts characters, not UTF-16 units', () => {
		expect(wordKey('𝒂𝒃')).toBeNull();
		expect(wordKey('𝒂𝒃𝒄𝒅')).toBe('𝒂𝒃𝒄');
	});

	it('an indexed word is found under every Chinese character in it and, when they are not Chinese, its first 3', () => {
		expect(keysOfWord('replay')).toEqual(['rep']);
		expect(keysOfWord('重放攻击')).toEqual(['重', '放', '攻', '击']);
		expect(keysOfWord('api调用')).toEqual(['调', '用', 'api']);
		expect(keysOfWord('ab调')).toEqual(['调']);
		expect(keysOfWord('ab')).toEqual([]);
	});

	it("a query's key is that of its longest word that has one, after the index's normalisation", () => {
		expect(queryKey('replay')).toBe('rep');
		expect(queryKey('Insufficient balance')).toBe('ins');
		expect(queryKey('to  BALANCE!')).toBe('bal');
		expect(queryKey('重放')).toBe('重');
		expect(queryKey('ab 重放')).toBe('重');
		expect(queryKey('ＲＥＰＬＡＹ')).toBe('rep');
		expect(queryKey('to be')).toBeNull();
		expect(queryKey('')).toBeNull();
	});
});

describe('shard file names', () => {
	it('keeps a-z and 0-9, writes any other character as _ and 4 hex digits (- and 6 beyond U+FFFF)', () => {
		expect(shardFileName('rep')).toBe('rep');
		expect(shardFileName('450')).toBe('450');
		expect(shardFileName('重')).toBe('_91cd');
		expect(shardFileName('réa')).toBe('r_00e9a');
		expect(shardFileName('a_b')).toBe('a_005fb');
		expect(shardFileName('𠀀')).toBe('-020000');
		expect(shardFileName('ПРИ'.toLowerCase())).toBe('_043f_0440_0438');
	});

	it('escapes the names Windows reserves', () => {
		for (const name of ['con', 'prn', 'aux', 'nul']) expect(shardFileName(name)).not.toBe(name);
		expect(shardFileName('con')).toBe('_0063on');
		expect(shardFileName('cons')).toBe('cons');
	});

	it('gives every key of the real content a distinct name safe in a file system and a URL', () => {
		const keys = [...buildWordShards(entries).keys()];
		const names = keys.map(shardFileName);
		for (const name of names) expect(name).toMatch(/^[a-z0-9_-]+$/);
		expect(new Set(names).size).toBe(keys.length);
		// Names that differ only by where a fixed-width escape ends stay apart.
		expect(shardFileName('\u0102' + '00')).not.toBe(shardFileName('\u{10200}'));
	});
});

/** An entry with these titles and summaries, no other names. */
const entry = (code: string, title: string, summary = ''): QuickEntry => [code, title, title, summary, summary, [], []];

describe('building the shards', () => {
	const shards = buildWordShards(entries);
	const textsOf = ([, ...texts]: QuickEntry) => texts.flat();

	it('puts every entry in the shard of every key of every word of its titles, other names and summaries', () => {
		for (const item of entries)
			for (const text of textsOf(item))
				for (const word of searchText(text).split(' '))
					for (const key of keysOfWord(word)) expect(shards.get(key), `${item[0]} ${key}`).toContain(item);
	});

	it('puts an entry in no shard whose key none of its words has', () => {
		for (const [key, shard] of shards)
			for (const item of shard) {
				const words = textsOf(item).flatMap((text) => searchText(text).split(' '));
				expect(
					words.some((word) => keysOfWord(word).includes(key)),
					`${item[0]} ${key}`,
				).toBe(true);
			}
	});

	it('a full shard keeps the entries with the key in a title or other name first, then summary-only ones', () => {
		const list = [
			entry('1', 'Quota', 'about replay'),
			entry('2', 'Replay attack'),
			entry('3', 'Balance', 'a replay'),
			entry('4', 'Denied', 'replayed'),
			entry('5', 'Balance', 'no key here'),
			['6', 'Expired', '过期', '', '', ['replay window'], []] as QuickEntry,
		];
		expect(
			buildWordShards(list, 3)
				.get('rep')
				?.map(([code]) => code),
		).toEqual(['2', '6', '1']);
		expect(
			buildWordShards(list)
				.get('rep')
				?.map(([code]) => code),
		).toEqual(['2', '6', '1', '3', '4']);
		expect(
			buildWordShards(list, 1)
				.get('bal')
				?.map(([code]) => code),
		).toEqual(['3']);
	});
});

describe("a query's shard ranks as the whole index does (real content)", () => {
	const byFile = new Map([...buildWordShards(entries)].map(([key, shard]) => [shardFileName(key), shard]));
	const firstResults = (query: string, locale: 'en' | 'zh', list: readonly QuickEntry[]) =>
		quickMatch(query, list, locale, 5).map((hit) => hit.code);
	const viaShard = (query: string, locale: 'en' | 'zh') => {
		const file = queryShardFile(query);
		return file ? firstResults(query, locale, byFile.get(file) ?? []) : [];
	};

	const queries = [
		['replay', 'en'],
		['replay attack', 'en'],
		['signature', 'en'],
		['balance', 'en'],
		['balanse', 'en'],
		['insufficient balance', 'en'],
		['too many requests', 'en'],
		['unauthorized access', 'en'],
		['clock skew', 'en'],
		['重放', 'zh'],
		['签名', 'zh'],
		['余额', 'zh'],
		['限流', 'zh'],
		['请求参数', 'zh'],
		['quota', 'zh'],
	] as const;
	for (const [query, locale] of queries)
		it(`"${query}" (${locale})`, () => {
			const all = firstResults(query, locale, entries);
			expect(all.length, query).toBeGreaterThan(0);
			expect(viaShard(query, locale)).toEqual(all);
		});

	it("every code's own title, in both languages", () => {
		for (const view of site.codes)
			for (const locale of ['en', 'zh'] as const) {
				const title = view.prose[locale].title;
				expect(viaShard(title, locale), title).toEqual(firstResults(title, locale, entries));
				expect(viaShard(title, locale)[0], title).toBe(view.code);
			}
	});
});

describe('above QUICK_LIMIT codes', () => {
	// The real codes again and again under new numbers, then the real ones: a registry past the limit.
	const copies = Array.from({ length: QUICK_LIMIT + 1 - site.codes.length }, (_, i) => ({
		...site.codes[i % site.codes.length],
		code: String(10_000 + i),
	}));
	const large = [...site.codes, ...copies];
	const shards = wordShardFiles(large);

	it('quick.json is empty, and the word shards answer a word query instantly', () => {
		expect(quickEntries(large)).toEqual([]);
		expect(shards.size).toBeGreaterThan(0);
		for (const [query, locale] of [
			['replay', 'en'],
			['重放', 'zh'],
		] as const) {
			const file = queryShardFile(query) as string;
			expect(quickMatch(query, shards.get(file) ?? [], locale, 5)[0]?.code, query).toBe('4500');
		}
	});

	it('at QUICK_LIMIT codes or fewer no shard is written: quick.json holds every code, as before', () => {
		expect(wordShardFiles(site.codes).size).toBe(0);
		expect(quickEntries(site.codes)).toHaveLength(site.codes.length);
		expect(wordShardFiles(large.slice(0, QUICK_LIMIT)).size).toBe(0);
	});
});

describe('a full shard', () => {
	it('keeps the shortest titles holding the key first, so an exact title is never cut for longer ones', () => {
		const longer = Array.from({ length: 5 }, (_, i) =>
			entry(String(10_000 + i), `Quota of the resource group ${i} exceeded`),
		);
		const exact = entry('4400', 'Quota exceeded');
		const shard = buildWordShards([...longer, exact], 3).get('quo') ?? [];
		expect(shard.map(([code]) => code)[0]).toBe('4400');
		expect(quickMatch('quota exceeded', shard, 'en', 1)[0]?.code).toBe('4400');
	});
});
