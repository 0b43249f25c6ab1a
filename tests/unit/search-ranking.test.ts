/**
 * The code layer's word search (src/features/search/quick.ts, typo.ts) over the real content:
 * exact titles rank first, every synonym finds its codes, and a single typo in any title or
 * synonym word still finds the code. Expectations are derived from the content, for every code.
 */
import { describe, expect, it } from 'vitest';
import { quickMatch } from '../../src/features/search/quick.ts';
import { quickEntries } from '../../src/features/search/quick-index.ts';
import { corrections, editBound, prefixDistance } from '../../src/features/search/typo.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { readContent } from '../../src/pipeline/3-read.ts';
import { normalizeTitle } from '../../src/pipeline/4-check.ts';

const { set } = readContent();
const site = buildSiteData(set);
const entries = quickEntries(site.codes);
const locales = ['en', 'zh'] as const;
const ranked = (query: string, locale: 'en' | 'zh') => quickMatch(query, entries, locale, Infinity).map((h) => h.code);

/** The words of a text that typo tolerance covers: Latin, long enough to allow an edit. */
const latinWords = (text: string) =>
	(
		text
			.normalize('NFKC')
			.toLowerCase()
			.match(/[a-z]+/g) ?? []
	).filter((word) => editBound(word.length) > 0);

/** One edit of each kind, in the middle of the word: deletion, swap, substitution, insertion. */
function singleEdits(word: string): string[] {
	const i = Math.floor(word.length / 2);
	const other = word[i] === 'x' ? 'q' : 'x';
	return [
		word.slice(0, i) + word.slice(i + 1),
		word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1),
		word.slice(0, i) + other + word.slice(i + 1),
		word.slice(0, i) + other + word.slice(i),
	];
}

/** Every word any title, other name or summary holds: an "edit" that lands on one is not a typo. */
const known = entries.flat(2).flatMap(
	(text) =>
		text
			.normalize('NFKC')
			.toLowerCase()
			.match(/[a-z]+/g) ?? [],
);
/** An edit search must forgive: long enough to allow one (typo.ts), and not itself an indexed word's prefix. */
const isTypo = (edit: string) => editBound(edit.length) > 0 && !known.some((w) => w.startsWith(edit));

describe('exact titles first', () => {
	for (const locale of locales) {
		it(`every code's own ${locale} title, as typed (any case), ranks that code first on ${locale} pages`, () => {
			for (const view of site.codes) {
				const title = view.prose[locale].title;
				expect(ranked(title, locale)[0], title).toBe(view.code);
				expect(ranked(title.toUpperCase(), locale)[0], title).toBe(view.code);
			}
		});

		it(`every code's title in the other language ranks it first on ${locale} pages too`, () => {
			const other = locale === 'en' ? 'zh' : 'en';
			for (const view of site.codes) expect(ranked(view.prose[other].title, locale)[0]).toBe(view.code);
		});
	}

	it('a source’s title ranks its codes among the first three, after a code whose own title it is', () => {
		for (const view of site.codes)
			for (const { source, row } of view.rows) {
				const query = normalizeTitle(row.title);
				const top = ranked(query, source.lang);
				expect(top.slice(0, 3), `${source.id} ${view.code} "${query}"`).toContain(view.code);
				const owner = site.codes.find((c) => c.prose[source.lang].title.toLowerCase() === query.toLowerCase());
				if (owner) expect(top[0]).toBe(owner.code);
			}
	});

	it('"authentication failed" is 4100 (a source’s title), ahead of the codes whose titles merely contain it', () => {
		for (const locale of locales) expect(ranked('authentication failed', locale)[0]).toBe('4100');
	});
});

describe('synonyms (content/search-synonyms.yaml)', () => {
	it.each(set.synonyms.map((entry) => [entry.id, entry.data] as const))(
		'%s: every term finds its codes in the top 3, on both languages’ pages',
		(_id, entry) => {
			for (const lang of locales)
				for (const term of entry[lang])
					for (const locale of locales)
						for (const code of entry.codes)
							expect(ranked(term, locale).slice(0, 3), `${term} on ${locale}`).toContain(code);
		},
	);
});

describe('typo tolerance', () => {
	it('measures edits to a word or to a prefix of it, within the bound only', () => {
		expect(prefixDistance('quata', 'quota', 1)).toBe(1);
		expect(prefixDistance('balanse', 'balance', 1)).toBe(1);
		expect(prefixDistance('signatrue', 'signature', 2)).toBe(1);
		expect(prefixDistance('authentification', 'authentication', 2)).toBe(2);
		expect(prefixDistance('timestap', 'timestamps', 2)).toBe(1);
		expect(prefixDistance('quota', 'quotas', 1)).toBe(0);
		expect(prefixDistance('balanse', 'replay', 1)).toBe(Infinity);
		expect(editBound(3)).toBe(0);
		expect(corrections('abc', ['abd'])).toEqual(new Set());
	});

	for (const locale of locales) {
		it(`a single typo in any title or synonym word still finds the code, on ${locale} pages`, () => {
			let checked = 0;
			for (const view of site.codes) {
				const words = new Set(
					locales.flatMap((l) => [view.prose[l].title, ...view.searchNames[l]]).flatMap(latinWords),
				);
				for (const word of words)
					for (const typo of singleEdits(word).filter(isTypo)) {
						expect(ranked(typo, locale), `${typo} (${word}) for ${view.code}`).toContain(view.code);
						checked++;
					}
			}
			expect(checked).toBeGreaterThan(0);
		});

		it(`a title with a typo in one word still ranks its code first, on ${locale} pages`, () => {
			for (const view of site.codes) {
				const title = view.prose[locale].title;
				for (const word of latinWords(title))
					for (const typo of singleEdits(word).filter(isTypo)) {
						const query = title.replace(new RegExp(`\\b${word}\\b`, 'i'), () => typo);
						expect(ranked(query, locale)[0], query).toBe(view.code);
					}
			}
		});
	}

	it('the issue’s misspellings find the code meant', () => {
		for (const locale of locales) {
			expect(ranked('balanse', locale)[0]).toBe('5300');
			expect(ranked('signatre', locale)[0]).toBe('4100');
			expect(ranked('timestap', locale)[0]).toBe('4500');
			expect(ranked('authentification', locale)[0]).toBe('4100');
			expect(ranked('quata', locale)[0]).toBe('4400');
		}
	});

	it('a correctly spelled word is not widened by typo matching', () => {
		for (const view of site.codes)
			for (const word of latinWords(view.prose.en.title))
				for (const code of ranked(word, 'en')) {
					const text = entries
						.find(([c]) => c === code)!
						.flat()
						.join(' ')
						.toLowerCase();
					expect(
						text.split(/[^a-z]+/).some((w) => w.startsWith(word)),
						`${word} → ${code}`,
					).toBe(true);
				}
	});
});

describe('hostile queries', () => {
	it.each(['{count}', '{query}', '$&', '$1', "$'", '<img src=x onerror=alert(1)>', '</script>', '(.*', '\\', '\u0000'])(
		'%j is searched as text and never throws',
		(query) => {
			for (const locale of locales) expect(() => quickMatch(query, entries, locale)).not.toThrow();
		},
	);
});
