/**
 * Pure: works out which page a mistyped address meant. The 404 page (ui.ts) runs it on
 * location.pathname with the site's codes and page routes, which the page carries from the
 * site data. Forms it undoes: any letter case, a missing or wrongly written language segment
 * ("/EN/", "/zh-CN/", none), a missing "codes/" segment, leading zeros and an "E" prefix on a
 * code ("04500", "E4500"), a trailing ".html", ".htm" or "index.html", doubled or missing slashes.
 */
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { decodeLeniently } from '../../utils/url.ts';

/** What the site has: its codes ("4500") and its locale-less page routes ("", "decode/"). */
export interface SiteIndex {
	codes: readonly string[];
	routes: readonly string[];
}

/** `locale` is null when the address names none (the caller then picks the visitor's). */
export type Recovery =
	| { kind: 'page'; locale: Locale | null; route: string }
	| { kind: 'unknown-code'; locale: Locale | null; code: string; nearest: string[] }
	| { kind: 'none'; locale: Locale | null };

const CODE_FORM = /^e?0*(\d{1,9})$/;
const NEAREST = 3;

/** The page `pathname` meant on a site served under `base` ("/" or "/docs/errors/"). */
export function recover(pathname: string, base: string, site: SiteIndex): Recovery {
	const segments = pathSegments(pathname, base);
	const locale = localeOf(segments[0]);
	const rest = locale ? segments.slice(1) : segments;
	const route = rest.join('/');
	if (route === '' || route === 'codes') return { kind: 'page', locale, route: '' };
	if (site.routes.includes(`${route}/`)) return { kind: 'page', locale, route: `${route}/` };
	const number = rest.length === 1 || (rest.length === 2 && rest[0] === 'codes') ? CODE_FORM.exec(rest.at(-1)!) : null;
	if (!number) return { kind: 'none', locale };
	const code = number[1];
	if (site.codes.includes(code)) return { kind: 'page', locale, route: `codes/${code}/` };
	// A bare number of a length no code has ("/en/404.html" opened directly, "/en/12/") is no code.
	const named = rest[0] === 'codes' || rest.at(-1)!.startsWith('e');
	if (!named && !site.codes.some((known) => known.length === code.length)) return { kind: 'none', locale };
	return { kind: 'unknown-code', locale, code, nearest: nearestCodes(code, site.codes) };
}

/** The lower-cased path segments after the base, without an index.html or .html ending. */
function pathSegments(pathname: string, base: string): string[] {
	let path = decodeLeniently(pathname).toLowerCase();
	const prefix = base.toLowerCase().replace(/\/?$/, '/');
	if (path.startsWith(prefix)) path = path.slice(prefix.length);
	path = path.replace(/(^|\/)index(\.html?)?\/?$/, '$1').replace(/\.html?\/?$/, '');
	return path.split('/').filter(Boolean);
}

/** "en", "EN", "zh-CN", "zh-hans" name a locale by their first subtag. */
function localeOf(segment: string | undefined): Locale | null {
	const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(segment ?? '')?.[1];
	return isLocale(primary) ? primary : null;
}

/** The known codes closest to `code`: those of its class (first digit) first, by numeric distance. */
export function nearestCodes(code: string, codes: readonly string[], count = NEAREST): string[] {
	const sameClass = codes.filter((c) => c.length === code.length && c[0] === code[0]);
	const pool = sameClass.length ? sameClass : codes;
	const distance = (c: string) => Math.abs(Number(c) - Number(code));
	return [...pool].sort((a, b) => distance(a) - distance(b) || Number(a) - Number(b)).slice(0, count);
}
