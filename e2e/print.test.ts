import { expect, test } from './fixtures.ts';
import { localeList, pageTypes, plain, prose, squash } from './helpers.ts';

// A printed page: the answer and the sources, the address after every link, none of the chrome.
test.use({ serviceWorkers: 'block', colorScheme: 'dark' });

const chrome = [
	'.skip-link',
	'.site-header',
	'.site-header nav',
	'form[role="search"].search--header',
	'.lang-toggle',
	'.pager',
	'nav.toc',
	'.code-topbar',
];

for (const locale of localeList) {
	test(`printing any page type hides the chrome and writes out link addresses (${locale})`, async ({ page }) => {
		for (const route of [...pageTypes.map((p) => p.route), 'codes/4100/']) {
			const path = `${locale}/${route}`;
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			for (const selector of chrome) {
				const shown = await page
					.locator(selector)
					.evaluateAll((elements) => elements.filter((e) => e.getClientRects().length > 0).length);
				expect(shown, `${path}: ${selector}`).toBe(0);
			}
			const links = await page
				.locator('main a[href]:not([href^="#"]):not(.code-chip)')
				.evaluateAll((as) =>
					as
						.filter((a) => a.getClientRects().length > 0)
						.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
				);
			expect(links.length, path).toBeGreaterThan(0);
			for (const { href, after } of links) expect(after, `${path} ${href}`).toContain(href);
			// Dark mode on screen, ink on white on paper.
			expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toBe(
				'rgb(255, 255, 255)',
			);
			await page.emulateMedia({ media: 'screen' });
		}
	});

	test(`a printed code page keeps the answer and what each source says (${locale})`, async ({ page }) => {
		await page.goto(`${locale}/codes/4500/`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('main h1')).toBeVisible();
		await expect(page.locator('[data-answer-action]')).toBeVisible();
		await expect(page.locator('[data-answer-retry]')).toBeVisible();
		await expect(page.locator('.answer')).toContainText(squash(plain(prose(locale, '4500').summary)));
		await expect(page.locator('section[aria-labelledby="sources"] li.source-row').first()).toBeVisible();
	});
}
