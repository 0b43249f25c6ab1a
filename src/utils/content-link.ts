/**
 * Links in the MDX pages (content/pages/{lang}/*.mdx). A link to another page of the site is
 * written by its route, `[sources](route:sources/#api2-old)`, and becomes that page's URL in the
 * page's language through pageUrl() (base path included): src/components/ContentLink.astro, the
 * pages' <a>, calls this. A relative link ("../sources/") would resolve differently when a page
 * is reached without its trailing slash (a service worker or a host may serve it so) and a
 * root-relative one ("/en/…") would ignore the base path: both fail the build.
 */
import type { Locale } from '../i18n/locales.ts';
import { pageUrl } from './url.ts';

const ROUTE = 'route:';

/** The URL a content link of a page in `locale` points to; throws on one that depends on the page's address. */
export function resolveContentLink(href: string, locale: Locale, base?: string): string {
	if (href.startsWith(ROUTE)) return pageUrl(locale, href.slice(ROUTE.length), base);
	// Another site (https:, mailto:) or an anchor on the same page.
	if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return href;
	throw new Error(
		`content link "${href}" depends on the page's address: link a page of the site by its route, e.g. (route:sources/#api2-old)`,
	);
}
