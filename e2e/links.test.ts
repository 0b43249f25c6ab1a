import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { codes, localeList } from './helpers.ts';
import { listFiles } from '../src/utils/list-files.ts';

// Every page of the built site in both languages, read from the build itself: each folder with an
// index.html under a language ("en/codes/4500/index.html" → "en/codes/4500/").
const dist = new URL(`../${process.env.E2E_DIST ?? 'dist'}/`, import.meta.url);
const pages = listFiles(dist.pathname)
	.filter((file) => localeList.some((l) => file.startsWith(`${l}/`)) && file.endsWith('/index.html'))
	.map((file) => file.replace(/index\.html$/, ''))
	.sort();

/** The internal links on the current page, absolute, with where they were found. */
async function internalLinks(page: Page): Promise<string[]> {
	return page
		.locator('a[href]')
		.evaluateAll((anchors) =>
			anchors.map((a) => (a as HTMLAnchorElement).href).filter((href) => new URL(href).origin === location.origin),
		);
}

/** Load each page of `locale` by its address without the trailing slash; its internal links, by document, with their #ids. */
async function collectLinks(page: Page, baseURL: string, locale: string, expectRedirect: boolean) {
	const documents = new Map<string, { from: string; ids: Set<string> }>();
	for (const path of pages.filter((p) => p.startsWith(`${locale}/`))) {
		const bare = path.replace(/\/$/, '');
		const response = await page.goto(bare, { waitUntil: 'domcontentloaded' });
		expect(response?.status(), bare).toBe(200);
		// Online the server redirects to the folder; offline the service worker serves it as asked.
		expect(page.url(), bare).toBe(new URL(expectRedirect ? path : bare, baseURL).href);
		await expect(page.locator('[data-not-found-page]'), bare).toHaveCount(0);
		for (const href of await internalLinks(page)) {
			const url = new URL(href);
			const id = decodeURIComponent(url.hash.slice(1));
			url.hash = '';
			const entry = documents.get(url.href) ?? { from: bare, ids: new Set<string>() };
			if (id) entry.ids.add(id);
			documents.set(url.href, entry);
		}
	}
	expect(documents.size).toBeGreaterThan(1);
	return documents;
}

/** Follow the links to a document: it must be a page (not the 404) with an element for each #id linked. */
async function follow(page: Page, href: string, { from, ids }: { from: string; ids: Set<string> }) {
	const response = await page.goto(href, { waitUntil: 'domcontentloaded' });
	expect(response?.status(), `${href} (linked from ${from})`).toBe(200);
	if (!(response?.headers()['content-type'] ?? '').includes('text/html')) return;
	await expect(page.locator('[data-not-found-page]'), `${href} (linked from ${from})`).toHaveCount(0);
	const missing = await page.evaluate((list) => list.filter((id) => !document.getElementById(id)), [...ids]);
	expect(missing, `ids linked on ${href} (from ${from} and others)`).toEqual([]);
}

test('the page list is the build’s: every code page and every page type, in both languages', () => {
	for (const locale of localeList) {
		for (const code of codes) expect(pages).toContain(`${locale}/codes/${code}/`);
		for (const route of ['', 'decode/', 'search/', 'sources/', 'clb/', 'response-format/'])
			expect(pages).toContain(`${locale}/${route}`);
	}
});

for (const locale of localeList) {
	test.describe('online', () => {
		test.use({ serviceWorkers: 'block' });

		test(`every ${locale} page reached without its trailing slash is redirected, and every internal link on it leads somewhere`, async ({
			page,
			baseURL,
		}) => {
			test.setTimeout(300_000); // every page, then every linked document
			const documents = await collectLinks(page, baseURL!, locale, true);
			for (const [href, entry] of documents) await follow(page, href, entry);
		});
	});

	test(`offline, every ${locale} page reached without its trailing slash is served as asked, and every internal link on it leads somewhere`, async ({
		page,
		context,
		baseURL,
	}) => {
		test.setTimeout(300_000); // every page, then every linked document
		await page.goto(`${locale}/`);
		// The footer says so once the service worker has every file cached.
		await expect(page.locator('[data-offline-status]')).toBeVisible({ timeout: 60_000 });
		await context.setOffline(true);
		const documents = await collectLinks(page, baseURL!, locale, false);
		for (const [href, entry] of documents) await follow(page, href, entry);
		// A mistyped address recovers offline too, through the cached 404 page.
		await page.goto(`${locale.toUpperCase()}/codes/E${codes[0]}.html`);
		await expect(page).toHaveURL(new URL(`${locale}/codes/${codes[0]}/`, baseURL).href);
		await context.setOffline(false);
	});
}
