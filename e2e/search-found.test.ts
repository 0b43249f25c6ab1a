/**
 * Search finds what a user means, on the built site with Pagefind, in both languages: a code
 * however it is written, a code's exact title first, each synonym, a title with a typo; hostile
 * queries are shown as text; without JavaScript the search page lists every code. Expectations
 * come from the content (every code, every title word, every synonym), not from examples.
 */
import type { Page } from '@playwright/test';
import { buildSiteData } from '../src/pipeline/5-model.ts';
import { readContent } from '../src/pipeline/3-read.ts';
import { codes, localeList, prose, ui, type Locale } from './helpers.ts';
import { expect, test } from './fixtures.ts';

const site = buildSiteData(readContent().set);
const synonyms = readContent().set.synonyms.map((entry) => entry.data);
const fullWidth = (digits: string) => [...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');

/** The ways people write a code (from the issue: leading zero, E prefix, key=value, JSON, full stop, full width…). */
const codeForms: ((code: string) => string)[] = [
	(c) => `0${c}`,
	(c) => `E${c}`,
	(c) => `e${c}`,
	(c) => `code=${c}`,
	(c) => `"code": ${c}`,
	(c) => `${c}.`,
	(c) => `#${c}`,
	(c) => ` ${c} `,
	(c) => fullWidth(c),
	(c) => `code：${c}`,
	(c) => `错误码 ${c}`,
];

/** Type a query into the search page's box; resolves with the codes of the results, in order, once the code layer answered. */
async function ask(page: Page, query: string): Promise<string[]> {
	await page.locator('#search-page-input').fill(query);
	await expect(page.locator('#search-results .search-status')).toHaveAttribute('data-query', query);
	return page
		.locator('#search-results a.search-hit')
		.evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.code ?? ''));
}

async function openSearch(page: Page, locale: Locale): Promise<void> {
	await page.goto(`${locale}/search/`);
	await expect(page.locator('[data-search-browse]')).toBeVisible();
}

/** One edit in the middle of a word (a substituted letter), the commonest typo. */
const typo = (word: string) => {
	const i = Math.floor(word.length / 2);
	return word.slice(0, i) + (word[i] === 'x' ? 'q' : 'x') + word.slice(i + 1);
};
/** Latin words long enough for a typo to be forgiven (4 letters and more: src/features/search/typo.ts). */
const typoWords = (text: string) => (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4);

for (const locale of localeList) {
	test.describe(`search in ${locale}`, () => {
		// Each test types a query per code, title word or term, and the site runs Pagefind for each.
		test.slow();
		for (const form of codeForms)
			test(`every code is found first when written as ${JSON.stringify(form('4500'))}`, async ({ page }) => {
				await openSearch(page, locale);
				for (const code of codes) expect((await ask(page, form(code)))[0], JSON.stringify(form(code))).toBe(code);
			});

		test('every code’s exact title ranks that code first, and a title with a typo in one word still does', async ({
			page,
		}) => {
			await openSearch(page, locale);
			for (const code of codes) {
				const title = prose(locale, code).title;
				expect((await ask(page, title))[0], title).toBe(code);
				for (const word of typoWords(title)) {
					const query = title.replace(new RegExp(`\\b${word}\\b`, 'i'), () => typo(word));
					expect((await ask(page, query))[0], query).toBe(code);
				}
			}
		});

		test('each synonym, and a typo of each of its long words, finds its codes in the top 3', async ({ page }) => {
			await openSearch(page, locale);
			for (const entry of synonyms)
				for (const term of entry[locale]) {
					for (const code of entry.codes) expect((await ask(page, term)).slice(0, 3), term).toContain(code);
					for (const word of typoWords(term)) {
						const query = term.replace(word, typo(word));
						for (const code of entry.codes) expect((await ask(page, query)).slice(0, 3), query).toContain(code);
					}
				}
		});

		test('the issue’s queries find the code meant first', async ({ page }) => {
			await openSearch(page, locale);
			const expected: [string, string][] = [
				['authentication failed', '4100'],
				['too many requests', '4400'],
				['限流', '4400'],
				['balanse', '5300'],
				['signatre', '4100'],
				['timestap', '4500'],
				['authentification', '4100'],
				['quata', '4400'],
				['欠费', '5300'],
				['余额不足', '5300'],
			];
			for (const [query, code] of expected) expect((await ask(page, query))[0], query).toBe(code);
			// A source's title finds its code (4100 is "Authentication failed" in three sources).
			for (const view of site.codes)
				for (const { source, row } of view.rows.filter((r) => r.source.lang === locale))
					expect((await ask(page, row.title)).slice(0, 3), row.title).toContain(view.code);
		});

		test('hostile queries are shown literally in the results line and the box, and run nothing', async ({ page }) => {
			const dialogs: string[] = [];
			const errors: string[] = [];
			page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
			page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
			const hostile = [
				'{count}',
				'{query}',
				'{reason}',
				'$&',
				'$1',
				"$'",
				'$`',
				'<img src=x onerror=alert(1)>',
				'</script><script>alert(2)</script>',
			];
			for (const [where, box, out] of [
				['search page', '#search-page-input', '#search-results'],
				['header box', '#site-search', '#search-panel'],
			] as const) {
				await page.goto(`${locale}/search/`);
				for (const query of hostile) {
					await page.locator(box).fill(query);
					const status = page.locator(`${out} .search-status`);
					await expect(status).toHaveAttribute('data-query', query);
					await expect(status).toHaveAttribute('data-done', 'true');
					const count = await page.locator(`${out} a.search-hit`).count();
					const template = ui[locale][count === 0 ? 'search.none' : count === 1 ? 'search.countOne' : 'search.count'];
					const expected = template.replace(/\{(query|count)\}/g, (_, name) =>
						name === 'query' ? query : String(count),
					);
					await expect(status, `${where}: ${query}`).toHaveText(expected);
					await expect(page.locator(box)).toHaveValue(query);
					await expect(page.locator(`${out} img, ${out} script`)).toHaveCount(0);
				}
			}
			expect(dialogs).toEqual([]);
			expect(errors).toEqual([]);
		});

		test('with JavaScript, the list of every code gives way to the results of ?q=', async ({ page }) => {
			await page.goto(`${locale}/search/?q=4500`);
			await expect(page.locator('#search-results a.search-hit').first()).toHaveAttribute('data-code', '4500');
			await expect(page.locator('[data-search-browse]')).toBeHidden();
			await page.locator('#search-page-input').fill('');
			await expect(page.locator('[data-search-browse]')).toBeVisible();
		});
	});

	test.describe(`without JavaScript, in ${locale}`, () => {
		test.use({ javaScriptEnabled: false });
		test('the search page, with or without ?q=, lists every code with its title, linked to its page', async ({
			page,
		}) => {
			for (const address of [`${locale}/search/`, `${locale}/search/?q=${encodeURIComponent('签名')}`]) {
				await page.goto(address);
				// Playwright's text matchers skip <noscript>; read its text directly.
				expect(await page.locator('main noscript').evaluate((node) => node.textContent)).toContain(
					ui[locale]['search.noscript'],
				);
				const links = page.locator('main [data-search-browse] a');
				const listed = await links.evaluateAll((as) =>
					as.map((a) => ({ code: (a as HTMLElement).dataset.code, href: a.getAttribute('href'), text: a.textContent })),
				);
				expect(listed.map((l) => l.code)).toEqual(codes);
				for (const { code, href, text } of listed) {
					expect(href).toMatch(new RegExp(`/${locale}/codes/${code}/$`));
					expect(text?.replace(/\s+/g, ' ')).toContain(prose(locale, code!).title);
				}
			}
		});
	});
}
