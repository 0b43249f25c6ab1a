/**
 * Builds the api2-errors package into a folder ready for `npm pack` (default
 * packages/api2-errors/dist/, or --out DIR): compiled ESM for plain Node 20+ (index.js, cli.js
 * and their shared chunks, bundled by esbuild with no runtime dependency), the declarations
 * (types/), package.json, and a README made of the repository README's two sections on the
 * package. The data is the content's, by the site's pipeline (scripts/data.ts), for the same
 * SITE_URL, BASE_PATH and CONTENT_DIR as a site build; without SITE_URL it warns, and docUrl()
 * gives null. `--pack` then runs `npm pack` into the folder above it and prints the tarball's path.
 *
 *   node packages/api2-errors/scripts/build.ts [--out DIR] [--pack]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { packageData } from './data.ts';
import { declarations } from './types.ts';
import type { PackageData } from '../src/shape.ts';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(packageDir, '../..');

/** The README's sections that are the package's own documentation. */
const README_SECTIONS = ['From the terminal', 'From your code'];

/** Those sections of the repository's README, under the package's name. */
export function packageReadme(readme: string, manifest: { name: string; description: string }): string {
	const sections = README_SECTIONS.map((title) => {
		const start = readme.indexOf(`\n## ${title}\n`);
		if (start === -1) throw new Error(`README.md has no section "## ${title}"`);
		const end = readme.indexOf('\n## ', start + 1);
		return readme.slice(start + 1, end === -1 ? undefined : end).trim();
	});
	return `# ${manifest.name}\n\n${manifest.description}\n\n${sections.join('\n\n')}\n`;
}

/** The data module bundled in place of src/data.ts: the data, parsed once (JSON.parse is faster than a literal). */
function dataModule(data: PackageData): string {
	return `export const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

export async function buildPackage(out: string, env: Record<string, string | undefined> = process.env): Promise<void> {
	if (!env.SITE_URL)
		console.warn(
			'api2-errors: SITE_URL is not set: the package will have no absolute URLs (docUrl() gives null, the CLI prints no page addresses).',
		);
	const data = packageData(env);
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const dataPath = join(packageDir, 'src/data.ts');
	await build({
		entryPoints: { index: join(packageDir, 'src/index.ts'), cli: join(packageDir, 'src/cli.ts') },
		outdir: out,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		chunkNames: 'chunks/[name]-[hash]',
		legalComments: 'none',
		charset: 'utf8',
		logLevel: 'warning',
		// The site's URL helpers default to Astro's base path; the package passes its own.
		define: { 'import.meta.env.BASE_URL': JSON.stringify(data.base) },
		plugins: [
			{
				name: 'package-data',
				setup(plugin) {
					plugin.onLoad({ filter: /[\\/]src[\\/]data\.ts$/ }, (args) =>
						args.path === dataPath ? { contents: dataModule(data), loader: 'js' } : undefined,
					);
				},
			},
		],
	});
	for (const [path, text] of declarations(data)) {
		mkdirSync(dirname(join(out, 'types', path)), { recursive: true });
		writeFileSync(join(out, 'types', path), text);
	}
	const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
	writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	writeFileSync(join(out, 'README.md'), packageReadme(readFileSync(join(repo, 'README.md'), 'utf8'), manifest));
}

/** `npm pack` of a built package folder into `destination`; the tarball's path. */
export function packPackage(dir: string, destination: string): string {
	mkdirSync(destination, { recursive: true });
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: dir,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const [{ filename }] = JSON.parse(output) as { filename: string }[];
	return join(destination, filename);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const at = process.argv.indexOf('--out');
	const out = resolve(at === -1 ? join(packageDir, 'dist') : process.argv[at + 1]);
	await buildPackage(out);
	console.log(`api2-errors: built into ${out}`);
	if (process.argv.includes('--pack')) console.log(packPackage(out, dirname(out)));
}
