/**
 * End-to-end tests against the built site (npm run build first; scripts/run-tests.ts does it),
 * served by scripts/serve.ts (README.md says why not `astro preview`), or by a server already
 * running at E2E_BASE_URL (the test command's nginx step, scripts/test-nginx.ts), which alone
 * runs the tests tagged @host: what a real web server must send. Uses Debian's Chromium where
 * it is installed (scripts/lib/chromium.ts), else Playwright's own browser.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4330);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// The build to serve: dist/, or another folder (the base-path smoke run builds into its own).
const dist = process.env.E2E_DIST ?? 'dist';
// A server started elsewhere (nginx): the site's address on it, base path included.
const external = process.env.E2E_BASE_URL;

export default defineConfig({
	testDir: 'e2e',
	forbidOnly: Boolean(process.env.CI),
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
	// The header checks need a real web server: scripts/serve.ts does not claim to be one.
	grepInvert: external ? undefined : /@host/,
	use: {
		baseURL: external ?? `http://localhost:${port}${base}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: chromiumLaunchOptions(),
			},
		},
	],
	webServer: external
		? undefined
		: {
				command: `node_modules/.bin/node scripts/serve.ts ${port} ${dist}`,
				url: `http://localhost:${port}${base}`,
				// Never reuse: the tests must run against the build just made, not whatever holds the port.
				reuseExistingServer: false,
				timeout: 60_000,
			},
});
