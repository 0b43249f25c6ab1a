import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { interpolate } from '../src/i18n/interpolate.ts';
import { codes, localeList, plain, prose, ui, type Locale } from './helpers.ts';
import { PARTS_FILE, partFolder } from '../src/features/search/pagefind-parts.ts';

// What Pagefind indexes of a code page is that code's own words, once: the sentences every code
// page repeats (the "ours" notes, the section leads) match every page and weigh on the index at
// scale, and the answer box's first steps are not indexed again when the full list follows.

/** Text as compared here: the Chinese bundle separates words with zero-width spaces. */
const bare = (text: string) => text.replace(/[\s\u200b]+/g, '');

/** Each code page's indexed text in a language, from the fragments of every part of its bundle, by code. */
function indexedCodePages(locale: Locale): Map<string, string> {
	const first = join('dist', partFolder(locale, 1));
	const others: string[] = JSON.parse(readFileSync(join(first, PARTS_FILE), 'utf8'));
	const pages = new Map<string, string>();
	for (const dir of [first, ...others.map((folder) => join('dist', folder))].map((folder) => join(folder, 'fragment')))
		for (const file of readdirSync(dir)) {
			const fragment = JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^pagefind_dcd/, ''));
			const code = new RegExp(`/${locale}/codes/(\\d+)/$`).exec(fragment.url)?.[1];
			if (code) pages.set(code, bare(fragment.content));
		}
	return pages;
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

for (const locale of localeList) {
	test(`every code page is indexed with its own words, without the shared notes, in ${locale}`, () => {
		const pages = indexedCodePages(locale);
		const text = (key: string, values?: Record<string, string>) => bare(plain(interpolate(ui[locale][key], values)));
		// The notes of the code page template, whole, and the fixed opening of "not listed in …".
		const fixed = ['code.explanationNote', 'code.api3Lead', 'code.api3None', 'code.exampleShape', 'code.clbLink'].map(
			(key) => text(key),
		);
		const notListed = text('code.notListed').split('{sources}')[0];
		for (const code of codes) {
			const shared = [...fixed, notListed, text('code.sourcesLead', { code }), text('code.clbLead', { code })];
			const content = pages.get(code);
			expect(content, `${locale}/codes/${code}/ is indexed`).toBeDefined();
			const { summary, cause } = prose(locale, code);
			for (const own of [summary, cause])
				expect(content, `${code}: its own text`).toContain(bare(plain(own.split('\n')[0])));
			for (const note of shared) expect(content, `${code}: a note every code page repeats`).not.toContain(note);
		}
	});

	test(`the first step of what to do is indexed once on every code page, in ${locale}`, () => {
		const pages = indexedCodePages(locale);
		for (const code of codes) {
			const first = bare(plain(prose(locale, code).action.trim().split('\n')[0].replace(/^- /, '')));
			expect(occurrences(pages.get(code) ?? '', first), `${code}: "${first}"`).toBe(1);
		}
	});
}
