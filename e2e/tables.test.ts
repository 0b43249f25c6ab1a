import { expect, test } from './fixtures.ts';
import { sitePages } from './site-pages.ts';

// Every table of every page can be read on a 320 px phone: nothing sticks out, nothing is cut,
// no column is hidden.
test.use({ serviceWorkers: 'block' });

for (const width of [320, 360]) {
	test(`at ${width} px no table on any page overflows, cuts a cell or hides a column`, async ({
		page,
		request,
		baseURL,
	}) => {
		test.slow(); // every page
		await page.setViewportSize({ width, height: 740 });
		const problems: string[] = [];
		let tables = 0;
		for (const path of await sitePages(request, baseURL!)) {
			await page.goto(path);
			const found = await page.locator('main table').evaluateAll((all) =>
				all.map((table, t) => {
					const view = document.documentElement.clientWidth;
					const issues: string[] = [];
					const wrap = table.parentElement!;
					if (wrap.scrollWidth > wrap.clientWidth + 1)
						issues.push(`its box scrolls (${wrap.scrollWidth} > ${wrap.clientWidth})`);
					if (table.getBoundingClientRect().right > view + 1) issues.push('it sticks out of the page');
					for (const cell of table.querySelectorAll<HTMLElement>('td, tbody th')) {
						const text = (cell.textContent ?? '').trim().slice(0, 24);
						if (getComputedStyle(cell).display === 'none' || cell.getClientRects().length === 0)
							issues.push(`cell "${text}" is hidden`);
						else if (cell.scrollWidth > cell.clientWidth + 1) issues.push(`cell "${text}" is cut`);
						else if (cell.getBoundingClientRect().right > view + 1) issues.push(`cell "${text}" is off-screen`);
					}
					return issues.map((issue) => `table ${t + 1}: ${issue}`);
				}),
			);
			tables += found.length;
			problems.push(...found.flat().map((issue) => `${path}: ${issue}`));
			const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
			if (scroll > width + 1) problems.push(`${path}: the page scrolls sideways (${scroll} px)`);
		}
		expect(tables, 'the sweep found tables').toBeGreaterThan(3);
		expect(problems).toEqual([]);
	});
}
