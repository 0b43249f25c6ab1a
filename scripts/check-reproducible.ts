/**
 * A build of the same commit must be byte-identical to the last one: builds the site once more,
 * into a temporary folder, and compares every file with an existing build (dist/ by default).
 * Run it in the environment of that build (npm test passes the build step's SITE_URL): only the
 * output folder differs, and its path does not enter the output. Exits 1, listing the differing
 * files, if they differ. Usage: node scripts/check-reproducible.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listFiles } from '../src/utils/list-files.ts';
import { toolEnv } from './lib/env.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
	console.error(`No build in ${dist} to compare with: build first (npm test -- --only build,reproducible).`);
	process.exit(1);
}

const again = mkdtempSync(join(tmpdir(), 'api2-errors-build-'));
try {
	const result = spawnSync('node_modules/.bin/astro', ['build', '--silent'], {
		env: toolEnv({ OUT_DIR: again }),
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (result.status !== 0) throw new Error(`build into ${again} failed`);
	const a = listFiles(dist);
	const b = listFiles(again);
	const differing = [...new Set([...a, ...b])].filter((file) => {
		try {
			return !readFileSync(join(dist, file)).equals(readFileSync(join(again, file)));
		} catch {
			return true; // present in one build only
		}
	});
	if (differing.length) {
		console.error(
			`A second build differs from ${dist} in ${differing.length} file(s):\n${differing.slice(0, 50).join('\n')}`,
		);
		process.exitCode = 1; // not exit(): the temporary build is removed first
	} else console.log(`Reproducible: a second build gave the same ${a.length} files as ${dist}, byte for byte.`);
} finally {
	rmSync(again, { recursive: true, force: true });
}
