import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { localeList, pageTypes } from './helpers.ts';

// The header fits: one row on wide screens, two tidy rows on phones, an unbroken logo and a
// search placeholder that is never cut, on every page type in both languages.
test.use({ serviceWorkers: 'block' });

const paths = localeList.flatMap((locale) => [
	...pageTypes.map(({ route }) => `${locale}/${route}`),
	`${locale}/search/`,
]);

/** The visible boxes of the header's items: the brand, each nav link, the search box and the toggle. */
function headerItems(page: Page) {
	return page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'.site-header .brand, .site-header nav a, .site-header form[role="search"], .site-header .lang-toggle',
			),
		]
			.filter((element) => element.getClientRects().length > 0)
			.map((element) => {
				const { top, bottom } = element.getBoundingClientRect();
				return { name: (element.textContent ?? '').trim() || element.className, top, bottom };
			}),
	);
}

/** The rows the items fall into: items whose boxes overlap vertically share a row. */
function rows(items: { name: string; top: number; bottom: number }[]): string[][] {
	const sorted = [...items].sort((a, b) => a.top - b.top);
	const result: { bottom: number; names: string[] }[] = [];
	for (const item of sorted) {
		const row = result.at(-1);
		if (row && item.top < row.bottom - 2) {
			row.names.push(item.name);
			row.bottom = Math.max(row.bottom, item.bottom);
		} else result.push({ bottom: item.bottom, names: [item.name] });
	}
	return result.map((row) => row.names);
}

for (const width of [1024, 1280, 1920]) {
	test(`at ${width} px the header is one row on every page type, in both languages`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const path of paths) {
			await page.goto(path);
			const items = await headerItems(page);
			expect(items.length, path).toBeGreaterThan(4);
			expect(rows(items), path).toHaveLength(1);
		}
	});
}

for (const width of [320, 360, 414]) {
	test(`at ${width} px the header is two rows: brand, search and toggle, then the whole nav`, async ({ page }) => {
		await page.setViewportSize({ width, height: 740 });
		for (const path of paths) {
			await page.goto(path);
			const header = rows(await headerItems(page));
			expect(header, path).toHaveLength(2);
			expect(header[1].length, `${path}: the nav is the second row`).toBe(
				await page.locator('.site-header nav a').count(),
			);
		}
	});
}

test('the logo “{ }” stays on one line at every width from 320 px', async ({ page }) => {
	for (const width of [320, 360, 768, 1024, 1920]) {
		await page.setViewportSize({ width, height: 700 });
		for (const locale of localeList) {
			await page.goto(`${locale}/`);
			const lines = await page.locator('.site-header .brand').evaluate((brand) => {
				const mark = [...brand.querySelectorAll('span')].find((s) => s.textContent?.trim() === '{ }');
				if (!mark) return -1;
				const range = document.createRange();
				range.selectNodeContents(mark);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			});
			expect(lines, `${locale} at ${width} px`).toBe(1);
		}
	}
});

test('no search box placeholder is cut, at any width, in either language', async ({ page }) => {
	const cut: string[] = [];
	for (const width of [320, 360, 414, 768, 1024, 1280, 1920]) {
		await page.setViewportSize({ width, height: 700 });
		for (const locale of localeList) {
			await page.goto(`${locale}/search/`);
			const boxes = await page.locator('form[role="search"] input[placeholder]').evaluateAll((inputs) =>
				(inputs as HTMLInputElement[]).map((input) => {
					const style = getComputedStyle(input);
					const context = document.createElement('canvas').getContext('2d')!;
					context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
					return {
						id: input.id,
						placeholder: input.placeholder,
						text: context.measureText(input.placeholder).width,
						room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
					};
				}),
			);
			expect(boxes.length).toBeGreaterThan(0);
			for (const box of boxes)
				if (box.text > box.room)
					cut.push(`${locale} ${width}px #${box.id}: "${box.placeholder}" needs ${box.text} px, has ${box.room}`);
		}
	}
	expect(cut).toEqual([]);
});
