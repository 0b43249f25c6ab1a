/**
 * The site can be installed as an app, in either language: Chromium reads the page's manifest
 * without errors, and has no objection to installing it once the service worker runs. In a
 * browser with a profile: Playwright's usual contexts are incognito, where nothing installs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/lib/chromium.ts';
import { expect, test } from './fixtures.ts';
import { localeList } from './helpers.ts';

for (const locale of localeList) {
	test(`Chromium can install the ${locale} site from its home page, with its own manifest`, async ({ baseURL }) => {
		const profile = mkdtempSync(join(tmpdir(), 'install-profile-'));
		const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), baseURL });
		try {
			const page = await context.newPage();
			await page.goto(`${locale}/`);
			await expect(page.locator('[data-offline-status]')).toBeVisible({ timeout: 20_000 });
			const cdp = await context.newCDPSession(page);
			const manifest = await cdp.send('Page.getAppManifest');
			expect(manifest.url).toMatch(new RegExp(`/${locale}/manifest\\.webmanifest$`));
			expect(manifest.errors).toEqual([]);
			expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});
}
