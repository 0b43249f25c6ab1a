/**
 * What a first visit downloads for the offline copy (src/sw/precache-policy.ts), on a built
 * site: the precache (every file of a small build, the core of a large one) against every file,
 * gzip-sized as a CDN sends them, and the worker itself. The list of every file (sw-files.json)
 * is fetched only for pages kept as visited and for the full offline copy, so it is shown apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRows, builtFile, precacheRows } from '../lib/sw-manifest.ts';
import { gzipSize } from './measure.ts';

export interface PrecacheFigures {
	codes: number;
	/** Whether a first visit precaches every file. */
	complete: boolean;
	precacheFiles: number;
	precacheBytes: number;
	allFiles: number;
	allBytes: number;
	workerBytes: number;
	listBytes: number;
}

export function precacheFigures(dist: string, codes: number): PrecacheFigures {
	const size = (path: string) => gzipSize(readFileSync(builtFile(dist, path)));
	const sizes = new Map(allRows(dist).map(([path]) => [path, size(path)]));
	const precache = precacheRows(dist);
	const list = join(dist, 'sw-files.json');
	return {
		codes,
		complete: precache.length === sizes.size,
		precacheFiles: precache.length,
		precacheBytes: precache.reduce((sum, [path]) => sum + (sizes.get(path) ?? 0), 0),
		allFiles: sizes.size,
		allBytes: [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0),
		workerBytes: gzipSize(readFileSync(join(dist, 'sw.js'))),
		listBytes: existsSync(list) ? gzipSize(readFileSync(list)) : 0,
	};
}

const mb = (bytes: number) =>
	bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The table; `mark` adds a row's budget mark (✓/✗). */
export function printPrecache(
	rows: readonly PrecacheFigures[],
	mark: (row: PrecacheFigures) => string = () => '',
): void {
	console.log(
		'\nFirst-visit precache (gz)   codes   precached              of every file          sw.js      file list',
	);
	for (const r of rows)
		console.log(
			`${(r.complete ? 'every file' : 'core only').padEnd(27)} ${String(r.codes).padStart(5)}   ${`${r.precacheFiles} files, ${mb(r.precacheBytes)}`.padEnd(22)} ${`${r.allFiles} files, ${mb(r.allBytes)}`.padEnd(22)} ${mb(r.workerBytes).padStart(8)}   ${r.listBytes ? mb(r.listBytes) : '—'}${mark(r)}`,
		);
}
