// Detects the kinds of export damage seen in the raw source pages, so the import script
// and the content schema can refuse any text that still carries it. Dependency-free on purpose.

// Characters that the bytes 0x80–0xBF (UTF-8 continuation bytes) become when UTF-8 text is
// mis-decoded as cp1252: the C1 range, cp1252's extra punctuation, and U+00A0–U+00BF.
const CONT =
	'\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';

const ZERO_WIDTH: Record<string, string> = {
	'\u200B': 'zero-width space',
	'\u200C': 'zero-width non-joiner',
	'\u200D': 'zero-width joiner',
	'\uFEFF': 'byte order mark U+FEFF',
};

// Each check: a pattern and how to describe what it matched.
const CHECKS: [RegExp, (m: string) => string][] = [
	// "â€", "Ã©", "Â " … : a UTF-8 lead byte seen as Â/Ã/â followed by a continuation byte;
	// "ï»¿" is a mis-decoded byte order mark.
	[new RegExp(`[\\u00C2\\u00C3\\u00E2][${CONT}]|\\u00EF\\u00BB\\u00BF`), (m) => `mojibake "${m}"`],
	[/\uFFFD/, () => 'replacement character U+FFFD'],
	[/[\u200B-\u200D\uFEFF]/, (m) => ZERO_WIDTH[m]],
	// A closing tag that lost its "<", e.g. "failed./td>".
	[/(?:^|[^<])\/(?:td|th|tr|tbody|thead|table|b|a)>/i, (m) => `broken tag "${m}"`],
	[
		/<\/?(?:td|th|tr|tbody|thead|table|b|strong|em|i|a|br|p|span|div)(?=[\s>/])[^>]{0,30}>?/i,
		(m) => `raw HTML tag "${m}"`,
	],
	[/&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);/i, (m) => `HTML entity "${m}"`],
	// Two full stops that are not part of an ellipsis "...".
	[/(?<!\.)\.\.(?!\.)/, () => 'doubled full stop ".."'],
	[/。。/, () => 'doubled Chinese full stop "。。"'],
];

/** Describes the earliest export damage in `text` (e.g. `mojibake "â€"`), or null when it is clean. */
export function findDamage(text: string): string | null {
	let first: { index: number; description: string } | null = null;
	for (const [pattern, describe] of CHECKS) {
		const m = pattern.exec(text);
		if (m && (first === null || m.index < first.index)) {
			first = { index: m.index, description: describe(m[0]) };
		}
	}
	return first?.description ?? null;
}
