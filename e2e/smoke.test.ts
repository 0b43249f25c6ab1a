import { expect, test } from './fixtures.ts';

// The smoke run (tagged @smoke) also runs against a build for a sub-path (BASE_PATH=/docs/errors/):
// every URL here is relative to the base, and every assertion checks that the base is kept.
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

test('@smoke the home page lists every code and its links resolve under the base path', async ({ page, request }) => {
	await page.goto('en/');
	const links = await page
		.locator('.code-table a.code-chip')
		.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
	expect(links.length).toBeGreaterThan(20);
	for (const path of links) {
		expect(path.startsWith(`${base}en/codes/`)).toBe(true);
		expect((await request.get(path)).status()).toBe(200);
	}
});

test('@smoke every link on a code page resolves', async ({ page, request }) => {
	await page.goto('en/codes/4500/');
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((anchors) =>
			anchors.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
		);
	for (const href of new Set(hrefs.map((h) => h.split('#')[0]))) {
		expect((await request.get(href)).status(), href).toBe(200);
	}
});

test('@smoke the language toggle keeps the page and the base path', async ({ page }) => {
	await page.goto('en/codes/4500/');
	await page.locator('.lang-toggle').click();
	await expect(page).toHaveURL(new RegExp(`${base}zh/codes/4500/$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('@smoke search finds a code and links to it under the base path', async ({ page }) => {
	await page.goto('zh/search/?q=4500');
	const first = page.locator('#search-results .search-hit').first();
	await expect(first).toContainText('4500');
	expect(await first.evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(`${base}zh/codes/4500/`);
	await page.goto('en/search/?q=replay');
	await expect(page.locator('#search-results .search-hit').first()).toHaveAttribute(
		'href',
		new RegExp(`^${base}en/codes/`),
	);
});

test('@smoke after one visit, an unvisited page and a search work offline', async ({ page, context }) => {
	await page.goto('en/codes/4000/');
	// The footer says so once the service worker has every file cached.
	await expect(page.locator('[data-offline-status]')).toBeVisible({ timeout: 20_000 });
	await context.setOffline(true);
	await page.goto('zh/codes/6200/');
	await expect(page.locator('h1')).toContainText('6200');
	await page.goto('en/search/?q=%E4%BD%99%E9%A2%9D');
	await expect(page.locator('#search-results .search-hit').first()).toContainText('5300');
	await context.setOffline(false);
});
