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

/** Above this many codes, quick.json is empty: the index is split into word shards instead (word-shards.ts). */
export const QUICK_LIMIT = 2000;

/** [code, title en, title zh, summary en, summary zh, other names en, other names zh] */
export type QuickEntry = [string, string, string, string, string, string[], string[]];

/** A Chinese character (CJK ideographs and their compatibility forms): Chinese matches as substrings. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Text as the quick index compares it: NFKC, lower case, punctuation as spaces, spaces collapsed. */
export function searchText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

interface Field {
	text: string;
	words: string[];
}
const field = (text: string): Field => {
	const normal = searchText(text);
	return { text: normal, words: normal.split(' ').filter(Boolean) };
};

/** An entry prepared once: per language its title, other names and summary. */
interface Prepared {
	hit: CodeHit;
	titles: [Field, Field];
	names: [Field[], Field[]];
	summaries: [Field, Field];
}

const prepared = new WeakMap<
	readonly QuickEntry[],
	{ entries: Prepared[]; known: string[]; titleWords: Set<string> }
>();

function prepare(entries: readonly QuickEntry[]) {
	let index = prepared.get(entries);
	if (index) return index;
	const list = entries.map(([code, titleEn, titleZh, summaryEn, summaryZh, namesEn = [], namesZh = []]) => ({
		hit: { code, titles: { en: titleEn, zh: titleZh } },
		titles: [field(titleEn), field(titleZh)] as [Field, Field],
		names: [namesEn.map(field), namesZh.map(field)] as [Field[], Field[]],
		summaries: [field(summaryEn), field(summaryZh)] as [Field, Field],
	}));
	const titleWords = new Set<string>();
	const known = new Set<string>();
	for (const entry of list) {
		for (const f of [...entry.titles, ...entry.names.flat()]) for (const w of f.words) titleWords.add(w);
		for (const f of [...entry.titles, ...entry.names.flat(), ...entry.summaries]) for (const w of f.words) known.add(w);
	}
	// Only Latin words carry typos worth correcting; Chinese is matched as substrings.
	for (const word of titleWords) if (CJK.test(word) || word.length < 4) titleWords.delete(word);
	index = { entries: list, known: [...known], titleWords };
	prepared.set(entries, index);
	return index;
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
		CJK.test(word) || index.known.some((w) => w.startsWith(word))
			? new Set<string>()
			: corrections(word, index.titleWords),
	);
	const own = locale === 'en' ? 0 : 1;
	const other = 1 - own;
	const scored: { hit: CodeHit; tier: number; score: number; cover: number }[] = [];
	for (const entry of index.entries) {
		const weighted: [Field, number][] = [
			[entry.titles[own], 8],
			[entry.titles[other], 4],
			...entry.names[own].map((f): [Field, number] => [f, 8]),
			...entry.names[other].map((f): [Field, number] => [f, 4]),
			[entry.summaries[own], 2],
			[entry.summaries[other], 1],
		];
		let score = 0;
		for (const [i, word] of words.entries()) {
			const best = Math.max(...weighted.map(([f, weight]) => weight * wordMatch(word, f, typos[i])));
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
