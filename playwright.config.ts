/**
 * End-to-end tests against the built site (npm run build first; scripts/run-tests.ts does it),
 * served by `astro preview`. Uses Debian's Chromium where it is installed (Playwright cannot
 * download its own browsers on our machines), else Playwright's own browser.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4330);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// The build to serve: dist/, or another folder (the base-path smoke run builds into its own).
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
	testDir: 'e2e',
	forbidOnly: Boolean(process.env.CI),
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}${base}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: existsSync(systemChromium)
					? { executablePath: systemChromium, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] }
					: {},
			},
		},
	],
	webServer: {
		command: `node_modules/.bin/node scripts/serve.ts ${port} ${dist}`,
		url: `http://localhost:${port}${base}`,
		// Never reuse: the tests must run against the build just made, not whatever holds the port.
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
