/**
 * The one test command (npm test). Runs, in order: the content and source-data checks, the
 * build, the guards over the built site (valid HTML, internal links), the unit tests (Vitest),
 * the end-to-end tests (Playwright, against the build: pages, search, offline, accessibility,
 * CSP), the reproducibility check (two builds, byte for byte), and a smoke run of a build for a
 * sub-path. Prints one closing line "N passed, N failed" over all of them; exits 1 on a failure.
 * A check that is not a test suite counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { toolEnv } from './lib/env.ts';

const node = process.execPath;
const bin = (name: string) => `node_modules/.bin/${name}`;
const port = Number(process.env.E2E_PORT ?? 4330);
const basePort = port + 1;
const BASE_PATH = '/docs/errors/';
let passed = 0;
let failed = 0;

type Counts = { passed: number; failed: number };

/** Run a step with extra environment; `counts` reads a suite's own tally after it ran. */
function step(name: string, command: string, args: string[], env: Record<string, string> = {}, counts?: () => Counts): boolean {
	console.log(`\n▶ ${name}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: toolEnv(env) });
	const ok = result.status === 0;
	if (counts) {
		const tally = counts();
		passed += tally.passed;
		failed += tally.failed;
		// A runner that failed without reporting a failed test (crash, config error) still fails the run.
		if (!ok && tally.failed === 0) failed += 1;
	} else if (ok) passed += 1;
	else {
		failed += 1;
		console.log(`✗ ${name} failed`);
	}
	return ok;
}

function readJson(path: string): any {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const vitestCounts = (): Counts => {
	const report = readJson('test-results/unit.json');
	return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
};
const playwrightCounts = (file: string) => (): Counts => {
	const stats = readJson(file)?.stats;
	return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
};

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

step('lockfile: npm ci accepts package-lock.json (other platforms\' binaries listed)', node, ['scripts/lock-platforms.ts', '--check']);
step('content: every file valid, registry and prose consistent', node, ['scripts/check-content.ts']);
step('source data: content/sources/*.json is what import-seeds produces', node, ['scripts/import-seeds.ts', '--check']);
// The e2e server's origin is the site's origin, so canonical and hreflang URLs resolve.
const site = { SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}` };
const built = step('build', node, [bin('astro'), 'build'], site);
if (built) {
	step('valid HTML: html-validate over every built page', node, [bin('html-validate'), 'dist/**/*.html']);
	step('links: every internal link and #anchor resolves', node, ['scripts/check-links.ts', 'dist']);
}
step('unit tests', node, [bin('vitest'), 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], {}, vitestCounts);
if (built) {
	step('end-to-end tests', node, [bin('playwright'), 'test'], { E2E_PORT: String(port) }, playwrightCounts('test-results/e2e.json'));
} else failed += 1;
step('reproducible: two builds are byte-identical', node, ['scripts/check-reproducible.ts'], site);

const baseEnv = { BASE_PATH, OUT_DIR: 'dist-base', SITE_URL: `http://localhost:${basePort}` };
if (step(`build for the sub-path ${BASE_PATH}`, node, [bin('astro'), 'build'], baseEnv)) {
	step(`links under ${BASE_PATH}`, node, ['scripts/check-links.ts', 'dist-base'], baseEnv);
	step(
		`smoke tests under ${BASE_PATH}`,
		node,
		[bin('playwright'), 'test', '--grep', '@smoke'],
		{ ...baseEnv, E2E_PORT: String(basePort), E2E_DIST: 'dist-base', E2E_REPORT: 'test-results/e2e-base.json' },
		playwrightCounts('test-results/e2e-base.json'),
	);
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
