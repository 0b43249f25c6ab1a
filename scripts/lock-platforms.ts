/**
 * Completes package-lock.json with the other platforms' optional binaries that the npm registry
 * these machines reach does not carry (it has @pagefind/linux-x64@1.6.0 but not
 * @pagefind/darwin-arm64@1.6.0, nor @astrojs/compiler-binding-darwin-arm64@0.5.1). `npm install`
 * silently leaves such packages out of the lock, and `npm ci` then refuses the lock:
 * "Missing: @pagefind/darwin-arm64@ from lock file".
 *
 * Each missing entry is written with its version, `optional`, and the os/cpu/libc its name
 * states, so `npm ci` accepts the lock and skips the package on this platform as it would anyway.
 * Run `npm run lock:platforms` after any `npm install` that changes the lock; `--check` (part of
 * `npm test`) exits 1 when an entry is missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type LockEntry = {
	version?: string;
	dev?: boolean;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	libc?: string[];
	optionalDependencies?: Record<string, string>;
};

const OS: Record<string, string> = {
	android: 'android',
	darwin: 'darwin',
	linux: 'linux',
	win32: 'win32',
	windows: 'win32',
	freebsd: 'freebsd',
	openbsd: 'openbsd',
	netbsd: 'netbsd',
	sunos: 'sunos',
	aix: 'aix',
	openharmony: 'openharmony',
	wasi: 'wasi',
};
const CPU = new Set(['arm', 'arm64', 'ia32', 'x64', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'wasm32']);
const LIBC: Record<string, string> = { gnu: 'glibc', musl: 'musl' };

/** The platform a binary package's name states (`…-linux-arm64-musl`), or an error naming it. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
	const parts = name.slice(name.lastIndexOf('/') + 1).split('-');
	const os = parts.map((p) => OS[p]).filter(Boolean);
	const cpu = parts.filter((p) => CPU.has(p));
	const libc = parts.map((p) => LIBC[p]).filter(Boolean);
	if (cpu.length !== 1 || os.length > 1) {
		throw new Error(`${name}: not a platform binary package name (no single os-cpu pair); add it to the lock by hand`);
	}
	return { cpu, ...(os[0] && os[0] !== 'wasi' ? { os } : {}), ...(libc.length ? { libc } : {}) };
}

/** Where npm would look for `dep` required by the package at `parentPath`, nearest first. */
function lookupPaths(parentPath: string, dep: string): string[] {
	const paths: string[] = [];
	let at = parentPath;
	while (true) {
		paths.push(`${at ? `${at}/` : ''}node_modules/${dep}`);
		const cut = at.lastIndexOf('/node_modules/');
		if (!at) break;
		at = cut === -1 ? '' : at.slice(0, cut);
	}
	return paths;
}

/** Adds the missing optional platform entries to `packages`; returns the paths it added. */
export function completeLock(packages: Record<string, LockEntry>): string[] {
	const added: string[] = [];
	for (const [parentPath, parent] of Object.entries(packages)) {
		for (const [dep, version] of Object.entries(parent.optionalDependencies ?? {})) {
			const paths = lookupPaths(parentPath, dep);
			if (paths.some((p) => packages[p])) continue;
			const path = paths[paths.length - 1]; // hoisted to the root, where npm would put it
			const { os, cpu, libc } = platformOf(dep);
			// Keys in the order npm writes them, so a later `npm install` leaves the entry as it is.
			packages[path] = {
				version,
				cpu,
				...(parent.dev ? { dev: true } : {}),
				...(libc ? { libc } : {}),
				optional: true,
				...(os ? { os } : {}),
			};
			added.push(`${path}@${version}`);
		}
	}
	return added;
}

if (import.meta.main) {
	const file = 'package-lock.json';
	const lock = JSON.parse(readFileSync(file, 'utf8'));
	const added = completeLock(lock.packages);
	const check = process.argv.includes('--check');
	for (const entry of added) console.log(`${check ? 'missing' : 'added'}: ${entry}`);
	if (check && added.length) {
		console.error(
			`${file}: ${added.length} optional platform entries missing; npm ci will refuse it. Run npm run lock:platforms.`,
		);
		process.exit(1);
	}
	if (!check && added.length) {
		lock.packages = Object.fromEntries(
			Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
		);
		writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
	}
	console.log(`${file}: ${added.length} entries ${check ? 'missing' : 'added'}`);
}
