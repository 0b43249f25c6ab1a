/**
 * What search engines are told to index, in one place: the sitemap (src/integrations/sitemap.ts)
 * and robots.txt read it. Every page with language versions is indexed, the search page too (it
 * lists every code). Its results for a query (/search/?q=…) are not for search engines: they
 * name the search page itself as canonical, so a crawler folds them into it, and the committed
 * nginx config (deploy/nginx/errors-site.conf) sends them with X-Robots-Tag: noindex. A noindex
 * in the page's HTML could only say that of the search page as a whole.
 */

/** The header value that keeps a search page with a query out of search engines' indexes. */
export const SEARCH_RESULTS_ROBOTS = 'noindex';

/** The sitemap index, at the base path, that robots.txt names (src/integrations/sitemap.ts writes it). */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The web app manifest of a language, relative to the base path. */
export const manifestPath = (locale: string) => `${locale}/manifest.webmanifest`;
