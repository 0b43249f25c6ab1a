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

/** How the response was found. */
export type Found = DecodeResult['found'];

export { decodeUnicodeEscapes, splitModuleCode } from './message.ts';

import { searchText, type Ctx } from './find.ts';
import { textFallback } from './key-value.ts';
import { ANCHOR_BUDGET, SCAN_BUDGET, WORK_BUDGET } from './limits.ts';
import { fromHit } from './result.ts';

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
