/**
 * Another build of the site, for a test that needs one beside dist/ (other content, another
 * precache size). Astro keeps its content store in the project's .astro/ folder, so two builds at
 * once overwrite each other's entries ("Unexpected error while rendering"): builds made here run
 * one at a time, under a lock folder, even from test files running in parallel.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';

const LOCK = '.astro-build.lock';
/** A lock older than this was left by a build that died: taken over. */
const STALE_MS = 10 * 60 * 1000;

async function withLock<T>(work: () => T): Promise<T> {
	for (;;) {
		try {
			mkdirSync(LOCK);
			break;
		} catch {
			const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
			else await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	try {
		return work();
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

/** Run each command (node arguments) with `env` added, one build at a time; throws with the output of a failure. */
export function buildVariant(env: Record<string, string>, commands: string[][]): Promise<void> {
	return withLock(() => {
		for (const args of commands) {
			const run = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
			if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
		}
	});
}

/** The command that builds the site. */
export const ASTRO_BUILD = ['node_modules/.bin/astro', 'build', '--silent'];
