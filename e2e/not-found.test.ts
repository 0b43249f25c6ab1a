import { expect, test } from './fixtures.ts';
import { htmlLang, localeList, ui } from './helpers.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

test('an unknown address returns 404 and the not-found page in both languages, with links to both homes', async ({
	page,
	baseURL,
}) => {
	test.slow(); // three addresses, many checks each
	for (const path of ['en/no-such-page/', 'zh/codes/', 'nothing/here']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		for (const locale of localeList) {
			const section = page.locator(`[data-not-found="${locale}"]`);
			await expect(section, path).toBeVisible();
			await expect(section, path).toHaveAttribute('lang', htmlLang[locale]);
			await expect(section, path).toContainText(ui[locale]['notFound.title']);
			await expect(section, path).toContainText(ui[locale]['notFound.lead']);
			await expect(section.locator('a', { hasText: ui[locale]['notFound.toTable'] }), path).toHaveAttribute(
				'href',
				new URL(`${locale}/`, baseURL).pathname,
			);
			// Not a code address: nothing about an unknown code.
			await expect(section.locator('.unknown-code'), path).toBeHidden();
		}
	}
});

test('the not-found page links lead to the two language homes', async ({ page, baseURL }) => {
	for (const locale of localeList) {
		await page.goto('en/no-such-page/');
		await page.locator(`[data-not-found="${locale}"] a`, { hasText: ui[locale]['notFound.toTable'] }).click();
		await expect(page).toHaveURL(new URL(`${locale}/`, baseURL).href);
		await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
	}
});

test('the address of an unknown code says, in both languages, that the code is unknown', async ({ page }) => {
	for (const path of ['en/codes/4999/', 'zh/codes/4999/']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		for (const locale of localeList) {
			const line = page.locator(`[data-not-found="${locale}"] .unknown-code`);
			await expect(line, `${path} ${locale}`).toBeVisible();
			await expect(line, `${path} ${locale}`).toHaveText(ui[locale]['notFound.unknownCode'].replace('{code}', '4999'));
		}
	}
});

test('a hostile address runs no script and injects no element', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	for (const path of [
		'en/codes/<img src=x onerror=alert(1)>/',
		'zh/codes/"><script>alert(2)</script>/',
		'en/codes/<img src=x onerror=alert(3)>/4999/',
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await page.waitForLoadState('load');
		await page.waitForTimeout(200);
		expect(dialogs, path).toEqual([]);
		await expect(page.locator('img'), path).toHaveCount(0);
		const injected = await page.evaluate(() => ({
			handlers: [...document.querySelectorAll('*')].filter((e) =>
				[...e.attributes].some((a) => a.name.startsWith('on')),
			).length,
			scripts: [...document.scripts].filter((script) => script.textContent?.includes('alert(')).length,
		}));
		expect(injected, path).toEqual({ handlers: 0, scripts: 0 });
		// Both language sections are still the page's own.
		for (const locale of localeList)
			await expect(page.locator(`[data-not-found="${locale}"]`), path).toContainText(ui[locale]['notFound.title']);
	}
	// The last address ends in a code: its text is shown as text, never as markup.
	await expect(page.locator('[data-not-found="en"] .unknown-code')).toHaveText(
		ui.en['notFound.unknownCode'].replace('{code}', '4999'),
	);
});
