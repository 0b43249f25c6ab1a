/**
 * Build time: the quick index (quick.ts) of the site's codes, as /search/quick.json serves it,
 * or above QUICK_LIMIT codes split into the word shards of /search/words/ (word-shards.ts).
 */
import type { CodeView } from '../../pipeline/5-model.ts';
import { plainText } from '../../utils/markdown.ts';
import { QUICK_LIMIT, type QuickEntry } from './quick.ts';
import { buildWordShards, shardFileName } from './word-shards.ts';

/** One entry per code, in registry order. */
export function codeEntries(codes: readonly CodeView[]): QuickEntry[] {
	return codes.map((entry) => [
		entry.code,
		entry.prose.en.title,
		entry.prose.zh.title,
		plainText(entry.prose.en.summary),
		plainText(entry.prose.zh.summary),
		entry.searchNames.en,
		entry.searchNames.zh,
	]);
}

/** The quick index: one entry per code; none above QUICK_LIMIT codes (the word shards serve those). */
export function quickEntries(codes: readonly CodeView[]): QuickEntry[] {
	return codes.length > QUICK_LIMIT ? [] : codeEntries(codes);
}

/** The word shards by file name (without .json); none at QUICK_LIMIT codes or fewer (quick.json holds them all). */
export function wordShardFiles(codes: readonly CodeView[]): Map<string, QuickEntry[]> {
	if (codes.length <= QUICK_LIMIT) return new Map();
	return new Map([...buildWordShards(codeEntries(codes))].map(([key, entries]) => [shardFileName(key), entries]));
}
