/**
 * Typo tolerance for the code layer. Pagefind matches prefixes, not typos ("balanse" finds
 * nothing), so the search box corrects a word that no indexed word starts with to the title
 * and synonym words within a few edits of it: Damerau-Levenshtein distance (optimal string
 * alignment: insert, delete, substitute, swap two neighbours), bounded by the word's length.
 */

/** How many edits a word of this length may carry: none below 4 letters, 1 up to 7, then 2. */
export function editBound(length: number): number {
	return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The fewest edits that turn `typed` into `word` or into a prefix of it (so that "quata" reaches
 * "quota" and "quotas", as Pagefind's prefix matching would for "quota"), or Infinity when that
 * is more than `bound`. One table of |typed| × |word| cells; a row above the bound stops early.
 */
export function prefixDistance(typed: string, word: string, bound: number): number {
	const m = typed.length;
	const n = word.length;
	if (n < m - bound) return Infinity;
	let before: number[] = [];
	let previous = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const cost = typed[i - 1] === word[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && typed[i - 1] === word[j - 2] && typed[i - 2] === word[j - 1])
				value = Math.min(value, before[j - 2] + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > bound) return Infinity;
		[before, previous] = [previous, current];
	}
	const best = Math.min(...previous.slice(Math.max(0, m - bound)));
	return best <= bound ? best : Infinity;
}

/** The words of `vocabulary` that `typed` may be a typo of (empty for short words). */
export function corrections(typed: string, vocabulary: Iterable<string>): Set<string> {
	const bound = editBound(typed.length);
	const found = new Set<string>();
	if (bound === 0) return found;
	for (const word of vocabulary) if (prefixDistance(typed, word, bound) <= bound) found.add(word);
	return found;
}
