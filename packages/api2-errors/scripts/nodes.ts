/** The Node versions the package is tested and measured with: the users' (the system's) and the repository's. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first `node` on PATH outside any node_modules: the users' Node (on these machines, Debian's Node 20). */
export function systemNode(): string {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		const candidate = join(dir, 'node');
		if (!dir.includes('node_modules') && existsSync(candidate)) return candidate;
	}
	throw new Error('no Node on PATH outside node_modules: install Node 20 or later');
}

/** The system Node and the one running this script (the `node` devDependency), each with its version. */
export function testNodes(): { path: string; version: string }[] {
	return [systemNode(), process.execPath].map((path) => ({
		path,
		version: spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim(),
	}));
}
