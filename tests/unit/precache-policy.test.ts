import { describe, expect, it } from 'vitest';
import { isCore, precachePlan, FULL_PRECACHE_LIMIT } from '../../src/sw/precache-policy.ts';
import { formatBytes } from '../../src/features/offline/download.ts';
import { localeKeys } from '../../src/i18n/locales.ts';
import { readContent } from '../../src/pipeline/3-read.ts';

const codes = readContent().set.registry.map((entry) => entry.id);

describe('the core a first visit precaches above the full-precache size', () => {
	it('leaves out what exists once per code, in every language, and the full-text index chunks', () => {
		for (const code of codes) {
			for (const locale of localeKeys)
				expect(isCore(`${locale}/codes/${code}/index.html`), `${locale} ${code}`).toBe(false);
			expect(isCore(`codes/${code}.json`)).toBe(false);
			expect(isCore(`${code}/index.html`)).toBe(false);
		}
		for (const file of [
			'codes.json',
			'sitemap-0.xml',
			'sitemap-index.xml',
			'search/words/rep.json',
			'search/words/_91cd.json',
		])
			expect(isCore(file), file).toBe(false);
		for (const locale of localeKeys) {
			expect(isCore(`pagefind/${locale}/fragment/${locale}_14e3195.pf_fragment`)).toBe(false);
			expect(isCore(`pagefind/${locale}/index/${locale}_a1b2c3.pf_index`)).toBe(false);
		}
	});

	it('keeps the shell: home pages with the code table, 404s, search, the decoder, assets, the search layers, Pagefind’s entry', () => {
		const shell = [
			'index.html',
			'404.html',
			'_astro/site.Bx1.js',
			'search/quick.json',
			'search/codes/45.json',
			'codes.schema.json',
		];
		for (const locale of localeKeys)
			shell.push(
				`${locale}/index.html`,
				`${locale}/404.html`,
				`${locale}/search/index.html`,
				`${locale}/decode/index.html`,
				`pagefind/${locale}/pagefind.js`,
				`pagefind/${locale}/pagefind-entry.json`,
				`pagefind/${locale}/wasm.unknown.pagefind`,
			);
		for (const file of shell) expect(isCore(file), file).toBe(true);
	});
});

describe('precachePlan', () => {
	const files = [
		{ file: 'en/index.html', bytes: 30_000 },
		{ file: 'en/codes/4500/index.html', bytes: 36_000 },
		{ file: 'pagefind/en/fragment/en_1.pf_fragment', bytes: 4_000 },
	];

	it('precaches every file while the build is at most the limit', () => {
		expect(precachePlan(files, 70_000)).toEqual({ complete: true, precache: files });
	});

	it('precaches the core only above it', () => {
		expect(precachePlan(files, 69_999)).toEqual({ complete: false, precache: [files[0]] });
	});
});

describe('formatBytes', () => {
	it('writes KB below a megabyte and MB with one decimal above, in the page’s language', () => {
		expect(formatBytes(50_000, 'en')).toBe('49 KB');
		expect(formatBytes(100, 'en')).toBe('1 KB');
		expect(formatBytes(3.94 * 1024 * 1024, 'en')).toBe('3.9 MB');
		expect(formatBytes(1234 * 1024 * 1024, 'en')).toBe('1,234 MB');
		expect(formatBytes(3.94 * 1024 * 1024, 'zh-CN')).toBe('3.9 MB');
	});
});
