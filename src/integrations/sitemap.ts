/**
 * The sitemap (@astrojs/sitemap): every page that is its own canonical URL, each with its
 * language versions as alternates and x-default (the English page, as in the pages' hreflang
 * links), which the integration does not add itself. Left out: the "/" chooser (it only sends
 * visitors on), the 404 pages (the integration drops them) and the
 * short-link template (src/integrations/code-files.ts replaces it by the short links, which are
 * noindex). Only built with SITE_URL: a sitemap needs absolute URLs.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defaultLocale, localeKeys, locales } from '../i18n/locales.ts';
import { normalizeBase } from '../utils/url.ts';
import { SHORT_LINK_TEMPLATE } from '../utils/short-link.ts';

/** Whether the page at `url` belongs in the sitemap of a site under `base`. */
export function isListed(url: string, base: string): boolean {
	const path = new URL(url).pathname.slice(normalizeBase(base).length);
	return path !== '' && path !== SHORT_LINK_TEMPLATE.replace(/index\.html$/, '');
}

export default function sitemapIntegration(base: string): AstroIntegration {
	const defaultLang = locales[defaultLocale].lang;
	return sitemap({
		i18n: {
			defaultLocale,
			locales: Object.fromEntries(localeKeys.map((locale) => [locale, locales[locale].lang])),
		},
		filter: (url) => isListed(url, base),
		// Only the language alternates' namespace: no news, image or video entries.
		namespaces: { news: false, image: false, video: false, xhtml: true },
		serialize: (item) => {
			const fallback = item.links?.find((link) => link.lang === defaultLang);
			if (fallback) item.links = [...item.links!, { url: fallback.url, lang: 'x-default' }];
			return item;
		},
	});
}
