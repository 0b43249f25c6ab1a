/**
 * The api2-errors CLI's start-up: the wall time of `api2-errors 4500` (spawn to exit, output
 * discarded), built as the tarball holds it, on the system Node and on the repository's; median
 * of 21 runs after 3 warm-ups. Node's own start-up (`node -e ""`) is measured alongside, for scale.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage } from '../../packages/api2-errors/scripts/build.ts';
import { testNodes } from '../../packages/api2-errors/scripts/nodes.ts';
import { median } from './measure.ts';

export interface CliFigure {
	node: string;
	/** `api2-errors 4500`, ms. */
	ms: number;
	/** `node -e ""`, ms. */
	nodeMs: number;
}

function timed(command: string, args: string[]): number {
	const runs: number[] = [];
	for (let i = 0; i < 24; i++) {
		const start = performance.now();
		const { status } = spawnSync(command, args, { stdio: 'ignore', env: { PATH: '/usr/bin:/bin' } });
		if (status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${status}`);
		if (i >= 3) runs.push(performance.now() - start);
	}
	return median(runs);
}

export async function benchCli(): Promise<CliFigure[]> {
	const dir = mkdtempSync(join(tmpdir(), 'api2-errors-bench-'));
	try {
		await buildPackage(dir, { ...process.env, SITE_URL: 'https://errors.example.com' });
		return testNodes().map(({ path, version }) => ({
			node: version,
			ms: timed(path, [join(dir, 'cli.js'), '4500']),
			nodeMs: timed(path, ['-e', '']),
		}));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
