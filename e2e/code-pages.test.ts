import { expect, test } from './fixtures.ts';
import { api3, codes, htmlLang, localeList, plain, prose, registry, sources, squash, ui } from './helpers.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

const languageName = { en: 'English', zh: 'Chinese' } as const;

for (const locale of localeList) {
	test.describe(`the ${languageName[locale]} code pages`, () => {
		test(`each return 200, are marked lang="${htmlLang[locale]}" and name the code and its ${languageName[locale]} title in the h1`, async ({
			codePages,
		}) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const page = pages.get(code)!;
				expect(page.status, code).toBe(200);
				expect(page.lang, code).toBe(htmlLang[locale]);
				expect(page.h1, code).toHaveLength(1);
				expect(page.h1[0], code).toContain(code);
				expect(page.h1[0], code).toContain(prose(locale, code).title);
			}
		});

		test('each show every source’s own row for the code, naming the source', async ({ codePages }) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const page = pages.get(code)!;
				const listing = sources.filter((source) => source.rows.some((row) => row.code === code));
				expect(listing.length, `some source lists ${code}`).toBeGreaterThan(0);
				expect(page.sourceRows, code).toEqual(
					listing.map((source) => {
						const row = source.rows.find((r) => r.code === code)!;
						return {
							id: `source-${source.id}`,
							name: source.name[locale],
							title: row.title,
							description: squash(plain(row.description)),
						};
					}),
				);
			}
		});

		test('each name the sources that do not list the code', async ({ codePages }) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const missing = sources.filter((source) => !source.rows.some((row) => row.code === code));
				const page = pages.get(code)!;
				for (const source of missing) {
					const note = ui[locale]['code.notListed'].split('{sources}')[0];
					expect(page.mainText, `${code} not in ${source.id}`).toContain(note);
					expect(page.mainText, `${code} not in ${source.id}`).toContain(source.name[locale]);
				}
			}
		});

		test('each show the code’s explanation from its prose file: summary, cause, what to do, retry guidance and API 3.0 note', async ({
			codePages,
		}) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const text = pages.get(code)!.mainText;
				const written = prose(locale, code);
				for (const field of ['summary', 'cause', 'action', 'retry', 'api3'] as const) {
					// Each written line appears (lines of a paragraph are joined; "- " lines are list items).
					for (const line of written[field]
						.split('\n')
						.map((l) => l.trim().replace(/^- /, ''))
						.filter(Boolean)) {
						expect(text, `${code} ${field}`).toContain(squash(plain(line)));
					}
				}
				for (const heading of ['code.cause', 'code.action', 'code.retry'])
					expect(text, code).toContain(ui[locale][heading]);
			}
		});

		test('each give the registry’s retry verdict', async ({ codePages }) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const verdict = registry[code].retry;
				expect(pages.get(code)!.verdict, code).toEqual({ id: verdict, text: ui[locale][`retry.${verdict}`] });
			}
		});

		test('each list the registry’s API 3.0 equivalents with how close they are and the official wording, or say there is none', async ({
			codePages,
		}) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const page = pages.get(code)!;
				expect(page.api3, code).toEqual(
					registry[code].api3.map(({ code: api3Code, match }) => ({
						code: api3Code,
						match,
						label: ui[locale][`match.${match}`],
						official: squash(plain(api3[api3Code][locale])),
					})),
				);
				if (registry[code].api3.length === 0) expect(page.mainText, code).toContain(ui[locale]['code.api3None']);
				else expect(page.mainText, code).not.toContain(ui[locale]['code.api3None']);
			}
			expect(
				codes.some((code) => registry[code].api3.length === 0),
				'some code has no API 3.0 equivalent',
			).toBe(true);
		});

		test('each list the related codes of the registry, every link leading to an existing page', async ({
			codePages,
			request,
			baseURL,
		}) => {
			const pages = await codePages(locale);
			const checked = new Map<string, number>();
			for (const code of codes) {
				const page = pages.get(code)!;
				const related = registry[code].related;
				expect(related.length, code).toBeGreaterThan(0);
				expect(
					page.related.map((link) => link.href),
					code,
				).toEqual(related.map((r) => new URL(`${locale}/codes/${r}/`, baseURL).href));
				for (const [i, relatedCode] of related.entries()) {
					expect(page.related[i].text, code).toContain(relatedCode);
					expect(page.related[i].text, code).toContain(prose(locale, relatedCode).title);
				}
				for (const { href } of page.related) {
					if (!checked.has(href)) checked.set(href, (await request.get(href)).status());
					expect(checked.get(href), `${code} → ${href}`).toBe(200);
				}
			}
		});

		test('each show an example error response: the documented one with its source, else the response shape with the code', async ({
			codePages,
		}) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const page = pages.get(code)!;
				expect(page.example, code).not.toBeNull();
				const json = JSON.parse(page.example!.json);
				const documented = registry[code].example;
				if (documented) {
					expect(json, code).toEqual(JSON.parse(documented.json));
					expect(page.example!.text, code).toContain(plain(documented.source));
				} else {
					expect(json.code, code).toBe(Number(code));
					expect(typeof json.message, code).toBe('string');
					expect(page.example!.text, code).toContain(squash(plain(ui[locale]['code.exampleShape'])));
				}
			}
		});

		test('each load without console errors or uncaught exceptions', async ({ codePages }) => {
			const pages = await codePages(locale);
			const errors = codes.flatMap((code) => pages.get(code)!.errors.map((e) => `${code}: ${e}`));
			expect(errors).toEqual([]);
		});

		test('carry the “our translation” badge exactly when the title is the project’s own', async ({ codePages }) => {
			const pages = await codePages(locale);
			for (const code of codes) {
				const badges = pages.get(code)!.headBadges;
				const expected = prose(locale, code).titleSource === 'project' ? [ui[locale]['badge.translation']] : [];
				expect(
					badges.filter((b) => b === ui[locale]['badge.translation']),
					code,
				).toEqual(expected);
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
