import { expect, test } from './fixtures.ts';
import { localeList, pageTypes } from './helpers.ts';

/** Relative luminance (WCAG) of an opaque CSS rgb()/rgba() colour. */
function luminance(color: string): number {
	const channels = (color.match(/[\d.]+/g) ?? []).map(Number);
	// A transparent background would show the browser's canvas instead: it must be opaque.
	expect(color, 'an opaque rgb() colour').toMatch(/^rgba?\(/);
	expect(channels.length === 3 || channels[3] === 1, `${color} is opaque`).toBe(true);
	const [r, g, b] = channels.slice(0, 3).map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// The service worker only precaches copies of the same files: blocked here to keep fresh browser
// contexts cheap, except where the requests it makes matter.
test.use({ serviceWorkers: 'block' });

const bodyBackground = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('on a 320-pixel-wide screen', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test(`no page scrolls sideways, in either language (${pageTypes.map((p) => p.name).join(', ')})`, async ({
		page,
	}) => {
		test.slow(); // ten pages
		for (const { route } of pageTypes) {
			for (const locale of localeList) {
				await page.goto(`${locale}/${route}`);
				const { scrollWidth, clientWidth } = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					clientWidth: document.documentElement.clientWidth,
				}));
				expect(clientWidth).toBeLessThanOrEqual(320);
				expect(scrollWidth, `${locale}/${route}`).toBeLessThanOrEqual(clientWidth + 1);
			}
		}
	});
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the page background is dark', async ({ page }) => {
		for (const path of ['en/', 'zh/codes/4500/']) {
			await page.goto(path);
			expect(luminance(await bodyBackground(page)), path).toBeLessThan(0.1);
		}
	});
});

test.describe('in light mode', () => {
	test.use({ colorScheme: 'light' });

	test('the page background is light', async ({ page }) => {
		for (const path of ['en/', 'zh/codes/4500/']) {
			await page.goto(path);
			expect(luminance(await bodyBackground(page)), path).toBeGreaterThan(0.8);
		}
	});
});

test.describe('the copy-link button', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('is shown with JavaScript and copies the absolute address of the page', async ({ page, baseURL }) => {
		for (const locale of localeList) {
			await page.goto(`${locale}/codes/4500/`);
			const button = page.locator('button.copy-link');
			await expect(button).toBeVisible();
			await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
			await button.click();
			await expect(button.locator('[data-copy-status]')).not.toBeEmpty();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe(new URL(`${locale}/codes/4500/`, baseURL).href);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the copy-link button is hidden and the permalink remains', async ({ page, baseURL }) => {
		await page.goto('en/codes/4500/');
		await expect(page.locator('button.copy-link')).toBeHidden();
		const permalink = page.locator('a.permalink');
		await expect(permalink).toBeVisible();
		expect(new URL((await permalink.getAttribute('href'))!, page.url()).href).toBe(
			new URL('en/codes/4500/', baseURL).href,
		);
	});

	test('no element that the HTML marks hidden is displayed, on any page type', async ({ page }) => {
		test.slow(); // eleven pages
		const shown: string[] = [];
		for (const path of [
			...localeList.flatMap((locale) => pageTypes.map(({ route }) => `${locale}/${route}`)),
			'en/codes/4999/',
		]) {
			await page.goto(path);
			const visible = await page
				.locator('[hidden]')
				.evaluateAll((elements) =>
					elements
						.filter((e) => getComputedStyle(e).display !== 'none')
						.map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">`),
				);
			shown.push(...visible.map((element) => `${path}: ${element}`));
		}
		expect(shown).toEqual([]);
	});
});

test.describe('the skip link', () => {
	test('is the first thing the keyboard reaches and jumps to the main content', async ({ page }) => {
		for (const path of ['en/codes/4500/', 'zh/']) {
			await page.goto(path);
			const skip = page.locator('a.skip-link');
			await expect(skip).toHaveAttribute('href', '#main');
			await expect(page.locator('#main')).toHaveCount(1);
			await expect(page.locator('#main')).toHaveJSProperty('tagName', 'MAIN');
			await page.keyboard.press('Tab');
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/#main$/);
		}
	});
});

test.describe('with the service worker on', () => {
	test.use({ serviceWorkers: 'allow' });

	const pathsOf = {
		en: ['./', ...pageTypes.map(({ route }) => `en/${route}`), 'en/search/?q=4500', 'en/no-such-page/'],
		zh: [...pageTypes.map(({ route }) => `zh/${route}`), 'zh/search/?q=4500'],
	};
	for (const locale of localeList) {
		test(`the ${locale === 'en' ? 'English' : 'Chinese'} pages make no request to any other origin`, async ({
			page,
			context,
			baseURL,
		}) => {
			test.slow(); // every page type, with the service worker precaching the whole site
			const origin = new URL(baseURL!).origin;
			const requests: string[] = [];
			context.on('request', (request) => requests.push(request.url()));
			for (const path of pathsOf[locale]) await page.goto(path);
			// The header search box loads its code on first use.
			await page.goto(`${locale}/codes/4500/`);
			await page.locator('form[data-search] input[name="q"]').first().fill('4500');
			await page.waitForLoadState('networkidle');
			const foreign = requests.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
			expect(requests.length).toBeGreaterThan(pathsOf[locale].length);
			expect(foreign).toEqual([]);
		});
	}
});
