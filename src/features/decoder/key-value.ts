/** The plain-text fallback: `code=4500 message=…`, `code: 4500`, quoted or escaped values, read from text that holds no JSON response. */
import type { DecodeResult } from './decode.ts';
import { unescapeOnce } from './json-text.ts';
import { API3_CODE_RE, MAX_KEY_HITS } from './limits.ts';
import { decodeMessage } from './message.ts';
import { withCode } from './result.ts';

const isWordChar = (c: number): boolean =>
	(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isQuoteish = (c: number): boolean => c === 34 || c === 39 || c === 92; // " ' \
const isBlank = (c: number): boolean =>
	c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);

interface TextValue {
	value: string;
	quoted: boolean;
}

/**
 * Finds `key` used as a key (`key=v`, `key: v`, `"key": "v"`, `\"key\":\"v\"`), not as part of a
 * longer word, and reads its value: a quoted value up to its closing quote or the end of the line;
 * otherwise a token (`toEol` false) or the rest of the line (`toEol` true).
 */
function findKeyValue(text: string, key: string, toEol: boolean): TextValue | undefined {
	let from = 0;
	const eol = { from: -1, at: -1 };
	for (let hits = 0; hits < MAX_KEY_HITS; hits++) {
		const at = text.indexOf(key, from);
		if (at === -1) return undefined;
		from = at + key.length;
		if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
		let j = at + key.length;
		if (j < text.length && isWordChar(text.charCodeAt(j))) continue;
		for (let k = 0; k < 8 && j < text.length && isQuoteish(text.charCodeAt(j)); k++) j++;
		for (let k = 0; k < 16 && j < text.length && isBlank(text.charCodeAt(j)); k++) j++;
		const sep = text.charCodeAt(j);
		if (sep !== 58 /* : */ && sep !== 61 /* = */ && sep !== 0xff1a /* ： */ && sep !== 0xff1d /* ＝ */) continue;
		j++;
		for (let k = 0; k < 64 && j < text.length && (isBlank(text.charCodeAt(j)) || text.charCodeAt(j) === 10); k++) j++;
		const v = readValue(text, j, toEol, lineEnd(text, j, eol));
		if (v) return v;
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
		const v = text.slice(j, eol).trim();
		return v === '' ? undefined : { value: v, quoted: false };
	}
	let k = j;
	for (; k < eol && k - j < 64; k++) {
		const d = text.charCodeAt(k);
		if (
			isBlank(d) ||
			d === 44 ||
			d === 59 ||
			d === 38 ||
			d === 125 ||
			d === 93 ||
			d === 41 ||
			d === 34 ||
			d === 39 ||
			d === 92
		)
			break;
	}
	const v = text.slice(j, k);
	return v === '' ? undefined : { value: v, quoted: false };
}

/** Undoes JSON-style escaping `levels` times, keeping \uXXXX for decodeUnicodeEscapes. */
function unescapeTextValue(s: string, levels: number): string {
	let v = s;
	for (let i = 0; i < levels && v.indexOf('\\') !== -1; i++) v = unescapeOnce(v);
	return v;
}

export function textFallback(text: string, isKnownCode: (code: string) => boolean): DecodeResult | undefined {
	const code = findKeyValue(text, 'code', false);
	if (code) {
		const r: DecodeResult = { kind: 'not-a-response', otherFields: [], found: 'text' };
		const message = findKeyValue(text, 'message', true);
		if (message) r.message = decodeMessage(message.value);
		const codeDesc = findKeyValue(text, 'codeDesc', false);
		if (codeDesc) r.codeDesc = codeDesc.value;
		const requestId = findKeyValue(text, 'requestId', false) ?? findKeyValue(text, 'RequestId', false);
		if (requestId) r.requestId = requestId.value;
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
