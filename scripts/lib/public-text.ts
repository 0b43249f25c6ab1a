/**
 * The scan behind scripts/check-public-text.ts: every text file a build ships (pages, JSON, XML,
 * scripts, styles, the Pagefind index and its fragments, inflated when gzipped) searched for the
 * project's internal words (src/pipeline/2-schema/internal-notes.ts) and the raw exports' file
 * names, read from the manifest so that a renamed or added export is covered without an edit here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import {
	fileNamePatterns,
	findInternalReference,
	INTERNAL_PATTERNS,
	type InternalPattern,
} from '../../src/pipeline/2-schema/internal-notes.ts';
import { listFiles } from '../../src/utils/list-files.ts';

/** The files checked: everything but images, fonts and WebAssembly. */
const TEXT = /\.(html|json|xml|txt|js|mjs|css|svg|webmanifest|pf_fragment|pf_meta|pf_index|pf_filter)$/;

/** The internal patterns plus the file names of the raw exports listed in `<contentDir>/raw/sources.yaml`. */
export function publicTextPatterns(contentDir: string): InternalPattern[] {
	const manifest = parse(readFileSync(join(contentDir, 'raw', 'sources.yaml'), 'utf8')) as { file?: unknown }[];
	const files = manifest.map((entry) => entry.file).filter((file): file is string => typeof file === 'string');
	if (files.length === 0) throw new Error(`${contentDir}/raw/sources.yaml lists no raw export file names`);
	return [...INTERNAL_PATTERNS, ...fileNamePatterns(files)];
}

/** A file's text: gzipped files (Pagefind's, when not inflated at build time) are inflated first. */
function readText(path: string): string {
	const bytes = readFileSync(path);
	return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** One hit per file that names something internal: the file, what it names, and the text around it. */
export function findInternalText(dist: string, patterns: readonly InternalPattern[]) {
	const files = listFiles(dist).filter((file) => TEXT.test(file));
	const hits = files.flatMap((file) => {
		const text = readText(join(dist, file));
		const hit = findInternalReference(text, patterns);
		if (!hit) return [];
		const around = text.slice(Math.max(0, hit.at - 60), hit.at + 40).replace(/\s+/g, ' ');
		return [{ file, label: hit.label, found: hit.found, around }];
	});
	return { files: files.length, hits };
}
