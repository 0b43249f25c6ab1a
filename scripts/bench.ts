/**
 * npm run bench: builds the site, serves it, and measures it in Chromium — first-view weight
 * per page type and language, search timings and bytes, build time and memory — then prints a
 * table, writes bench-results.json, and exits 1 if a budget in bench.budgets.json is broken.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { benchPages, type PageFigures } from './bench/pages.ts';
import { benchSearch, type SearchFigures } from './bench/search.ts';
import { launch, median } from './bench/measure.ts';
import { toolEnv } from './lib/env.ts';

const budgets = JSON.parse(readFileSync('bench.budgets.json', 'utf8'));
const port = 4390;
const origin = `http://localhost:${port}/`;

/** Build with GNU time's peak memory when available: wall seconds and peak MB. */
function timedBuild(): { seconds: number; peakMb: number | null } {
	const start = performance.now();
	const time = spawnSync('/usr/bin/time', ['-f', '%M', 'node_modules/.bin/astro', 'build'], { encoding: 'utf8', env: toolEnv() });
	const seconds = (performance.now() - start) / 1000;
	if (time.error) {
		const plain = spawnSync('node_modules/.bin/astro', ['build'], { stdio: 'inherit', env: toolEnv() });
		if (plain.status !== 0) throw new Error('build failed');
		return { seconds: (performance.now() - start) / 1000, peakMb: null };
	}
	if (time.status !== 0) throw new Error(`build failed:\n${time.stdout}\n${time.stderr}`);
	const peakKb = Number(time.stderr.trim().split('\n').at(-1));
	return { seconds, peakMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null };
}

const failures: string[] = [];
function check(label: string, value: number, budget: number | undefined, unit: string): string {
	if (budget === undefined) return '';
	if (value > budget) failures.push(`${label}: ${value}${unit} > budget ${budget}${unit}`);
	return value > budget ? ' ✗' : ' ✓';
}

const build = timedBuild();
const server = spawn('node_modules/.bin/node', ['scripts/serve.ts', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await launch();
let pages: PageFigures[] = [];
let search: SearchFigures[] = [];
try {
	pages = await benchPages(browser, origin, ['en', 'zh']);
	search = await benchSearch(browser, origin);
} finally {
	await browser.close();
	server.kill();
}

console.log(`\nBuild: ${build.seconds.toFixed(1)} s wall, peak memory ${build.peakMb ?? '?'} MB\n`);
console.log('Page type       lang  first view (gz)  requests  scripts  render-blocking');
for (const p of pages) {
	const code = p.type === 'code' ? budgets.codePage : {};
	const marks = check(`${p.type} ${p.locale} bytes`, p.bytes, code.firstViewBytes, ' B') + check(`${p.type} ${p.locale} scripts`, p.scripts, code.scripts, '') + check(`${p.type} ${p.locale} render-blocking`, p.renderBlocking, code.renderBlocking, '');
	console.log(`${p.type.padEnd(15)} ${p.locale.padEnd(5)} ${(p.bytes / 1024).toFixed(1).padStart(10)} KB ${String(p.requests).padStart(9)} ${String(p.scripts).padStart(8)} ${String(p.renderBlocking).padStart(16)}${marks}`);
}
console.log('\nSearch (median of 3)   cold to first result   cold bytes (gz)   warm');
for (const s of search) {
	const marks = check(`search "${s.query}" cold`, Math.round(s.coldMs), budgets.search.coldMs, ' ms') + check(`search "${s.query}" bytes`, s.coldBytes, budgets.search.coldBytes, ' B') + check(`search "${s.query}" warm`, Math.round(s.warmMs), budgets.search.warmMs, ' ms');
	console.log(`${`${s.locale} "${s.query}"`.padEnd(22)} ${s.coldMs.toFixed(1).padStart(12)} ms ${(s.coldBytes / 1024).toFixed(1).padStart(14)} KB ${s.warmMs.toFixed(1).padStart(9)} ms${marks}`);
}
console.log(`\nMedian cold ${median(search.map((s) => s.coldMs)).toFixed(1)} ms, warm ${median(search.map((s) => s.warmMs)).toFixed(1)} ms`);

writeFileSync('bench-results.json', `${JSON.stringify({ build, pages, search, budgets, failures }, null, 2)}\n`);
if (failures.length) {
	console.error(`\nBudgets broken:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
console.log('\nAll budgets met.');
