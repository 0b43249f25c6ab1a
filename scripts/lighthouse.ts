/**
 * npm run lighthouse: Lighthouse (mobile settings, the system Chromium) on the home page, a
 * code page, the search page and the decoder, in both languages, against the built site.
 * Prints the four category scores per page and every audit that costs a point; writes
 * lighthouse-results.json. Exits 1 when a score is below 100. Assumes `npm run build` ran
 * with SITE_URL=http://localhost:4391 (npm run lighthouse does both). Arguments keep only the
 * routes that contain one of them (`npm run lighthouse -- search`).
 */
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { localeKeys } from '../src/i18n/locales.ts';
import { startServer } from './bench/measure.ts';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';

const port = 4391;
const chosen = process.argv.slice(2);
const routes = ['', 'codes/4500/', 'search/?q=4500', 'decode/'].filter(
	(route) => !chosen.length || chosen.some((part) => route.includes(part)),
);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await startServer(port);
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath,
	chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumArgs],
});
const results: { url: string; scores: Record<string, number>; lost: string[] }[] = [];
try {
	for (const locale of localeKeys) {
		for (const route of routes) {
			const url = `http://localhost:${port}/${locale}/${route}`;
			const run = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: categories,
				formFactor: 'mobile',
			});
			if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
			const lhr = run.lhr;
			const scores = Object.fromEntries(
				categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
			);
			// Audits that weigh in a category and did not pass: the reason a point is lost.
			const weighted = new Set(
				categories.flatMap((id) => lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)),
			);
			const lost = Object.values(lhr.audits)
				.filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
				.map((audit) => `${audit.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
			// Which element was the largest paint, and which moved: where the time and the shift come from.
			const nodes = (id: string) =>
				JSON.stringify(lhr.audits[id]?.details ?? {})
					.match(/"selector":"[^"]*"/g)
					?.slice(0, 3)
					.map((match) => match.slice(12, -1)) ?? [];
			if (lost.some((audit) => audit.startsWith('largest-contentful-paint')))
				lost.push(`LCP element: ${nodes('largest-contentful-paint-element').join(', ')}`);
			if (lost.some((audit) => audit.startsWith('cumulative-layout-shift')))
				lost.push(`shifted: ${nodes('layout-shifts').join(', ')}`);
			// Where the main thread's time went, by script, when blocking time costs a point.
			if (lost.some((audit) => audit.startsWith('total-blocking-time'))) {
				const items = (lhr.audits['bootup-time']?.details as { items?: { url: string; scripting: number }[] })?.items;
				lost.push(
					`scripting: ${(items ?? []).map((item) => `${item.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(item.scripting)} ms`).join(', ')}`,
				);
			}
			results.push({ url, scores, lost });
			console.log(
				`${`/${locale}/${route}`.padEnd(22)} ${categories.map((id) => `${id} ${scores[id]}`).join('  ')}${lost.length ? `\n    loses points on: ${lost.join('; ')}` : ''}`,
			);
		}
	}
} finally {
	await chrome.kill();
	server.kill();
}
writeFileSync('lighthouse-results.json', `${JSON.stringify(results, null, 2)}\n`);
const below = results.filter((r) => Object.values(r.scores).some((score) => score < 100));
if (below.length) {
	console.error(`\n${below.length} page(s) score below 100.`);
	process.exit(1);
}
console.log('\nEvery page scores 100 in all four categories.');
