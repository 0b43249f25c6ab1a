import { isLocale, type Locale } from '../i18n/locales.ts';

/** Ensure `base` (Astro's BASE_URL, "/" or "/docs/errors" or "/docs/errors/") ends with one slash. */
export function normalizeBase(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/** Prefix a site-relative path ("en/codes/4500/") with the base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** URL of a page in a language, from its locale-less route ("codes/4500/", "" for the home). */
export function pageUrl(locale: Locale, route: string, base: string = import.meta.env.BASE_URL): string {
	return withBase(`${locale}/${route.replace(/^\/+/, '')}`, base);
}

/**
 * The same page in another language: swaps the locale segment after the base path, or injects
 * one when the path has none. Keeps the query and hash.
 */
export function localizedUrl(url: string, locale: Locale, base: string = import.meta.env.BASE_URL): string {
	const root = normalizeBase(base);
	const match = /^([^?#]*)(.*)$/.exec(url) as RegExpExecArray;
	const [pathname, rest] = [match[1], match[2]];
	// A path outside the base is not ours to rewrite.
	if (!`${pathname}/`.startsWith(root)) return url;
	const segments = pathname.slice(root.length).split('/');
	if (isLocale(segments[0])) segments[0] = locale;
	else segments.unshift(locale);
	const path = segments.join('/');
	return root + (path.includes('/') ? path : `${path}/`) + rest;
}

/** The locale-less route of a pathname ("/docs/zh/codes/4500/" → "codes/4500/"). */
export function routeOf(pathname: string, base: string = import.meta.env.BASE_URL): string {
	const rest = pathname.slice(normalizeBase(base).length);
	const [first, ...tail] = rest.split('/');
	return isLocale(first) ? tail.join('/') : rest;
}
