/**
 * The pieces of hosting that are plain functions: the origin a build is made for, what the
 * sitemap lists, the nginx policy map, the committed nginx file made local for the tests and
 * the benchmark, and the meta descriptions of the code pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeKeys } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { headerPolicy, nginxCspMap } from '../../src/integrations/nginx-csp.ts';
import { isListed, sitemapFiles } from '../../src/integrations/sitemap.ts';
import { readContent } from '../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { textWidth } from '../../src/utils/first-steps.ts';
import { plainText } from '../../src/utils/markdown.ts';
import { codeDescription, DESCRIPTION_WIDTH, joinWithin } from '../../src/utils/meta-description.ts';
import { siteOrigin } from '../../src/utils/site-origin.ts';
import { standardTextOnly } from '../../scripts/bench/nginx-bytes.ts';
import { localSiteConfig, NGINX_CONFIG } from '../../scripts/lib/nginx.ts';

describe('siteOrigin', () => {
	it('is none without SITE_URL, and the origin of an http(s) origin', () => {
		expect(siteOrigin(undefined)).toBeUndefined();
		expect(siteOrigin('')).toBeUndefined();
		expect(siteOrigin('https://errors.example.com')).toBe('https://errors.example.com');
		expect(siteOrigin('https://errors.example.com/')).toBe('https://errors.example.com');
		expect(siteOrigin('http://localhost:4321')).toBe('http://localhost:4321');
	});

	it('refuses what is not an origin, saying what to give instead', () => {
		expect(() => siteOrigin('errors.example.com')).toThrow(/not a URL/);
		expect(() => siteOrigin('ftp://errors.example.com')).toThrow(/https:\/\//);
		expect(() => siteOrigin('https://errors.example.com/docs/errors/')).toThrow(/BASE_PATH=\/docs\/errors\//);
	});
});

describe('the sitemap', () => {
	it('lists the language pages, not the chooser, the search pages or the short-link template, under any base', () => {
		for (const base of ['/', '/docs/errors/']) {
			const at = (path: string) => `https://errors.example.com${base}${path}`;
			expect(isListed(at('en/codes/4500/'), base)).toBe(true);
			expect(isListed(at('zh/'), base)).toBe(true);
			expect(isListed(at('zh/decode/'), base)).toBe(true);
			expect(isListed(at(''), base)).toBe(false);
			// The search page lists every code; its results for a query are kept out by the host.
			expect(isListed(at('en/search/'), base)).toBe(true);
			expect(isListed(at('zh/search/'), base)).toBe(true);
			expect(isListed(at('short-link-template/'), base)).toBe(false);
		}
	});
});

describe('the sitemap files', () => {
	const origin = 'https://errors.example.com';
	/** Every <url> of the files: its <loc> and its alternates, by file. */
	const urlsOf = (xml: string) =>
		[...xml.matchAll(/<url><loc>([^<]*)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({
			loc,
			links: [...links.matchAll(/hreflang="([^"]*)" href="([^"]*)"/g)].map(([, lang, href]) => `${lang} ${href}`),
		}));

	it('lists each page once under its base, with the language versions that exist and x-default, and leaves out the rest', () => {
		for (const base of ['/', '/docs/errors/']) {
			const pages = ['', 'en/', 'zh/', 'en/codes/4500/', 'zh/codes/4500/', 'en/only-en/', 'zh/only-zh/', 'en/404/'];
			const files = sitemapFiles([...pages, 'short-link-template/', 'en/codes/4500/'], origin, base);
			expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
			expect(files.get('sitemap-index.xml')).toContain(`<loc>${origin}${base}sitemap-0.xml</loc>`);
			const at = (path: string) => `${origin}${base}${path}`;
			const urls = urlsOf(files.get('sitemap-0.xml') ?? '');
			expect(urls.map((url) => url.loc)).toEqual(
				['en/', 'en/codes/4500/', 'en/only-en/', 'zh/', 'zh/codes/4500/', 'zh/only-zh/'].map(at),
			);
			const links = Object.fromEntries(urls.map((url) => [url.loc, url.links]));
			const both = (path: string) => [
				`en ${at(`en/${path}`)}`,
				`zh-CN ${at(`zh/${path}`)}`,
				`x-default ${at(`en/${path}`)}`,
			];
			expect(links[at('zh/codes/4500/')]).toEqual(both('codes/4500/'));
			expect(links[at('en/')]).toEqual(both(''));
			expect(links[at('en/only-en/')]).toEqual([`en ${at('en/only-en/')}`, `x-default ${at('en/only-en/')}`]);
			expect(links[at('zh/only-zh/')]).toEqual([`zh-CN ${at('zh/only-zh/')}`]);
		}
	});

	it('writes at most 50,000 URLs a file, each file named in the index, every page in exactly one', () => {
		const pages = Array.from({ length: 60_001 }, (_, i) => `en/codes/${100_000 + i}/`);
		const files = sitemapFiles(pages, origin, '/');
		const sitemaps = [...files.keys()].filter((file) => file !== 'sitemap-index.xml');
		expect(sitemaps).toEqual(['sitemap-0.xml', 'sitemap-1.xml']);
		const locs = sitemaps.flatMap((file) => urlsOf(files.get(file) ?? '').map((url) => url.loc));
		expect(locs).toEqual(pages.map((page) => `${origin}/${page}`));
		expect(Math.max(...sitemaps.map((file) => urlsOf(files.get(file) ?? '').length))).toBeLessThanOrEqual(50_000);
		for (const file of sitemaps) expect(files.get('sitemap-index.xml')).toContain(`<loc>${origin}/${file}</loc>`);
	});

	it('escapes what a URL may hold that XML reads', () => {
		const xml = sitemapFiles(["en/a&b'/"], origin, '/').get('sitemap-0.xml') ?? '';
		expect(xml).toContain('<loc>https://errors.example.com/en/a&amp;b&#39;/</loc>');
	});
});

describe('the nginx policy map', () => {
	const a = "default-src 'self'; script-src 'self' 'sha256-AAA=';";
	const b = "default-src 'self'; script-src 'self' 'sha256-BBB=';";

	it("turns a page's meta policy into its header: the same directives, plus frame-ancestors 'none'", () => {
		expect(headerPolicy(a)).toBe("default-src 'self'; script-src 'self' 'sha256-AAA='; frame-ancestors 'none'");
	});

	it('maps each page to its own policy, writing each distinct policy once', () => {
		const map = nginxCspMap([
			['/en/index.html', a],
			['/zh/index.html', b],
			['/en/codes/4500/index.html', a],
		]);
		expect(map).toContain('\t/en/index.html p0;\n\t/zh/index.html p1;\n\t/en/codes/4500/index.html p0;');
		expect(map.split(headerPolicy(a)).length - 1).toBe(1);
		expect(map).toContain(`\tp1 "${headerPolicy(b)}";`);
	});

	it('refuses a path or policy nginx would read as something else', () => {
		expect(() => nginxCspMap([['/en/a b.html', a]])).toThrow();
		expect(() => nginxCspMap([['/en/index.html', `${a} "x"`]])).toThrow();
		expect(() => nginxCspMap([['/en/index.html', `${a} $uri`]])).toThrow();
	});
});

describe('the committed nginx configuration, made local', () => {
	const committed = readFileSync(NGINX_CONFIG, 'utf8');
	const local = localSiteConfig(committed, { port: 43210, root: '/tmp/www', cspMap: '/tmp/www/csp.conf' });

	it('changes only the lines marked host-specific: one listener on loopback, the root, the name, the map', () => {
		const changed = (text: string) => text.split('\n').filter((line) => !committed.split('\n').includes(line));
		expect(changed(local).map((line) => line.trim())).toEqual([
			'include /tmp/www/csp.conf;',
			'listen 127.0.0.1:43210;',
			'server_name localhost;',
			'root /tmp/www;',
		]);
		const kept = committed.split('\n').filter((line) => !/# host-specific$/.test(line));
		expect(local.split('\n').filter((line) => kept.includes(line))).toEqual(kept);
	});

	it('fails when a host-specific line it must swap is gone', () => {
		const withoutRoot = committed.replace(/^.*\broot .*# host-specific\n/m, '');
		expect(() => localSiteConfig(withoutRoot, { port: 1, root: '/r', cspMap: '/m' })).toThrow(/"root"/);
	});

	it("the benchmark's other host differs from it only in not compressing Pagefind's files", () => {
		const plain = standardTextOnly(local);
		expect(local.split('\n').filter((line) => !plain.split('\n').includes(line))).toEqual([
			'\t\t\tgzip_types application/octet-stream;',
		]);
	});
});

describe('code page descriptions', () => {
	const site = buildSiteData(readContent().set);

	it('start with what the code means and fit a results page, for every code in both languages', () => {
		for (const entry of site.codes)
			for (const locale of localeKeys) {
				const t = useTranslations(locale);
				const text = codeDescription(entry.prose[locale], t(`retry.${entry.facts.retry}`), locale);
				expect(text.startsWith(plainText(entry.prose[locale].summary)), `${locale} ${entry.code}`).toBe(true);
				expect(textWidth(text), `${locale} ${entry.code}: ${text}`).toBeLessThanOrEqual(DESCRIPTION_WIDTH.max);
			}
	});

	it('add each later sentence that fits, in order, joined as each language writes', () => {
		expect(joinWithin(['One.', 'x'.repeat(200), 'Two.'], 'en')).toBe('One. Two.');
		expect(joinWithin(['一。', '二。'], 'zh')).toBe('一。二。');
		expect(joinWithin(['y'.repeat(300)], 'en')).toHaveLength(300);
	});
});
