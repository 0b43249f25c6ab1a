import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

// Every page type in both languages, light and dark: no WCAG 2.1 A/AA violations.
const pages = ['', 'codes/4500/', 'codes/4200/', 'clb/', 'response-format/', 'sources/', 'search/?q=4500', 'decode/'];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} color scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const locale of ['en', 'zh']) {
			for (const route of pages) {
				test(`/${locale}/${route} has no accessibility violations`, async ({ page }) => {
					await page.goto(`${locale}/${route}`);
					await page.waitForLoadState('networkidle');
					const results = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
						.analyze();
					expect(
						results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
					).toEqual([]);
				});
			}
		}
	});
}

test('the 404 pages have no accessibility violations (each language, and the one of both)', async ({ page }) => {
	for (const path of ['en/codes/4999/', 'zh/codes/4999/', 'nothing/here']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(
			results.violations.map((v) => v.id),
			path,
		).toEqual([]);
	}
});

test('the search panel, open with results, has no accessibility violations', async ({ page }) => {
	await page.goto('en/codes/4000/');
	await page.waitForLoadState('networkidle');
	await page.locator('#site-search').fill('replay');
	await expect(page.locator('#search-panel .search-hit').first()).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
