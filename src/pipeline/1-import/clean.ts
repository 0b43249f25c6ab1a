// Pure text repairs for the raw source exports: undo cp1252 mojibake and turn an HTML table
// cell into the inline markdown the site renders (links as [text](url), code in backticks).
import { CJK } from '../../utils/cjk.ts';

// Map each character that cp1252 produces for a byte 0x80–0xFF back to that byte, derived from
// the decoder itself rather than a hand-written list of "known bad" sequences.
const CP1252_BYTE = new Map<string, number>();
const cp1252 = new TextDecoder('windows-1252');
for (let b = 0x80; b <= 0xff; b++) CP1252_BYTE.set(cp1252.decode(new Uint8Array([b])), b);

const utf8 = new TextDecoder('utf-8', { fatal: true });
const CONT_CHARS = [...CP1252_BYTE]
	.filter(([, b]) => b < 0xc0)
	.map(([c]) => c)
	.join('');
const escapeClass = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');
// A UTF-8 lead byte (0xC2–0xF4, seen as Â…ô) followed by continuation bytes (0x80–0xBF).
const MOJIBAKE_RUN = new RegExp(`[\\u00C2-\\u00F4][${escapeClass(CONT_CHARS)}]+`, 'gu');
const ZERO_WIDTH_RUN = /[\u200B-\u200D\uFEFF]+/g;

/** Number of bytes in the UTF-8 sequence that starts with `lead`. */
const sequenceLength = (lead: number) => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2);

/** Repairs UTF-8 text that was mis-decoded as cp1252 (e.g. "Itâ€™s" → "It’s") and removes zero-width characters. */
export function fixMojibake(s: string): string {
	const repaired = s.replace(MOJIBAKE_RUN, (run: string) => {
		const bytes = [...run].map((c) => CP1252_BYTE.get(c) as number);
		const n = sequenceLength(bytes[0]);
		if (bytes.length < n) return run; // truncated: leave it for findDamage to report
		try {
			return utf8.decode(new Uint8Array(bytes.slice(0, n))) + run.slice(n);
		} catch {
			return run; // not valid UTF-8 after all (e.g. an overlong form): leave it too
		}
	});
	// A zero-width space in this export usually swallowed a real space ("values​are"), so between
	// two visible characters it becomes a space — except next to Chinese, which has no spaces.
	return repaired.replace(ZERO_WIDTH_RUN, (_zw, offset: number, whole: string) => {
		const before = whole[offset - 1] ?? ' ';
		const after = whole[offset + _zw.length] ?? ' ';
		if (/\s/.test(before) || /\s/.test(after) || CJK.test(before) || CJK.test(after)) return '';
		return ' ';
	});
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the HTML character references that can appear in the exports (&amp;, &#39;, &#x2019; …). */
export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

// <a … href=…>text</a> with a double-quoted, single-quoted or unquoted href.
const LINK = /<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;

/** Turns one raw HTML table cell (or a line of prose) into clean inline markdown. */
export function cleanCell(html: string): string {
	let s = fixMojibake(html);
	s = s.replace(LINK, (_m, dq?: string, sq?: string, bare?: string, text = '') => {
		const label = text.replace(/<[^>]*>/g, '').trim();
		return `[${label}](${(dq ?? sq ?? bare ?? '').trim()})`;
	});
	// Remaining tags carry no text: block-level ones separate words, inline ones (<b>) do not.
	s = s.replace(/<\/?(?:br|p|div|li|ul|ol|td|th|tr|tbody|thead|table)\b[^>]*>/gi, ' ');
	s = s.replace(/<\/?[a-z][^>]*>/gi, '');
	// A closing tag that lost its "<" ("failed./td>"): drop the remnant, keep the full stop.
	s = s.replace(/\/(?:td|th|tr|tbody|thead|table|b)>/gi, ' ');
	s = decodeEntities(s);
	s = s.replace(/\s+/g, ' ').trim();
	// Doubled full stops from the export; a real ellipsis "..." is left alone.
	return s.replace(/(?<!\.)\.\.(?!\.)/g, '.').replace(/。{2,}/g, '。');
}
