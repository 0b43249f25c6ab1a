/**
 * The public origin of a build (SITE_URL): what its absolute URLs are made on — canonical and
 * hreflang links, og:url, the OpenSearch descriptions, the sitemap, robots.txt's Sitemap line,
 * and the URLs in codes.json and its JSON Schema. Without one, a build leaves all of those out
 * (every link of the site is root-relative, so it still works on any host) rather than write a
 * guessed origin such as localhost into pages meant for search engines.
 */

/** What a build without SITE_URL says, on every build. */
export const MISSING_ORIGIN_WARNING =
	'SITE_URL is not set: this build has no canonical, hreflang or og:url links, no OpenSearch descriptions, no sitemap, and relative URLs in codes.json. Set SITE_URL to the public origin (e.g. SITE_URL=https://errors.example.com) to build for hosting.';

/**
 * The origin in `value` ("https://errors.example.com"), or undefined when it is empty. Throws on
 * anything that is not an http(s) origin: a path belongs in BASE_PATH, and a typo must not end
 * up in every page.
 */
export function siteOrigin(value: string | undefined): string | undefined {
	if (!value) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL="${value}" is not a URL: give the origin, e.g. https://errors.example.com`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL="${value}" must start with https:// (or http://)`);
	if (url.pathname !== '/' || url.search || url.hash)
		throw new Error(
			`SITE_URL="${value}" must be an origin only (${url.origin}); set a sub-path with BASE_PATH=${url.pathname}`,
		);
	return url.origin;
}
