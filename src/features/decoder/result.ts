/** Shaping the result: a found response object becomes a DecodeResult (its code checked, its fields as text). */
import type { DecodeResult } from './decode.ts';
import type { Hit } from './find.ts';
import { codeIsValid } from './find.ts';
import { hasOwn, isObject, type JsonObject } from './json-text.ts';
import { CODE_RE, FIELD_VALUE_MAX } from './limits.ts';
import { decodeMessage } from './message.ts';

export function truncate(s: string, max: number): string {
	if (s.length <= max) return s;
	let cut = max - 1;
	const c = s.charCodeAt(cut - 1);
	if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
	return s.slice(0, cut) + '…';
}

/** Compact JSON of a parsed value, at most FIELD_VALUE_MAX characters. */
export function compact(v: unknown): string {
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

/**
 * Codes that API 2.0 SDKs make up themselves and return in place of the server's answer: the Java
 * SDK's -2300 (URL-encoding failure), -2700 (an exception during the request, HTTP status 400 or
 * more included) and -2800 (closing the connection failed); the PHP SDK's 3000 with "request falied!"
 * (typo as in the SDK) for a response it could not read.
 */
const JAVA_LOCAL_CODES = new Set(['-2300', '-2700', '-2800']);
const PHP_LOCAL_CODE = '3000';

function sdkLocal(r: DecodeResult, value: unknown): DecodeResult | undefined {
	const v = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (JAVA_LOCAL_CODES.has(v)) {
		// The JDK's exception text names the HTTP status: "Server returned HTTP response code: 500 for URL: …".
		const status = r.message ? /HTTP response code: ([0-9]{3})/.exec(r.message.raw)?.[1] : undefined;
		return Object.assign(r, { kind: 'sdk-local', via: 'java', localCode: v }, status ? { httpStatus: status } : {});
	}
	if (v === PHP_LOCAL_CODE && r.message && r.message.raw.indexOf('request falied') !== -1)
		return Object.assign(r, { kind: 'sdk-local', via: 'php', localCode: v });
	return undefined;
}

/** Sets the code and the kind it makes (success, a documented error, an unknown code, an SDK's own code). */
export function withCode(
	r: DecodeResult,
	value: unknown,
	codeType: 'number' | 'string' | undefined,
	isKnownCode: (code: string) => boolean,
): DecodeResult {
	if (codeType) r.codeType = codeType;
	const local = sdkLocal(r, value);
	if (local) return local;
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

export function fromHit(hit: Hit, isKnownCode: (code: string) => boolean): DecodeResult {
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
	api2Fields(o, r);
	const value = o.code;
	const type = typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : undefined;
	return withCode(r, value, type, isKnownCode);
}

/** An object with a `message` but no code (what is left of a response, or a log record): its message decoded. */
export function fromMessageOnly(node: JsonObject, found: DecodeResult['found']): DecodeResult {
	return api2Fields(node, { kind: 'message', otherFields: [], found });
}

/** Reads an API 2.0 response's message, codeDesc, request ID and other fields into `r`. */
function api2Fields(o: JsonObject, r: DecodeResult): DecodeResult {
	if (hasOwn(o, 'message')) r.message = decodeMessage(asText(o.message));
	if (hasOwn(o, 'codeDesc')) r.codeDesc = asText(o.codeDesc);
	for (const k of ['requestId', 'RequestId']) {
		if (r.requestId === undefined && hasOwn(o, k) && o[k] !== null && o[k] !== undefined) r.requestId = asText(o[k]);
	}
	for (const k of Object.keys(o)) if (!API2_KNOWN.has(k)) r.otherFields.push({ name: k, value: compact(o[k]) });
	return r;
}
