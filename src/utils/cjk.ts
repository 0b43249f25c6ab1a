/**
 * Chinese (and other CJK) text: which characters count, and how wrapped lines join. Latin words
 * are joined with a space; Chinese has no spaces between words, so a space there would show.
 */

/** One CJK character: radicals, punctuation, kana, ideographs, compatibility ideographs, full-width forms. */
export const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;

/** One CJK letter (kana, ideographs, Hangul): CJK without punctuation and full-width forms. */
export const CJK_LETTER = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]/;

/** Latin letters, digits and inline code: what Chinese text separates from its characters with a space. */
export const LATIN_OR_DIGIT = /[A-Za-z0-9`]/;

/**
 * Join wrapped lines with a space, but with none where CJK text runs on: "both" when the
 * previous line ends and the next begins with a CJK character, "either" when one of them does.
 */
export function joinCjkAware(lines: readonly string[], runOn: 'both' | 'either' = 'both'): string {
	if (lines.length === 0) return '';
	return lines.reduce((text, line) => {
		const before = CJK.test(text.slice(-1));
		const after = CJK.test(line.slice(0, 1));
		return (runOn === 'both' ? before && after : before || after) ? text + line : `${text} ${line}`;
	});
}
