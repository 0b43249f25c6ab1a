/**
 * The `test` every e2e file uses: Playwright's, plus an automatic guard that fails any test
 * during which a page reports a Content-Security-Policy violation or an uncaught error.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageGuards: void }>({
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
});

export { expect };
