/**
 * Shared by the package's tests: the tarball and the temporary project it is installed into
 * (from scripts/check.ts), the Node versions to run it with, a way to run the installed CLI, and
 * the package's data as the repository computes it for the same origin (what the answers must be).
 */
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { createRegistry } from '../src/registry.ts';
import { packageData } from '../scripts/data.ts';
import { testNodes } from '../scripts/nodes.ts';

function required(name: string): string {
	const value = process.env[name];
	if (!value) throw new Error(`${name} is not set: run these tests with node packages/api2-errors/scripts/check.ts`);
	return value;
}

export const tarball = required('API2_ERRORS_TARBALL');
export const project = required('API2_ERRORS_PROJECT');
export const origin = required('API2_ERRORS_ORIGIN');
/** The installed package. */
export const installed = join(project, 'node_modules/api2-errors');

/** The package's data and registry as the repository computes them for the tested build. */
export const expected = createRegistry(packageData({ SITE_URL: origin }));

/** The system Node and the repository's (the devDependency), each with its version. */
export const nodes = testNodes();

export interface Ran {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Run the installed `api2-errors` bin with `node` first on PATH, in a clean environment plus `env`. */
export function cli(
	node: string,
	args: string[],
	{ env = {}, input }: { env?: Record<string, string>; input?: string } = {},
): Ran {
	const ran = spawnSync(join(project, 'node_modules/.bin/api2-errors'), args, {
		cwd: project,
		encoding: 'utf8',
		input,
		env: { PATH: [dirname(node), '/usr/bin', '/bin'].join(delimiter), HOME: project, ...env },
	});
	return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}
