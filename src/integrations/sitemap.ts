/**
 * The sitemap: every page that is its own canonical URL, each with its language versions as
 * alternates and x-default (the English page, as in the pages' hreflang links). Left out: the "/"
 * chooser (it only sends visitors on), the 404 pages and the short-link template
 * (src/integrations/code-files.ts replaces it by the short links, which are noindex). Only built
 * with SITE_URL: a sitemap needs absolute URLs. Written here, in one pass over the pages, rather
 * than by @astrojs/sitemap, which took 10-13 s of a 10,000-code build to pair the languages.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, isLocale, localeKeys, locales } from '../i18n/locales.ts';
import { escapeHtml } from '../utils/html.ts';
import { SITEMAP_INDEX } from '../utils/indexing.ts';
import { normalizeBase } from '../utils/url.ts';
import { SHORT_LINK_TEMPLATE } from '../utils/short-link.ts';

/** The sitemap protocol's limit of URLs in one file. */
const URLS_PER_FILE = 50_000;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** Whether the page at `url` belongs in the sitemap of a site under `base`. */
export function isListed(url: string, base: string): boolean {
	const path = new URL(url).pathname.slice(normalizeBase(base).length);
	return path !== '' && path !== SHORT_LINK_TEMPLATE.replace(/index\.html$/, '') && !/(?:^|\/)404\/$/.test(path);
}

/** The <url> of a page (its path under the base): its language versions among `paths`, then x-default. */
function urlEntry(path: string, paths: ReadonlySet<string>, at: (path: string) => string): string {
	const [first, ...rest] = path.split('/');
	const versions = isLocale(first)
		? localeKeys
				.map((locale) => ({ locale, path: [locale, ...rest].join('/') }))
				.filter((version) => paths.has(version.path))
		: [];
	const fallback = versions.find((version) => version.locale === defaultLocale);
	const links = [
		...versions.map((version) => [locales[version.locale].lang, version.path]),
		...(fallback ? [['x-default', fallback.path]] : []),
	].map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(at(href))}"/>`);
	return `<url><loc>${escapeHtml(at(path))}</loc>${links.join('')}</url>`;
}

/** The sitemap files of the built pages (paths under the base, as Astro gives them), by file name. */
export function sitemapFiles(pages: readonly string[], origin: string, base: string): Map<string, string> {
	const at = (path: string) => `${origin}${normalizeBase(base)}${path}`;
	const paths = [...new Set(pages)].filter((path) => isListed(at(path), base)).sort();
	const listed = new Set(paths);
	const files = new Map<string, string>();
	for (let start = 0; start < paths.length || files.size === 0; start += URLS_PER_FILE) {
		const urls = paths.slice(start, start + URLS_PER_FILE).map((path) => urlEntry(path, listed, at));
		files.set(
			`sitemap-${files.size}.xml`,
			`${XML_HEAD}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>`,
		);
	}
	const index = [...files.keys()].map((file) => `<sitemap><loc>${escapeHtml(at(file))}</loc></sitemap>`);
	files.set(SITEMAP_INDEX, `${XML_HEAD}<sitemapindex xmlns="${SITEMAP_NS}">${index.join('')}</sitemapindex>`);
	return files;
}

export default function sitemapIntegration(): AstroIntegration {
	let origin = '';
	let base = '/';
	return {
		name: 'sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				origin = config.site ? new URL(config.site).origin : '';
				base = config.base;
			},
			'astro:build:done': ({ dir, pages, logger }) => {
				if (!origin) return;
				const files = sitemapFiles(
					pages.map((page) => page.pathname),
					origin,
					base,
				);
				for (const [file, xml] of files) writeFileSync(join(fileURLToPath(dir), file), xml);
				logger.info(`${SITEMAP_INDEX} and ${files.size - 1} sitemap file(s)`);
			},
		},
	};
}
