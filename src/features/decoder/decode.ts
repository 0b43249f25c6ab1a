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

/**
 * What was decoded: an API 2.0 error, success or unknown code; an API 3.0 error; a message without
 * a code; a code an SDK made up itself (not Tencent's); an HTTP or network failure that never
 * reached the API; nothing recognisable.
 */
export type DecodeKind =
	'empty' | 'error' | 'success' | 'unknown-code' | 'api3' | 'message' | 'sdk-local' | 'transport' | 'not-a-response';

export interface DecodedMessage {
	/** The message as found (after JSON parsing). */
	raw: string;
	/** After decoding any remaining \uXXXX escapes, without the module code prefix, trimmed. */
	text: string;
	/** The product module's code: digits in leading parentheses, `(100004) …`, or before a colon, `20108:…`. */
	moduleCode?: string;
	/** True when \uXXXX escapes were decoded by us (they survived JSON parsing). */
	unicodeDecoded: boolean;
}

/** The error and log formats of API 2.0 SDKs and tools that the decoder names when it reads one. */
export type SdkFormat = 'terraform' | 'php' | 'java' | 'python' | 'qcloudcli';

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
	/** How the response was found; 'bare': the input is just a code or just a message. */
	found: 'whole' | 'fragment' | 'escaped' | 'text' | 'bare';
	/** The SDK or tool whose error text this was read as, when one was recognised. */
	via?: SdkFormat;
	/** For 'sdk-local': the code the SDK made up (`-2700`, `3000`). */
	localCode?: string;
	/** For 'transport': the HTTP status the SDK reported, if it said one. */
	httpStatus?: string;
	/** For not-a-response: nothing like JSON; JSON without a code; a code that is not a non-negative integer. */
	problem?: 'no-response' | 'no-code' | 'bad-code';
	/** For not-a-response: the fields of the JSON found without a code (at most 12 names). */
	jsonFields?: string[];
	/** For not-a-response: documented codes that appear as numbers in the text (at most 5). */
	mentions?: string[];
}

/** How the response was found. */
export type Found = DecodeResult['found'];

export { decodeUnicodeEscapes, splitModuleCode } from './message.ts';

import { bareCode, bareMessage, mentionedCodes } from './bare.ts';
import { newCtx, searchText } from './find.ts';
import { percentDecode, textFallback } from './key-value.ts';
import { fromHit, fromMessageOnly } from './result.ts';
import { terraformError, transportError } from './sdk-formats.ts';

/**
 * Finds and decodes an API 2.0 (or 3.0) response in whatever was pasted. Never throws.
 * `isKnownCode` says whether a canonical code ("4500") is one of the documented common codes.
 */
export function decodeResponse(input: string, isKnownCode: (code: string) => boolean): DecodeResult {
	try {
		const text = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
		if (text.trim() === '') return { kind: 'empty', otherFields: [], found: 'whole' };
		return decodeText(text, isKnownCode, true);
	} catch {
		return { kind: 'not-a-response', otherFields: [], found: 'text', problem: 'no-response' };
	}
}

/** URL-encoded JSON or text (`%7B%22code%22…`, `code%3D4100`), as from a query string or a form. */
const URL_ENCODED = /%7[bB]|%22|code%3[dD]/;

function decodeText(text: string, isKnownCode: (code: string) => boolean, top: boolean): DecodeResult {
	const out = searchText(text, newCtx(), 0, false, true);
	if (out.hit) return fromHit(out.hit, isKnownCode);
	if (out.bad) return fromHit(out.bad, isKnownCode);

	// No JSON response: the Terraform provider's error text, or `code=4500 message=…` text (also
	// `\"code\":\"4500\"`, or JSON cut short). Not when the whole input is JSON: its fields were
	// searched to depth MAX_DEPTH.
	if (out.json !== 'whole') {
		const r = terraformError(text, isKnownCode) ?? textFallback(text, isKnownCode);
		if (r) return r;
	}
	if (out.message) return fromMessageOnly(out.message.node, out.message.found);
	const transport = transportError(text);
	if (transport) return transport;
	const bare = top ? bareCode(text.trim(), isKnownCode) : undefined;
	if (bare) return bare;
	if (top && out.json === undefined && URL_ENCODED.test(text)) {
		const r = decodeText(percentDecode(text, false), isKnownCode, false);
		if (r.kind !== 'not-a-response' || r.problem !== 'no-response') return { ...r, found: 'escaped' };
	}
	const mentions = mentionedCodes(text, isKnownCode);
	const extra = mentions.length ? { mentions } : {};
	if (out.json)
		return {
			kind: 'not-a-response',
			otherFields: [],
			found: out.json,
			problem: 'no-code',
			jsonFields: out.keys ?? [],
			...extra,
		};
	return (
		bareMessage(text) ?? { kind: 'not-a-response', otherFields: [], found: 'text', problem: 'no-response', ...extra }
	);
}
