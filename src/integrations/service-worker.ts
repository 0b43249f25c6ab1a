/**
 * Writes dist/sw.js at the end of the build (after Pagefind, so its bundles are included): the
 * worker in src/sw/worker.js, preceded by the files a first visit precaches (src/sw/precache-policy.ts:
 * all of them on a small site, else the core) as [path, revision, bytes], the revision a hash of
 * the content (none for /_astro/ files, whose names are hashes), and a version that is a hash of
 * every file (the same build gives the same worker: builds stay reproducible). When the precache
 * is not every file, dist/sw-files.json lists them all, for pages cached as visited and for the
 * offline copy a visitor asks for.
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
import { precachePlan } from '../sw/precache-policy.ts';

const WORKER_SOURCE = new URL('../sw/worker.js', import.meta.url);

/** The URL path a file is requested by ("en/index.html" → "en/"). */
export function precachePath(file: string): string {
	return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** A file's revision: a hash of its content; '' under _astro/, where the name is the content's hash. */
export function revision(file: string, content: Buffer): string {
	return file.startsWith('_astro/') ? '' : createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/** The list of every file, written beside sw.js when the precache is not all of them. */
export const FILE_LIST = 'sw-files.json';

/** `fullPrecacheLimit`: bytes above which a first visit precaches the core only (tests set it low). */
export default function serviceWorkerIntegration(options: { fullPrecacheLimit?: number } = {}): AstroIntegration {
	let base = '/';
	return {
		name: 'service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = listFiles(site).filter((file) => file !== 'sw.js' && file !== FILE_LIST);
				const hash = createHash('sha256');
				const entries = files.map((file) => {
					const content = readFileSync(join(site, file));
					hash.update(file).update('\0').update(content);
					return { file, bytes: content.length, row: [precachePath(file), revision(file, content), content.length] };
				});
				const version = hash.digest('hex').slice(0, 16);
				const plan = precachePlan(entries, options.fullPrecacheLimit);
				const rows = (list: typeof entries) => JSON.stringify(list.map((entry) => entry.row));
				if (!plan.complete)
					writeFileSync(join(site, FILE_LIST), `{"version":${JSON.stringify(version)},"files":${rows(entries)}}\n`);
				const header = [
					`const VERSION = ${JSON.stringify(version)};`,
					`const BASE = ${JSON.stringify(base)};`,
					`const COMPLETE = ${plan.complete};`,
					`const LIST = ${JSON.stringify(plan.complete ? null : FILE_LIST)};`,
					`const FILES = ${rows(plan.precache as typeof entries)};`,
				].join('\n');
				writeFileSync(join(site, 'sw.js'), `${header}\n${readFileSync(WORKER_SOURCE, 'utf8')}`);
				const size = (list: { bytes: number }[]) =>
					(list.reduce((sum, f) => sum + f.bytes, 0) / 1024 / 1024).toFixed(1);
				logger.info(
					plan.complete
						? `sw.js precaches all ${files.length} files (${size(entries)} MB; version ${version})`
						: `sw.js precaches the core, ${plan.precache.length} of ${files.length} files (${size(plan.precache)} of ${size(entries)} MB); ${FILE_LIST} lists them all (version ${version})`,
				);
			},
		},
	};
}
