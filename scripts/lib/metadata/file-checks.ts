/**
 * The checks of the build's files for machines: the sitemap, robots.txt, the web app
 * manifests, codes.json and its schema, and that no file names a local origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../../src/i18n/locales.ts';
import type { CodesDocument } from '../../../src/pipeline/6-export/record-schema.ts';
import { linksOf, metaOf } from '../built-site.ts';
import type { Check } from './check.ts';
import { localeOf } from './page-checks.ts';

const SITEMAP_INDEX = 'sitemap-index.xml';

/** Every <url> of a sitemap file: its <loc> and its alternates by hreflang. */
function sitemapUrls(xml: string): { loc: string; alternates: Record<string, string> }[] {
	return [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body]) => ({
		loc: /<loc>([^<]*)<\/loc>/.exec(body)?.[1] ?? '',
		alternates: Object.fromEntries(
			[...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)"\/>/g)].map(([, l, h]) => [l, h]),
		),
	}));
}

const sitemap: Check = {
	name: 'sitemap',
	what: 'with an origin: the sitemap index lists built sitemaps; their URLs are exactly the pages that are their own canonical and indexable, each with the hreflang alternates of its page. Without: no sitemap',
	run: (site) => {
		const sitemaps = site.files.filter((file) => /^sitemap.*\.xml$/.test(file));
		if (!site.origin) return sitemaps.map((file) => `${file}: a sitemap in a build without an origin`);
		if (!site.files.includes(SITEMAP_INDEX)) return [`${SITEMAP_INDEX}: not built`];
		const problems: string[] = [];
		const listed = [...site.read(SITEMAP_INDEX).matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => loc);
		const urls = listed.flatMap((loc) => {
			const file = site.fileFor(loc);
			if (!file) problems.push(`${SITEMAP_INDEX}: ${loc} is not a built file`);
			return file ? sitemapUrls(site.read(file)) : [];
		});
		const expected = site.pages
			.filter((page) => !metaOf(page, 'robots')?.includes('noindex'))
			.filter((page) => linksOf(page, 'canonical')[0]?.href === site.url(page.path))
			.map((page) => site.url(page.path));
		const locs = urls.map((url) => url.loc);
		for (const missing of expected.filter((url) => !locs.includes(url))) problems.push(`sitemap: lacks ${missing}`);
		for (const { loc, alternates } of urls) {
			const file = site.fileFor(loc);
			const page = file ? site.page(file) : undefined;
			if (!page) {
				problems.push(`sitemap: ${loc} is not a built page`);
				continue;
			}
			if (!expected.includes(loc)) problems.push(`sitemap: ${loc} is noindex or not its own canonical URL`);
			const own = Object.fromEntries(
				linksOf(page, 'alternate')
					.filter((link) => link.hreflang)
					.map((link) => [link.hreflang, link.href]),
			);
			const sorted = (links: Record<string, string>) => JSON.stringify(Object.entries(links).sort());
			if (sorted(alternates) !== sorted(own))
				problems.push(`sitemap: ${loc} has alternates ${sorted(alternates)}, its page ${sorted(own)}`);
		}
		if (new Set(locs).size !== locs.length) problems.push('sitemap: a URL is listed twice');
		return problems;
	},
};

const robotsTxt: Check = {
	name: 'robots.txt',
	what: 'robots.txt lets every crawler in and, with an origin, names the sitemap index by its absolute URL (without: no Sitemap line)',
	run: (site) => {
		if (!site.files.includes('robots.txt')) return ['robots.txt: not built'];
		const text = site.read('robots.txt');
		const problems: string[] = [];
		if (!/^User-agent: \*$/m.test(text)) problems.push('robots.txt: no "User-agent: *"');
		if (/^Disallow: *\S/m.test(text)) problems.push('robots.txt: disallows a path (the pages say noindex themselves)');
		const sitemaps = [...text.matchAll(/^Sitemap: (.*)$/gm)].map(([, url]) => url);
		const expected = site.origin ? [site.url(`${site.base}${SITEMAP_INDEX}`)] : [];
		if (JSON.stringify(sitemaps) !== JSON.stringify(expected))
			problems.push(`robots.txt: Sitemap ${JSON.stringify(sitemaps)}, expected ${JSON.stringify(expected)}`);
		for (const url of sitemaps) if (!site.fileFor(url)) problems.push(`robots.txt: ${url} is not built`);
		return problems;
	},
};

/** The width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): string {
	return bytes.subarray(1, 4).toString() === 'PNG'
		? `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
		: 'not a PNG';
}

const manifests: Check = {
	name: 'web app manifest',
	what: 'every page links its language’s manifest: name, start URL (a built page inside its scope, the base path), icons built at their stated sizes, 192 and 512 px among them',
	run: (site) => {
		const problems: string[] = [];
		const checked = new Set<string>();
		for (const page of site.pages) {
			const [link] = linksOf(page, 'manifest');
			const file = link && site.fileFor(link.href);
			if (!file) {
				problems.push(`${page.file}: no manifest link to a built file`);
				continue;
			}
			const locale = localeOf(page) ?? 'en';
			if (file !== `${locale}/manifest.webmanifest`) problems.push(`${page.file}: links ${file}, not its language's`);
			if (checked.has(file)) continue;
			checked.add(file);
			const manifest = JSON.parse(site.read(file));
			if (!manifest.name || !manifest.short_name) problems.push(`${file}: no name or short_name`);
			if (manifest.lang !== locales[locale].lang) problems.push(`${file}: lang ${manifest.lang}`);
			if (manifest.scope !== site.base) problems.push(`${file}: scope ${manifest.scope}, not ${site.base}`);
			if (!manifest.start_url?.startsWith(manifest.scope) || !site.fileFor(manifest.start_url))
				problems.push(`${file}: start_url ${manifest.start_url} is not a built page in its scope`);
			if (!['standalone', 'minimal-ui', 'fullscreen'].includes(manifest.display))
				problems.push(`${file}: display ${manifest.display} is not an app's`);
			const pngSizes = new Set<string>();
			for (const icon of manifest.icons ?? []) {
				const iconFile = site.fileFor(icon.src);
				if (!iconFile) {
					problems.push(`${file}: icon ${icon.src} is not built`);
					continue;
				}
				if (icon.type !== 'image/png') continue;
				const size = pngSize(readFileSync(join(site.dist, iconFile)));
				if (size !== icon.sizes) problems.push(`${file}: icon ${icon.src} is ${size}, not ${icon.sizes}`);
				pngSizes.add(size);
			}
			for (const size of ['192x192', '512x512']) if (!pngSizes.has(size)) problems.push(`${file}: no ${size} PNG icon`);
		}
		return problems;
	},
};

const codesJson: Check = {
	name: 'codes.json URLs',
	what: 'codes.json’s $schema and every code’s page URLs (and /codes/{code}.json’s) are absolute on the origin when there is one, else paths; all built; the schema’s $id is its own URL',
	run: (site) => {
		const problems: string[] = [];
		const at = (path: string) => (site.origin ? site.url(path) : path);
		const document = JSON.parse(site.read('codes.json')) as CodesDocument;
		const schemaUrl = at(`${site.base}codes.schema.json`);
		if (document.$schema !== schemaUrl) problems.push(`codes.json: $schema ${document.$schema}, expected ${schemaUrl}`);
		const id = JSON.parse(site.read('codes.schema.json')).$id;
		if (id !== schemaUrl) problems.push(`codes.schema.json: $id ${id}, expected ${schemaUrl}`);
		for (const record of document.codes) {
			const own = JSON.parse(site.read(`codes/${record.code}.json`));
			for (const [locale, url] of Object.entries(record.urls)) {
				const expected = at(`${site.base}${locale}/codes/${record.code}/`);
				if (url !== expected) problems.push(`codes.json: ${record.code} ${locale} URL ${url}, expected ${expected}`);
				if (!site.fileFor(url)) problems.push(`codes.json: ${url} is not built`);
				if (own.urls[locale] !== url) problems.push(`codes/${record.code}.json: ${locale} URL differs from codes.json`);
			}
		}
		return problems;
	},
};

const localOrigins: Check = {
	name: 'no local origin',
	what: 'no built text file names a local origin (localhost, 127.0.0.1) other than the one the build was made for',
	run: (site) =>
		site.files
			.filter((file) => /\.(html|json|xml|txt|js|webmanifest|css)$/.test(file))
			.flatMap((file) =>
				[...site.read(file).matchAll(/https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?/g)]
					.filter(([found]) => found !== site.origin)
					.map(([found]) => `${file}: names ${found}`),
			),
};

export const fileChecks: Check[] = [sitemap, robotsTxt, manifests, codesJson, localOrigins];
