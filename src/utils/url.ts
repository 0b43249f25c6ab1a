import type { Locale } from '../i18n/locales.ts';

/** Ensure `base` (Astro's BASE_URL, "/" or "/docs/errors" or "/docs/errors/") ends with one slash. */
export function normalizeBase(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/** Prefix a site-relative path ("en/codes/4500/") with the base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

/**
 * An absolute URL for a site path on the build's origin (`Astro.site`, from SITE_URL), or
 * undefined when the build has none: what needs an absolute URL is then left out, never made on
 * a guessed origin (src/utils/site-origin.ts).
 */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
	return site ? new URL(path, site).href : undefined;
}

/** URL of a page in a language, from its locale-less route ("codes/4500/", "" for the home). */
export function pageUrl(locale: Locale, route: string, base: string = import.meta.env.BASE_URL): string {
	return withBase(`${locale}/${route.replace(/^\/+/, '')}`, base);
}

/** `decode` (decodeURIComponent or decodeURI) applied to `text`, or `text` as it is where its percent-escapes are invalid. */
export function decodeLeniently(text: string, decode: (text: string) => string = decodeURIComponent): string {
	try {
		return decode(text);
	} catch {
		return text;
	}
}
