import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { codes, htmlLang, localeList, prose, ui, type Locale } from './helpers.ts';
import { allRoutes, variantRules, type VariantRule } from './url-variants.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/links.test.ts runs the
// 404 pages offline, through the worker).
test.use({ serviceWorkers: 'block' });

const browserLocale = { en: 'en-US', zh: 'zh-CN' } as const;
const other = { en: 'zh', zh: 'en' } as const;

/** Visit every mistyped form `rule` makes of every page in `locale`, a few tabs at once; the pages each lands on. */
async function landings(browser: Browser, baseURL: string, rule: VariantRule, locale: Locale) {
	// A form without a language gets the visitor's: a browser that prefers `locale`.
	const context = await browser.newContext({ baseURL, locale: browserLocale[locale], serviceWorkers: 'block' });
	const queue = allRoutes.flatMap((route) => {
		const path = rule.make({ locale, route });
		return path === null ? [] : [{ route, path }];
	});
	const found: { path: string; status: number; landed: string; expected: string }[] = [];
	await Promise.all(
		Array.from({ length: 4 }, async () => {
			const page = await context.newPage();
			for (let next = queue.shift(); next; next = queue.shift()) {
				const expected = new URL(`${locale}/${next.route}`, baseURL).href;
				const response = await page.goto(next.path);
				await page.waitForURL(expected, { waitUntil: 'commit' }).catch(() => {});
				found.push({ path: next.path, status: response?.status() ?? 0, landed: page.url(), expected });
			}
			await page.close();
		}),
	);
	await context.close();
	return found;
}

for (const rule of variantRules) {
	test(`the 404 page of a mistyped address (${rule.name}) sends the visitor to the page meant, for every page in both languages`, async ({
		browser,
		baseURL,
	}) => {
		test.slow(); // every code and page, twice
		for (const locale of localeList) {
			const found = await landings(browser, baseURL!, rule, locale);
			expect(found.length).toBeGreaterThan(0);
			for (const { path, status, landed, expected } of found) {
				expect(status, `${path} is not a page of its own`).toBe(404);
				expect(landed, path).toBe(expected);
			}
		}
	});
}

test('the page meant keeps the query and the #section of the mistyped address', async ({ page, baseURL }) => {
	for (const locale of localeList) {
		await page.goto(`${locale.toUpperCase()}/search?q=4500#search-results`);
		await expect(page).toHaveURL(new URL(`${locale}/search/?q=4500#search-results`, baseURL).href);
		await page.goto(`${locale}/codes/E${codes[0]}.html?from=log#retry`);
		await expect(page).toHaveURL(new URL(`${locale}/codes/${codes[0]}/?from=log#retry`, baseURL).href);
	}
});

/** The known codes closest to an unknown one: of its class (first digit) if any, by numeric distance. */
function expectedNearest(code: string): string[] {
	const ofClass = codes.filter((c) => c[0] === code[0] && c.length === code.length);
	const pool = ofClass.length ? ofClass : codes;
	const distance = (c: string) => Math.abs(Number(c) - Number(code));
	return [...pool].sort((a, b) => distance(a) - distance(b) || Number(a) - Number(b)).slice(0, 3);
}

test('an unknown code is named, in the language of its address, with the nearest known codes and the code table', async ({
	page,
	baseURL,
}) => {
	test.slow(); // a neighbour of every code, in both languages
	const unknown = [...new Set(codes.map((c) => String(Number(c) + 1)))].filter((c) => !codes.includes(c));
	expect(unknown.length).toBeGreaterThan(0);
	for (const locale of localeList) {
		for (const code of unknown) {
			const response = await page.goto(`${locale}/codes/${code}/`);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
			const section = page.locator(`[data-not-found="${locale}"]`);
			await expect(page.locator('[data-not-found]')).toHaveCount(1);
			await expect(section.locator('.unknown-code')).toHaveText(
				ui[locale]['notFound.unknownCode'].replace('{code}', code),
			);
			const nearest = expectedNearest(code);
			const links = section.locator('.not-found__nearest a');
			await expect(links).toHaveCount(nearest.length);
			for (const [i, known] of nearest.entries()) {
				await expect(links.nth(i)).toHaveAttribute('href', new URL(`${locale}/codes/${known}/`, baseURL).pathname);
				await expect(links.nth(i)).toContainText(`${known} ${prose(locale, known).title}`);
			}
			await expect(section.locator('a', { hasText: ui[locale]['notFound.toTable'] })).toHaveAttribute(
				'href',
				new URL(`${locale}/`, baseURL).pathname,
			);
		}
	}
});

test('a miss under a language gets that language’s 404, whose toggle leads to the same address in the other language', async ({
	page,
	baseURL,
}) => {
	for (const locale of localeList) {
		const response = await page.goto(`${locale}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
		await expect(page.locator('h1')).toHaveText(ui[locale]['notFound.title']);
		await expect(page.locator('[data-not-found]')).toHaveCount(1);
		const asked = new URL(`${locale}/no-such-page/`, baseURL).pathname;
		await expect(page.locator('[data-path]')).toHaveText(`${ui[locale]['notFound.path']} ${asked}`);
		await page.locator('a.lang-toggle').click();
		await expect(page).toHaveURL(new URL(`${other[locale]}/no-such-page/`, baseURL).href);
		await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[other[locale]]);
		await expect(page.locator('h1')).toHaveText(ui[other[locale]]['notFound.title']);
	}
});

test('a miss outside both languages gets the 404 in both, each with links to both code tables', async ({
	page,
	baseURL,
}) => {
	for (const path of ['nothing/here', 'no-such-page/', 'codes/abc/']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		for (const locale of localeList) {
			const section = page.locator(`[data-not-found="${locale}"]`);
			await expect(section, path).toHaveAttribute('lang', htmlLang[locale]);
			await expect(section, path).toContainText(ui[locale]['notFound.title']);
			for (const target of localeList)
				await expect(section.locator(`a[href="${new URL(`${target}/`, baseURL).pathname}"]`), path).toBeVisible();
			await expect(section.locator('.unknown-code'), path).toHaveCount(0);
		}
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each language’s 404 is a plain page in that language, with the toggle and links to both code tables and search', async ({
		page,
		baseURL,
	}) => {
		for (const locale of localeList) {
			for (const path of [`${locale}/no-such-page/`, `${locale}/codes/E${codes[0]}/`]) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(404);
				expect(page.url(), path).toBe(new URL(path, baseURL).href);
				await expect(page.locator('html'), path).toHaveAttribute('lang', htmlLang[locale]);
				await expect(page.locator('h1'), path).toHaveText(ui[locale]['notFound.title']);
				await expect(page.locator('main'), path).toContainText(ui[locale]['notFound.lead']);
				await expect(page.locator('a.lang-toggle'), path).toHaveAttribute(
					'href',
					new URL(`${other[locale]}/`, baseURL).pathname,
				);
				for (const target of localeList)
					await expect(page.locator(`main a[href="${new URL(`${target}/`, baseURL).pathname}"]`), path).toBeVisible();
				await expect(page.locator(`main a[href="${new URL(`${locale}/search/`, baseURL).pathname}"]`), path).toHaveText(
					ui[locale]['notFound.search'],
				);
			}
		}
	});

	test('the 404 outside both languages shows both, each with links to both code tables', async ({ page, baseURL }) => {
		const response = await page.goto(`EN/codes/${codes[0]}/`);
		expect(response?.status()).toBe(404);
		for (const locale of localeList) {
			const section = page.locator(`[data-not-found="${locale}"]`);
			await expect(section).toBeVisible();
			await expect(section).toContainText(ui[locale]['notFound.title']);
			for (const target of localeList)
				await expect(section.locator(`a[href="${new URL(`${target}/`, baseURL).pathname}"]`)).toBeVisible();
		}
	});
});

test('a hostile address is shown as text: it runs no script and injects no element', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	for (const path of [
		'en/codes/<img src=x onerror=alert(1)>/',
		'zh/codes/"><script>alert(2)</script>/',
		'<img src=x onerror=alert(3)>/4999/',
		'zh/{code}$&$1/',
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await page.waitForLoadState('load');
		expect(dialogs, path).toEqual([]);
		await expect(page.locator('img'), path).toHaveCount(0);
		const injected = await page.evaluate(() => ({
			handlers: [...document.querySelectorAll('*')].filter((e) =>
				[...e.attributes].some((a) => a.name.startsWith('on')),
			).length,
			scripts: [...document.scripts].filter((script) => script.textContent?.includes('alert(')).length,
		}));
		expect(injected, path).toEqual({ handlers: 0, scripts: 0 });
		// The address is shown exactly as typed, as text.
		const shown = decodeURI(new URL(page.url()).pathname);
		for (const line of await page.locator('[data-path] code').all()) await expect(line, path).toHaveText(shown);
	}
});
