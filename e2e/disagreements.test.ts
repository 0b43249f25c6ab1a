import { expect, test } from './fixtures.ts';
import { codes, htmlLang, localeList, plain, registry, sourceById, ui, type Locale } from './helpers.ts';

// These tests are about what pages show; the service worker only precaches copies of the same
// files, so it is blocked here to keep fresh browser contexts cheap (e2e/layout.test.ts and the
// code-page snapshots keep it on).
test.use({ serviceWorkers: 'block' });

/** What the page must show for a code's disagreements, derived from the registry. */
function expected(code: string, locale: Locale, baseURL: string) {
	return registry[code].disagreements.map((disagreement) => ({
		topic: disagreement.topic,
		heading: plain(disagreement.label[locale]),
		positions: disagreement.positions.map((position) => ({
			id: position.id,
			claim: position.claim[locale],
			sources: Object.entries(position.evidence).map(([sourceId, quote]) => {
				const source = sourceById.get(sourceId)!;
				return {
					name: source.name[locale],
					href: new URL(`${locale}/sources/#${sourceId}`, baseURL).href,
					quote,
					lang: htmlLang[source.lang],
				};
			}),
		})),
	}));
}

const cases = [
	{ code: '4500', what: 'both the 5-minute and the 2-hour limit', positions: ['five-minutes', 'two-hours'] },
	{
		code: '4600',
		what: 'both “HTTPS only” and the version that names no protocol',
		positions: ['https-only', 'unspecified'],
	},
	{ code: '5300', what: 'both of its titles', positions: ['insufficient-balance', 'purchase-failed'] },
	{ code: '4400', what: 'both the “Request Quota” section and the ticket', positions: ['quota-section', 'ticket'] },
];

for (const { code, what, positions } of cases) {
	test(`the ${code} page shows ${what}, each with the sources that say it, in both languages`, async ({
		codePages,
		baseURL,
	}) => {
		// The registry records this disagreement (guards against testing nothing).
		expect(registry[code].disagreements.flatMap((d) => d.positions.map((p) => p.id))).toEqual(positions);
		for (const locale of localeList) {
			const page = (await codePages(locale)).get(code)!;
			expect(page.disagreements, `${locale}/${code}`).toEqual(expected(code, locale, baseURL!));
			for (const position of page.disagreements.flatMap((d) => d.positions)) {
				expect(position.sources.length, `${locale}/${code} ${position.id}`).toBeGreaterThan(0);
			}
		}
	});
}

test('code pages without a recorded disagreement show no disagreement section', async ({ codePages }) => {
	const agreed = codes.filter((code) => registry[code].disagreements.length === 0);
	expect(agreed.length).toBeGreaterThan(0);
	const headings = (locale: Locale) =>
		Object.entries(ui[locale])
			.filter(([key]) => key.startsWith('disagreement.heading.'))
			.map(([, text]) => text);
	for (const locale of localeList) {
		const pages = await codePages(locale);
		for (const code of agreed) {
			expect(pages.get(code)!.disagreements, `${locale}/${code}`).toEqual([]);
			for (const heading of headings(locale))
				expect(pages.get(code)!.mainText, `${locale}/${code}`).not.toContain(heading);
		}
	}
});

test('each disagreement is worded by its kind in the content: only a contradiction of facts is called one', async ({
	page,
}) => {
	const disagreeing = codes.filter((code) => registry[code].disagreements.length > 0);
	const kinds = new Set(disagreeing.flatMap((code) => registry[code].disagreements.map((d) => d.kind)));
	// Guards the test: the content has a contradiction of facts and some difference that is not one.
	expect(kinds.has('facts')).toBe(true);
	expect([...kinds].some((kind) => kind !== 'facts')).toBe(true);
	for (const locale of localeList) {
		for (const code of disagreeing) {
			await page.goto(`${locale}/codes/${code}/`);
			for (const { topic, kind } of registry[code].disagreements) {
				const box = page.locator(`section.disagreement[data-topic="${topic}"]`);
				await expect(box.getByRole('heading', { level: 2 }), `${locale}/${code}`).toHaveText(
					ui[locale][`disagreement.heading.${kind}`],
				);
				await expect(box, `${locale}/${code}`).toContainText(ui[locale][`disagreement.lead.${kind}`]);
				// The answer carries a one-line note with the same wording, linking to the comparison.
				const note = page.locator('.answer').locator(`a[href="#disagreement-${topic}"]`);
				await expect(note, `${locale}/${code}`).toHaveCount(1);
				await expect(note.locator('xpath=..'), `${locale}/${code}`).toContainText(
					ui[locale][`disagreement.heading.${kind}`],
				);
				if (kind !== 'facts') {
					const text = (await page.locator('main').textContent()) ?? '';
					expect(text, `${locale}/${code}: not worded as a contradiction`).not.toContain(
						ui[locale]['disagreement.heading.facts'],
					);
					expect(text, `${locale}/${code}`).not.toContain(ui[locale]['disagreement.lead.facts']);
				}
			}
		}
	}
});

test('each source named in a disagreement links to that source on the sources page', async ({ page }) => {
	const ids = new Set(
		Object.values(registry).flatMap((entry) =>
			entry.disagreements.flatMap((d) => d.positions.flatMap((p) => Object.keys(p.evidence))),
		),
	);
	expect(ids.size).toBeGreaterThan(1);
	for (const locale of localeList) {
		await page.goto(`${locale}/sources/`);
		for (const id of ids)
			await expect(page.locator(`[id="${id}"]`), `${locale} ${id}`).toContainText(sourceById.get(id)!.name[locale]);
	}
});
