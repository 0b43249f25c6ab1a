/**
 * Keep and share on the decoder, in both languages: the input survives a reload, "copy result"
 * puts the answer on the clipboard as text with every linked code page in both languages,
 * "clear" empties everything, and "share" (after a warning) puts the input in the URL fragment,
 * which opens decoded, survives the language toggle, and never runs what it carries.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { localeList, prose, registry, codes as registryCodes, ui, type Locale } from './helpers.ts';
import { expect, test } from './fixtures.ts';

// The service worker only precaches copies of the same files: blocked to keep fresh contexts cheap.
test.use({ serviceWorkers: 'block' });

const box = 'main #decoder-input';
const output = 'main #decoder-output';
const status = 'main [data-keep-status]';
const other = { en: 'zh', zh: 'en' } as const;
const signature = '{"code":4100,"message":"\\u7b7e\\u540d\\u9519\\u8bef","requestId":"req-7"}';

/** The decoder page, its script attached (the keep controls are hidden until then). */
async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('main [data-keep]')).toBeVisible();
}

/** Inline markdown as shown: no backticks. */
const shown = (text: string) => text.replace(/`/g, '');

for (const locale of localeList) {
	test(`a reload keeps the input and shows its result again, in ${locale}`, async ({ page }) => {
		await open(page, `${locale}/decode/`);
		await page.locator(box).fill(signature);
		await expect(page.locator(`${output} .decoder__title`)).toContainText(prose(locale, '4100').title);
		await page.reload();
		await expect(page.locator(box)).toHaveValue(signature);
		await expect(page.locator(`${output} .decoder__title`)).toContainText(prose(locale, '4100').title);
		await expect(page.locator(`${output} [data-field="message-text"]`)).toHaveText('签名错误');
	});

	test(`copy result gives the answer as plain text with the code pages in both languages, in ${locale}`, async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, `${locale}/decode/`);
		await expect(page.locator('[data-keep-action="copy"]')).toBeDisabled();
		await page.locator(box).fill(signature);
		await expect(page.locator(`${output} .decoder__title`)).toContainText(prose(locale, '4100').title);
		await page.locator('[data-keep-action="copy"]').click();
		await expect(page.locator(status)).toHaveText(ui[locale]['decoder.keep.copied']);
		const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
		expect(lines[0]).toBe(`4100 ${prose(locale, '4100').title}`);
		// One line per field, "name: value".
		expect(lines).toContain(`${ui[locale]['decoder.messageText']}${ui[locale]['punct.colon']}签名错误`);
		expect(lines).toContain(`${ui[locale]['decoder.requestId']}${ui[locale]['punct.colon']}req-7`);
		expect(lines).toContain(ui[locale]['decoder.keep.links']);
		for (const l of localeList)
			expect(lines.some((line) => line.endsWith(new URL(`${l}/codes/4100/`, baseURL).href))).toBe(true);
		// No controls, no blank lines inside the answer, no markup.
		for (const key of ['decoder.keep.copy', 'decoder.keep.share', 'decoder.example1'])
			expect(lines.join('\n')).not.toContain(ui[locale][key]);
		expect(lines.filter((line) => !line.trim())).toHaveLength(1);
		expect(lines.join('\n')).not.toMatch(/<[a-z]/i);
	});

	test(`copying an API 3.0 answer links every code it names, in both languages, in ${locale}`, async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		// The API 3.0 code related to the most API 2.0 codes, from the registry.
		const related = (api3: string) => registryCodes.filter((code) => registry[code].api3.some((i) => i.code === api3));
		const api3 = [...new Set(registryCodes.flatMap((code) => registry[code].api3.map((i) => i.code)))].sort(
			(a, b) => related(b).length - related(a).length,
		)[0];
		await open(page, `${locale}/decode/`);
		await page.locator(box).fill(JSON.stringify({ Response: { Error: { Code: api3, Message: 'x' }, RequestId: 'r' } }));
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'api3');
		await page.locator('[data-keep-action="copy"]').click();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain(api3);
		for (const code of related(api3))
			for (const l of localeList)
				expect(text, `${api3} → ${code}`).toContain(new URL(`${l}/codes/${code}/`, baseURL).href);
	});

	test(`when the clipboard is refused, the result is selected in a read-only field to copy by hand, in ${locale}`, async ({
		page,
		baseURL,
	}) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
		});
		await open(page, `${locale}/decode/`);
		await page.locator(box).fill(signature);
		await expect(page.locator(`${output} .decoder__title`)).toContainText(prose(locale, '4100').title);
		await page.locator('[data-keep-action="copy"]').click();
		await expect(page.locator(status)).toHaveText(ui[locale]['decoder.keep.copyManual']);
		const field = page.getByLabel(ui[locale]['decoder.keep.copyText']);
		await expect(field).toBeFocused();
		await expect(field).toHaveAttribute('readonly', '');
		const value = await field.inputValue();
		expect(value).toContain(new URL(`${other[locale]}/codes/4100/`, baseURL).href);
		expect(await field.evaluate((f: HTMLTextAreaElement) => [f.selectionStart, f.selectionEnd])).toEqual([
			0,
			value.length,
		]);
		// Changing the box takes the stale text away.
		await page.locator(box).fill('{"code":4000}');
		await expect(field).toHaveCount(0);
	});

	test(`clear empties the box, the kept input, the result and the share link, and focuses the box, in ${locale}`, async ({
		page,
	}) => {
		await open(page, `${locale}/decode/#input=${encodeURIComponent(signature)}`);
		await expect(page.locator(box)).toHaveValue(signature);
		await page.locator('[data-keep-action="clear"]').click();
		await expect(page.locator(box)).toHaveValue('');
		await expect(page.locator(box)).toBeFocused();
		await expect(page.locator(output)).toHaveAttribute('data-kind', 'empty');
		expect(new URL(page.url()).hash).toBe('');
		for (const action of ['copy', 'clear', 'share'])
			await expect(page.locator(`[data-keep-action="${action}"]`)).toBeDisabled();
		await page.reload();
		await expect(page.locator('main [data-keep]')).toBeVisible();
		await expect(page.locator(box)).toHaveValue('');
	});

	test(`share warns first, then makes, copies and shows a link that opens decoded, in ${locale}`, async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, `${locale}/decode/`);
		await page.locator(box).fill(signature);
		const share = page.locator('[data-keep-action="share"]');
		// Cancel: no link, nothing in the URL.
		await share.click();
		const warning = page.locator('main [data-share-warning]');
		await expect(warning).toHaveText(shown(ui[locale]['decoder.share.warning']));
		await expect(warning).toBeFocused();
		await expect(share).toHaveAttribute('aria-expanded', 'true');
		await page.getByRole('button', { name: ui[locale]['decoder.share.cancel'], exact: true }).click();
		await expect(warning).toBeHidden();
		await expect(share).toBeFocused();
		expect(new URL(page.url()).hash).toBe('');
		// Escape closes it too.
		await share.click();
		await page.keyboard.press('Escape');
		await expect(warning).toBeHidden();
		// Confirmed: the link is in the address bar, on the clipboard and in a read-only field.
		await share.click();
		await page.getByRole('button', { name: ui[locale]['decoder.share.create'], exact: true }).click();
		await expect(page.locator(status)).toHaveText(ui[locale]['decoder.share.copied']);
		const field = page.getByLabel(ui[locale]['decoder.share.link']);
		await expect(field).toBeFocused();
		const link = await field.inputValue();
		expect(new URL(link).hash).toBe(`#input=${encodeURIComponent(signature)}`);
		expect(page.url()).toBe(link);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		// Opened in another tab (its own session storage): the box is filled and decoded.
		const opened = await context.newPage();
		await opened.goto(link);
		await expect(opened.locator(box)).toHaveValue(signature);
		await expect(opened.locator(`${output} .decoder__title`)).toContainText(prose(locale, '4100').title);
		// Editing the input afterwards drops the stale link.
		await page.locator(box).press('End');
		await page.locator(box).pressSequentially(' ');
		await expect(field).toBeHidden();
		expect(new URL(page.url()).hash).toBe('');
	});

	test(`a share link wins over the kept input, and an input too long for a link is refused, in ${locale}`, async ({
		page,
	}) => {
		await open(page, `${locale}/decode/`);
		await page.locator(box).fill('{"code":4000}');
		// Away and back in the same tab: its session storage keeps the other input.
		await page.goto('about:blank');
		await open(page, `${locale}/decode/#input=${encodeURIComponent(signature)}`);
		await expect(page.locator(box)).toHaveValue(signature);
		const long = JSON.stringify({ code: 4100, message: '签名错误'.repeat(1000) });
		await page.locator(box).fill(long);
		await page.locator('[data-keep-action="share"]').click();
		await page.getByRole('button', { name: ui[locale]['decoder.share.create'], exact: true }).click();
		const [before, after] = ui[locale]['decoder.share.tooLong'].split('{length}');
		await expect(page.locator(status)).toContainText(before);
		await expect(page.locator(status)).toContainText(after.split('{max}')[0]);
		expect(new URL(page.url()).hash).toBe('');
		await expect(page.getByLabel(ui[locale]['decoder.share.link'])).toBeHidden();
	});

	test(`a malformed share fragment is shown as written, without an error, in ${locale}`, async ({ page }) => {
		// The fixture fails the test on any uncaught error.
		const raw = '%7B%22code%22%3A4100%7D%E0%A4%A';
		await open(page, `${locale}/decode/#input=${raw}`);
		await expect(page.locator(box)).toHaveValue(raw);
		await expect(page.locator(output)).not.toHaveAttribute('data-kind', 'empty');
	});

	test(`markup in a share fragment is shown as text and never runs, in ${locale}`, async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		let dialogs = 0;
		page.on('dialog', async (dialog) => {
			dialogs += 1;
			await dialog.dismiss();
		});
		await open(page, `${locale}/decode/#input=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
		await expect(page.locator(box)).toHaveValue('<img src=x onerror=alert(1)>');
		const payload = '<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2</script>';
		const response = JSON.stringify({ code: 4500, message: payload, codeDesc: '<svg onload=alert(1)>' });
		// Same page, another fragment: read on hashchange, as when a link is pasted into the address bar.
		await open(page, `${locale}/decode/#input=${encodeURIComponent(response)}`);
		await expect(page.locator(`${output} [data-field="message-text"]`)).toHaveText(payload);
		await page.locator('[data-keep-action="copy"]').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(payload);
		await page.locator('[data-keep-action="share"]').click();
		await page.getByRole('button', { name: ui[locale]['decoder.share.create'], exact: true }).click();
		await expect(page.getByLabel(ui[locale]['decoder.share.link'])).toHaveValue(/#input=/);
		await expect(page.locator('main .decoder img, main .decoder script, main .decoder svg')).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
		expect(dialogs).toBe(0);
	});

	test(`a shared link survives the language toggle, in ${locale}`, async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await open(page, `${locale}/decode/`);
		await page.locator(box).fill(signature);
		await page.locator('[data-keep-action="share"]').click();
		await page.getByRole('button', { name: ui[locale]['decoder.share.create'], exact: true }).click();
		const link = await page.getByLabel(ui[locale]['decoder.share.link']).inputValue();
		// A fresh tab, so that only the link (not this tab's kept input) can carry the text.
		const opened = await context.newPage();
		await opened.goto(link);
		await opened.locator('a.lang-toggle').click();
		const there = other[locale] as Locale;
		await expect(opened).toHaveURL(new URL(`${there}/decode/#input=${encodeURIComponent(signature)}`, baseURL).href);
		await expect(opened.locator(box)).toHaveValue(signature);
		await expect(opened.locator(`${output} .decoder__title`)).toContainText(prose(there, '4100').title);
	});
}

for (const scheme of ['light', 'dark'] as const)
	test.describe(`${scheme} color scheme`, () => {
		test.use({ colorScheme: scheme });
		test('the share warning, the link and the text to copy by hand have no accessibility violations', async ({
			page,
		}) => {
			// Clipboard refused, so that both read-only fields show.
			await page.addInitScript(() => {
				navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
			});
			for (const locale of localeList) {
				await open(page, `${locale}/decode/`);
				await page.locator(box).fill(signature);
				await expect(page.locator(`${output} .decoder__title`)).toBeVisible();
				const axe = async (state: string) => {
					const results = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
						.analyze();
					expect(
						results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
						`${locale}, ${state}`,
					).toEqual([]);
				};
				await page.locator('[data-keep-action="copy"]').click();
				await page.locator('[data-keep-action="share"]').click();
				await axe('warning open, text to copy shown');
				await page.getByRole('button', { name: ui[locale]['decoder.share.create'], exact: true }).click();
				await expect(page.getByLabel(ui[locale]['decoder.share.link'])).toBeVisible();
				await axe('link shown');
			}
		});
	});
