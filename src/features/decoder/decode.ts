/**
 * The pure parsing core of the "paste your response" decoder.
 *
 * Takes whatever an engineer pasted (a raw API 2.0 response, a log line around it, JSON escaped
 * once or twice more, a truncated fragment, `code=4500` text, an API 3.0 error response) and
 * finds the response in it. DOM-free, never throws, never evaluates code, and bounded in work so
 * that a 1 MB paste decodes in milliseconds:
 *   - one JSON.parse of the whole input;
 *   - at most MAX_STARTS sequential `{` candidates plus MAX_ANCHORED candidates anchored at a
 *     `"code"` / `"Response"` key, each found with a string-aware brace matcher (no regexes over
 *     the whole text), sharing a budget of characters scanned and parsed;
 *   - at most MAX_ESCAPE_LEVELS levels of unescaping;
 *   - breadth-first search of parsed objects to depth MAX_DEPTH, at most MAX_NODES nodes.
 * Every string it returns is plain text, exactly as found: escaping for display is the caller's job.
 */

export type DecodeKind = 'empty' | 'error' | 'success' | 'unknown-code' | 'api3' | 'not-a-response';

export interface DecodedMessage {
	/** The message as found (after JSON parsing). */
	raw: string;
	/** After decoding any remaining \uXXXX escapes, without the module code prefix, trimmed. */
	text: string;
	/** Digits inside the leading parentheses, if any. */
	moduleCode?: string;
	/** True when \uXXXX escapes were decoded by us (they survived JSON parsing). */
	unicodeDecoded: boolean;
}

export interface DecodeResult {
	kind: DecodeKind;
	/** The numeric code as a canonical decimal string ("4500"), for API 2.0 responses. */
	code?: string;
	codeType?: 'number' | 'string';
	/** First digit of code (for unknown codes: which class it suggests). */
	classDigit?: string;
	message?: DecodedMessage;
	codeDesc?: string;
	/** For kind 'api3': its error code (its Message and RequestId are in `message` and `requestId`). */
	api3?: { code: string };
	requestId?: string;
	/** Any other top-level fields of the response object, value as compact JSON, at most 300 chars. */
	otherFields: { name: string; value: string }[];
	/** How the response was found. */
	found: 'whole' | 'fragment' | 'escaped' | 'text';
	/** For not-a-response: nothing like JSON; JSON without a code; a code that is not a non-negative integer. */
	problem?: 'no-response' | 'no-code' | 'bad-code';
}

type Found = DecodeResult['found'];
type JsonObject = Record<string, unknown>;

/** Valid API 2.0 codes: "0" or up to nine digits without a leading zero. */
const CODE_RE = /^(0|[1-9][0-9]{0,8})$/;
/** What an API 3.0 error code looks like (for the plain-text fallback only). */
const API3_CODE_RE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

const MAX_DEPTH = 4;
const MAX_NODES = 5000;
const MAX_ARRAY_ITEMS = 1000;
const MAX_STARTS = 200;
const MAX_ANCHORED = 40;
const MAX_NESTING = 512;
const MAX_ESCAPE_LEVELS = 3;
const MAX_STRING_SEARCHES = 20;
/**
 * Characters the brace matcher may step over, plus the length of every nested whole-text parse
 * and unescaping, shared by all levels. (A fragment is parsed only after the matcher stepped over
 * it, so parsing costs at most as much again.)
 */
const SCAN_BUDGET = 3_000_000;
/** A separate reserve for the anchored search, so that noise before the response cannot starve it. */
const ANCHOR_BUDGET = 1_500_000;
/** Characters that nested whole-text parses and unescaping may go over, shared by all levels. */
const WORK_BUDGET = 5_000_000;
/** Longest text for which parseJson retries with control characters escaped. */
const RETRY_MAX = 262_144;
const MAX_KEY_HITS = 500;
/** How far back from a `"code"` key the anchored search looks for the `{` that opens its object. */
const ANCHOR_WINDOW = 65_536;
const FIELD_VALUE_MAX = 300;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------------------------
// Public helpers
// ---------------------------------------------------------------------------------------------

const HEX4 = /\\{1,2}u([0-9a-fA-F]{4})(?:\\{1,2}u([dD][c-fC-F][0-9a-fA-F]{2}))?/g;

/**
 * Decodes `\uXXXX` escapes that survived JSON parsing (also with a doubled backslash, `\\uXXXX`).
 * A surrogate pair written as two escapes becomes one character; a lone surrogate becomes U+FFFD.
 * Linear: the pattern has no nested or unbounded quantifiers.
 */
export function decodeUnicodeEscapes(text: string): { text: string; decoded: boolean } {
	try {
		if (typeof text !== 'string') return { text: '', decoded: false };
		if (text.indexOf('u') === -1 || text.indexOf('\\') === -1) return { text, decoded: false };
		let decoded = false;
		const out = text.replace(HEX4, (_m: string, a: string, b: string | undefined) => {
			decoded = true;
			const hi = parseInt(a, 16);
			const isHigh = hi >= 0xd800 && hi <= 0xdbff;
			const isLow = hi >= 0xdc00 && hi <= 0xdfff;
			if (b !== undefined) {
				const lo = parseInt(b, 16);
				if (isHigh) return String.fromCharCode(hi, lo);
				// `b` is a low surrogate that does not follow a high one.
				return (isLow ? '\uFFFD' : String.fromCharCode(hi)) + '\uFFFD';
			}
			return isHigh || isLow ? '\uFFFD' : String.fromCharCode(hi);
		});
		return { text: out, decoded };
	} catch {
		return { text: typeof text === 'string' ? text : '', decoded: false };
	}
}

const MODULE_RE = /^\s*[(（]\s*([0-9]{1,20})\s*[)）]/;

/** Splits a leading module error code, "(100004) incorrect projectId" → 100004 + "incorrect projectId". */
export function splitModuleCode(message: string): { moduleCode?: string; text: string } {
	if (typeof message !== 'string') return { text: '' };
	const m = MODULE_RE.exec(message);
	if (!m) return { text: message.trim() };
	return { moduleCode: m[1], text: message.slice(m[0].length).trim() };
}

// ---------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------

interface Hit {
	/** The object holding `code` (API 2.0) or `Error` (API 3.0). */
	node: JsonObject;
	shape: 'api2' | 'api3';
	valid: boolean;
	found: Found;
}

interface Outcome {
	hit?: Hit; // first hit with a valid code
	bad?: Hit; // first hit with a bad code, if no valid one
	json?: Found; // where the first JSON object/array was found (for "no-code")
}

interface Budget {
	left: number;
}

interface Ctx {
	scan: Budget; // characters left in SCAN_BUDGET
	anchor: Budget; // characters left in ANCHOR_BUDGET
	work: Budget; // characters left in WORK_BUDGET
	stringSearches: number;
}

function merge(into: Outcome, from: Outcome): Outcome {
	if (!into.hit && from.hit) into.hit = from.hit;
	if (!into.bad && from.bad) into.bad = from.bad;
	if (!into.json && from.json) into.json = from.json;
	return into;
}

function codeIsValid(v: unknown): boolean {
	if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && !Object.is(v, -0) && v <= 999_999_999;
	if (typeof v === 'string') return CODE_RE.test(v);
	return false;
}

/** Is this object a response? API 2.0 first (own `code`), then the API 3.0 shapes. */
function classify(obj: JsonObject, found: Found): Hit | undefined {
	if (hasOwn(obj, 'code')) return { node: obj, shape: 'api2', valid: codeIsValid(obj.code), found };
	if (hasOwn(obj, 'Response')) {
		const r = obj.Response;
		if (isObject(r) && api3Error(r)) return { node: r, shape: 'api3', valid: true, found };
	}
	if (api3Error(obj)) return { node: obj, shape: 'api3', valid: true, found };
	return undefined;
}

function api3Error(obj: JsonObject): boolean {
	if (!hasOwn(obj, 'Error')) return false;
	const e = obj.Error;
	return isObject(e) && hasOwn(e, 'Code') && typeof e.Code === 'string' && e.Code.trim() !== '';
}

/** Breadth-first search of a parsed value for a response, to depth MAX_DEPTH. */
function bfs(root: unknown, found: Found, ctx: Ctx, level: number): Outcome {
	const out: Outcome = {};
	const queue: { v: unknown; d: number }[] = [{ v: root, d: 0 }];
	for (let head = 0; head < queue.length && head < MAX_NODES; head++) {
		const { v, d } = queue[head];
		if (typeof v === 'string') {
			// A string field holding (escaped) JSON or a log line with JSON in it.
			const sub = searchText(v, ctx, level + 1, true, false);
			if (sub.hit) return merge(out, { hit: sub.hit });
			if (sub.bad && !out.bad) out.bad = sub.bad;
			continue;
		}
		if (Array.isArray(v)) {
			if (d >= MAX_DEPTH) continue;
			const n = Math.min(v.length, MAX_ARRAY_ITEMS);
			for (let i = 0; i < n && queue.length < MAX_NODES; i++) enqueue(queue, v[i], d + 1, ctx, level);
			continue;
		}
		if (!isObject(v)) continue;
		const h = classify(v, found);
		if (h) {
			if (h.valid) return merge(out, { hit: h });
			if (!out.bad) out.bad = h;
		}
		if (d >= MAX_DEPTH) continue;
		const keys = Object.keys(v);
		for (let i = 0; i < keys.length && queue.length < MAX_NODES; i++) enqueue(queue, v[keys[i]], d + 1, ctx, level);
	}
	return out;
}

function enqueue(queue: { v: unknown; d: number }[], v: unknown, d: number, ctx: Ctx, level: number): void {
	if (typeof v === 'object' && v !== null) queue.push({ v, d });
	else if (
		typeof v === 'string' &&
		level < MAX_ESCAPE_LEVELS &&
		ctx.stringSearches < MAX_STRING_SEARCHES &&
		v.length <= ctx.work.left &&
		v.indexOf('{') !== -1 &&
		(v.indexOf('code') !== -1 || v.indexOf('Error') !== -1)
	) {
		ctx.stringSearches++;
		queue.push({ v, d });
	}
}

/**
 * String-aware brace matcher: from `start` (a `{`), the index of the bracket that closes it, or -1
 * (unclosed, nested deeper than MAX_NESTING, a raw line break inside a string, or out of budget).
 */
function matchBrace(text: string, start: number, budget: Budget): number {
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

const FAIL = Symbol('fail');

/**
 * JSON.parse that never throws. Retries once with raw control characters inside strings escaped
 * (a pasted message with a real tab or line break), for texts up to RETRY_MAX characters,
 * charged to the work budget.
 */
function parseJson(s: string, work: Budget): unknown {
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
function unescapeOnce(text: string): string {
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
function prevBrace(text: string, from: number, min: number, budget: Budget): number {
	const stop = Math.max(min, from - ANCHOR_WINDOW, -1);
	let i = from - 1;
	for (; i > stop; i--) if (text.charCodeAt(i) === 123) break;
	budget.left -= from - i;
	return i > stop ? i : -1;
}

/** Scans `text` for `{…}` objects, in order, and searches each one parsed. */
function scanFragments(text: string, ctx: Ctx, level: number, escaped: boolean): Outcome {
	const out: Outcome = {};
	const found: Found = escaped ? 'escaped' : 'fragment';
	const budget = ctx.scan;
	const tried = new Set<number>();
	let lastStart = -1;
	let exhausted = false;

	const attempt = (pos: number, b: Budget): number => {
		tried.add(pos);
		const end = matchBrace(text, pos, b);
		if (end < 0) return -1;
		const v = parseJson(text.slice(pos, end + 1), ctx.work);
		if (v === FAIL || typeof v !== 'object' || v === null) return -1;
		if (!out.json) out.json = found;
		const sub = bfs(v, found, ctx, level);
		merge(out, sub);
		return end;
	};

	let starts = 0;
	let pos = text.indexOf('{');
	while (pos !== -1 && !out.hit) {
		if (starts >= MAX_STARTS || budget.left <= 0) {
			exhausted = true;
			break;
		}
		starts++;
		lastStart = pos;
		const end = attempt(pos, budget);
		pos = text.indexOf('{', end >= 0 ? end + 1 : pos + 1);
	}
	if (out.hit || !exhausted) return out;

	// The sequential scan gave up before the end (many braces, or a long noisy prefix): try the
	// objects just before the first `"code"` / `"Response"` keys after where it stopped.
	const anchorBudget = ctx.anchor;
	let anchored = 0;
	let keys = 0;
	for (const needle of ['"code"', '"Response"', '"Error"']) {
		let at = text.indexOf(needle, lastStart + 1);
		while (at !== -1 && keys++ < MAX_ANCHORED * 4 && anchored < MAX_ANCHORED && anchorBudget.left > 0 && !out.hit) {
			let open = prevBrace(text, at, lastStart, anchorBudget);
			for (let back = 0; back < 3 && open > lastStart && anchorBudget.left > 0 && !out.hit; back++) {
				if (!tried.has(open)) {
					anchored++;
					attempt(open, anchorBudget);
				}
				open = prevBrace(text, open, lastStart, anchorBudget);
			}
			at = text.indexOf(needle, at + needle.length);
		}
		if (out.hit) break;
	}
	return out;
}

/**
 * Searches `text` for a response: the whole text as JSON, then `{…}` fragments, then (when it
 * holds escaped quotes) the text unescaped once more.
 */
function searchText(text: string, ctx: Ctx, level: number, escaped: boolean, top: boolean): Outcome {
	const out: Outcome = {};
	const trimmed = text.trim();
	if (trimmed === '') return out;
	const first = trimmed.charCodeAt(0);

	// 1. The whole text is JSON.
	if (first === 123 || first === 91 || first === 34 /* { [ " */) {
		let v: unknown = FAIL;
		if (top || ctx.work.left >= trimmed.length) {
			if (!top) ctx.work.left -= trimmed.length;
			v = parseJson(trimmed, ctx.work);
		}
		if (v !== FAIL) {
			if (typeof v === 'object' && v !== null) {
				const found: Found = escaped ? 'escaped' : 'whole';
				out.json = found;
				return merge(out, bfs(v, found, ctx, level));
			}
			if (typeof v === 'string') {
				// A JSON string: its content is (escaped) JSON or a log line.
				return level < MAX_ESCAPE_LEVELS ? searchText(v, ctx, level + 1, true, false) : out;
			}
			return out; // a bare number, true, false or null
		}
	}

	// 2. JSON objects inside other text.
	if (trimmed.indexOf('{') !== -1) {
		merge(out, scanFragments(trimmed, ctx, level, escaped));
		if (out.hit) return out;
	}

	// 3. JSON that was escaped once more (`{\"code\":4500}`): its keys end in a backslash.
	if (
		level < MAX_ESCAPE_LEVELS &&
		ctx.work.left >= trimmed.length &&
		trimmed.indexOf('\\"') !== -1 &&
		(trimmed.indexOf('code\\') !== -1 || trimmed.indexOf('Error\\') !== -1)
	) {
		ctx.work.left -= trimmed.length;
		const un = unescapeOnce(trimmed);
		if (un !== trimmed) merge(out, searchText(un, ctx, level + 1, true, false));
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Plain-text fallback: code=4500 message=…
// ---------------------------------------------------------------------------------------------

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

function textFallback(text: string, isKnownCode: (code: string) => boolean): DecodeResult | undefined {
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

// ---------------------------------------------------------------------------------------------
// Building the result
// ---------------------------------------------------------------------------------------------

function truncate(s: string, max: number): string {
	if (s.length <= max) return s;
	let cut = max - 1;
	const c = s.charCodeAt(cut - 1);
	if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
	return s.slice(0, cut) + '…';
}

/** Compact JSON of a parsed value, at most FIELD_VALUE_MAX characters. */
function compact(v: unknown): string {
	let s: string | undefined;
	try {
		s = JSON.stringify(v);
	} catch {
		s = undefined; // e.g. nesting too deep for the stack
	}
	if (s === undefined) s = Array.isArray(v) ? '[…]' : isObject(v) ? '{…}' : String(v);
	return truncate(s, FIELD_VALUE_MAX);
}

function asText(v: unknown): string {
	if (typeof v === 'string') return v;
	if (v === null || v === undefined) return '';
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	return compact(v);
}

function decodeMessage(raw: string): DecodedMessage {
	const u = decodeUnicodeEscapes(raw);
	const split = splitModuleCode(u.text);
	const m: DecodedMessage = { raw, text: split.text, unicodeDecoded: u.decoded };
	if (split.moduleCode !== undefined) m.moduleCode = split.moduleCode;
	return m;
}

function withCode(
	r: DecodeResult,
	value: unknown,
	codeType: 'number' | 'string' | undefined,
	isKnownCode: (code: string) => boolean,
): DecodeResult {
	if (codeType) r.codeType = codeType;
	let code: string | undefined;
	if (typeof value === 'number' && codeIsValid(value)) code = String(value);
	else if (typeof value === 'string' && CODE_RE.test(value)) code = value;
	if (code === undefined) {
		r.kind = 'not-a-response';
		r.problem = 'bad-code';
		return r;
	}
	r.code = code;
	r.classDigit = code[0];
	if (code === '0') r.kind = 'success';
	else {
		let known = false;
		try {
			known = Boolean(isKnownCode(code));
		} catch {
			known = false;
		}
		r.kind = known ? 'error' : 'unknown-code';
	}
	return r;
}

const API2_KNOWN = new Set(['code', 'message', 'codeDesc', 'requestId', 'RequestId']);

function fromHit(hit: Hit, isKnownCode: (code: string) => boolean): DecodeResult {
	const o = hit.node;
	const r: DecodeResult = { kind: 'not-a-response', otherFields: [], found: hit.found };
	if (hit.shape === 'api3') {
		const e = o.Error as JsonObject;
		if (hasOwn(e, 'Message') && e.Message !== null && e.Message !== undefined)
			r.message = decodeMessage(asText(e.Message));
		if (hasOwn(o, 'RequestId') && o.RequestId !== null && o.RequestId !== undefined) r.requestId = asText(o.RequestId);
		r.kind = 'api3';
		r.api3 = { code: String(e.Code) };
		for (const k of Object.keys(e))
			if (k !== 'Code' && k !== 'Message') r.otherFields.push({ name: `Error.${k}`, value: compact(e[k]) });
		for (const k of Object.keys(o))
			if (k !== 'Error' && k !== 'RequestId') r.otherFields.push({ name: k, value: compact(o[k]) });
		return r;
	}
	const value = o.code;
	if (hasOwn(o, 'message')) r.message = decodeMessage(asText(o.message));
	if (hasOwn(o, 'codeDesc')) r.codeDesc = asText(o.codeDesc);
	for (const k of ['requestId', 'RequestId']) {
		if (r.requestId === undefined && hasOwn(o, k) && o[k] !== null && o[k] !== undefined) r.requestId = asText(o[k]);
	}
	for (const k of Object.keys(o)) if (!API2_KNOWN.has(k)) r.otherFields.push({ name: k, value: compact(o[k]) });
	const type = typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : undefined;
	return withCode(r, value, type, isKnownCode);
}

/**
 * Finds and decodes an API 2.0 (or 3.0) response in whatever was pasted. Never throws.
 * `isKnownCode` says whether a canonical code ("4500") is one of the documented common codes.
 */
export function decodeResponse(input: string, isKnownCode: (code: string) => boolean): DecodeResult {
	try {
		const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
		if (text.trim() === '') return { kind: 'empty', otherFields: [], found: 'whole' };

		const ctx: Ctx = {
			scan: { left: SCAN_BUDGET },
			anchor: { left: ANCHOR_BUDGET },
			work: { left: WORK_BUDGET },
			stringSearches: 0,
		};
		const out = searchText(text, ctx, 0, false, true);
		if (out.hit) return fromHit(out.hit, isKnownCode);
		if (out.bad) return fromHit(out.bad, isKnownCode);

		// No JSON response: `code=4500 message=…` text (also `\"code\":\"4500\"`, or JSON cut
		// short). Not when the whole input is JSON: its fields were searched to depth MAX_DEPTH.
		const r = out.json === 'whole' ? undefined : textFallback(text, isKnownCode);
		if (r) return r;
		if (out.json) return { kind: 'not-a-response', otherFields: [], found: out.json, problem: 'no-code' };
		return { kind: 'not-a-response', otherFields: [], found: 'text', problem: 'no-response' };
	} catch {
		return { kind: 'not-a-response', otherFields: [], found: 'text', problem: 'no-response' };
	}
}
