/** JSON-text primitives: a string-aware brace matcher, a JSON.parse that never throws, and one level of unescaping. */
import { ANCHOR_WINDOW, MAX_NESTING, RETRY_MAX } from './limits.ts';

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

export const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Characters a search may still go over. */
export interface Budget {
	left: number;
}

/**
 * String-aware brace matcher: from `start` (a `{`), the index of the bracket that closes it, or -1
 * (unclosed, nested deeper than MAX_NESTING, a raw line break inside a string, or out of budget).
 */
export function matchBrace(text: string, start: number, budget: Budget): number {
	const n = text.length;
	let depth = 0;
	let inString = false;
	let i = start;
	const limit = Math.min(n, start + budget.left);
	for (; i < limit; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
			else if (c === 10 /* \n */) break;
		} else if (c === 34) inString = true;
		else if (c === 123 /* { */ || c === 91 /* [ */) {
			if (++depth > MAX_NESTING) break;
		} else if (c === 125 /* } */ || c === 93 /* ] */) {
			if (--depth === 0) {
				budget.left -= i - start + 1;
				return i;
			}
		}
	}
	budget.left -= Math.min(i, n) - start + 1;
	return -1;
}

export const FAIL = Symbol('fail');

/**
 * JSON.parse that never throws. Retries once with raw control characters inside strings escaped
 * (a pasted message with a real tab or line break), for texts up to RETRY_MAX characters,
 * charged to the work budget.
 */
export function parseJson(s: string, work: Budget): unknown {
	try {
		return JSON.parse(s);
	} catch {
		/* fall through */
	}
	if (s.length > RETRY_MAX || work.left < s.length * 2 || !/[\u0000-\u001f]/.test(s)) return FAIL;
	work.left -= s.length * 2;
	const fixed = escapeControlsInStrings(s);
	if (fixed === s) return FAIL;
	try {
		return JSON.parse(fixed);
	} catch {
		return FAIL;
	}
}

function escapeControlsInStrings(s: string): string {
	const parts: string[] = [];
	let last = 0;
	let inString = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (inString) {
			if (c === 92) i++;
			else if (c === 34) inString = false;
			else if (c < 0x20) {
				parts.push(s.slice(last, i), '\\u' + c.toString(16).padStart(4, '0'));
				last = i + 1;
			}
		} else if (c === 34) inString = true;
	}
	if (last === 0) return s;
	parts.push(s.slice(last));
	return parts.join('');
}

/**
 * One level of JSON-string unescaping over free text: \" \\ \/ \n \r \t \b \f. `\uXXXX` is kept
 * as written, so that the JSON parse that follows decodes it (inside strings) exactly once.
 */
export function unescapeOnce(text: string): string {
	const parts: string[] = [];
	let last = 0;
	for (let i = text.indexOf('\\'); i !== -1 && i < text.length - 1; i = text.indexOf('\\', i)) {
		const rep = UNESCAPE[text.charCodeAt(i + 1)];
		if (rep !== undefined) {
			// Dense escapes: one pass over a code-unit buffer is much cheaper than many slices.
			if (parts.length > 4096) return unescapeDense(text);
			parts.push(text.slice(last, i), rep);
			last = i + 2;
		}
		i += 2;
	}
	if (last === 0) return text;
	parts.push(text.slice(last));
	return parts.join('');
}

const UNESCAPE: (string | undefined)[] = [];
UNESCAPE[34] = '"';
UNESCAPE[92] = '\\';
UNESCAPE[47] = '/';
UNESCAPE[110] = '\n';
UNESCAPE[114] = '\r';
UNESCAPE[116] = '\t';
UNESCAPE[98] = '\b';
UNESCAPE[102] = '\f';

function unescapeDense(text: string): string {
	const n = text.length;
	const buf = new Uint16Array(n);
	let o = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 92 && i + 1 < n) {
			const rep = UNESCAPE[text.charCodeAt(i + 1)];
			if (rep !== undefined) {
				buf[o++] = rep.charCodeAt(0);
				i++;
				continue;
			}
			buf[o++] = c;
			buf[o++] = text.charCodeAt(++i);
			continue;
		}
		buf[o++] = c;
	}
	const parts: string[] = [];
	for (let s = 0; s < o; s += 8192) {
		parts.push(String.fromCharCode.apply(null, buf.subarray(s, Math.min(o, s + 8192)) as unknown as number[]));
	}
	return parts.join('');
}

/** The last `{` before `from` and after `min`, looking back at most ANCHOR_WINDOW characters; -1 if none. */
export function prevBrace(text: string, from: number, min: number, budget: Budget): number {
	const stop = Math.max(min, from - ANCHOR_WINDOW, -1);
	let i = from - 1;
	for (; i > stop; i--) if (text.charCodeAt(i) === 123) break;
	budget.left -= from - i;
	return i > stop ? i : -1;
}

/** Scans `text` for `{…}` objects, in order, and searches each one parsed. */
