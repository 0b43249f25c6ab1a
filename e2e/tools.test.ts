import Ajv2020 from 'ajv/dist/2020.js';
import { codes, localeList, prose, registry, sourceById, sources } from './helpers.ts';
import { expect, test } from './fixtures.ts';
import { formatDuration } from '../src/i18n/format.ts';

test.describe('clock check', () => {
	const clockPages = codes.filter((code) => registry[code].tools?.includes('clock-check'));

	test('is on the 4200 and 4500 pages only, in both languages', async ({ page }) => {
		expect(clockPages).toEqual(['4200', '4500']);
		const without = codes.find((code) => !clockPages.includes(code)) as string;
		for (const locale of localeList) {
			for (const code of clockPages) {
				await page.goto(`${locale}/codes/${code}/`);
				await expect(page.locator('[data-clock-check]')).toBeVisible();
			}
			await page.goto(`${locale}/codes/${without}/`);
			await expect(page.locator('[data-clock-check]')).toHaveCount(0);
		}
	});

	test('names, for each window, the sources that state it (from the registry)', async ({ page }) => {
		const windows = Object.values(registry)
			.flatMap((entry) => entry.disagreements)
			.find((d) => d.topic === 'clock-window');
		expect(windows?.positions.map((p) => p.id)).toEqual(['five-minutes', 'two-hours']);
		for (const locale of localeList) {
			await page.goto(`${locale}/codes/${clockPages[0]}/`);
			await page.locator('#clock-input').fill(String(Math.floor(Date.now() / 1000)));
			for (const [i, seconds] of ['300', '7200'].entries()) {
				const line = page.locator(`[data-clock-result] [data-window="${seconds}"]`);
				for (const id of Object.keys(windows!.positions[i].evidence))
					await expect(line).toContainText(sourceById.get(id)!.name[locale]);
				for (const id of Object.keys(windows!.positions[1 - i].evidence))
					await expect(line).not.toContainText(sourceById.get(id)!.name[locale]);
			}
		}
	});

	test('shows the current Unix time and places a Timestamp inside or outside each window', async ({ page }) => {
		await page.goto('en/codes/4500/');
		const shown = Number(await page.locator('[data-clock-now]').textContent());
		expect(Math.abs(shown - Date.now() / 1000)).toBeLessThan(5);
		const check = async (offsetSeconds: number, within300: boolean, within7200: boolean) => {
			const ts = Math.floor(Date.now() / 1000) + offsetSeconds;
			await page.locator('#clock-input').fill(`Action=DescribeLoadBalancers&Timestamp=${ts}&Nonce=345122`);
			await expect(page.locator('[data-clock-result] [data-window="300"]')).toHaveAttribute(
				'data-within',
				String(within300),
			);
			await expect(page.locator('[data-clock-result] [data-window="7200"]')).toHaveAttribute(
				'data-within',
				String(within7200),
			);
		};
		await check(-30, true, true);
		await check(-1000, false, true);
		await check(3 * 3600, false, false);
		await page.locator('#clock-input').fill('not a timestamp');
		await expect(page.locator('[data-clock-result]')).not.toBeEmpty();
		await expect(page.locator('[data-clock-result] [data-window]')).toHaveCount(0);
	});

	test('reads the Timestamp parameter of a signed query by name, not its Nonce, and says what it read', async ({
		page,
	}) => {
		// A signed API 2.0 query is sorted by name: Nonce comes first, and may have as many digits as a Timestamp.
		for (const locale of localeList) {
			const ts = Math.floor(Date.now() / 1000) - 60;
			const nonce = String(ts - 15_000 * 86_400);
			await page.goto(`${locale}/codes/4500/`);
			await page
				.locator('#clock-input')
				.fill(`Action=DescribeInstances&Nonce=${nonce}&Region=ap-guangzhou&SignatureMethod=HmacSHA256&Timestamp=${ts}`);
			await expect(page.locator('[data-clock-read]')).toHaveAttribute('data-clock-read', 'parameter');
			await expect(page.locator('[data-clock-read]')).toContainText(String(ts));
			await expect(page.locator('[data-clock-result] [data-window="300"]')).toHaveAttribute('data-within', 'true');
			await expect(page.locator('[data-clock-offset]')).toHaveAttribute('data-clock-offset', /^-(59|60|61|62)$/);
		}
	});

	test('says how far off a Timestamp is in the page’s language and units', async ({ page }) => {
		// Units the page must use: the formatter's, for an offset of a few hours, minutes and seconds.
		for (const locale of localeList) {
			const units = formatDuration(3 * 3600 + 7 * 60 + 9, locale)
				.replace(/\d+/g, '')
				.trim()
				.split(/\s+/);
			await page.goto(`${locale}/codes/4500/`);
			await page.locator('#clock-input').fill(String(Math.floor(Date.now() / 1000) - (3 * 3600 + 7 * 60 + 9)));
			const line = page.locator('[data-clock-result] [data-clock-offset]');
			await expect(line).toContainText(units[0]);
			const text = (await line.textContent()) ?? '';
			for (const unit of units) expect(text, locale).toContain(unit);
			if (locale === 'zh') expect(text).not.toMatch(/\d\s*(?:h|min|s)\b/);
		}
	});
});

test.describe('short links', () => {
	test('/4500 leads to the English page by default', async ({ page }) => {
		await page.goto('4500');
		await expect(page).toHaveURL(/\/en\/codes\/4500\/$/);
	});

	test.describe('for a Chinese browser', () => {
		test.use({ locale: 'zh-CN' });
		test('/4500 leads to the Chinese page, unless English was chosen', async ({ page }) => {
			await page.goto('4500/');
			await expect(page).toHaveURL(/\/zh\/codes\/4500\/$/);
			await page.locator('.lang-toggle').click();
			await expect(page).toHaveURL(/\/en\/codes\/4500\/$/);
			await page.goto('6100/');
			await expect(page).toHaveURL(/\/en\/codes\/6100\/$/);
		});
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('every short link still leads to its code page', async ({ page }) => {
			test.setTimeout(120_000);
			for (const code of codes) {
				await page.goto(`${code}/`);
				await expect(page).toHaveURL(new RegExp(`/en/codes/${code}/$`));
				await expect(page.locator('h1')).toContainText(prose('en', code).title);
			}
		});
	});
});

test.describe('data for machines', () => {
	test('/codes.json lists every code and validates against /codes.schema.json', async ({ request }) => {
		const schema = await (await request.get('codes.schema.json')).json();
		const document = await (await request.get('codes.json')).json();
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(schema);
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
		expect(document.codes.map((c: { code: number }) => String(c.code))).toEqual(codes);
		const c4500 = document.codes.find((c: { code: number }) => c.code === 4500);
		expect(c4500.text.en.title).toBe(prose('en', '4500').title);
		expect(c4500.text.zh.title).toBe(prose('zh', '4500').title);
		expect(c4500.api3.map((a: { code: string }) => a.code)).toEqual(registry['4500'].api3.map((a) => a.code));
		const listing4500 = sources
			.filter((source) => source.rows.some((row) => row.code === '4500'))
			.map((source) => source.id);
		expect(listing4500.length).toBeGreaterThan(0);
		expect(c4500.sources.map((s: { source: string }) => s.source)).toEqual(listing4500);
		expect(c4500.disagreements.map((d: { topic: string }) => d.topic)).toEqual(
			registry['4500'].disagreements.map((d) => d.topic),
		);
		expect(c4500.disagreements[0].label).toEqual(registry['4500'].disagreements[0].label);
	});

	test('each code has its own JSON, equal to its entry in /codes.json and valid against the schema', async ({
		request,
	}) => {
		const schema = await (await request.get('codes.schema.json')).json();
		const document = await (await request.get('codes.json')).json();
		const ajv = new Ajv2020({ strict: false });
		ajv.addSchema(schema, 'codes');
		const validateCode = ajv.getSchema('codes#/$defs/code');
		for (const entry of document.codes) {
			const response = await request.get(`codes/${entry.code}.json`);
			expect(response.status()).toBe(200);
			const record = await response.json();
			expect(record).toEqual(entry);
			expect(validateCode?.(record)).toBe(true);
		}
	});
});
