import { expect, test } from '@playwright/test';

test('the English home page lists every code', async ({ page }) => {
	await page.goto('en/');
	await expect(page.locator('h1')).toContainText('API 2.0');
	await expect(page.locator('.code-table a.code-chip')).toHaveCount(23);
});
