import { expect, test } from './fixtures.ts';
import { codes, localeList, plain, prose, registry, squash, ui, type Locale } from './helpers.ts';

// The answer of every code page — the code and title, what it means, what to do and whether to
// retry — is on the first screen, on a phone and on a laptop, in both languages.
test.use({ serviceWorkers: 'block' });

const screens = [
	{ name: 'a 360 × 740 phone', viewport: { width: 360, height: 740 } },
	{ name: 'a 1280 × 800 laptop', viewport: { width: 1280, height: 800 } },
];

/** The first line of a code's "what to do" as rendered text (its first list item or paragraph). */
function firstStep(locale: Locale, code: string): string {
	const first = prose(locale, code).action.trim().split('\n')[0].replace(/^- /, '');
	return squash(plain(first));
}

for (const { name, viewport } of screens) {
	for (const locale of localeList) {
		test.describe(`on ${name}, in ${locale}`, () => {
			test.use({ viewport });

			test('every code page shows its h1, meaning, what to do and retry verdict in the first viewport', async ({
				page,
			}) => {
				test.slow(); // every code page
				const late: string[] = [];
				for (const code of codes) {
					await page.goto(`${locale}/codes/${code}/`);
					const parts = {
						h1: page.locator('main h1'),
						meaning: page.locator('.answer').getByText(squash(plain(prose(locale, code).summary)), { exact: true }),
						whatToDo: page.locator('[data-answer-action]'),
						retry: page.locator('[data-answer-retry]'),
					};
					// Each part is what it claims to be: derived from the content, not from the page's classes alone.
					await expect(parts.h1, code).toContainText(code);
					await expect(parts.h1, code).toContainText(prose(locale, code).title);
					await expect(parts.whatToDo.getByRole('heading', { level: 2 }), code).toHaveText(ui[locale]['code.action']);
					await expect(parts.whatToDo, code).toContainText(firstStep(locale, code));
					await expect(parts.retry.locator('[data-retry]'), code).toHaveText(
						ui[locale][`retry.${registry[code].retry}`],
					);
					for (const [part, locator] of Object.entries(parts)) {
						await expect(locator, `${code} ${part}`).toBeVisible();
						const box = (await locator.boundingBox())!;
						if (box.y < 0 || box.y + box.height > viewport.height)
							late.push(`${code} ${part}: ${Math.round(box.y)}–${Math.round(box.y + box.height)} px`);
					}
				}
				expect(late, `outside the first ${viewport.height} px`).toEqual([]);
			});
		});
	}
}

for (const locale of localeList) {
	test(`when the answer shows only the first steps, it links to all of them, which the page has (${locale})`, async ({
		page,
	}) => {
		test.slow();
		let shortened = 0;
		for (const code of codes) {
			await page.goto(`${locale}/codes/${code}/`);
			const steps = prose(locale, code)
				.action.split('\n')
				.map((line) => squash(plain(line.trim().replace(/^- /, ''))))
				.filter(Boolean);
			const shown = await page.locator('[data-answer-action] li, [data-answer-action] .prose > p').count();
			const link = page.locator('[data-answer-action] a[data-all-steps]');
			if (shown >= steps.length) {
				await expect(link, code).toHaveCount(0);
				continue;
			}
			shortened += 1;
			expect(shown, code).toBeGreaterThan(0);
			await expect(link, code).toHaveText(ui[locale]['code.allSteps'].replace('{count}', String(steps.length)));
			await link.click();
			await expect(page, code).toHaveURL(/#all-steps$/);
			const all = page.locator('#all-steps + .prose');
			for (const step of steps) await expect(all, code).toContainText(step);
		}
		// Guards the test: with today's content some answers are shortened (else this checks nothing).
		expect(shortened).toBeGreaterThan(0);
	});

	test(`every code page has jump links to its sections, each leading to a heading on the page (${locale})`, async ({
		page,
	}) => {
		test.slow(); // every code page
		for (const code of codes) {
			await page.goto(`${locale}/codes/${code}/`);
			const toc = page.getByRole('navigation', { name: ui[locale]['code.onThisPage'] });
			await expect(toc, code).toBeVisible();
			// One round trip per page: each link, and what it leads to.
			const links = await toc.locator('a').evaluateAll((as) =>
				as.map((a) => {
					const href = a.getAttribute('href') ?? '';
					const targets = document.querySelectorAll(`[id="${CSS.escape(href.slice(1))}"]`);
					const target = targets[0] as HTMLElement | undefined;
					return {
						href,
						text: (a.textContent ?? '').trim(),
						targets: targets.length,
						shown: Boolean(target && target.getClientRects().length > 0),
						targetText: (target?.textContent ?? '').replace(/\s+/g, ' '),
					};
				}),
			);
			expect(links.length, code).toBeGreaterThan(3);
			for (const link of links) {
				expect(link.targets, `${code} ${link.href}`).toBe(1);
				expect(link.shown, `${code} ${link.href}`).toBe(true);
				expect(link.targetText, `${code} ${link.href}`).toContain(link.text);
			}
			for (const id of ['cause', 'retry', 'sources', 'example', 'api3'])
				expect(
					links.map((l) => l.href),
					code,
				).toContain(`#${id}`);
		}
	});
}
