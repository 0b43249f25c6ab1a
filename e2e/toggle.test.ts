import { expect, test } from './fixtures.ts';
import { htmlLang, localeList, pageTypes } from './helpers.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

const other = { en: 'zh', zh: 'en' } as const;

for (const { name, route } of pageTypes) {
	test(`the language toggle on ${name} leads to the same page in the other language`, async ({ page, baseURL }) => {
		for (const locale of localeList) {
			await page.goto(`${locale}/${route}`);
			await page.locator('a.lang-toggle').click();
			await expect(page, `${locale}/${route}`).toHaveURL(new URL(`${other[locale]}/${route}`, baseURL).href);
			await expect(page.locator('html'), `${locale}/${route}`).toHaveAttribute('lang', htmlLang[other[locale]]);
		}
	});
}

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
