/**
 * What a returning visitor's worker downloads after a one-code prose change: the site built
 * again with one code's English summary changed, its worker's file list compared with the
 * current build's (path → revision), and the bytes of the files whose revision changed set
 * against a full precache (gzip sizes, as a CDN sends them).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { changeSummary } from '../lib/content-variant.ts';

export interface UpdateFigures {
	files: number;
	changedFiles: number;
	fullBytes: number;
	changedBytes: number;
}

/** The build's worker file list: path → revision. */
function manifest(dist: string): Map<string, string> {
	const line = readFileSync(join(dist, 'sw.js'), 'utf8').match(/^const FILES = (.*);$/m);
	if (!line) throw new Error(`no FILES in ${dist}/sw.js`);
	return new Map(JSON.parse(line[1]) as [string, string][]);
}

const fileOf = (dist: string, path: string) =>
	join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);

export function benchUpdate(current: string, env: Record<string, string>): UpdateFigures {
	const scratch = mkdtempSync(join(tmpdir(), 'bench-update-'));
	try {
		const content = join(scratch, 'content');
		cpSync('content', content, { recursive: true });
		changeSummary(
			content,
			'4500',
			'The request was refused as a possible replay (a one-sentence change for the benchmark).',
		);
		const next = join(scratch, 'dist');
		const run = spawnSync(process.execPath, ['node_modules/.bin/astro', 'build', '--silent'], {
			env: { ...process.env, ...env, CONTENT_DIR: content, OUT_DIR: next, ASTRO_CACHE_DIR: join(scratch, 'cache') },
			encoding: 'utf8',
		});
		if (run.status !== 0) throw new Error(`the changed build failed:\n${run.stderr}`);
		const before = manifest(current);
		const after = manifest(next);
		const size = (path: string) => gzipSync(readFileSync(fileOf(next, path))).length;
		let fullBytes = 0;
		let changedBytes = 0;
		let changedFiles = 0;
		for (const [path, rev] of after) {
			const bytes = size(path);
			fullBytes += bytes;
			if (before.get(path) !== rev) {
				changedBytes += bytes;
				changedFiles++;
			}
		}
		return { files: after.size, changedFiles, fullBytes, changedBytes };
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
