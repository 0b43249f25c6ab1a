/**
 * A reader can check every source: the sources page names each one by its public title, links
 * its public page where an address is known, says when that address is not confirmed, and gives
 * the version it comes from; each code page's source rows link the same public pages. Derived
 * from the content (content/raw/sources.yaml, copied into content/sources/), both languages.
 */
import { expect, test } from './fixtures.ts';
import { codes, localeList, plain, sources, squash, ui } from './helpers.ts';

test.use({ serviceWorkers: 'block' });

for (const locale of localeList) {
	test(`the ${locale} sources page links each source’s public page, or says it has none, with its context`, async ({
		page,
	}) => {
		await page.goto(`${locale}/sources/`);
		for (const source of sources) {
			const section = page.locator(`section#${source.id}`);
			const published = section.locator('.published');
			await expect(published).toContainText(source.published.title);
			const link = published.locator('a');
			if (source.published.url) {
				await expect(link).toHaveAttribute('href', source.published.url);
				await expect(link).toHaveText(source.published.title);
			} else await expect(link).toHaveCount(0);
			const note =
				source.published.urlStatus === 'confirmed'
					? null
					: ui[locale][source.published.url ? 'sources.unconfirmed' : 'sources.noAddress'];
			if (note) await expect(published).toContainText(note);
			else await expect(published.locator('.muted')).toHaveCount(0);
			await expect(section).toContainText(squash(plain(source.published.context[locale])));
		}
	});

	test(`the ${locale} code pages link each source row to that source’s public page`, async ({ page }) => {
		test.setTimeout(120_000); // one page per code
		for (const code of codes) {
			await page.goto(`${locale}/codes/${code}/`);
			const rows = await page.locator('.source-row').evaluateAll((items) =>
				items.map((item) => ({
					id: item.id.replace(/^source-/, ''),
					href: item.querySelector<HTMLAnchorElement>('.published a')?.getAttribute('href') ?? null,
					title: item.querySelector('.published')?.textContent ?? '',
				})),
			);
			expect(rows.length, code).toBeGreaterThan(0);
			for (const row of rows) {
				const source = sources.find((s) => s.id === row.id)!;
				expect(row.href, `${code} ${row.id}`).toBe(source.published.url ?? null);
				expect(row.title, `${code} ${row.id}`).toContain(source.published.title);
			}
		}
	});
}
