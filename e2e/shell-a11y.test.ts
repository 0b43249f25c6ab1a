import { expect, test } from './fixtures.ts';
import { localeList, ui } from './helpers.ts';
import { sitePages } from './site-pages.ts';

// The page shell and the code page for keyboard and screen-reader users, on every page of the site.
test.use({ serviceWorkers: 'block' });

test('Tab never stops on an element that cannot be seen (the header search box’s hidden submit button)', async ({
	page,
}) => {
	for (const path of localeList.flatMap((locale) => [`${locale}/`, `${locale}/codes/4500/`, `${locale}/search/`])) {
		await page.goto(path);
		// The hidden button exists (screen readers can use it); it is just not a Tab stop.
		await expect(page.locator('.site-header form[role="search"] button[type="submit"]'), path).toHaveCount(1);
		const stops: { tag: string; text: string; width: number; height: number; inHeader: boolean }[] = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const stop = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				const { width, height } = element.getBoundingClientRect();
				return {
					tag: element.tagName.toLowerCase(),
					text: (element.textContent ?? '').trim().slice(0, 30),
					width,
					height,
					inHeader: Boolean(element.closest('.site-header')),
				};
			});
			stops.push(stop);
			if (stops.some((s) => s.inHeader) && !stop.inHeader) break;
		}
		expect(stops.filter((s) => s.inHeader).length, `${path}: the header has Tab stops`).toBeGreaterThan(3);
		expect(
			stops.filter((s) => s.width <= 1 || s.height <= 1 || (s.tag === 'button' && s.inHeader && s.width < 4)),
			path,
		).toEqual([]);
	}
});

test('aria-current marks exactly the nav link of the page itself, on every page', async ({
	page,
	request,
	baseURL,
}) => {
	test.slow(); // every page
	const pages = [...(await sitePages(request, baseURL!)), 'en/codes/4999/'];
	let marked = 0;
	for (const path of pages) {
		await page.goto(path);
		const { current, expected } = await page.evaluate(() => {
			const here = location.pathname;
			return {
				current: [...document.querySelectorAll('[aria-current]')].map(
					(e) => `${e.tagName.toLowerCase()} ${e.getAttribute('aria-current')} ${(e as HTMLAnchorElement).href ?? ''}`,
				),
				expected: [...document.querySelectorAll<HTMLAnchorElement>('.site-header nav a')]
					.filter((a) => new URL(a.href).pathname === here)
					.map((a) => `a page ${a.href}`),
			};
		});
		expect(current, path).toEqual(expected);
		marked += current.length;
	}
	expect(marked, 'some pages are nav targets').toBeGreaterThan(3);
});

test('every aria-label is in the language of the element it names, on every page', async ({
	page,
	request,
	baseURL,
}) => {
	test.slow(); // every page
	const wrong: string[] = [];
	for (const path of await sitePages(request, baseURL!)) {
		await page.goto(path);
		const labels = await page.evaluate(() =>
			[...document.querySelectorAll('[aria-label]')].map((e) => ({
				lang: e.closest('[lang]')?.getAttribute('lang') ?? '',
				label: e.getAttribute('aria-label') ?? '',
			})),
		);
		for (const { lang, label } of labels) {
			const cjk = /[\p{Script=Han}]/u.test(label);
			if (lang.startsWith('zh') ? !cjk : cjk) wrong.push(`${path}: [${lang}] "${label}"`);
		}
	}
	expect(wrong).toEqual([]);
});

test('every search landmark has a name in the page’s language, unique on its page', async ({ page }) => {
	for (const locale of localeList) {
		for (const path of [`${locale}/`, `${locale}/codes/4500/`, `${locale}/search/`]) {
			await page.goto(path);
			const names = await page
				.locator('[role="search"]')
				.evaluateAll((forms) => forms.map((form) => form.getAttribute('aria-label') ?? ''));
			expect(names.length, path).toBeGreaterThan(0);
			for (const name of names) expect(name, path).not.toBe('');
			expect(new Set(names).size, path).toBe(names.length);
			expect(names, path).toContain(ui[locale]['search.label']);
			for (const name of names) await expect(page.getByRole('search', { name, exact: true }), path).toHaveCount(1);
		}
	}
});
