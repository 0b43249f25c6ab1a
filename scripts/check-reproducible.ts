/**
 * Two builds of the same commit must be byte-identical: builds the site twice into temporary
 * folders and compares every file. Exits 1, listing the differing files, if they differ.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../src/utils/list-files.ts';
import { toolEnv } from './lib/env.ts';

function build(): string {
	const outDir = mkdtempSync(join(tmpdir(), 'api2-errors-build-'));
	const result = spawnSync('node_modules/.bin/astro', ['build', '--silent'], { env: toolEnv({ OUT_DIR: outDir }), stdio: ['ignore', 'ignore', 'inherit'] });
	if (result.status !== 0) throw new Error(`build into ${outDir} failed`);
	return outDir;
}

const [first, second] = [build(), build()];
try {
	const a = listFiles(first);
	const b = listFiles(second);
	const differing = [...new Set([...a, ...b])].filter((file) => {
		try {
			return !readFileSync(join(first, file)).equals(readFileSync(join(second, file)));
		} catch {
			return true; // present in one build only
		}
	});
	if (differing.length) {
		console.error(`The two builds differ in ${differing.length} file(s):\n${differing.slice(0, 50).join('\n')}`);
		process.exit(1);
	}
	console.log(`Reproducible: two builds gave the same ${a.length} files, byte for byte.`);
} finally {
	rmSync(first, { recursive: true, force: true });
	rmSync(second, { recursive: true, force: true });
}
