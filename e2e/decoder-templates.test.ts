/**
 * What a visitor pastes into the decoder is shown as text: never filled into a UI string as a
 * template, read as markdown or HTML, or run. Every field of the response (message, codeDesc,
 * requestId, other fields) carries the hostile texts, in both languages.
 */
import { localeList, ui } from './helpers.ts';
import { expect, test } from './fixtures.ts';

const hostile = [
	'{code}',
	'{count}',
	'$&',
	'$1',
	'`x`',
	'[a](https://example.com/)',
	'<img src=x onerror=alert(1)>',
	'</script>',
];

for (const locale of localeList)
	test(`the decoder shows pasted text literally and runs nothing, in ${locale}`, async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
		await page.goto(`${locale}/decode/`);
		for (const text of hostile) {
			const response = { code: '4500', message: text, codeDesc: text, requestId: text, detail: text };
			await page.locator('main textarea').fill(JSON.stringify(response));
			const output = page.locator('.decoder__output');
			for (const field of ['message-text', 'code-desc', 'request-id'])
				await expect(output.locator(`[data-field="${field}"]`), `${field}: ${text}`).toHaveText(text);
			await expect(output.locator('dd').filter({ hasText: text })).toHaveCount(4);
			await expect(output.locator('img, script, a[href="https://example.com/"]')).toHaveCount(0);
			// The string code is filled into its UI line as a value, and the line keeps its own markup.
			const line = ui[locale]['decoder.codeString'].replace(/`/g, '').replace('{code}', () => '4500');
			await expect(output).toContainText(line);
		}
		expect(dialogs).toEqual([]);
	});
