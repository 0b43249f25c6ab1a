/**
 * What search engines are told to index, in one place: the page heads (robots noindex), the
 * sitemap (src/integrations/sitemap.ts) and robots.txt all read it.
 */

/** Locale-less routes of pages that are not for search engines: a search page shows whatever was asked. */
export const NOINDEX_ROUTES: readonly string[] = ['search/'];

/** The sitemap index, at the base path, that robots.txt names (@astrojs/sitemap's file name). */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The web app manifest of a language, relative to the base path. */
export const manifestPath = (locale: string) => `${locale}/manifest.webmanifest`;
