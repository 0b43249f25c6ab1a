import { codes, prose, registry, ui, type Locale } from './helpers.ts';
import { expect, test } from './fixtures.ts';

const panel = '#search-panel';

async function search(page: import('@playwright/test').Page, locale: Locale, query: string, from = 'codes/4000/') {
	await page.goto(`${locale}/${from}`);
	await page.waitForLoadState('networkidle');
	await page.locator('#site-search').fill(query);
	await expect(page.locator(`${panel} .search-status`)).toHaveAttribute('data-query', query);
	await expect(page.locator(`${panel} .search-hit`).first()).toBeVisible();
	// Assert on the whole answer: the code layer, then this language's Pagefind, then the other's.
	await expect(page.locator(`${panel} .search-status`)).toHaveAttribute('data-done', 'true');
}

for (const locale of ['en', 'zh'] as const) {
	test(`an exact code is the first result, in ${locale}`, async ({ page }) => {
		for (const code of ['4500', '4100', '6200']) {
			await search(page, locale, code);
			const first = page.locator(`${panel} .search-hit`).first();
			await expect(first).toHaveAttribute('data-code', code);
			await expect(first).toContainText(prose(locale, code).title);
		}
	});

	test(`a prefix lists the codes it covers before any text match, in ${locale}`, async ({ page }) => {
		for (const prefix of ['41', '410', '62']) {
			const expected = codes.filter((code) => code.startsWith(prefix));
			await search(page, locale, prefix);
			const listed = await page
				.locator(`${panel} .search-hit`)
				.evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.code));
			expect(listed.slice(0, expected.length)).toEqual(expected);
		}
	});

	test(`Enter on a known code goes straight to its page, in ${locale}`, async ({ page }) => {
		await page.goto(`${locale}/`);
		await page.locator('#site-search').fill('4400');
		// The search module loads on first focus; an Enter before it is wired is a plain submit to
		// the search page (seen on a loaded machine). Its first answer shows that it is wired.
		await expect(page.locator(`${panel} .search-status`)).toHaveAttribute('data-query', '4400');
		await page.locator('#site-search').press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${locale}/codes/4400/$`));
	});
}

// The first code of each class: titles of every kind, each in a fresh page (nothing loaded yet).
const firstOfEachClass = codes.filter(
	(code, i) => codes.findIndex((other) => registry[other].class === registry[code].class) === i,
);
for (const locale of ['en', 'zh'] as const)
	for (const code of firstOfEachClass)
		test(`a query already in the header box when search starts is answered by the instant layer before Pagefind starts loading: ${code}'s title in ${locale}`, async ({
			page,
		}) => {
			const query = prose(locale, code).title;
			await page.goto(`${locale}/codes/4000/`);
			await page.waitForLoadState('networkidle');
			// The query goes in with the box's first focus.
			const hit = await page.evaluate((query) => {
				const input = document.querySelector<HTMLInputElement>('#site-search')!;
				const start = performance.now();
				const firstHit = new Promise<number>((resolve) => {
					const observer = new MutationObserver(() => {
						if (document.querySelector('#search-panel .search-hit--code')) {
							observer.disconnect();
							resolve(performance.now());
						}
					});
					observer.observe(document.querySelector('#search-panel')!, { childList: true, subtree: true });
				});
				input.focus();
				input.value = query;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				return firstHit.then((at) => ({ start, at }));
			}, query);
			await expect(page.locator(`${panel} .search-hit[data-code="${code}"]`).first()).toBeVisible();
			// Read once Pagefind has answered: a request is listed once it has finished, by when it started.
			await expect(page.locator(`${panel} .search-status`)).toHaveAttribute('data-done', 'true');
			const requests = await page.evaluate(
				({ start, at }) =>
					performance
						.getEntriesByType('resource')
						.filter((entry) => entry.startTime >= start)
						.map((entry) => ({ url: entry.name, before: entry.startTime <= at })),
				hit,
			);
			const pagefind = requests.filter((request) => request.url.includes('/pagefind/'));
			expect(pagefind.filter((request) => request.before)).toEqual([]);
			expect(pagefind.length, 'Pagefind loaded afterwards').toBeGreaterThan(0);
		});

test('Chinese words find their codes on Chinese pages', async ({ page }) => {
	for (const [query, code] of [
		['签名', '4100'],
		['余额', '5300'],
		['重放', '4500'],
	]) {
		await search(page, 'zh', query);
		const own = page.locator(`${panel} .search-group`).first();
		await expect(own.locator(`.search-hit[data-code="${code}"]`)).toHaveCount(1);
	}
});

test('English words find their codes on English pages, best match first', async ({ page }) => {
	await search(page, 'en', 'replay');
	await expect(page.locator(`${panel} .search-hit`).first()).toHaveAttribute('data-code', '4500');
	await search(page, 'en', 'balance');
	await expect(page.locator(`${panel} .search-hit[data-code="5300"]`).first()).toBeVisible();
});

// Words that appear only in one language's prose (not in the source rows every page quotes),
// so that the page's own language has no match and the other language must supply it.
function codesWhoseProseSays(locale: Locale, word: string): string[] {
	return codes.filter((code) => Object.values(prose(locale, code)).some((text) => text.toLowerCase().includes(word)));
}

test('a Chinese query on an English page finds the code among results in Chinese', async ({ page }) => {
	const expected = codesWhoseProseSays('zh', '时钟');
	expect(expected.length).toBeGreaterThan(0);
	await search(page, 'en', '时钟');
	const other = page.locator(`${panel} .search-group[lang="zh-CN"]`);
	await expect(other.locator('.search-group__title')).toHaveText(ui.en['search.other']);
	await expect(other.locator(`.search-hit[data-code="${expected[0]}"]`)).toHaveAttribute(
		'href',
		new RegExp(`/zh/codes/${expected[0]}/$`),
	);
});

test('an English query on a Chinese page finds codes in English, after any Chinese results', async ({ page }) => {
	const expected = codesWhoseProseSays('en', 'exponential');
	expect(expected.length).toBeGreaterThan(0);
	await search(page, 'zh', 'exponential');
	const groups = page.locator(`${panel} .search-group`);
	await expect(groups.last()).toHaveAttribute('lang', 'en');
	await expect(groups.last().locator('.search-group__title')).toHaveText(ui.zh['search.other']);
	await expect(groups.last().locator(`.search-hit[data-code="${expected[0]}"]`)).toHaveAttribute(
		'href',
		new RegExp(`/en/codes/${expected[0]}/$`),
	);
});

test('own-language matches are never pushed down by the other language', async ({ page }) => {
	await search(page, 'en', 'replay');
	const langs = await page
		.locator(`${panel} .search-group`)
		.evaluateAll((sections) => sections.map((s) => (s as HTMLElement).lang));
	// Both languages answered "replay" (the Chinese pages quote the English sources).
	expect(langs).toContain('');
	expect(langs).toContain('zh-CN');
	// Codes and this page's language come first; a group in the other language can only be last.
	expect(langs.slice(0, -1).every((lang) => lang === '')).toBe(true);
	await expect(page.locator(`${panel} .search-hit`).first()).toHaveAttribute('href', /\/en\/codes\//);
});

test('results show the code, the title and an excerpt with the match highlighted', async ({ page }) => {
	await search(page, 'en', 'nonce');
	const hit = page
		.locator(`${panel} .search-hit`)
		.filter({ has: page.locator('mark') })
		.first();
	await expect(hit.locator('.code-chip')).toHaveText(/^\d{4}$/);
	await expect(hit.locator('mark').first()).toHaveText(/nonce/i);
});

for (const locale of ['en', 'zh'] as const) {
	test(`the search page shows the results of ?q= on load, as links in <main>, in ${locale}`, async ({ page }) => {
		await page.goto(`${locale}/search/?q=4500`);
		const first = page.locator('main #search-results a.search-hit').first();
		await expect(first).toHaveAttribute('data-code', '4500');
		await expect(page.locator('#search-page-input')).toHaveValue('4500');
		await page.goto(`${locale}/search/?q=${encodeURIComponent(locale === 'en' ? 'signature' : '签名')}`);
		await expect(page.locator('main #search-results a.search-hit[data-code="4100"]').first()).toBeVisible();
	});
}

test('"/" focuses the search box, Esc clears it, arrow keys reach the results', async ({ page }) => {
	await page.goto('en/codes/4000/');
	await page.waitForLoadState('networkidle');
	await page.locator('body').press('/');
	await expect(page.locator('#site-search')).toBeFocused();
	await page.keyboard.type('4500');
	await expect(page.locator(`${panel} .search-hit`).first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(`${panel} .search-hit`).first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('#site-search')).toHaveValue('');
	await expect(page.locator('#site-search')).toBeFocused();
	await expect(page.locator(panel)).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header search is a plain form that submits to the search page', async ({ page }) => {
		await page.goto('zh/codes/4000/');
		await page.locator('#site-search').fill('签名');
		await page.locator('#site-search').press('Enter');
		await expect(page).toHaveURL(/\/zh\/search\/\?q=%E7%AD%BE%E5%90%8D$/);
	});
});

for (const locale of ['en', 'zh'] as const) {
	test(`an OpenSearch description lets the address bar search, in ${locale}`, async ({ page, request }) => {
		await page.goto(`${locale}/`);
		const href = await page
			.locator('link[rel="search"][type="application/opensearchdescription+xml"]')
			.getAttribute('href');
		const xml = await (await request.get(href as string)).text();
		const template = /template="([^"]+)"/.exec(xml)?.[1] ?? '';
		expect(template).toMatch(new RegExp(`/${locale}/search/\\?q=\\{searchTerms\\}$`));
		await page.goto(template.replace('{searchTerms}', '4500'));
		await expect(page.locator('#search-results a.search-hit').first()).toHaveAttribute('data-code', '4500');
	});
}
