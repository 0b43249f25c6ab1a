import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY, preferredLocale } from '../../src/i18n/preferred-locale.ts';

describe('preferredLocale', () => {
	it('uses the remembered choice before the browser languages', () => {
		expect(preferredLocale('zh', ['en-US', 'en'])).toBe('zh');
		expect(preferredLocale('en', ['zh-CN', 'zh'])).toBe('en');
	});

	it.each([
		[['zh-CN'], 'zh'],
		[['zh-TW'], 'zh'],
		[['zh'], 'zh'],
		[['zh-Hans-CN'], 'zh'],
		[['ZH-cn'], 'zh'],
		[['en-US'], 'en'],
		[['en-GB', 'zh-CN'], 'en'],
		[['fr', 'zh'], 'zh'],
		[['fr-FR', 'de', 'zh-TW', 'en'], 'zh'],
		[['fr', 'en-US', 'zh'], 'en'],
	])('without a remembered choice, picks the first browser language the site has: %j → %s', (languages, expected) => {
		expect(preferredLocale(null, languages)).toBe(expected);
	});

	it('falls back to English when no browser language is English or Chinese', () => {
		expect(preferredLocale(null, ['fr', 'de-DE', 'ja'])).toBe('en');
		expect(preferredLocale(undefined, [])).toBe('en');
	});

	it.each(['', 'fr', 'ZH', 'zh-CN', 'english', ' zh'])('ignores the invalid remembered value %j', (remembered) => {
		expect(preferredLocale(remembered, ['zh-CN'])).toBe('zh');
		expect(preferredLocale(remembered, ['en-US'])).toBe('en');
	});

	it('ignores remembered values that name properties every object inherits ("constructor", "toString" …)', () => {
		for (const remembered of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
			expect(preferredLocale(remembered, ['zh-CN']), remembered).toBe('zh');
		}
	});

	it('remembers the choice under a stable storage key', () => {
		expect(LOCALE_STORAGE_KEY).toBe('preferred-locale');
	});
});
