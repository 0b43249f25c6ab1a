/**
 * Draws the web app manifest's PNG icons from public/favicon.svg with the tests' Chromium:
 * public/icon-192.png and public/icon-512.png (the favicon as it is) and
 * public/icon-maskable-512.png (full-bleed, its text inside the safe zone a launcher may crop
 * to a circle). Run once after changing the favicon, and commit the PNGs: the build copies them.
 * Usage: node scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const favicon = readFileSync('public/favicon.svg', 'utf8');
// The maskable form: no rounded corners (the launcher shapes it), smaller text, centred.
const maskable = favicon
	.replace(/ rx="[^"]*"/, '')
	.replace(/y="[^"]*"/, 'y="19.5"')
	.replace(/font-size="[^"]*"/, 'font-size="10"');
if (maskable === favicon) throw new Error('public/favicon.svg no longer has the shape this script expects');

const icons = [
	{ file: 'public/icon-192.png', size: 192, svg: favicon },
	{ file: 'public/icon-512.png', size: 512, svg: favicon },
	{ file: 'public/icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch(chromiumLaunchOptions());
try {
	for (const { file, size, svg } of icons) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
		await page.setContent(`<!doctype html><html><body style="margin:0">${sized}</body></html>`);
		await page.screenshot({ path: file, omitBackground: true });
		await page.close();
		console.log(`wrote ${file} (${size}×${size})`);
	}
} finally {
	await browser.close();
}
