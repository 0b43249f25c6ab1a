import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, pageUrl, withBase } from '../../src/utils/url.ts';

describe('normalizeBase', () => {
	it('adds a missing trailing slash and keeps an existing one', () => {
		expect(normalizeBase('/')).toBe('/');
		expect(normalizeBase('/docs/errors')).toBe('/docs/errors/');
		expect(normalizeBase('/docs/errors/')).toBe('/docs/errors/');
	});
});

describe('withBase', () => {
	it('prefixes a site-relative path with the root base', () => {
		expect(withBase('en/codes/4500/', '/')).toBe('/en/codes/4500/');
		expect(withBase('favicon.svg', '/')).toBe('/favicon.svg');
	});

	it('prefixes a path with a sub-path base, with or without its trailing slash', () => {
		expect(withBase('en/codes/4500/', '/docs/errors/')).toBe('/docs/errors/en/codes/4500/');
		expect(withBase('en/codes/4500/', '/docs/errors')).toBe('/docs/errors/en/codes/4500/');
	});

	it('never doubles the slash when the path starts with one or more slashes', () => {
		expect(withBase('/en/', '/')).toBe('/en/');
		expect(withBase('//en/', '/docs/errors/')).toBe('/docs/errors/en/');
	});

	it('gives the base itself for an empty path', () => {
		expect(withBase('', '/')).toBe('/');
		expect(withBase('', '/docs/errors')).toBe('/docs/errors/');
	});

	it('defaults to the build base ("/" in the tests)', () => {
		expect(withBase('en/')).toBe('/en/');
	});
});

describe('pageUrl', () => {
	it('builds the URL of a route in a language', () => {
		expect(pageUrl('en', 'codes/4500/', '/')).toBe('/en/codes/4500/');
		expect(pageUrl('zh', 'codes/4500/', '/')).toBe('/zh/codes/4500/');
	});

	it('gives the language home for the empty route', () => {
		expect(pageUrl('en', '', '/')).toBe('/en/');
		expect(pageUrl('zh', '', '/docs/errors/')).toBe('/docs/errors/zh/');
	});

	it('ignores leading slashes on the route', () => {
		expect(pageUrl('zh', '/clb/', '/')).toBe('/zh/clb/');
	});

	it('works under a sub-path base written with or without its trailing slash', () => {
		expect(pageUrl('zh', 'sources/', '/docs/errors/')).toBe('/docs/errors/zh/sources/');
		expect(pageUrl('zh', 'sources/', '/docs/errors')).toBe('/docs/errors/zh/sources/');
	});
});

describe('absoluteUrl', () => {
	it('resolves a site path on the configured origin, and gives nothing without one', () => {
		expect(absoluteUrl('/docs/errors/en/codes/4500/', new URL('https://errors.example.com'))).toBe(
			'https://errors.example.com/docs/errors/en/codes/4500/',
		);
		expect(absoluteUrl('/en/', undefined)).toBeUndefined();
	});
});
