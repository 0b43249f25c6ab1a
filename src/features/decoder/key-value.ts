/**
 * The plain-text fallback: `code=4500 message=…`, `code: 4500`, `错误码：4500`, quoted, escaped,
 * Python `u'…'` and URL-encoded values, read from text that holds no JSON response.
 */
import type { DecodeResult } from './decode.ts';
import { unescapeOnce } from './json-text.ts';
import { API3_CODE_RE, MAX_KEY_HITS } from './limits.ts';
import { decodeMessage } from './message.ts';
import { withCode } from './result.ts';

/** The labels a code, a message and a request ID go by in logs and SDK printouts, English and Chinese. */
const CODE_KEYS = ['code', '错误码', '错误代码'];
const MESSAGE_KEYS = ['message', '错误信息', '错误消息', '错误描述'];
const REQUEST_ID_KEYS = ['requestId', 'RequestId', '请求ID', '请求 ID'];
/** A value read to the end of its line stops where one of these keys starts (`… requestId=abc`). */
const BOUNDARY_KEYS = new Set([
	...CODE_KEYS,
	...MESSAGE_KEYS,
	...REQUEST_ID_KEYS,
	'codeDesc',
	'Code',
	'Message',
	'CodeNumber',
	'Error',
	'ext',
	'detail',
	'data',
	'location',
	'Request',
	'Response',
]);

const isWordChar = (c: number): boolean =>
	(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c: number): boolean => isWordChar(c) || (c >= 0x4e00 && c <= 0x9fff);
const isQuoteish = (c: number): boolean => c === 34 || c === 39 || c === 92; // " ' \
const isBlank = (c: number): boolean =>
	c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
const isSeparator = (c: number): boolean => c === 58 || c === 61 || c === 0xff1a || c === 0xff1d; // : = ： ＝
/** What may stand between two fields: blanks, `,` `;` `&` `|` `，` `；` `、`. */
const isFieldGap = (c: number): boolean =>
	isBlank(c) || c === 44 || c === 59 || c === 38 || c === 124 || c === 0xff0c || c === 0xff1b || c === 0x3001;

interface TextValue {
	value: string;
	quoted: boolean;
}

/** The first of `keys` found used as a key, with its value (see findKeyValue). */
function findAny(text: string, keys: string[], toEol: boolean): TextValue | undefined {
	for (const key of keys) {
		const v = findKeyValue(text, key, toEol);
		if (v) return v;
	}
	return undefined;
}

/**
 * Finds `key` used as a key (`key=v`, `key: v`, `"key": "v"`, `\"key\":\"v\"`), not as part of a
 * longer word, and reads its value: a quoted value up to its closing quote or the end of the line;
 * otherwise a token (`toEol` false) or the rest of the line up to the next known key (`toEol` true).
 * A value after `?` or `&` is form-encoded (`+` is a space); `%XX` escapes are decoded.
 */
function findKeyValue(text: string, key: string, toEol: boolean): TextValue | undefined {
	let from = 0;
	const eol = { from: -1, at: -1 };
	for (let hits = 0; hits < MAX_KEY_HITS; hits++) {
		const at = text.indexOf(key, from);
		if (at === -1) return undefined;
		from = at + key.length;
		const before = at > 0 ? text.charCodeAt(at - 1) : 0;
		if (isWordChar(before)) continue;
		let j = at + key.length;
		if (j < text.length && isWordChar(text.charCodeAt(j))) continue;
		for (let k = 0; k < 8 && j < text.length && isQuoteish(text.charCodeAt(j)); k++) j++;
		for (let k = 0; k < 16 && j < text.length && isBlank(text.charCodeAt(j)); k++) j++;
		if (!isSeparator(text.charCodeAt(j))) continue;
		j++;
		for (let k = 0; k < 64 && j < text.length && (isBlank(text.charCodeAt(j)) || text.charCodeAt(j) === 10); k++) j++;
		const v = readValue(text, j, toEol, lineEnd(text, j, eol));
		if (v) return { ...v, value: percentDecode(v.value, before === 38 || before === 63 /* & ? */) };
	}
	return undefined;
}

/** End of the line holding `from`; `cache` makes repeated calls with growing `from` linear overall. */
function lineEnd(text: string, from: number, cache: { from: number; at: number }): number {
	if (cache.from >= 0 && from >= cache.from && from <= cache.at) return cache.at;
	const nl = text.indexOf('\n', from);
	cache.from = from;
	cache.at = nl === -1 ? text.length : nl;
	return cache.at;
}

function readValue(text: string, j: number, toEol: boolean, eol: number): TextValue | undefined {
	let c = text.charCodeAt(j);
	// Python's string prefixes: u'…', b'…', r'…'.
	const q = text.charCodeAt(j + 1);
	if ((c === 117 || c === 98 || c === 114 || c === 85 || c === 66 || c === 82) && (q === 39 || q === 34))
		c = text.charCodeAt(++j);
	// Escaped quote: \"value\" (also \\\"value\\\").
	let bs = 0;
	while (c === 92 && bs < 4) {
		bs++;
		c = text.charCodeAt(j + bs);
	}
	if (bs > 0 && c === 34) {
		const open = j + bs + 1;
		const close = text.indexOf('\\'.repeat(bs) + '"', open);
		const end = close === -1 || close > eol ? eol : close;
		return { value: unescapeTextValue(text.slice(open, end), bs + 1), quoted: true };
	}
	if (bs > 0) return undefined;
	if (c === 34 || c === 39) {
		let k = j + 1;
		for (; k < eol; k++) {
			const d = text.charCodeAt(k);
			if (d === 92) k++;
			else if (d === c) break;
		}
		return { value: unescapeTextValue(text.slice(j + 1, Math.min(k, eol)), 1), quoted: true };
	}
	if (toEol) {
		const v = text.slice(j, nextKey(text, j, eol)).trim();
		return v === '' ? undefined : { value: v, quoted: false };
	}
	let k = j;
	for (; k < eol && k - j < 64; k++) {
		const d = text.charCodeAt(k);
		if (isFieldGap(d) || d === 125 || d === 93 || d === 41 || d === 34 || d === 39 || d === 92) break;
	}
	// A number closing a sentence ("Error code:4100." in the PHP SDK's demo) ends before the full stop.
	const v = /^-?[0-9]+\.$/.test(text.slice(j, k)) ? text.slice(j, k - 1) : text.slice(j, k);
	return v === '' ? undefined : { value: v, quoted: false };
}

/**
 * Where the next known key starts between `from` and `eol` (`… requestId=abc`, `…&requestId=`,
 * `…, CodeNumber=4100`), minus the gap before it; `eol` if none. Linear: each separator is looked
 * back from at most 24 characters.
 */
function nextKey(text: string, from: number, eol: number): number {
	for (let p = from + 1; p < eol; p++) {
		if (!isSeparator(text.charCodeAt(p))) continue;
		let e = p;
		for (let k = 0; k < 8 && e > from && (isQuoteish(text.charCodeAt(e - 1)) || isBlank(text.charCodeAt(e - 1))); k++)
			e--;
		let s = e;
		while (s > from && e - s < 16 && isKeyChar(text.charCodeAt(s - 1))) s--;
		while (s > from && isQuoteish(text.charCodeAt(s - 1))) s--;
		if (s <= from || !isFieldGap(text.charCodeAt(s - 1))) continue;
		if (!BOUNDARY_KEYS.has(text.slice(s, e).replace(/["'\\]/g, ''))) continue;
		let cut = s;
		while (cut > from && isFieldGap(text.charCodeAt(cut - 1))) cut--;
		return cut;
	}
	return eol;
}

/** Decodes `%XX` escapes (and `+` in a form value); a sequence that is not valid UTF-8 stays as written. */
export function percentDecode(value: string, form: boolean): string {
	const v = form ? value.replace(/\+/g, ' ') : value;
	if (!/%[0-9A-Fa-f]{2}/.test(v)) return v;
	return v.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});
}

/** Undoes JSON-style escaping `levels` times, keeping \uXXXX for decodeUnicodeEscapes. */
function unescapeTextValue(s: string, levels: number): string {
	let v = s;
	for (let i = 0; i < levels && v.indexOf('\\') !== -1; i++) v = unescapeOnce(v);
	return v;
}

/** `code=…` (API 2.0) or `Error … Code=…` (API 3.0) in plain text; undefined when neither is there. */
export function textFallback(text: string, isKnownCode: (code: string) => boolean): DecodeResult | undefined {
	const code = findAny(text, CODE_KEYS, false);
	if (code) {
		const r: DecodeResult = { kind: 'not-a-response', otherFields: [], found: 'text' };
		const message = findAny(text, MESSAGE_KEYS, true);
		if (message) r.message = decodeMessage(message.value);
		const codeDesc = findKeyValue(text, 'codeDesc', false);
		if (codeDesc) r.codeDesc = codeDesc.value;
		const requestId = findAny(text, REQUEST_ID_KEYS, false);
		if (requestId) r.requestId = requestId.value;
		// The PHP SDK prints "Error code:4100." and "message:….".
		if (text.indexOf('Error code:') !== -1) r.via = 'php';
		return withCode(r, code.value, code.quoted ? 'string' : 'number', isKnownCode);
	}
	if (text.indexOf('Error') !== -1) {
		const c3 = findKeyValue(text, 'Code', false);
		if (c3 && API3_CODE_RE.test(c3.value)) {
			const r: DecodeResult = { kind: 'api3', otherFields: [], found: 'text', api3: { code: c3.value } };
			const m = findKeyValue(text, 'Message', true);
			if (m) r.message = decodeMessage(m.value);
			const id = findKeyValue(text, 'RequestId', false);
			if (id) r.requestId = id.value;
			return r;
		}
	}
	return undefined;
}
