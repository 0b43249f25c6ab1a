import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { clb, codes, localeList, plain, squash } from './helpers.ts';

const clbCodes = clb.rows.map((row) => row.code);
const legacyNotice = clb.notices.find((notice) => notice.kind === 'legacy');

/** The [text](url) links of a markdown text. */
const markdownLinks = (text: string) =>
	[...text.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].map(([, label, href]) => ({ text: label, href }));

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

test('the CLB page states the legacy API’s status once, each dated statement linked to its source, in both languages', async ({
	page,
}) => {
	expect(legacyNotice, 'clb-en carries a legacy notice').toBeDefined();
	for (const locale of localeList) {
		// The statements and their links, as the status page of the content writes them.
		const status = readFileSync(join(process.cwd(), `content/pages/${locale}/clb-status.mdx`), 'utf8');
		const statusLinks = markdownLinks(status);
		const dates = [...new Set(status.match(/\b20\d\d-\d\d-\d\d\b/g))];
		expect(statusLinks.length, 'every statement has its source').toBeGreaterThanOrEqual(3);
		const response = await page.goto(`${locale}/clb/`);
		expect(response?.status()).toBe(200);
		const notice = page.locator('.callout--legacy');
		await expect(notice).toBeVisible();
		for (const link of statusLinks)
			await expect(notice.locator(`[data-clb-status] a[href="${link.href}"]`).first()).toBeVisible();
		for (const date of dates) await expect(notice.locator('[data-clb-status]')).toContainText(date);
		// The legacy page's own words, as published, and (for readers of the other language) our translation.
		await expect(notice.locator('blockquote')).toHaveText(squash(plain(legacyNotice!.text)));
		for (const link of markdownLinks(legacyNotice!.text)) {
			await expect(notice.locator('blockquote a', { hasText: link.text })).toHaveAttribute('href', link.href);
		}
		await expect(notice.locator('[data-notice-translation]')).toHaveCount(clb.lang === locale ? 0 : 1);
		// One status: the rest of the page does not restate it (the migration section points back to it).
		const rest = await page.locator('main').evaluate((main) => {
			const copy = main.cloneNode(true) as HTMLElement;
			copy.querySelector('.callout--legacy')?.remove();
			copy.querySelector('table')?.remove();
			return copy.textContent ?? '';
		});
		expect(rest).not.toMatch(/may be deprecated|可能停止维护|2022-11-30|已下线|is offline/);
	}
});

test('the CLB page lists exactly the codes of the CLB document, in its order, each linking to its code page', async ({
	page,
	baseURL,
}) => {
	for (const locale of localeList) {
		await page.goto(`${locale}/clb/`);
		const rows = await page.locator('table.clb-table tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				id: tr.id,
				code: tr.querySelector('td')?.textContent?.trim(),
				links: [...tr.querySelectorAll('a')].slice(0, 2).map((a) => (a as HTMLAnchorElement).href),
				title: tr.querySelectorAll('td')[1]?.querySelector('a')?.textContent?.trim(),
				description: tr.querySelectorAll('td')[2]?.textContent?.replace(/\s+/g, ' ').trim(),
			})),
		);
		expect(rows.map((row) => row.code)).toEqual(clbCodes);
		for (const [i, row] of clb.rows.entries()) {
			const codePage = new URL(`${locale}/codes/${row.code}/`, baseURL).href;
			expect(rows[i], row.code).toEqual({
				id: `code-${row.code}`,
				code: row.code,
				links: [codePage, codePage],
				title: row.title,
				description: squash(plain(row.description)),
			});
		}
		// Every code of the table has a page.
		for (const code of clbCodes) expect(codes, code).toContain(code);
	}
});

for (const locale of localeList) {
	test.describe(`the ${locale === 'en' ? 'English' : 'Chinese'} code pages of codes the CLB document lists`, () => {
		test('link back to that code’s row on the CLB page', async ({ codePages, baseURL, page }) => {
			const pages = await codePages(locale);
			for (const code of clbCodes) {
				expect(pages.get(code)!.clb?.backLink, code).toBe(new URL(`${locale}/clb/#code-${code}`, baseURL).href);
			}
			// The targets exist.
			await page.goto(`${locale}/clb/`);
			const ids = await page.locator('[id^="code-"]').evaluateAll((elements) => elements.map((e) => e.id));
			for (const code of clbCodes) expect(ids, code).toContain(`code-${code}`);
		});

		test('show the CLB document’s own text for the code, links included', async ({ codePages }) => {
			const pages = await codePages(locale);
			let links = 0;
			for (const row of clb.rows) {
				const section = pages.get(row.code)!.clb;
				expect(section, row.code).not.toBeNull();
				expect(section!.text, row.code).toContain(row.title);
				expect(section!.text, row.code).toContain(squash(plain(row.description)));
				expect(section!.links, row.code).toEqual(markdownLinks(row.description));
				links += section!.links.length;
			}
			expect(links, 'the document links somewhere (4400: submit a ticket)').toBeGreaterThan(0);
		});
	});
}

test('the 4400 page quotes the CLB document’s “submit a ticket” link', async ({ page }) => {
	const row = clb.rows.find((r) => r.code === '4400')!;
	const [ticket] = markdownLinks(row.description);
	expect(ticket.text).toBe('submit a ticket');
	for (const locale of localeList) {
		await page.goto(`${locale}/codes/4400/`);
		await expect(page.locator('.callout--clb blockquote a', { hasText: 'submit a ticket' })).toHaveAttribute(
			'href',
			ticket.href,
		);
	}
});

test('code pages of codes the CLB document does not list (4200) have no CLB section', async ({ codePages }) => {
	const unlisted = codes.filter((code) => !clbCodes.includes(code));
	expect(unlisted).toContain('4200');
	for (const locale of localeList) {
		const pages = await codePages(locale);
		for (const code of unlisted) expect(pages.get(code)!.clb, `${locale}/${code}`).toBeNull();
	}
});
