/**
 * Words that name the project's own notes or paths. The site speaks to readers: it cites
 * Tencent Cloud's public pages, never the notes they were found through. Used by CleanText (every
 * content field) and by scripts/check-public-text.ts (every file the build ships).
 */
const INTERNAL = /shared\/|\bresearch\b|研究笔记|调研|\.md §/i;

/** The first internal reference in `text` ("shared/", "research"…), or null when there is none. */
export function findInternalReference(text: string): string | null {
	return INTERNAL.exec(text)?.[0] ?? null;
}
