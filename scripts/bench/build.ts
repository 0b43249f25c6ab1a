/** Timed builds for the benchmark: wall time and peak memory (GNU time's %M, when installed). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { listFiles } from '../../src/utils/list-files.ts';
import { toolEnv } from '../lib/env.ts';

export interface BuildFigures {
	seconds: number;
	peakMb: number | null;
	/** HTML files written: Astro's own count leaves out the short links, which are filled in after it. */
	pages: number;
}

export function timedBuild(env: Record<string, string> = {}): BuildFigures {
	const start = performance.now();
	const timer = existsSync('/usr/bin/time');
	const args = timer ? ['-f', 'peak-kb=%M', 'node_modules/.bin/astro', 'build'] : ['build'];
	const result = spawnSync(timer ? '/usr/bin/time' : 'node_modules/.bin/astro', args, {
		encoding: 'utf8',
		env: toolEnv(env),
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0)
		throw new Error(`build failed:\n${result.stdout?.slice(-3000)}\n${result.stderr?.slice(-3000)}`);
	const peakKb = Number(/peak-kb=(\d+)/.exec(result.stderr ?? '')?.[1]);
	const pages = listFiles(env.OUT_DIR ?? 'dist').filter((file) => file.endsWith('.html')).length;
	return { seconds, peakMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null, pages };
}
