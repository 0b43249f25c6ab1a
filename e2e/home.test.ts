import { expect, test } from './fixtures.ts';
import { classes, codes, htmlLang, localeList, plain, prose, registry } from './helpers.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

test('the home page lists every code of the registry, in both languages, each row linking to the code’s page', async ({
	page,
	baseURL,
}) => {
	for (const locale of localeList) {
		const response = await page.goto(`${locale}/`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
		const rows = await page.locator('table.code-table tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				id: tr.id,
				links: [...tr.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href),
				cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
			})),
		);
		expect(rows.map((row) => row.id).sort()).toEqual(codes.map((code) => `code-${code}`).sort());
		for (const row of rows) {
			const code = row.id.replace('code-', '');
			const href = new URL(`${locale}/codes/${code}/`, baseURL).href;
			expect(row.links, code).toEqual([href, href]);
			expect(row.cells, code).toEqual([
				code,
				prose(locale, code).title,
				plain(prose(locale, code).summary).replace(/\s+/g, ' ').trim(),
			]);
		}
	}
});

test('the home page groups the codes by class, in the order of classes.yaml, each group in numeric order', async ({
	page,
}) => {
	for (const locale of localeList) {
		await page.goto(`${locale}/`);
		const groups = await page.locator('section.code-group').evaluateAll((sections) =>
			sections.map((section) => ({
				id: section.querySelector('h2')?.id,
				name: section.querySelector('h2')?.textContent?.trim(),
				codes: [...section.querySelectorAll('tbody tr')].map((tr) => tr.id.replace('code-', '')),
			})),
		);
		expect(groups).toEqual(
			classes.map((group) => ({
				id: `group-${group.id}`,
				name: group[locale].name,
				codes: codes.filter((code) => registry[code].class === group.id),
			})),
		);
	}
});
