/**
 * Checks every content file with the build's own schemas and cross-file rules, and prints each
 * problem as `file: field: message`. Exits 1 on any problem. Usage: npm run check:content [root]
 */
import { resolve } from 'node:path';
import { loadContent } from '../src/data/load-content.ts';
import { formatIssues } from '../src/data/validate.ts';

const root = resolve(process.argv[2] ?? '.');
const { set, issues } = loadContent(root);
if (issues.length > 0) {
	console.error(`${formatIssues(issues)}\n\n${issues.length} content problem(s) found.`);
	process.exit(1);
}
console.log(`Content OK: ${set.registry.length} codes, ${set.prose.length} prose files, ${set.sources.length} sources.`);
