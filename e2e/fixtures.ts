/**
 * The `test` and `expect` every e2e file imports: Playwright's, plus an automatic guard that
 * fails any test during which a page reports a Content-Security-Policy violation or an uncaught
 * error, and the `codePages` snapshots of every code page.
 */
import { test as base, expect } from '@playwright/test';
import { codes, localeList, snapshotCodePage, type CodePageSnapshot, type Locale } from './helpers.ts';

export const test = base.extend<
	{ pageGuards: void },
	{ codePages: (locale: Locale) => Promise<Map<string, CodePageSnapshot>> }
>({
	pageGuards: [
		async ({ context, page }, use) => {
			const problems: string[] = [];
			await context.exposeBinding('__reportCspViolation', (_source, text: string) => problems.push(text));
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					(window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
						`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
					);
				});
			});
			page.on('pageerror', (error) => problems.push(`Uncaught error on ${page.url()}: ${error.message}`));
			await use();
			expect(problems, 'pages must run without CSP violations or uncaught errors').toEqual([]);
		},
		{ auto: true },
	],
	/**
	 * `codePages(locale)`: every code page of a language, each loaded once per worker and read into
	 * a snapshot keyed by code. Many tests check different things on the same pages; reading
	 * them once keeps the suite fast on a busy machine. They are loaded while the worker sets up
	 * (under the fixture's own timeout), not inside the first test that asks for them.
	 */
	codePages: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
			const load = async (locale: Locale) => {
				// A few tabs at once: the pages are independent, and the server is local.
				const queue = [...codes];
				const snapshots = new Map<string, CodePageSnapshot>();
				await Promise.all(
					Array.from({ length: 4 }, async () => {
						const page = await context.newPage();
						for (let code = queue.shift(); code; code = queue.shift())
							snapshots.set(code, await snapshotCodePage(page, locale, code));
						await page.close();
					}),
				);
				return snapshots;
			};
			const loaded = new Map<Locale, Map<string, CodePageSnapshot>>();
			for (const locale of localeList) loaded.set(locale, await load(locale));
			await context.close();
			await use(async (locale) => loaded.get(locale)!);
		},
		{ scope: 'worker', timeout: 180_000 },
	],
});

export { expect };
