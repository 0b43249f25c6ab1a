/**
 * The built site must not name the project's internal paths, notes or files ("shared/",
 * "research", "seeds", the raw exports' names, ".md" notes, "§" references, repository paths):
 * scans every text file the build ships (scripts/lib/public-text.ts) and lists each hit with its
 * file. Usage: node scripts/check-public-text.ts [dist]. Exits 1 on a hit.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/pipeline/3-read.ts';
import { findInternalText, publicTextPatterns } from './lib/public-text.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const patterns = publicTextPatterns(contentDir());
const { files, hits } = findInternalText(dist, patterns);
if (hits.length) {
	const lines = hits.map((hit) => `${hit.file}: names ${hit.label} ("${hit.found}"): …${hit.around}…`);
	console.error(
		`${lines.join('\n')}\n\n${hits.length} file(s) name internal notes or files: cite the public source instead.`,
	);
	process.exit(1);
}
console.log(`No internal paths, notes or file names (${patterns.length} patterns) in ${files} text files.`);
