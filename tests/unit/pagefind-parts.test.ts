/**
 * How a language's full-text index is split into parts (src/features/search/pagefind-parts.ts):
 * every page in exactly one part, in order, no part over the limit and the fewest parts, and the
 * parts' folders distinct and handled by the offline precache as the one bundle was: the index
 * chunks grow with the registry (cached when used), the entry files are the core.
 */
import { describe, expect, it } from 'vitest';
import { partFolder, splitPages, PAGES_PER_PART } from '../../src/features/search/pagefind-parts.ts';
import { isCore } from '../../src/sw/precache-policy.ts';
import { localeKeys } from '../../src/i18n/locales.ts';

describe('splitPages', () => {
	it('puts every page in one part, in order, in the fewest parts of at most the limit, all but the last of one size', () => {
		for (const max of [1, 2, 3, 7, PAGES_PER_PART])
			for (const count of [1, 2, max - 1, max, max + 1, 2 * max, 2 * max + 1, 5 * max - 1, 10_007]) {
				if (count < 1) continue;
				const pages = Array.from({ length: count }, (_, i) => i);
				const parts = splitPages(pages, max);
				expect(parts.flat(), `${count} pages, ${max} a part`).toEqual(pages);
				expect(parts.length).toBe(Math.ceil(count / max));
				const sizes = parts.map((part) => part.length);
				expect(Math.max(...sizes)).toBeLessThanOrEqual(max);
				expect(Math.min(...sizes)).toBeGreaterThan(0);
				expect(new Set(sizes.slice(0, -1)).size).toBeLessThanOrEqual(1);
				expect(sizes.at(-1)).toBeLessThanOrEqual(sizes[0]);
			}
	});

	it('keeps a registry of today’s size, or of 2,000 codes, in one part', () => {
		expect(splitPages(Array.from({ length: 2_007 }, (_, i) => i))).toHaveLength(1);
	});
});

describe('partFolder', () => {
	it('gives the first part the language’s own folder and every part a folder of its own', () => {
		const folders = localeKeys.flatMap((locale) => [1, 2, 3, 10].map((part) => partFolder(locale, part)));
		expect(new Set(folders).size).toBe(folders.length);
		for (const locale of localeKeys) expect(partFolder(locale, 1)).toBe(`pagefind/${locale}/`);
	});

	it('leaves every part’s index chunks and fragments out of the core precache, and keeps its entry files in', () => {
		for (const locale of localeKeys)
			for (const part of [1, 2, 5]) {
				const folder = partFolder(locale, part);
				expect(isCore(`${folder}index/zh-cn_abc.pf_index`)).toBe(false);
				expect(isCore(`${folder}fragment/zh-cn_abc.pf_fragment`)).toBe(false);
				expect(isCore(`${folder}pagefind-entry.json`)).toBe(true);
				expect(isCore(`${folder}pagefind.zh-cn_abc.pf_meta`)).toBe(true);
			}
	});
});
