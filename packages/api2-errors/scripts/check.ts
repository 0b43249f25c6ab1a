/**
 * The `package` step of npm test: builds the package for an example origin, packs it with
 * `npm pack`, installs the tarball into an empty temporary project (offline, from the file: it
 * has no dependencies, so nothing is fetched), then runs the package's tests
 * (packages/api2-errors/test/) against that installation and the built site in dist/. Writes
 * Vitest's report to test-results/package.json; exits with Vitest's status. Arguments go to
 * Vitest (`node packages/api2-errors/scripts/check.ts site`: only test/site.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage, packPackage } from './build.ts';

/**
 * The origin the tested package is built for (never fetched: the tests only compare addresses):
 * the site build's, so that a code's --json equals the built /codes/{code}.json byte for byte.
 */
const TEST_ORIGIN = process.env.SITE_URL || 'https://errors.example.com';

const work = mkdtempSync(join(tmpdir(), 'api2-errors-check-'));
let status = 1;
try {
	const built = join(work, 'package');
	await buildPackage(built, { ...process.env, SITE_URL: TEST_ORIGIN, BASE_PATH: '' });
	const tarball = packPackage(built, work);
	const project = join(work, 'project');
	mkdirSync(project);
	writeFileSync(
		join(project, 'package.json'),
		`${JSON.stringify({ name: 'api2-errors-check', private: true, type: 'module' }, null, '\t')}\n`,
	);
	execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'inherit' });
	const vitest = spawnSync(
		'node_modules/.bin/vitest',
		[
			'run',
			'--config',
			'packages/api2-errors/test/vitest.config.ts',
			'--reporter=default',
			'--reporter=json',
			'--outputFile=test-results/package.json',
			// A file filter, as for vitest: `check.ts site` runs test/site.test.ts alone.
			...process.argv.slice(2),
		],
		{
			stdio: 'inherit',
			env: {
				...process.env,
				API2_ERRORS_TARBALL: tarball,
				API2_ERRORS_PROJECT: project,
				API2_ERRORS_ORIGIN: TEST_ORIGIN,
			},
		},
	);
	status = vitest.status ?? 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
process.exit(status);
