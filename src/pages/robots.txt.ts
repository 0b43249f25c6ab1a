/**
 * /robots.txt: every page may be crawled (the 404s and short links say noindex themselves, and
 * search results are sent with it: a crawler must be allowed to read that), and where the
 * sitemap is, when the build knows its origin.
 * Under a sub-path crawlers read only the origin's own /robots.txt: add the Sitemap line there.
 */
import type { APIRoute } from 'astro';
import { SITEMAP_INDEX } from '../utils/indexing.ts';
import { absoluteUrl, withBase } from '../utils/url.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = absoluteUrl(withBase(SITEMAP_INDEX), site);
	const lines = ['User-agent: *', `Allow: ${withBase('')}`, ...(sitemap ? ['', `Sitemap: ${sitemap}`] : [])];
	return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
