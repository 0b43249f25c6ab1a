/**
 * The built site must not name the project's internal paths or notes ("shared/", "research"):
 * scans every text file the build ships (pages, JSON, search index fragments, scripts) and lists
 * each hit with its file. Usage: node scripts/check-public-text.ts [dist]. Exits 1 on a hit.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findInternalReference } from '../src/pipeline/2-schema/internal-notes.ts';
import { listFiles } from '../src/utils/list-files.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const text = /\.(html|json|xml|txt|js|css|webmanifest|pf_fragment|pf_meta)$/;
const files = listFiles(dist).filter((file) => text.test(file));
const hits = files.flatMap((file) => {
	const content = readFileSync(join(dist, file), 'utf8');
	const found = findInternalReference(content);
	if (!found) return [];
	const at = content.indexOf(found);
	return [`${file}: names "${found}": …${content.slice(Math.max(0, at - 60), at + 40).replace(/\s+/g, ' ')}…`];
});
if (hits.length) {
	console.error(`${hits.join('\n')}\n\n${hits.length} file(s) name internal notes: cite the public source instead.`);
	process.exit(1);
}
console.log(`No internal paths or notes in ${files.length} text files.`);
