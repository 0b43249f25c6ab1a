/**
 * Writes dist/sw.js at the end of the build (after Pagefind, so its bundles are included): the
 * worker in src/sw/worker.js, preceded by every built file with its revision (a hash of its
 * content; none for /_astro/ files, whose names are hashes) and a version that is a hash of them
 * all (the same build gives the same worker: builds stay reproducible).
 *
 * Hand-written rather than workbox-build: the whole worker is ~130 lines with no runtime to ship
 * (Workbox's precaching and routing runtime is ~20 KB), and its two rules that matter here — a
 * page is answered from one build's revisions only, and a page of a newer build never from this
 * build's cache — are plain to read in one file.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../utils/list-files.ts';
import { normalizeBase } from '../utils/url.ts';

const WORKER_SOURCE = new URL('../sw/worker.js', import.meta.url);

/** The URL path a file is requested by ("en/index.html" → "en/"). */
export function precachePath(file: string): string {
	return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** A file's revision: a hash of its content; '' under _astro/, where the name is the content's hash. */
export function revision(file: string, content: Buffer): string {
	return file.startsWith('_astro/') ? '' : createHash('sha256').update(content).digest('hex').slice(0, 12);
}

export default function serviceWorkerIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = listFiles(site).filter((file) => file !== 'sw.js');
				const hash = createHash('sha256');
				const manifest = files.map((file) => {
					const content = readFileSync(join(site, file));
					hash.update(file).update('\0').update(content);
					return [precachePath(file), revision(file, content)];
				});
				const version = hash.digest('hex').slice(0, 16);
				const header = `const VERSION = ${JSON.stringify(version)};\nconst BASE = ${JSON.stringify(base)};\nconst FILES = ${JSON.stringify(manifest)};\n`;
				writeFileSync(join(site, 'sw.js'), header + readFileSync(WORKER_SOURCE, 'utf8'));
				logger.info(`sw.js precaches ${files.length} files (version ${version})`);
			},
		},
	};
}
