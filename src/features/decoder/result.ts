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

export function withCode(
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
