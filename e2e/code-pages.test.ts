import { expect, test } from '@playwright/test';
import { codes, collectErrors, htmlLang, localeList, plain, prose, registry, sources, squash, ui } from './helpers.ts';

const languageName = { en: 'English', zh: 'Chinese' } as const;

for (const locale of localeList) {
	test.describe(`the ${languageName[locale]} code pages`, () => {
		test(`each return 200, are marked lang="${htmlLang[locale]}" and name the code and its ${languageName[locale]} title in the h1`, async ({ page }) => {
			for (const code of codes) {
				const response = await page.goto(`${locale}/codes/${code}/`);
				expect(response?.status(), code).toBe(200);
				await expect(page.locator('html'), code).toHaveAttribute('lang', htmlLang[locale]);
				const h1 = page.locator('h1');
				await expect(h1, code).toHaveCount(1);
				await expect(h1, code).toContainText(code);
				await expect(h1, code).toContainText(prose(locale, code).title);
			}
		});

		test('each show every source’s own row for the code, naming the source', async ({ page }) => {
			for (const code of codes) {
				await page.goto(`${locale}/codes/${code}/`);
				const listing = sources.filter((source) => source.rows.some((row) => row.code === code));
				expect(listing.length, `${code} is listed by some source`).toBeGreaterThan(0);
				await expect(page.locator('li.source-row'), code).toHaveCount(listing.length);
				for (const source of listing) {
					const row = source.rows.find((r) => r.code === code)!;
					const item = page.locator(`li.source-row#source-${source.id}`);
					await expect(item.locator('.source-row__source a'), `${code} ${source.id}`).toHaveText(source.name[locale]);
					await expect(item.locator('.source-row__title'), `${code} ${source.id}`).toHaveText(row.title);
					const description = squash((await item.locator('.source-row__quote p').nth(1).textContent()) ?? '');
					expect(description, `${code} ${source.id}`).toBe(squash(plain(row.description)));
				}
				// The sources that do not list the code are named too.
				for (const source of sources.filter((s) => !listing.includes(s))) {
					await expect(page.locator('main'), `${code} not in ${source.id}`).toContainText(source.name[locale]);
				}
			}
		});

		test('each list the related codes of the registry, every link leading to an existing page', async ({ page }) => {
			const checked = new Set<string>();
			for (const code of codes) {
				await page.goto(`${locale}/codes/${code}/`);
				const related = registry[code].related;
				expect(related.length, code).toBeGreaterThan(0);
				const links = page.locator('ul.related a');
				await expect(links, code).toHaveCount(related.length);
				for (const [i, relatedCode] of related.entries()) {
					await expect(links.nth(i), code).toContainText(relatedCode);
					await expect(links.nth(i), code).toContainText(prose(locale, relatedCode).title);
					const url = new URL((await links.nth(i).getAttribute('href'))!, page.url()).href;
					expect(url, code).toMatch(new RegExp(`/${locale}/codes/${relatedCode}/$`));
					if (checked.has(url)) continue;
					checked.add(url);
					const response = await page.request.get(url);
					expect(response.status(), `${code} → ${url}`).toBe(200);
				}
			}
		});

		test('each show an example error response: the documented one with its source, else the response shape with the code', async ({ page }) => {
			for (const code of codes) {
				await page.goto(`${locale}/codes/${code}/`);
				const section = page.locator('section[aria-labelledby="example"]');
				const json = JSON.parse((await section.locator('pre code').textContent()) ?? '');
				const documented = registry[code].example;
				if (documented) {
					expect(json, code).toEqual(JSON.parse(documented.json));
					await expect(section, code).toContainText(documented.source);
				} else {
					expect(json.code, code).toBe(Number(code));
					expect(typeof json.message, code).toBe('string');
					await expect(section, code).toContainText(squash(plain(ui[locale]['code.exampleShape'])));
				}
			}
		});

		test('each load without console errors or uncaught exceptions', async ({ page }) => {
			const errors = collectErrors(page);
			for (const code of codes) {
				await page.goto(`${locale}/codes/${code}/`);
				await page.waitForLoadState('load');
			}
			expect(errors).toEqual([]);
		});

		test('carry the “our translation” badge exactly when the title is the project’s own', async ({ page }) => {
			for (const code of codes) {
				await page.goto(`${locale}/codes/${code}/`);
				const badge = page.locator('.code-head .badge', { hasText: ui[locale]['badge.translation'] });
				await expect(badge, code).toHaveCount(prose(locale, code).titleSource === 'project' ? 1 : 0);
			}
		});
	});
}

test('the Chinese 4200 page shows the “our translation” badge next to its title', async ({ page }) => {
	expect(prose('zh', '4200').titleSource).toBe('project');
	await page.goto('zh/codes/4200/');
	const badge = page.locator('.code-head .badge');
	await expect(badge).toHaveText(ui.zh['badge.translation']);
	await expect(badge).toBeVisible();
	await expect(badge).toHaveAttribute('title', ui.zh['badge.translationTitle']);
});
