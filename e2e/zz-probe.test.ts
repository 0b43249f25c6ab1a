import { test } from '@playwright/test';
import { codes, snapshotCodePage } from './helpers.ts';
for (const sw of ['allow', 'block'] as const) {
	test.describe(sw, () => {
		test.use({ serviceWorkers: sw });
		test(`timing ${sw}`, async ({ page }) => {
			const t0 = Date.now();
			for (const code of codes) await snapshotCodePage(page, 'en', code);
			console.log(sw, (Date.now() - t0) / codes.length);
		});
	});
}
