/**
 * What the web server sends (tagged @host: run only against a real server, the test command's
 * nginx with deploy/nginx/errors-site.conf): each page's policy as a header, caching,
 * compression, types, 404s and redirects, search results kept out of search engines, over every
 * file of the build it serves (E2E_DIST).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { listFiles } from '../src/utils/list-files.ts';
import { expect, test } from './fixtures.ts';
import { localeList } from './helpers.ts';
import { SEARCH_RESULTS_ROBOTS } from '../src/utils/indexing.ts';

const dist = process.env.E2E_DIST ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// The build's own policy map is for the server; it is checked to be withheld, not served.
const served = listFiles(dist).filter((file) => file !== 'nginx-csp.conf');
const pages = served.filter((file) => file.endsWith('.html'));
/** The address of a built file, relative to the base ("en/codes/4500/" for its index.html). */
const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

const get = (request: APIRequestContext, path: string) =>
	request.get(path, { headers: { 'accept-encoding': 'gzip' }, maxRedirects: 0 });

test("@host every page is sent with its own meta tag's policy as a header, plus frame-ancestors 'none', nosniff and a referrer policy", async ({
	request,
}) => {
	for (const file of pages) {
		const response = await get(request, addressOf(file));
		const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
			readFileSync(join(dist, file), 'utf8'),
		)![1];
		const headers = response.headers();
		expect(headers['content-security-policy'], file).toBe(
			`${meta.replaceAll('&#39;', "'").replace(/;\s*$/, '')}; frame-ancestors 'none'`,
		);
		expect(headers['x-content-type-options'], file).toBe('nosniff');
		expect(headers['referrer-policy'], file).toBe('strict-origin-when-cross-origin');
	}
});

test('@host files with a content hash in their name are cached for a year; every other file (sw.js too) is revalidated', async ({
	request,
}) => {
	expect(served.some((file) => file.startsWith('_astro/'))).toBe(true);
	for (const file of served) {
		const response = await get(request, addressOf(file));
		expect(response.status(), file).toBe(200);
		expect(response.headers()['cache-control'], file).toBe(
			file.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
		);
		expect(response.headers()['x-content-type-options'], file).toBe('nosniff');
	}
});

// The type each kind of file is sent with, and whether it is compressed (all text, and
// Pagefind's index and WebAssembly, which the build stores uncompressed).
const kinds: Record<string, { type: RegExp; gzip: boolean }> = {
	html: { type: /^text\/html; charset=utf-8$/, gzip: true },
	js: { type: /^application\/javascript; charset=utf-8$/, gzip: true },
	css: { type: /^text\/css; charset=utf-8$/, gzip: true },
	json: { type: /^application\/json; charset=utf-8$/, gzip: true },
	xml: { type: /^text\/xml; charset=utf-8$/, gzip: true },
	txt: { type: /^text\/plain; charset=utf-8$/, gzip: true },
	svg: { type: /^image\/svg\+xml; charset=utf-8$/, gzip: true },
	webmanifest: { type: /^application\/manifest\+json; charset=utf-8$/, gzip: true },
	pagefind: { type: /^application\/octet-stream$/, gzip: true },
	pf_meta: { type: /^application\/octet-stream$/, gzip: true },
	pf_index: { type: /^application\/octet-stream$/, gzip: true },
	pf_fragment: { type: /^application\/octet-stream$/, gzip: true },
	png: { type: /^image\/png$/, gzip: false },
};

test('@host every text file and every Pagefind file is sent gzip-compressed with its type, and arrives as built', async ({
	request,
}) => {
	const extension = (file: string) => /\.([^./]+)$/.exec(file)?.[1] ?? '';
	const unknown = [...new Set(served.map(extension))].filter((ext) => !(ext in kinds));
	expect(unknown, 'a kind of file this test does not know').toEqual([]);
	for (const file of served) {
		// nginx leaves a body under gzip_min_length (20 bytes by default) as it is: gzip would enlarge it.
		const gzip = kinds[extension(file)].gzip && statSync(join(dist, file)).size >= 20;
		const { type } = kinds[extension(file)];
		const response = await get(request, addressOf(file));
		const headers = response.headers();
		expect(headers['content-type'], file).toMatch(type);
		expect(headers['content-encoding'], file).toBe(gzip ? 'gzip' : undefined);
		if (gzip) expect(headers.vary, file).toBe('Accept-Encoding');
		expect((await response.body()).equals(readFileSync(join(dist, file))), `${file} arrives as built`).toBe(true);
	}
});

test("@host a miss gets its language's 404 page with status 404, at the address asked for; so do folders without a page and the policy map", async ({
	request,
}) => {
	const page404 = (file: string) => readFileSync(join(dist, file), 'utf8');
	const misses: [string, string][] = [
		['en/no-such-page/', 'en/404.html'],
		['zh/codes/99999/', 'zh/404.html'],
		['codes/4500/', '404.html'],
		['_astro/', '404.html'],
		['nginx-csp.conf', '404.html'],
		['/elsewhere/', '404.html'],
	];
	for (const [path, file] of misses) {
		const response = await get(request, path);
		expect(response.status(), path).toBe(404);
		expect(await response.text(), `${path} shows ${file}`).toBe(page404(file));
	}
});

test('@host a folder asked for without its trailing slash redirects to it, keeping the query; a file does not', async ({
	request,
}) => {
	const redirects: [string, string][] = [
		['en/codes/4500?from=log', `${base}en/codes/4500/?from=log`],
		['zh/search?q=%E7%AD%BE%E5%90%8D', `${base}zh/search/?q=%E7%AD%BE%E5%90%8D`],
		['4500', `${base}4500/`],
		// The site's own folder, under a sub-path.
		...(base === '/' ? [] : [[base.slice(0, -1), base] as [string, string]]),
	];
	for (const [path, location] of redirects) {
		const response = await get(request, path);
		expect(response.status(), path).toBe(301);
		expect(response.headers().location, path).toBe(location);
	}
	expect((await get(request, 'codes.json')).status()).toBe(200);
});

test('@host a search page with a query is sent with X-Robots-Tag noindex, in both languages; the search page itself and other pages are not', async ({
	request,
}) => {
	for (const locale of localeList) {
		for (const query of ['4500', '%E7%AD%BE%E5%90%8D', 'a%20b&lang=en'])
			expect((await get(request, `${locale}/search/?q=${query}`)).headers()['x-robots-tag'], query).toBe(
				SEARCH_RESULTS_ROBOTS,
			);
		for (const path of [`${locale}/search/`, `${locale}/search/?q=`, `${locale}/`, `${locale}/codes/4500/?q=4500`])
			expect((await get(request, path)).headers()['x-robots-tag'], path).toBeUndefined();
	}
});
