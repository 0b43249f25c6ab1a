/**
 * The decoder page on the inputs engineers really paste, in both languages: a bare message or
 * code, JSON with only a message, many responses, key=value text whose values end at the next
 * key, SDK error texts, transport failures, and text that only mentions a code. Expectations
 * come from the content (titles, UI strings), never from copies of them.
 */
import { expect, test } from './fixtures.ts';
import { interpolate } from '../src/i18n/interpolate.ts';
import { localeList, prose, ui, type Locale, countDialogs } from './helpers.ts';
import type { Page } from '@playwright/test';

const output = 'main #decoder-output';
const field = (name: string) => `${output} [data-field="${name}"]`;
/** A UI string as the page shows it: inline code marks dropped. */
const shown = (locale: Locale, key: string, values: Record<string, string> = {}) =>
	interpolate(ui[locale][key], values).replace(/`/g, '');

async function decode(page: Page, locale: Locale, text: string) {
	await page.goto(`${locale}/decode/`);
	await page.waitForLoadState('networkidle');
	await page.locator('main textarea').fill(text);
}

for (const locale of localeList) {
	test(`a bare message is decoded: module code and \\u escapes, in ${locale}`, async ({ page }) => {
		await decode(page, locale, '(100004) incorrect projectId');
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'message');
		await expect(page.locator(field('module-code'))).toHaveText('100004');
		await expect(page.locator(field('message-text'))).toHaveText('incorrect projectId');
		await expect(page.locator(output)).toContainText(shown(locale, 'decoder.message'));
		// The page's own example of escapes, alone and as JSON without a code.
		for (const input of ['\\u7b7e\\u540d\\u9519\\u8bef', '{"message":"\\u7b7e\\u540d\\u9519\\u8bef"}']) {
			await page.locator('main textarea').fill(input);
			await expect(page.locator(output)).toHaveAttribute('data-kind', 'message');
			await expect(page.locator(field('message-text'))).toHaveText('签名错误');
		}
	});

	test(`a bare code links to its page, however written, in ${locale}`, async ({ page }) => {
		for (const input of ['4500', 'E4500', '错误码 4500', 'code: 4500']) {
			await decode(page, locale, input);
			const link = page.locator(`${output} .decoder__title a`);
			await expect(link).toHaveAttribute('href', new RegExp(`/${locale}/codes/4500/$`));
			await expect(link).toContainText(prose(locale, '4500').title);
		}
	});

	test(`many responses: a summary per code with the lines, successes apart, each opening onto its answer, in ${locale}`, async ({
		page,
	}) => {
		const log = [
			'10:00:01 INFO {"code":0,"message":""}',
			'10:00:02 ERROR {"code":4100,"message":"a"}',
			'10:00:03 ERROR code=4500 message=replay requestId=7f3a',
			'10:00:04 ERROR {"code":4100,"message":"b"}',
		].join('\n');
		await decode(page, locale, log);
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'many');
		await expect(page.locator(output)).toContainText(
			shown(locale, 'decoder.many', { total: '4', errors: '3', successes: '1' }),
		);
		const g4100 = page.locator(`${output} [data-group="code:4100"]`);
		await expect(g4100).toHaveAttribute('data-count', '2');
		await expect(g4100.locator('summary')).toContainText(prose(locale, '4100').title);
		await expect(g4100.locator('summary')).toContainText(
			shown(locale, 'decoder.many.lines', { first: '2', last: '4' }),
		);
		await expect(page.locator(`${output} [data-group="success"] summary`)).toContainText(
			shown(locale, 'decoder.many.line', { first: '1' }),
		);
		// Several codes: the list is the answer; each group opens onto the full answer of its first response.
		const g4500 = page.locator(`${output} [data-group="code:4500"]`);
		await g4500.locator('summary').click();
		await expect(g4500.locator('.decoder__title a')).toHaveAttribute('href', new RegExp(`/${locale}/codes/4500/$`));
		await expect(g4500.locator('[data-field="request-id"]')).toHaveText('7f3a');
	});

	test(`a success line followed by an error never says "succeeded" alone, in ${locale}`, async ({ page }) => {
		await decode(page, locale, '{"code":0}\n{"code":4100,"message":"x"}');
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'many');
		// One error code: its answer is open at once.
		await expect(page.locator(`${output} [data-group="code:4100"]`)).toHaveAttribute('open', '');
		await expect(page.locator(`${output} [data-group="code:4100"] .decoder__title`)).toContainText(
			prose(locale, '4100').title,
		);
	});

	test(`key=value, URL-encoded, Python and Chinese-labelled values end where they should, in ${locale}`, async ({
		page,
	}) => {
		const cases: [string, string, string?][] = [
			['code=4100 message=signature failure requestId=abc-123', 'signature failure', 'abc-123'],
			['code=4100&message=signature%20failure&requestId=abc-123', 'signature failure', 'abc-123'],
			["{'code': 4100, 'message': u'\\u7b7e\\u540d\\u9519\\u8bef'}", '签名错误'],
			['错误码：4100，错误信息：签名错误，请求ID：abc', '签名错误', 'abc'],
			['[APIError] Code=AuthFailure, Message=签名错误, CodeNumber=4100', '签名错误'],
		];
		for (const [input, message, requestId] of cases) {
			await decode(page, locale, input);
			await expect(page.locator(`${output} .decoder__title a`)).toHaveAttribute('href', /\/codes\/4100\/$/);
			await expect(page.locator(field('message-text'))).toHaveText(message);
			if (requestId) await expect(page.locator(field('request-id'))).toHaveText(requestId);
		}
	});

	test(`an SDK's own code and a transport failure are not passed off as Tencent codes, in ${locale}`, async ({
		page,
	}) => {
		await decode(
			page,
			locale,
			'{"code":-2700,"location":"com.qcloud.Common.Request:225","message":"api sdk throw exception! java.io.IOException: Server returned HTTP response code: 500 for URL: x"}',
		);
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'sdk-local');
		await expect(page.locator(output)).toContainText(shown(locale, 'decoder.local.verdict', { code: '-2700' }));
		await expect(page.locator(field('http-status'))).toHaveText('500');
		await decode(page, locale, "ApiServerNetworkException Status: 502\nHeader: Server: x\nData: b'<html>502</html>'");
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'transport');
		await expect(page.locator(output)).toContainText(shown(locale, 'decoder.transport'));
		await expect(page.locator(field('http-status'))).toHaveText('502');
		await expect(page.locator(`${output} a[href$="/${locale}/clb-status/"]`)).toBeVisible();
	});

	test(`unrecognised text says what was found and what to try, and links codes it mentions, in ${locale}`, async ({
		page,
	}) => {
		await decode(page, locale, 'my call failed with 4100 today');
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'not-a-response');
		await expect(page.locator(output)).toContainText(shown(locale, 'decoder.tryNext'));
		const mention = page.locator(`${output} .decoder__mentions a`);
		await expect(mention).toHaveAttribute('href', new RegExp(`/${locale}/codes/4100/$`));
		await expect(mention).toContainText(prose(locale, '4100').title);
		await decode(page, locale, '{"event":"start","at":1}');
		await expect(page.locator(output)).toContainText(
			shown(locale, 'decoder.jsonFields', { fields: ['event', 'at'].join(locale === 'zh' ? '、' : ', ') }),
		);
	});
}

test('hostile text in a summary, a bare message and an SDK text is shown as text, never run', async ({ page }) => {
	const dialogs = countDialogs(page);
	const payload = '<img src=x onerror="window.__xss=1;alert(1)">';
	const inputs = [
		`{"code":0}\n{"code":4100,"message":${JSON.stringify(payload)}}`,
		`(100004) ${payload}`,
		`[APIError] Code=${payload}, Message=${payload}, CodeNumber=-1`,
		`code=4100 message=${payload} requestId=${payload}`,
	];
	for (const input of inputs) {
		await decode(page, 'en', input);
		await page
			.locator(`${output} details:not([open]) summary`)
			.first()
			.click({ timeout: 1000 })
			.catch(() => undefined);
		await expect(page.locator(output)).toContainText(payload);
		await expect(page.locator(`${output} img, ${output} script`)).toHaveCount(0);
	}
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	expect(dialogs()).toBe(0);
});
