/**
 * The one Chromium of the end-to-end tests, the benchmark and Lighthouse: Debian's (Playwright
 * cannot download its own browsers on our machines), or the one CHROMIUM_PATH names.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No background downloads or first-run work: the machines are offline, and it would skew timings. */
export const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Playwright's launch options: this Chromium when it is installed, else Playwright's own browser. */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
	return existsSync(chromiumPath) ? { executablePath: chromiumPath, args: chromiumArgs } : {};
}
