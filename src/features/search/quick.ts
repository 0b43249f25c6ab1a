/**
 * Instant code results from the registry, shown before Pagefind's: every code's titles, other
 * names (its sources' titles and our synonyms) and summary, in both languages. Ranked as a
 * reader expects: the query being a code's whole title first, then a whole other name, then a
 * title holding the query as a phrase, then codes holding every word, weighed by where (title,
 * name, summary; the page's language first) and by how much of the title the query covers.
 * Latin words match as prefixes, as in Pagefind; a word that nothing starts with is read as a
 * typo of the title and name words near it (typo.ts). Chinese matches as substrings.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { CodeHit } from './code-query.ts';
import { corrections } from './typo.ts';
import { CJK, searchText } from './search-text.ts';

/** Above this many codes, quick.json is empty: the index is split into word shards instead (word-shards.ts). */
export const QUICK_LIMIT = 2000;

/** [code, title en, title zh, summary en, summary zh, other names en, other names zh] */
export type QuickEntry = [string, string, string, string, string, string[], string[]];

// A Unicode class this large takes V8 6-8 ms to compile on first use (measured in Node): done as this module
// loads (while the first query's data downloads), not in the first query's way.
searchText('Warm 预热');

/** A field of an entry as compared: its searchText and its words. */
interface Field {
	readonly text: string;
	readonly words: string[];
}

/**
 * A field made on first use: a query reads an entry's titles, and its other fields only when the
 * titles do not settle it, so a cold search of a shard whose titles hold the query normalizes
 * little more than the titles (a word no indexed word starts with still reads every field).
 */
function field(raw: string): Field {
	let made: { text: string; words: string[] } | undefined;
	const make = () => {
		const text = searchText(raw);
		return (made = { text, words: text.split(' ').filter(Boolean) });
	};
	return {
		get text() {
			return (made ?? make()).text;
		},
		get words() {
			return (made ?? make()).words;
		},
	};
}

/** An entry prepared once: per language its title, other names and summary. */
interface Prepared {
	hit: CodeHit;
	titles: [Field, Field];
	names: [Field[], Field[]];
	summaries: [Field, Field];
	/** Its fields with their weights for a page in each language (index 0: en, 1: zh), made on first use. */
	weighted: [[Field, number][]?, [Field, number][]?];
}

/** The prepared entries of an entry list; the title words (what typos are corrected to) made on first need. */
interface PreparedIndex {
	entries: Prepared[];
	titleWords?: Set<string>;
}

const prepared = new WeakMap<readonly QuickEntry[], PreparedIndex>();

function prepare(entries: readonly QuickEntry[]): PreparedIndex {
	let index = prepared.get(entries);
	if (index) return index;
	index = {
		entries: entries.map(([code, titleEn, titleZh, summaryEn, summaryZh, namesEn = [], namesZh = []]) => ({
			hit: { code, titles: { en: titleEn, zh: titleZh } },
			titles: [field(titleEn), field(titleZh)],
			names: [namesEn.map(field), namesZh.map(field)],
			summaries: [field(summaryEn), field(summaryZh)],
			weighted: [],
		})),
	};
	prepared.set(entries, index);
	return index;
}

/** The words of every title and other name, that a typo may be of: Latin words of 4 letters or more. */
function titleWords(index: PreparedIndex): Set<string> {
	if (index.titleWords) return index.titleWords;
	const words = new Set<string>();
	for (const entry of index.entries)
		for (const f of [...entry.titles, ...entry.names.flat()])
			for (const w of f.words) if (w.length >= 4 && !CJK.test(w)) words.add(w);
	return (index.titleWords = words);
}

/** Whether any indexed word (title, other name or summary, either language) starts with `word`. */
const isKnownPrefix = (index: PreparedIndex, word: string) =>
	index.entries.some((entry) =>
		[...entry.titles, ...entry.names[0], ...entry.names[1], ...entry.summaries].some((f) =>
			f.words.some((w) => w.startsWith(word)),
		),
	);

/** An entry's fields and their weights for a page in language `own` (0: en, 1: zh): its own language counts double. */
function weightedFields(entry: Prepared, own: 0 | 1): [Field, number][] {
	const other = own === 0 ? 1 : 0;
	return (entry.weighted[own] ??= [
		[entry.titles[own], 8],
		[entry.titles[other], 4],
		...entry.names[own].map((f): [Field, number] => [f, 8]),
		...entry.names[other].map((f): [Field, number] => [f, 4]),
		[entry.summaries[own], 2],
		[entry.summaries[other], 1],
	]);
}

/** How a query word matches a field: 1 as a word or Chinese substring, 0.9 as a prefix, 0.6 as a typo, else 0. */
function wordMatch(word: string, f: Field, typos: Set<string>): number {
	if (CJK.test(word)) return f.text.includes(word) ? 1 : 0;
	if (f.words.includes(word)) return 1;
	if (f.words.some((w) => w.startsWith(word))) return 0.9;
	return typos.size && f.words.some((w) => typos.has(w)) ? 0.6 : 0;
}

/** The query as a phrase inside a field: at word boundaries for Latin, anywhere for Chinese. */
const holdsPhrase = (f: Field, phrase: string) =>
	CJK.test(phrase) ? f.text.includes(phrase) : ` ${f.text} `.includes(` ${phrase} `);

/** Codes whose titles, other names or summary match every word of the query, best first. */
export function quickMatch(query: string, entries: readonly QuickEntry[], locale: Locale, limit = 5): CodeHit[] {
	const phrase = searchText(query);
	const words = phrase.split(' ').filter(Boolean);
	// One Latin letter (or none) matches too much to be useful; one Chinese character is a word.
	if (words.length === 0 || (phrase.length < 2 && !CJK.test(phrase))) return [];
	const index = prepare(entries);
	// A word that no indexed word starts with may be a typo of a title or name word.
	const typos = words.map((word) =>
		CJK.test(word) || isKnownPrefix(index, word) ? new Set<string>() : corrections(word, titleWords(index)),
	);
	const own = locale === 'en' ? 0 : 1;
	const other = 1 - own;
	const scored: { hit: CodeHit; tier: number; score: number; cover: number }[] = [];
	for (const entry of index.entries) {
		const weighted = weightedFields(entry, own);
		let score = 0;
		for (const [i, word] of words.entries()) {
			let best = 0;
			for (const [f, weight] of weighted)
				if (weight > best) best = Math.max(best, weight * wordMatch(word, f, typos[i]));
			if (best === 0) {
				score = 0;
				break;
			}
			score += best;
		}
		if (score === 0) continue;
		const named = [entry.titles[own], entry.titles[other], ...entry.names[own], ...entry.names[other]];
		const tier =
			entry.titles[own].text === phrase
				? 6
				: entry.titles[other].text === phrase
					? 5
					: entry.names[own].some((f) => f.text === phrase)
						? 4
						: entry.names[other].some((f) => f.text === phrase)
							? 3
							: named.some((f) => holdsPhrase(f, phrase))
								? 2
								: 0;
		// How much of the closest title or name the query covers: "access to resources" is more of
		// 4102's title than of 4103's longer one.
		const cover = Math.max(
			...named
				.filter((f) => words.every((word, i) => wordMatch(word, f, typos[i]) > 0))
				.map((f) => phrase.length / f.text.length),
			0,
		);
		scored.push({ hit: entry.hit, tier, score, cover });
	}
	return scored
		.sort(
			(a, b) => b.tier - a.tier || b.score - a.score || b.cover - a.cover || Number(a.hit.code) - Number(b.hit.code),
		)
		.slice(0, limit)
		.map((entry) => entry.hit);
}
