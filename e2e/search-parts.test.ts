/**
 * A language's full-text index in parts (a large registry's, src/features/search/pagefind-parts.ts)
 * loses nothing of what the whole index finds: built here with PAGEFIND_PART_PAGES=8, so that
 * today's pages make several parts a language, every code's title is searched on both builds in
 * both languages, and every result of the whole index (instant and Pagefind's, both languages)
 * must be among the split one's. (A split index may add pages: pagefind-parts.ts says why.) The
 * split build is served under a sub-path, as the parts' folders are found from the base; a part
 * that fails to load fails the search, and the next search loads every part again, once.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { codes, localeList, prose, ui } from './helpers.ts';
import { ASTRO_BUILD, buildVariant, serveVariant } from '../scripts/lib/build-variant.ts';
import { PARTS_FILE, partFolder } from '../src/features/search/pagefind-parts.ts';

test.describe.configure({ mode: 'serial' });

const scratch = mkdtempSync(join(tmpdir(), 'search-parts-'));
const partsBuild = join(scratch, 'dist');
const BASE = '/docs/errors/';
let stopServer: (() => void) | undefined;
let partsOrigin = '';

test.beforeAll(async () => {
	test.setTimeout(180_000);
	await buildVariant(
		{ OUT_DIR: partsBuild, ASTRO_CACHE_DIR: join(scratch, 'cache'), BASE_PATH: BASE, PAGEFIND_PART_PAGES: '8' },
		[ASTRO_BUILD],
	);
	({ origin: partsOrigin, stop: stopServer } = await serveVariant(partsBuild, BASE));
});

test.afterAll(() => {
	stopServer?.();
	rmSync(scratch, { recursive: true, force: true });
});

/** The paths of every result the search page `page` shows for `query` once both languages have answered, and of Pagefind's among them. */
async function results(page: Page, query: string): Promise<{ all: string[]; fullText: string[] }> {
	await page.locator('#search-page-input').fill(query);
	const status = page.locator('#search-results .search-status');
	await expect(status).toHaveAttribute('data-query', query);
	await expect(status).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
	// Paths under the site's base, which the two builds differ in.
	const base = new URL(page.url()).pathname.replace(/[a-z]{2}\/search\/$/, '');
	const paths = (selector: string) =>
		page
			.locator(selector)
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort())
			.then((hrefs) => hrefs.map((path) => `/${path.slice(base.length)}`));
	return {
		all: await paths('#search-results a.search-hit'),
		fullText: await paths('#search-results a.search-hit:not(.search-hit--code)'),
	};
}

/** Results as compared: a code is shown once, in the page's language when found there, so by its code. */
const found = (paths: string[]) => paths.map((path) => /\/codes\/(\d+)\/$/.exec(path)?.[1] ?? path);

/** The part (1, 2, …) whose index holds each page of a language in the parted build, by path. */
function partsOfPages(locale: string): Map<string, number> {
	const parts = new Map<string, number>();
	const others: string[] = JSON.parse(readFileSync(join(partsBuild, partFolder(locale, 1), PARTS_FILE), 'utf8'));
	[partFolder(locale, 1), ...others].forEach((folder, i) => {
		const fragments = join(partsBuild, folder, 'fragment');
		for (const file of readdirSync(fragments)) {
			const fragment = JSON.parse(readFileSync(join(fragments, file), 'utf8').replace(/^pagefind_dcd/, ''));
			parts.set(fragment.url, i + 1);
		}
	});
	return parts;
}

for (const locale of localeList) {
	test(`the ${locale} index is built in parts, each listed by the first`, () => {
		const others = JSON.parse(readFileSync(join(partsBuild, partFolder(locale, 1), PARTS_FILE), 'utf8'));
		expect(others.length, 'more than one part').toBeGreaterThan(0);
		expect(others).toEqual(others.map((_: string, i: number) => partFolder(locale, i + 2)));
		for (const folder of others) expect(existsSync(join(partsBuild, folder, 'pagefind-entry.json')), folder).toBe(true);
	});

	test(`every code's title finds in ${locale} all that the whole index finds`, async ({ page, context, baseURL }) => {
		test.slow();
		const partOf = partsOfPages(locale);
		const partsFound = new Set<number>();
		const partedPage = await context.newPage();
		await page.goto(`${baseURL}${locale}/search/`);
		await partedPage.goto(`${partsOrigin}${locale}/search/`);
		for (const code of codes) {
			const query = prose(locale, code).title;
			const whole = await results(page, query);
			const parted = await results(partedPage, query);
			expect(found(parted.all), `"${query}"`).toEqual(expect.arrayContaining(found(whole.all)));
			for (const path of whole.fullText) if (partOf.has(path)) partsFound.add(partOf.get(path)!);
		}
		// The comparison means something: Pagefind's results came from every part.
		expect([...partsFound].sort()).toEqual([...new Set(partOf.values())].sort());
	});

	test(`a part that fails to load fails that search in ${locale}, and the next one loads every part again, once`, async ({
		page,
		context,
		baseURL,
	}) => {
		test.slow();
		const query = prose(locale, codes[0]).title;
		await page.goto(`${baseURL}${locale}/search/`);
		const whole = await results(page, query);
		// The second part's meta fails once (Pagefind reads it in its Web Worker: routed by the context).
		let failed = 0;
		await context.route(`**${BASE}${partFolder(locale, 2)}*.pf_meta*`, (route) =>
			failed++ === 0 ? route.abort() : route.continue(),
		);
		const parted = await context.newPage();
		await parted.goto(`${partsOrigin}${locale}/search/`);
		await parted.locator('#search-page-input').fill(query);
		await expect(parted.locator('#search-results .search-status')).toContainText(
			ui[locale]['search.error'].split('{')[0],
			{
				timeout: 20_000,
			},
		);
		expect(failed).toBe(1);
		const again = await results(parted, `${query} `);
		expect(found(again.all)).toEqual(expect.arrayContaining(found(whole.all)));
		expect(new Set(again.all).size, 'no page listed twice').toBe(again.all.length);
	});
}
