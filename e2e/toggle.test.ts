import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { codes, htmlLang, localeList, prose } from './helpers.ts';
import { pageRoutes } from './url-variants.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

const other = { en: 'zh', zh: 'en' } as const;

/** Every page type: each page of src/pages/[lang]/ and every code's page. */
const toggleRoutes = [...pageRoutes, ...codes.map((code) => `codes/${code}/`)];

/** The ids in the <main> of the page at `path` (and "main" itself): what a #section can name. */
async function idsOn(request: APIRequestContext, path: string): Promise<string[]> {
	const html = await (await request.get(path)).text();
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	return [...main.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

for (const route of toggleRoutes) {
	test(`the language toggle on /{lang}/${route} leads to the same page in the other language, keeping the query and the #section, both ways`, async ({
		page,
		request,
		baseURL,
	}) => {
		for (const locale of localeList) {
			const where = `${locale}/${route}`;
			// A #section both versions of the page have: the last one, so that it is not just <main>.
			const theirs = new Set(await idsOn(request, `${other[locale]}/${route}`));
			const shared = (await idsOn(request, where)).filter((id) => theirs.has(id));
			expect(shared, where).toContain('main');
			const place = `?from=log&x=%E4%BD%99#${shared.at(-1)}`;
			await page.goto(`${where}${place}`);
			await page.locator('a.lang-toggle').click();
			await expect(page, where).toHaveURL(new URL(`${other[locale]}/${route}${place}`, baseURL).href);
			await expect(page.locator('html'), where).toHaveAttribute('lang', htmlLang[other[locale]]);
		}
	});
}

test('a query typed on the search page survives the language toggle, both ways', async ({ page, baseURL }) => {
	for (const locale of localeList) {
		// A query from the content: a code's title in this language.
		const query = prose(locale, codes[0]).title;
		await page.goto(`${locale}/search/`);
		await page.locator('main input[name="q"]').fill(query);
		await expect(page).toHaveURL(new URL(`${locale}/search/?q=${encodeURIComponent(query)}`, baseURL).href);
		await page.locator('a.lang-toggle').click();
		await expect(page).toHaveURL(new URL(`${other[locale]}/search/?q=${encodeURIComponent(query)}`, baseURL).href);
		await expect(page.locator('main input[name="q"]')).toHaveValue(query);
		await expect(page.locator('#search-results a').first()).toBeVisible();
	}
});

test('what was pasted into the decoder is on the other language’s decoder, never in the URL, both ways', async ({
	page,
	baseURL,
}) => {
	// Every code, both ways: 2 page loads per code and language (about 1 min on an idle 2-core machine).
	test.setTimeout(300_000);
	for (const code of codes) {
		for (const locale of localeList) {
			const pasted = `ERROR call failed: {"code": ${code}, "message": "x"} ?q=#`;
			await page.goto(`${locale}/decode/`);
			await page.locator('main textarea').fill(pasted);
			// Switched once the answer shows, as a reader would.
			await expect(page.locator('.decoder__output .decoder__title')).toContainText(prose(locale, code).title);
			await page.locator('a.lang-toggle').click();
			await expect(page).toHaveURL(new URL(`${other[locale]}/decode/`, baseURL).href);
			await expect(page.locator('main textarea')).toHaveValue(pasted);
			// Decoded in the new language at once.
			await expect(page.locator('.decoder__output .decoder__title')).toContainText(prose(other[locale], code).title);
			await page.evaluate(() => sessionStorage.clear());
		}
	}
});

test.describe('a visitor whose browser prefers English', () => {
	test.use({ locale: 'en-US' });

	test('is sent from the root to the Chinese site after choosing 中文 with the toggle', async ({ page, baseURL }) => {
		await page.goto('./');
		await expect(page).toHaveURL(new URL('en/', baseURL).href);
		await page.goto('en/codes/4500/');
		await page.locator('a.lang-toggle').click();
		await expect(page).toHaveURL(new URL('zh/codes/4500/', baseURL).href);
		await page.goto('./');
		await expect(page).toHaveURL(new URL('zh/', baseURL).href);
	});

	test('is sent from the root to the English site with no stored choice', async ({ page, baseURL }) => {
		await page.goto('./');
		await expect(page).toHaveURL(new URL('en/', baseURL).href);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

test.describe('a visitor whose browser prefers Chinese (zh-CN)', () => {
	test.use({ locale: 'zh-CN' });

	test('is sent from the root to the Chinese site with no stored choice', async ({ page, baseURL }) => {
		await page.goto('./');
		await expect(page).toHaveURL(new URL('zh/', baseURL).href);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	});

	test('is sent from the root to the English site after choosing English with the toggle', async ({
		page,
		baseURL,
	}) => {
		await page.goto('zh/clb/');
		await page.locator('a.lang-toggle').click();
		await expect(page).toHaveURL(new URL('en/clb/', baseURL).href);
		await page.goto('./');
		await expect(page).toHaveURL(new URL('en/', baseURL).href);
	});
});

test.describe('a visitor whose browser prefers Chinese but whose stored choice is not a language', () => {
	test.use({ locale: 'zh-CN' });

	test('is sent from the root by the browser language, ignoring the stored value', async ({ page, baseURL }) => {
		for (const stored of ['fr', 'ZH', 'constructor', 'toString']) {
			await page.goto('en/sources/');
			await page.evaluate((value) => localStorage.setItem('preferred-locale', value), stored);
			await page.goto('./');
			await expect(page, `stored "${stored}"`).toHaveURL(new URL('zh/', baseURL).href);
		}
	});
});

test.describe('a visitor whose browser prefers neither language (fr-FR)', () => {
	test.use({ locale: 'fr-FR' });

	test('is sent from the root to the default, English, site', async ({ page, baseURL }) => {
		await page.goto('./');
		await expect(page).toHaveURL(new URL('en/', baseURL).href);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the root stays put and shows plain links to both languages', async ({ page, baseURL }) => {
		const response = await page.goto('./');
		expect(response?.status()).toBe(200);
		await page.waitForTimeout(300); // time in which a script would have redirected
		expect(page.url()).toBe(new URL('./', baseURL).href);
		const links = await page.locator('main a').evaluateAll((anchors) =>
			anchors.map((a) => ({
				href: (a as HTMLAnchorElement).href,
				lang: a.closest('[lang]')?.getAttribute('lang'),
				visible: a.getClientRects().length > 0,
			})),
		);
		for (const locale of localeList) {
			expect(links, locale).toContainEqual({
				href: new URL(`${locale}/`, baseURL).href,
				lang: htmlLang[locale],
				visible: true,
			});
		}
	});

	test('the language toggle still leads to the other language', async ({ page, baseURL }) => {
		await page.goto('en/codes/4500/');
		await page.locator('a.lang-toggle').click();
		await expect(page).toHaveURL(new URL('zh/codes/4500/', baseURL).href);
	});
});
