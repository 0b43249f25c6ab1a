/**
 * Text as the instant layer compares it, shared by the build (the word shards' keys) and the
 * browser (matching, and which shard a query loads). No side effects: every page's script may
 * import it (site.ts starts a query's download as it is typed).
 */

/** A Chinese character (CJK ideographs and their compatibility forms): Chinese matches as substrings. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Punctuation and spaces, as searchText drops them. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Text as the quick index compares it: NFKC, lower case, punctuation as spaces, spaces collapsed. */
export function searchText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').trim();
}
