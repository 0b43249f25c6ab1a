import { describe, expect, it } from 'vitest';
import { localizedUrl, normalizeBase, pageUrl, routeOf, withBase } from '../../src/utils/url.ts';

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

describe('localizedUrl', () => {
	it('swaps English for Chinese and Chinese for English', () => {
		expect(localizedUrl('/en/codes/4500/', 'zh', '/')).toBe('/zh/codes/4500/');
		expect(localizedUrl('/zh/codes/4500/', 'en', '/')).toBe('/en/codes/4500/');
		expect(localizedUrl('/en/', 'zh', '/')).toBe('/zh/');
		expect(localizedUrl('/zh/clb/', 'en', '/')).toBe('/en/clb/');
	});

	it('keeps the URL when it is already in the asked language', () => {
		expect(localizedUrl('/en/sources/', 'en', '/')).toBe('/en/sources/');
	});

	it('adds the trailing slash to a bare locale segment', () => {
		expect(localizedUrl('/en', 'zh', '/')).toBe('/zh/');
	});

	it('injects a locale into a locale-less path', () => {
		expect(localizedUrl('/codes/4500/', 'zh', '/')).toBe('/zh/codes/4500/');
		expect(localizedUrl('/', 'en', '/')).toBe('/en/');
		expect(localizedUrl('/docs/errors/clb/', 'zh', '/docs/errors/')).toBe('/docs/errors/zh/clb/');
	});

	it('does not mistake a segment that merely starts like a locale for one', () => {
		expect(localizedUrl('/english/', 'zh', '/')).toBe('/zh/english/');
		expect(localizedUrl('/zhx/a/', 'en', '/')).toBe('/en/zhx/a/');
	});

	it('keeps the query string and the hash', () => {
		expect(localizedUrl('/en/codes/4500/?q=1&r=2#sources', 'zh', '/')).toBe('/zh/codes/4500/?q=1&r=2#sources');
		expect(localizedUrl('/zh/clb/#code-4400', 'en', '/')).toBe('/en/clb/#code-4400');
		expect(localizedUrl('/en/?x=/zh/', 'zh', '/')).toBe('/zh/?x=/zh/');
	});

	it('works under the base "/docs/errors/"', () => {
		expect(localizedUrl('/docs/errors/en/codes/4500/', 'zh', '/docs/errors/')).toBe('/docs/errors/zh/codes/4500/');
		expect(localizedUrl('/docs/errors/zh/', 'en', '/docs/errors/')).toBe('/docs/errors/en/');
		expect(localizedUrl('/docs/errors/', 'zh', '/docs/errors/')).toBe('/docs/errors/zh/');
		expect(localizedUrl('/docs/errors/en/?a=b#c', 'zh', '/docs/errors/')).toBe('/docs/errors/zh/?a=b#c');
	});

	it('works under the base "/docs/errors" written without its trailing slash', () => {
		expect(localizedUrl('/docs/errors/en/codes/4500/', 'zh', '/docs/errors')).toBe('/docs/errors/zh/codes/4500/');
		expect(localizedUrl('/docs/errors/zh/sources/#api2-zh', 'en', '/docs/errors')).toBe('/docs/errors/en/sources/#api2-zh');
		expect(localizedUrl('/docs/errors', 'zh', '/docs/errors')).toBe('/docs/errors/zh/');
	});

	it('returns a path outside the base unchanged', () => {
		expect(localizedUrl('/other/en/page/', 'zh', '/docs/errors/')).toBe('/other/en/page/');
		expect(localizedUrl('/en/codes/4500/?q=1#x', 'zh', '/docs/errors/')).toBe('/en/codes/4500/?q=1#x');
		// A path that only shares a prefix with the base is outside it too.
		expect(localizedUrl('/docs/errors-old/en/', 'zh', '/docs/errors')).toBe('/docs/errors-old/en/');
	});
});

describe('routeOf', () => {
	it('strips the base and the locale from a pathname', () => {
		expect(routeOf('/en/codes/4500/', '/')).toBe('codes/4500/');
		expect(routeOf('/zh/clb/', '/')).toBe('clb/');
		expect(routeOf('/docs/zh/codes/4500/', '/docs/')).toBe('codes/4500/');
		expect(routeOf('/docs/errors/en/sources/', '/docs/errors')).toBe('sources/');
	});

	it('gives the empty route for a language home', () => {
		expect(routeOf('/en/', '/')).toBe('');
		expect(routeOf('/docs/errors/zh/', '/docs/errors/')).toBe('');
	});

	it('keeps a locale-less path as it is below the base', () => {
		expect(routeOf('/codes/4500/', '/')).toBe('codes/4500/');
		expect(routeOf('/', '/')).toBe('');
	});

	it('round-trips with pageUrl for every locale', () => {
		for (const base of ['/', '/docs/errors/', '/docs/errors']) {
			for (const route of ['', 'codes/4500/', 'clb/', 'sources/', 'response-format/']) {
				for (const locale of ['en', 'zh'] as const) expect(routeOf(pageUrl(locale, route, base), base)).toBe(route);
			}
		}
	});
});
