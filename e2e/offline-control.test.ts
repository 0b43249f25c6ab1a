/**
 * The offline copy when nothing is downloaded ahead, in both languages: on a Save-Data
 * connection (the site's own build), and on a build above the full-precache size (built here
 * with PRECACHE_LIMIT_BYTES=1, so that only the core is precached). Pages opened are kept; the
 * footer offers the rest with its size and never claims the site works offline before it does;
 * "Make available offline" downloads the rest with a progress bar, or says when space is short.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { codes, localeList, ui, type Locale } from './helpers.ts';
import { allRows, precacheRows } from '../scripts/lib/sw-manifest.ts';
import { ASTRO_BUILD, buildVariant, serveVariant } from '../scripts/lib/build-variant.ts';

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

const current = resolve(process.env.E2E_DIST ?? 'dist');
const scratch = mkdtempSync(join(tmpdir(), 'offline-core-'));
const coreBuild = join(scratch, 'dist');
let stopServer: (() => void) | undefined;
let coreOrigin = '';

test.beforeAll(async () => {
	test.setTimeout(180_000);
	await buildVariant(
		{ OUT_DIR: coreBuild, ASTRO_CACHE_DIR: join(scratch, 'cache'), BASE_PATH: '/', PRECACHE_LIMIT_BYTES: '1' },
		[ASTRO_BUILD],
	);
	({ origin: coreOrigin, stop: stopServer } = await serveVariant(coreBuild, '/'));
});

test.afterAll(() => {
	stopServer?.();
	rmSync(scratch, { recursive: true, force: true });
});

/** The cache keys of the offline copy, as paths with their query. */
const cachedKeys = (page: Page) =>
	page.evaluate(() =>
		caches
			.open('api2-errors-precache')
			.then((cache) => cache.keys())
			.then((keys) => keys.map((key) => new URL(key.url).pathname + new URL(key.url).search)),
	);
/** The cache keys once the worker has stopped adding any (it keeps the first page and its files in the background). */
async function settledKeys(page: Page): Promise<string[]> {
	for (let keys = await cachedKeys(page); ;) {
		await page.waitForTimeout(500);
		const later = await cachedKeys(page);
		if (later.length === keys.length) return later;
		keys = later;
	}
}
const hasPage = (keys: string[], path: string) => keys.some((key) => key.startsWith(`${path}?__rev=`));

/** A UI string's fixed text before its first placeholder. */
const lead = (locale: Locale, key: string) => ui[locale][key].split('{')[0];

/** A context that reports Save-Data (as Chromium's navigator.connection does when the visitor turns it on). */
async function saveDataContext(context: BrowserContext): Promise<void> {
	await context.addInitScript(() =>
		Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
	);
}

/** A page in a new context on the site's own build that reports Save-Data; `setup` adds more to the context first. */
async function saveDataPage(
	browser: Browser,
	baseURL: string | undefined,
	setup: (context: BrowserContext) => Promise<unknown> = async () => {},
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
	await saveDataContext(context);
	await setup(context);
	return { context, page: await context.newPage() };
}

async function makeAvailable(page: Page, locale: Locale): Promise<void> {
	const control = page.locator('[data-offline-download]');
	await control.getByRole('button', { name: ui[locale]['offline.download'] }).click();
	await expect(page.locator('[data-offline-status]')).toBeVisible({ timeout: 60_000 });
	await expect(control).toBeHidden();
}

for (const locale of localeList) {
	const other = locale === 'en' ? 'zh' : 'en';
	const [visited, unvisited] = [codes[0], codes[codes.length - 1]];

	test(`on Save-Data nothing downloads ahead; the page opened is kept, the rest on request, in ${locale}`, async ({
		browser,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const { context, page } = await saveDataPage(browser, baseURL);
		await page.goto(`${locale}/codes/${visited}/`);
		const control = page.locator('[data-offline-download]');
		await expect(control).toBeVisible({ timeout: 30_000 });
		await expect(control).toContainText(lead(locale, 'offline.offer'));
		await expect(control).toContainText(/\d(?:[.,]\d)? (?:KB|MB)/);
		await expect(page.locator('[data-offline-status]')).toBeHidden();
		// The page opened is kept; an unvisited one is not fetched.
		await expect.poll(async () => hasPage(await cachedKeys(page), `/${locale}/codes/${visited}/`)).toBe(true);
		const keys = await cachedKeys(page);
		expect(hasPage(keys, `/${other}/codes/${unvisited}/`)).toBe(false);
		expect(keys.length).toBeLessThan(allRows(current).length / 2);

		await makeAvailable(page, locale);
		expect((await cachedKeys(page)).filter((key) => key.includes('?__rev=') || key.includes('/_astro/')).length).toBe(
			allRows(current).length,
		);
		await context.setOffline(true);
		await page.goto(`${other}/codes/${unvisited}/`);
		await expect(page.locator('h1')).toContainText(unvisited);
		await context.close();
	});

	test(`when the storage quota is short, the control says so and downloads nothing, in ${locale}`, async ({
		browser,
		baseURL,
	}) => {
		test.setTimeout(90_000);
		const { context, page } = await saveDataPage(browser, baseURL, (context) =>
			context.addInitScript(() => {
				navigator.storage.estimate = () => Promise.resolve({ quota: 200_000, usage: 150_000 });
			}),
		);
		await page.goto(`${locale}/`);
		const control = page.locator('[data-offline-download]');
		await expect(control).toBeVisible({ timeout: 30_000 });
		await expect.poll(async () => hasPage(await cachedKeys(page), `/${locale}/`)).toBe(true);
		const before = (await settledKeys(page)).length;
		await control.getByRole('button', { name: ui[locale]['offline.download'] }).click();
		await expect(control.locator('[data-offline-message]')).toContainText(lead(locale, 'offline.short'));
		await expect(control.locator('[data-offline-message]')).toContainText(/49 KB/);
		await page.waitForTimeout(1000);
		expect((await cachedKeys(page)).length).toBe(before);
		await expect(page.locator('[data-offline-status]')).toBeHidden();
		await context.close();
	});

	test(`above the full-precache size a first visit takes the core, keeps code pages as visited, and the rest on request, in ${locale}`, async ({
		browser,
	}) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({ baseURL: coreOrigin, serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`${locale}/`);
		const control = page.locator('[data-offline-download]');
		await expect(control).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('[data-offline-status]')).toBeHidden();
		// The core is cached (the home page with its code table, the search layers), no code page is.
		const core = precacheRows(coreBuild);
		expect(core.length).toBeLessThan(allRows(coreBuild).length);
		const keys = await cachedKeys(page);
		for (const path of [`/${locale}/`, `/${other}/search/`, '/search/quick.json'])
			expect(hasPage(keys, path)).toBe(true);
		expect(keys.some((key) => /^\/[a-z]{2}\/codes\/\d+\//.test(key))).toBe(false);

		// A code page visited is kept (its digest matches this build's revision) and opens offline.
		await page.goto(`${locale}/codes/${visited}/`);
		await expect.poll(async () => hasPage(await cachedKeys(page), `/${locale}/codes/${visited}/`)).toBe(true);
		await context.setOffline(true);
		await page.goto(`${other}/`);
		await page.goto(`${locale}/codes/${visited}/`);
		await expect(page.locator('h1')).toContainText(visited);
		await context.setOffline(false);

		await makeAvailable(page, locale);
		await context.setOffline(true);
		await page.goto(`${other}/codes/${unvisited}/`);
		await expect(page.locator('h1')).toContainText(unvisited);
		await context.close();
	});
}
