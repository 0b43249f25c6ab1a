import { expect, test } from './fixtures.ts';
import { localeList, pageTypes } from './helpers.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

// Every page that exists in both languages, including the search page.
const localized = [...pageTypes, { name: 'the search page', route: 'search/' }];

for (const { name, route } of localized) {
	test(`${name} links to its English, Chinese and default versions, which exist, and names its canonical URL, in both languages`, async ({
		page,
		baseURL,
		request,
	}) => {
		const expected = { en: new URL(`en/${route}`, baseURL).href, zh: new URL(`zh/${route}`, baseURL).href };
		for (const url of [expected.en, expected.zh]) expect((await request.get(url)).status(), url).toBe(200);
		for (const locale of localeList) {
			await page.goto(`${locale}/${route}`);
			const links = await page
				.locator('link[rel="alternate"][hreflang], link[rel="canonical"]')
				.evaluateAll((elements) =>
					elements.map((e) => ({
						key: e.getAttribute('rel') === 'canonical' ? 'canonical' : e.getAttribute('hreflang'),
						href: (e as HTMLLinkElement).href,
					})),
				);
			expect(
				links.sort((a, b) => String(a.key).localeCompare(String(b.key))),
				`${locale}/${route}`,
			).toEqual(
				[
					{ key: 'canonical', href: expected[locale] },
					{ key: 'en', href: expected.en },
					{ key: 'x-default', href: expected.en },
					{ key: 'zh-CN', href: expected.zh },
				].sort((a, b) => a.key.localeCompare(b.key)),
			);
		}
	});
}

test('the root language chooser links to both language homes as alternates', async ({ request, baseURL }) => {
	// The chooser redirects with JavaScript; read its own HTML.
	const response = await request.get(new URL('./', baseURL).href);
	expect(response.status()).toBe(200);
	const html = await response.text();
	const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) =>
		Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
	);
	const href = (lang: string) => links.find((link) => link.rel === 'alternate' && link.hreflang === lang)?.href;
	expect(new URL(href('en')!, baseURL).href).toBe(new URL('en/', baseURL).href);
	expect(new URL(href('zh-CN')!, baseURL).href).toBe(new URL('zh/', baseURL).href);
	expect(new URL(href('x-default')!, baseURL).href).toBe(new URL('en/', baseURL).href);
});

test('the not-found page claims no canonical URL and no language versions', async ({ page }) => {
	const response = await page.goto('en/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
	await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
});
