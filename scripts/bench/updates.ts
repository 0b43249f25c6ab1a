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
import { builtFile, revisions } from '../lib/sw-manifest.ts';

export interface UpdateFigures {
	files: number;
	changedFiles: number;
	fullBytes: number;
	changedBytes: number;
}

/** The build's files: path → revision (the worker's list, with its leading slash dropped). */
const manifest = (dist: string) => new Map([...revisions(dist)].map(([path, rev]) => [path.slice(1), rev]));

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
		const size = (path: string) => gzipSync(readFileSync(builtFile(next, path))).length;
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
