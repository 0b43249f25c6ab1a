/**
 * Words that name the project's own notes, files or paths. The site speaks to readers: it cites
 * Tencent Cloud's public pages, never the notes they were found through nor the files the site
 * is built from. Used by CleanText (every content field) and by scripts/check-public-text.ts
 * (every file the build ships, which adds the raw exports' file names from the manifest).
 */

/** One kind of internal reference: what it is (for the report) and how to find it. */
export interface InternalPattern {
	label: string;
	pattern: RegExp;
}

export const INTERNAL_PATTERNS: readonly InternalPattern[] = [
	{ label: 'the shared notes folder', pattern: /shared\//i },
	{ label: '"research"', pattern: /\bresearch\b|研究笔记|调研/i },
	{ label: '"seeds" (the raw exports)', pattern: /\bseeds?\b/i },
	{ label: '"raw export"', pattern: /\braw exports?\b|原始导出/i },
	// robots.txt is the site's own file, for crawlers.
	{ label: 'a .txt file name', pattern: /(?<!\brobots)\.txt\b/i },
	{ label: 'a markdown file name (the notes: api3.md, api2-sdks.md, anchors.md…)', pattern: /\b[\w-]+\.mdx?\b/i },
	{ label: 'a YAML file name', pattern: /\b[\w-]+\.ya?ml\b/i },
	{ label: 'a section reference (§) into the notes', pattern: /§/ },
	{
		label: 'a path of the repository (content/, src/, scripts/…)',
		pattern: /(?<![\w./-])(?:content|src|scripts|tests|e2e|public)\/[\w.-]/,
	},
];

/** Patterns for given file names (the raw exports): the name, and the name without its extension. */
export function fileNamePatterns(names: readonly string[]): InternalPattern[] {
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// The stem alone matches too: a page could show "000_7850b9d5a84e3f6f" without ".txt".
	return names.map((name) => ({
		label: `the raw export ${name}`,
		pattern: new RegExp(escape(name.replace(/\.[^.]+$/, '')), 'i'),
	}));
}

/** The first internal reference in `text` ("shared/", "research"…), or null when there is none. */
export function findInternalReference(
	text: string,
	patterns: readonly InternalPattern[] = INTERNAL_PATTERNS,
): { label: string; found: string; at: number } | null {
	for (const { label, pattern } of patterns) {
		const match = pattern.exec(text);
		if (match) return { label, found: match[0], at: match.index };
	}
	return null;
}
