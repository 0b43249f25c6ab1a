import { delimiter, dirname, resolve } from 'node:path';

/**
 * The environment for child tools (astro, vitest, playwright): node_modules/.bin and this
 * Node's own folder first on PATH, so their `#!/usr/bin/env node` finds Node 24 (from the
 * `node` devDependency) even when the script was started outside npm on an older system Node.
 */
export function toolEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const path = [resolve('node_modules/.bin'), dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
	return { ...process.env, PATH: path, ...extra };
}
