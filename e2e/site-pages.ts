/**
 * Every HTML page of the built site, found as a reader finds them: by following links from the
 * home pages of both languages (so a new page type or a new code is swept without a list here).
 */
import type { APIRequestContext } from '@playwright/test';
import { localeList } from './helpers.ts';

/** The site-relative paths ("en/codes/4500/") of every page reachable from /{lang}/, in a stable order. */
export async function sitePages(request: APIRequestContext, baseURL: string): Promise<string[]> {
	const base = new URL(baseURL);
	const seen = new Set<string>();
	const queue = localeList.flatMap((locale) => [`${locale}/`, `${locale}/search/`]); // search: reached by its form
	const page = new RegExp(`^(${localeList.join('|')})/(.*/)?$`);
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		if (seen.has(path)) continue;
		seen.add(path);
		const response = await request.get(new URL(path, base).href);
		if (!response.ok() || !(response.headers()['content-type'] ?? '').startsWith('text/html')) {
			seen.delete(path);
			continue;
		}
		for (const [, href] of (await response.text()).matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
			const url = new URL(href.replace(/&amp;/g, '&'), new URL(path, base));
			if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) continue;
			const relative = url.pathname.slice(base.pathname.length);
			// Pages only: folders of a language (the short links /4500/ and data files are not pages with a layout).
			if (!page.test(relative)) continue;
			if (!seen.has(relative)) queue.push(relative);
		}
	}
	return [...seen].sort();
}
