import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, localeKeys, locales, otherLocale } from '../../src/i18n/locales.ts';
import { dictionaries, useTranslations } from '../../src/i18n/t.ts';
import { en, type UIKey } from '../../src/i18n/ui/en.ts';
import { zh } from '../../src/i18n/ui/zh.ts';
import { readContent } from '../../src/pipeline/3-read.ts';

const { set } = readContent();
const registry = Object.fromEntries(set.registry.map((entry) => [entry.id, entry.data]));
const sources = set.sources.map((entry) => entry.data);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI strings', () => {
	it('have exactly the same keys in Chinese as in English', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});

	it('have no empty or blank strings in any locale', () => {
		for (const locale of localeKeys) {
			for (const [key, value] of Object.entries(dictionaries[locale])) {
				expect(value.trim(), `${locale} ${key}`).not.toBe('');
			}
		}
	});

	it('use in Chinese every {placeholder} the English string has, and no other', () => {
		for (const key of Object.keys(en) as UIKey[]) {
			expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
		}
	});
});

describe('useTranslations', () => {
	it('returns the string of its locale', () => {
		expect(useTranslations('en')('nav.codes')).toBe(en['nav.codes']);
		expect(useTranslations('zh')('nav.codes')).toBe(zh['nav.codes']);
	});

	it('fills in {placeholders}', () => {
		expect(useTranslations('en')('code.permalink', { code: '4500' })).toBe(
			en['code.permalink'].replace('{code}', '4500'),
		);
		expect(useTranslations('en')('code.permalink', { code: '4500' })).toContain('4500');
		expect(useTranslations('zh')('home.count', { count: 23, groups: 4 })).toBe(
			zh['home.count'].replace('{count}', '23').replace('{groups}', '4'),
		);
	});

	it('fills every occurrence and leaves unknown placeholders visible', () => {
		expect(useTranslations('en')('code.docTitle', { code: '4500' })).toBe(
			en['code.docTitle'].replace('{code}', '4500'),
		);
		expect(useTranslations('en')('code.docTitle', { code: '4500' })).toContain('{title}');
	});

	it('does not interpret the values it fills in', () => {
		expect(useTranslations('en')('code.permalink', { code: '{code} $& $1' })).toBe(
			en['code.permalink'].replace('{code}', () => '{code} $& $1'),
		);
	});
});

describe('the locales', () => {
	it('are English and Simplified Chinese, with English the default', () => {
		expect(localeKeys).toEqual(['en', 'zh']);
		expect(locales.zh.lang).toBe('zh-CN');
		expect(locales.en.lang).toBe('en');
		expect(defaultLocale).toBe('en');
	});

	it('toggle to each other', () => {
		expect(otherLocale('en')).toBe('zh');
		expect(otherLocale('zh')).toBe('en');
	});

	it('are recognised by isLocale, and nothing else is', () => {
		expect(isLocale('en')).toBe(true);
		expect(isLocale('zh')).toBe(true);
		for (const value of ['', 'EN', 'zh-CN', 'fr', null, undefined, 1])
			expect(isLocale(value), String(value)).toBe(false);
	});

	it('are not confused with properties every object inherits', () => {
		for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
			expect(isLocale(value), value).toBe(false);
	});
});

describe('every UI key the content needs', () => {
	const keys = new Set(Object.keys(en));
	const needed = new Set<string>();
	for (const entry of Object.values(registry)) {
		needed.add(`retry.${entry.retry}`);
		for (const { match } of entry.api3) needed.add(`match.${match}`);
	}
	for (const source of sources) for (const notice of source.notices) needed.add(`notice.${notice.kind}`);

	it('is found by reading the registry and the sources', () => {
		// Guards the test itself: if the content shape changed, the list would silently shrink.
		expect([...needed].filter((k) => k.startsWith('retry.')).length).toBeGreaterThan(1);
		expect([...needed].filter((k) => k.startsWith('notice.')).length).toBeGreaterThan(0);
	});

	it('exists for each registry entry: retry verdict and API 3.0 match', () => {
		const missing = [...needed].filter((key) => !key.startsWith('notice.') && !keys.has(key));
		expect(missing).toEqual([]);
	});

	it('exists for every kind of notice a source carries', () => {
		const missing = [...needed].filter((key) => key.startsWith('notice.') && !keys.has(key));
		expect(missing).toEqual([]);
	});

	it('exists for every notice kind the source schema allows, even if no source uses it yet', async () => {
		const { SourceSchema } = await import('../../src/pipeline/2-schema/content.ts');
		const kinds = (SourceSchema.shape.notices.element.shape.kind as unknown as { options: string[] }).options;
		expect(kinds.length).toBeGreaterThan(0);
		for (const kind of kinds) expect(keys.has(`notice.${kind}`), kind).toBe(true);
	});

	it('exists for every retry verdict and API 3.0 match the schema allows', async () => {
		const { retryVerdicts, api3Matches } = await import('../../src/pipeline/2-schema/content.ts');
		for (const verdict of retryVerdicts) expect(keys.has(`retry.${verdict}`), verdict).toBe(true);
		for (const match of api3Matches) expect(keys.has(`match.${match}`), match).toBe(true);
	});

	it('exists for every kind of disagreement the schema allows: a heading and a lead', async () => {
		const { disagreementKinds } = await import('../../src/pipeline/2-schema/content.ts');
		for (const kind of disagreementKinds)
			for (const part of ['heading', 'lead']) expect(keys.has(`disagreement.${part}.${kind}`), kind).toBe(true);
	});
});

describe('every UI key', () => {
	/** Every source file outside the dictionaries, as one text. */
	const sourceText = (function read(dir: string): string {
		return readdirSync(dir, { withFileTypes: true })
			.map((entry) => {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) return path.endsWith(join('i18n', 'ui')) ? '' : read(path);
				return /\.(ts|astro|mjs|js)$/.test(entry.name) ? readFileSync(path, 'utf8') : '';
			})
			.join('\n');
	})(join(import.meta.dirname, '../../src'));
	// Keys looked up by a template such as `retry.${verdict}`: the part before the placeholder.
	const templatePrefixes = [...sourceText.matchAll(/`([a-z][\w.-]*\.[\w-]*)\$\{/g)].map((m) => m[1]);

	it('is found by the scan (guards the test itself)', () => {
		expect(sourceText).toContain("'site.name'");
		expect(templatePrefixes).toContain('retry.');
	});

	it('is used somewhere in src/: as a quoted key, or through a `prefix.${…}` template', () => {
		const unused = Object.keys(en).filter(
			(key) =>
				!sourceText.includes(`'${key}'`) &&
				!sourceText.includes(`"${key}"`) &&
				!templatePrefixes.some((prefix) => key.startsWith(prefix)),
		);
		expect(unused, 'remove these keys from src/i18n/ui/en.ts and zh.ts, or use them').toEqual([]);
	});
});
