/**
 * Another build of the site, for a test that needs one beside dist/ (other content, another
 * precache size). Astro keeps its content store in the project's .astro/ folder, so two builds at
 * once overwrite each other's entries ("Unexpected error while rendering"): builds made here run
 * one at a time, under a lock folder, even from test files running in parallel.
 */
import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './nginx.ts';
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

/**
 * Serve a second build with scripts/serve.ts on a free port under `base`; resolves once it
 * answers, with its address (http://localhost:{port}{base}) and a way to stop it.
 */
export async function serveVariant(dir: string, base = '/'): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const origin = `http://localhost:${port}${base}`;
	const server = spawn(process.execPath, ['scripts/serve.ts', String(port), dir], {
		env: { ...process.env, BASE_PATH: base },
		stdio: 'ignore',
	});
	for (const deadline = Date.now() + 30_000; ;) {
		if (
			await fetch(origin).then(
				(r) => r.ok,
				() => false,
			)
		)
			return { origin, stop: () => server.kill() };
		if (Date.now() > deadline || server.exitCode !== null) {
			server.kill();
			throw new Error(`scripts/serve.ts did not serve ${dir} at ${origin}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
