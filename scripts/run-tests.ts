/**
 * The one test command (npm test): checks the content and the generated source data, builds the
 * site, runs the unit tests (Vitest) and the end-to-end tests (Playwright, against the build),
 * then prints one closing line "N passed, N failed" over all of them. Exits 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { toolEnv } from './lib/env.ts';

const bin = (name: string) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

/** Run a step; a step that is not a test suite counts as one test. */
function step(name: string, command: string, args: string[], counts?: () => { passed: number; failed: number }): boolean {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: toolEnv() });
	const ok = result.status === 0;
	if (counts) {
		const c = counts();
		passed += c.passed;
		failed += c.failed;
		// A runner that failed without reporting a failed test (crash, config error) still fails the run.
		if (!ok && c.failed === 0) failed += 1;
	} else if (ok) passed += 1;
	else failed += 1;
	return ok;
}

function readJson(path: string): any {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

step('content check', bin('node'), ['scripts/check-content.ts']);
step('source data is up to date', bin('node'), ['scripts/import-seeds.ts', '--check']);
const built = step('build', bin('astro'), ['build']);

step('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], () => {
	const report = readJson('test-results/unit.json');
	return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
});

if (built) {
	step('end-to-end tests', bin('playwright'), ['test'], () => {
		const stats = readJson('test-results/e2e.json')?.stats;
		return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
	});
} else {
	console.log('\n▶ end-to-end tests skipped: the build failed');
	failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
