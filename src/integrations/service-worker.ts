/**
 * Writes dist/sw.js at the end of the build (after Pagefind, so its bundles are included): the
 * worker in src/sw/worker.js, preceded by the list of every built file and a version that is a
 * hash of their contents (the same build gives the same worker: builds stay reproducible).
 *
 * Hand-written rather than workbox-build: the whole worker is ~60 lines with no runtime to ship
 * (Workbox adds its ~20 KB runtime), one versioned cache makes "no mix of builds" easy to see,
 * and Pagefind's cache-busting ?ts= needs only `ignoreSearch`.
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
				for (const file of files)
					hash
						.update(file)
						.update('\0')
						.update(readFileSync(join(site, file)));
				const version = hash.digest('hex').slice(0, 16);
				const header = `const VERSION = ${JSON.stringify(version)};\nconst BASE = ${JSON.stringify(base)};\nconst FILES = ${JSON.stringify(files.map(precachePath))};\n`;
				writeFileSync(join(site, 'sw.js'), header + readFileSync(WORKER_SOURCE, 'utf8'));
				logger.info(`sw.js precaches ${files.length} files (version ${version})`);
			},
		},
	};
}
