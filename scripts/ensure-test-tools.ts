/**
 * Makes sure the end-to-end tests have their two programs: a Chromium (Playwright cannot
 * download its own browsers on our machines) and nginx (the test command serves a build with
 * the committed configuration, deploy/nginx/). On a fresh Debian machine, as root, this installs
 * Debian's chromium and nginx packages, in one apt-get run; elsewhere it says what to do. Runs
 * before `npm test`.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/chromium.ts';
import { nginxPath } from './lib/nginx.ts';

const playwrightChromium = (() => {
	try {
		return chromium.executablePath();
	} catch {
		return '';
	}
})();
const hasChromium = existsSync(chromiumPath) || (playwrightChromium && existsSync(playwrightChromium));

const missing = [
	...(hasChromium ? [] : [{ package: 'chromium', path: chromiumPath, variable: 'CHROMIUM_PATH' }]),
	...(existsSync(nginxPath) ? [] : [{ package: 'nginx', path: nginxPath, variable: 'NGINX_PATH' }]),
];
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.package).join(' ');
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log(`Installing Debian's ${packages} for the end-to-end tests…`);
	execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
		stdio: 'inherit',
	});
	process.exit(0);
}
for (const tool of missing)
	console.error(
		`No ${tool.package} at ${tool.path}. Install it (Debian: apt-get install ${tool.package}), or set ${tool.variable}.`,
	);
process.exit(1);
