/**
 * Makes sure a Chromium exists for the end-to-end tests. Playwright cannot download its own
 * browsers on our machines, so on a fresh Debian machine (as root) this installs Debian's
 * chromium package; elsewhere it says what to do. Runs before `npm test`.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/chromium.ts';

const playwrightChromium = (() => {
	try {
		return chromium.executablePath();
	} catch {
		return '';
	}
})();

if (existsSync(chromiumPath) || (playwrightChromium && existsSync(playwrightChromium))) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log("No Chromium found: installing Debian's chromium package for the end-to-end tests…");
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit',
	});
	process.exit(0);
}
console.error(
	`No Chromium found at ${chromiumPath}. Install one (Debian: apt-get install chromium), or set CHROMIUM_PATH.`,
);
process.exit(1);
