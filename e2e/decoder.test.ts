import { classes, codes as registryCodes, prose, registry, ui, countDialogs } from './helpers.ts';
import { expect, test } from './fixtures.ts';

const output = 'main #decoder-output';

async function decode(page: import('@playwright/test').Page, locale: 'en' | 'zh', text: string) {
	await page.goto(`${locale}/decode/`);
	await page.waitForLoadState('networkidle');
	await page.locator('main textarea').fill(text);
}

for (const locale of ['en', 'zh'] as const) {
	test(`a response with a module code shows the code, its meaning and the module code, in ${locale}`, async ({
		page,
	}) => {
		await decode(page, locale, '{"code": "5100", "message": "(100004) incorrect projectId"}');
		const link = page.locator(`${output} .decoder__title a`);
		await expect(link).toContainText(prose(locale, '5100').title);
		await expect(link).toHaveAttribute('href', new RegExp(`/${locale}/codes/5100/$`));
		await expect(page.locator(`${output} [data-field="module-code"]`)).toHaveText('100004');
		await expect(page.locator(`${output} [data-field="message-text"]`)).toHaveText('incorrect projectId');
		await expect(page.locator(output)).toContainText(ui[locale]['decoder.whatToDo']);
	});
}

test('Chinese messages sent as \\u escapes (also escaped twice) are decoded', async ({ page }) => {
	await decode(page, 'zh', '{"code":4100,"message":"\\u7b7e\\u540d\\u9519\\u8bef"}');
	await expect(page.locator(`${output} [data-field="message-text"]`)).toHaveText('签名错误');
	await decode(page, 'zh', '{"code":4100,"message":"\\\\u7b7e\\\\u540d\\\\u9519\\\\u8bef"}');
	await expect(page.locator(`${output} [data-field="message-text"]`)).toHaveText('签名错误');
});

test('a log line with the response inside, and codeDesc, are recognised', async ({ page }) => {
	await decode(
		page,
		'en',
		'2026-11-22T10:00:00Z ERROR {"code": 4106, "message": "(60006)MFA Invalid", "codeDesc": "MFACheckFailed", "data": []} retry=0',
	);
	await expect(page.locator(`${output} .decoder__title`)).toContainText('4106');
	await expect(page.locator(`${output} [data-field="code-desc"]`)).toHaveText('MFACheckFailed');
	await expect(page.locator(`${output} [data-field="module-code"]`)).toHaveText('60006');
});

test('code 0 is a success, an unknown code is named with its class, and non-responses are explained', async ({
	page,
}) => {
	await decode(page, 'en', '{"code": 0, "message": ""}');
	await expect(page.locator(output)).toHaveAttribute('data-kind', 'success');
	await decode(page, 'en', '{"code": 4999}');
	await expect(page.locator(output)).toHaveAttribute('data-kind', 'unknown-code');
	await expect(page.locator(output)).toContainText('4999');
	// The classes whose codes start with 4, from content/classes.yaml.
	const fourClasses = classes.filter((c) => c.digit === 4).map((c) => c.en.name);
	expect(fourClasses.length).toBeGreaterThan(0);
	for (const name of fourClasses) await expect(page.locator(output)).toContainText(name);
	await decode(page, 'zh', 'hello, world');
	await expect(page.locator(output)).toHaveAttribute('data-kind', 'not-a-response');
	await expect(page.locator(output)).toContainText(ui.zh['decoder.noResponse'].split('`')[0]);
});

test('pasted HTML and script are shown as text, never run', async ({ page }) => {
	const dialogs = countDialogs(page);
	const payload = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>';
	await decode(
		page,
		'en',
		JSON.stringify({ code: 4500, message: payload, codeDesc: '<b>bold</b>', '<svg onload=alert(1)>': 'x' }),
	);
	await expect(page.locator(`${output} [data-field="message-text"]`)).toHaveText(payload);
	await expect(page.locator(`${output} img, ${output} script, ${output} svg, ${output} b`)).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	expect(dialogs()).toBe(0);
});

test('a 1 MB paste decodes and the page stays responsive', async ({ page }) => {
	await page.goto('en/decode/');
	await page.waitForLoadState('networkidle');
	const big = JSON.stringify({ code: 4400, message: `(1) ${'quota '.repeat(175_000)}` });
	expect(big.length).toBeGreaterThan(1_000_000);
	await page.locator('main textarea').fill(big);
	await expect(page.locator(output)).toHaveAttribute('data-kind', 'error', { timeout: 15_000 });
	await expect(page.locator(`${output} .decoder__title`)).toContainText('4400');
	// Still responsive: a click on an example decodes at once.
	await page.locator('button[data-example]').first().click();
	await expect(page.locator(`${output} .decoder__title`)).toContainText('5100');
});

test('the decoder works offline after one visit', async ({ page, context }) => {
	await page.goto('en/codes/4000/');
	// The footer says so once the service worker has every file cached.
	await expect(page.locator('[data-offline-status]')).toBeVisible({ timeout: 20_000 });
	await context.setOffline(true);
	await page.goto('zh/decode/');
	await page.locator('main textarea').fill('{"code":"6200"}');
	await expect(page.locator(`${output} .decoder__title`)).toContainText(prose('zh', '6200').title);
	await context.setOffline(false);
});

test('an API 3.0 error maps back to its API 2.0 codes, with its message decoded and its RequestId', async ({
	page,
}) => {
	await decode(
		page,
		'en',
		'{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"\\\\u8fc7\\\\u671f"},"RequestId":"r-9"}}',
	);
	await expect(page.locator(output)).toHaveAttribute('data-kind', 'api3');
	const mapped = registryCodes.filter((code) =>
		registry[code].api3.some((item) => item.code === 'AuthFailure.SignatureExpire'),
	);
	expect(mapped.length).toBeGreaterThan(0);
	for (const code of mapped) await expect(page.locator(`${output} a[href$="/en/codes/${code}/"]`)).toHaveCount(1);
	await expect(page.locator(`${output} [data-field="message-text"]`)).toHaveText('过期');
	await expect(page.locator(`${output} [data-field="request-id"]`)).toHaveText('r-9');
});

test('an API 3.0 error shows Tencent’s description and the related codes with our match; a false friend only as a warning', async ({
	page,
}) => {
	// Every API 3.0 code the registry relates to any API 2.0 code, in both languages: a long sweep.
	test.setTimeout(240_000);
	const api3Codes = [...new Set(registryCodes.flatMap((code) => registry[code].api3.map((item) => item.code)))];
	for (const locale of ['en', 'zh'] as const)
		for (const api3 of api3Codes) {
			await decode(
				page,
				locale,
				JSON.stringify({ Response: { Error: { Code: api3, Message: 'x' }, RequestId: 'r-1' } }),
			);
			await expect(page.locator(output)).toHaveAttribute('data-kind', 'api3');
			await expect(page.locator(`${output} [data-field="api3-official"]`)).not.toBeEmpty();
			for (const code of registryCodes)
				for (const item of registry[code].api3.filter((i) => i.code === api3)) {
					const link = page.locator(`${output} [data-match="${item.match}"] a[href$="/${locale}/codes/${code}/"]`);
					await expect(link, `${api3} → ${code}`).toHaveCount(1);
					await expect(link).toContainText(prose(locale, code).title);
					if (item.match === 'false-friend')
						await expect(page.locator(`${output} li a[href$="/${locale}/codes/${code}/"]`), api3).toHaveCount(0);
				}
		}
});
