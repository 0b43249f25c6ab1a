/**
 * Checks every content file with the build's own reader (schemas and cross-file rules) and
 * prints each problem as `file: field: message`. Exits 1 on any problem.
 * Usage: npm run check:content [content folder] (default: CONTENT_DIR or ./content)
 */
import { contentDir, formatIssues, readContent } from '../src/pipeline/3-read.ts';

const { set, issues } = readContent(process.argv[2] ?? contentDir());
if (issues.length > 0) {
	console.error(`${formatIssues(issues)}\n\n${issues.length} content problem(s) found.`);
	process.exit(1);
}
console.log(
	`Content OK: ${set.registry.length} codes, ${set.prose.length} prose files, ${set.sources.length} sources.`,
);
