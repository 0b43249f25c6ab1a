/**
 * The quick index (quick.ts) of a large registry, split by word: above QUICK_LIMIT codes one
 * quick.json would outweigh Pagefind, so the entries are written as /search/words/{key}.json
 * instead, and a query loads the one shard its longest word points to. The shard of a key holds
 * every entry that word could match, so quickMatch over it ranks as it does over every entry:
 * Latin words match as prefixes (a word of 3 or more characters is found under its first 3),
 * Chinese as substrings (an entry is found under every Chinese character it holds).
 * Used by both the build (the shards) and the browser (which shard a query needs).
 */
import type { QuickEntry } from './quick.ts';
import { CJK, searchText } from './search-text.ts';

/**
 * The most entries one shard holds. A key as common as "req" or "的" would otherwise hold the
 * whole registry. A cold query downloads, parses and ranks its whole shard before it draws. At
 * 100 entries a shard is half the bytes of one at 200 (the "rep" shard of 2,500 codes: 29 against
 * 61 KB); ranking it cold costs about the same (8-12 ms in Node either way: fields are normalised
 * on first use, quick.ts). 100 is ten times the 10 results a query shows, and entries holding the
 * key in a title or other name come first, shortest title first. What a full shard leaves
 * out, Pagefind (which always runs after) still finds.
 */
export const SHARD_CAP = 100;

/** Latin (and other non-Chinese) words shorter than this have no shard: they match too much. */
const KEY_LENGTH = 3;

/** The key a query word is looked up under: its first Chinese character, else its first 3 characters; null if shorter. */
export function wordKey(word: string): string | null {
	const chars = [...word];
	const chinese = chars.find((char) => CJK.test(char));
	if (chinese) return chinese;
	return chars.length >= KEY_LENGTH ? chars.slice(0, KEY_LENGTH).join('') : null;
}

/**
 * Every key an indexed word is found under: each Chinese character in it (a query may hold any
 * of them), and its first 3 characters when none of those is Chinese (a Latin query word's key).
 */
export function keysOfWord(word: string): string[] {
	const chars = [...word];
	const keys = chars.filter((char) => CJK.test(char));
	const head = chars.slice(0, KEY_LENGTH);
	if (head.length === KEY_LENGTH && !head.some((char) => CJK.test(char))) keys.push(head.join(''));
	return keys;
}

/** The key of a query: that of its longest word that has one (the rarest, most telling); null if none has. */
export function queryKey(query: string): string | null {
	let best: { key: string; length: number } | null = null;
	for (const word of searchText(query).split(' ')) {
		const key = wordKey(word);
		const length = [...word].length;
		if (key && (!best || length > best.length)) best = { key, length };
	}
	return best?.key ?? null;
}

/** Names Windows reserves, with or without an extension: such a key is written escaped. */
const RESERVED = new Set(['con', 'prn', 'aux', 'nul']);

/**
 * A key as a file name safe on any filesystem and in any URL: a-z and 0-9 as they are, any
 * other character as "_" and its code point in 4 hex digits, or "-" and 6 beyond U+FFFF (a
 * fixed width, so that no two keys share a name). "重" → "_91cd", "réa" → "r_00e9a".
 */
export function shardFileName(key: string): string {
	const escape = (char: string) => {
		const point = char.codePointAt(0) as number;
		return point > 0xffff ? `-${point.toString(16).padStart(6, '0')}` : `_${point.toString(16).padStart(4, '0')}`;
	};
	const chars = [...key];
	return chars
		.map((char, i) => (/^[a-z0-9]$/.test(char) && !(i === 0 && RESERVED.has(key)) ? char : escape(char)))
		.join('');
}

/** The shard file (without .json) a query loads, or null when none of its words has a key. */
export function queryShardFile(query: string): string | null {
	const key = queryKey(query);
	return key === null ? null : shardFileName(key);
}

/** The keys of texts, each once. */
function keysOf(texts: readonly string[]): Set<string> {
	const keys = new Set<string>();
	for (const text of texts)
		for (const word of searchText(text).split(' ')) for (const key of keysOfWord(word)) keys.add(key);
	return keys;
}

/**
 * Every key's shard: the entries any of whose titles, other names or summaries (both languages)
 * hold a word with that key. A shard over SHARD_CAP keeps the entries that have the key in a
 * title or other name first (where ranking puts them), shortest such title first (the query is
 * then more of it: an exact title is never cut for longer ones), then in registry order; then
 * summary-only ones.
 */
export function buildWordShards(entries: readonly QuickEntry[], cap = SHARD_CAP): Map<string, QuickEntry[]> {
	const add = <T>(shards: Map<string, T[]>, key: string, item: T) => {
		const shard = shards.get(key);
		if (shard) shard.push(item);
		else shards.set(key, [item]);
	};
	const named = new Map<string, { entry: QuickEntry; length: number }[]>();
	const summarised = new Map<string, QuickEntry[]>();
	for (const entry of entries) {
		const [, titleEn, titleZh, summaryEn, summaryZh, namesEn = [], namesZh = []] = entry;
		// Per key, the length of the shortest title or name that holds it.
		const nameKeys = new Map<string, number>();
		for (const name of [titleEn, titleZh, ...namesEn, ...namesZh])
			for (const key of keysOf([name])) nameKeys.set(key, Math.min(nameKeys.get(key) ?? Infinity, [...name].length));
		for (const [key, length] of nameKeys) add(named, key, { entry, length });
		for (const key of keysOf([summaryEn, summaryZh])) if (!nameKeys.has(key)) add(summarised, key, entry);
	}
	const keys = [...new Set([...named.keys(), ...summarised.keys()])].sort();
	return new Map(
		keys.map((key) => {
			// A stable sort: equal lengths stay in registry order.
			const byName = (named.get(key) ?? []).sort((a, b) => a.length - b.length).map((item) => item.entry);
			return [key, [...byName, ...(summarised.get(key) ?? [])].slice(0, cap)] as const;
		}),
	);
}
