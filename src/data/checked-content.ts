/**
 * The content, read and checked once per build outside Astro's collections: the content-check
 * integration fails the build on it before anything renders, and the code-files integration
 * writes the per-code files from it afterwards from the same reading. (The pages read the
 * content again through Astro's collections, src/data/registry.ts, which also serve `astro dev`.)
 */
import { dirname, resolve } from 'node:path';
import { loadContent } from './load-content.ts';
import { buildSiteData, type SiteData } from './model.ts';
import { formatIssues } from './validate.ts';

let cached: { root: string; site: SiteData; files: number } | undefined;

/** The folder holding content/ (CONTENT_DIR points at another content folder, e.g. the scale bench). */
export function contentRoot(): string {
	return dirname(resolve(process.env.CONTENT_DIR ?? 'content'));
}

/** The checked site data; throws `file: field: message` for every problem. */
export function checkedSiteData(root = contentRoot()): { site: SiteData; files: number } {
	if (cached?.root === root) return cached;
	const { set, issues } = loadContent(root);
	if (issues.length > 0) {
		throw new Error(`The content has ${issues.length} problem(s); fix them and build again:\n${formatIssues(issues)}`);
	}
	cached = { root, site: buildSiteData(set), files: set.prose.length };
	return cached;
}
