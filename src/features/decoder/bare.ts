/**
 * Inputs that hold no response: a code alone (`4500`, `E4500`, `错误码 4500`), a message alone
 * (`(100004) incorrect projectId`, `\u7b7e\u540d\u9519\u8bef`, what the Go SDK's error prints), and
 * documented codes mentioned in other text.
 */
import { codeDigits } from '../search/code-query.ts';
import type { DecodeResult } from './decode.ts';
import { decodeMessage } from './message.ts';
import { withCode } from './result.ts';

/** Longest input read as a code alone, and as a message alone. */
const BARE_CODE_MAX = 64;
const BARE_MESSAGE_MAX = 4000;
const MAX_MENTIONS = 5;
const MAX_NUMBERS = 5000;

/** The input is a code and nothing else. */
export function bareCode(text: string, isKnownCode: (code: string) => boolean): DecodeResult | undefined {
	if (text.length > BARE_CODE_MAX) return undefined;
	const digits = codeDigits(text);
	if (digits === null) return undefined;
	return withCode({ kind: 'not-a-response', otherFields: [], found: 'bare' }, digits, 'number', isKnownCode);
}

/** The input is one message: it has `\uXXXX` escapes or starts with a module code. */
export function bareMessage(text: string): DecodeResult | undefined {
	let t = text.trim();
	if (t.length > BARE_MESSAGE_MAX) return undefined;
	const quote = t.charCodeAt(0);
	if ((quote === 34 || quote === 39) && t.charCodeAt(t.length - 1) === quote) t = t.slice(1, -1);
	const message = decodeMessage(t);
	if (!message.unicodeDecoded && message.moduleCode === undefined) return undefined;
	return { kind: 'message', otherFields: [], found: 'bare', message };
}

/** Documented codes written as numbers in the text ("… returned 4100 …"), in order, at most MAX_MENTIONS. */
export function mentionedCodes(text: string, isKnownCode: (code: string) => boolean): string[] {
	const found: string[] = [];
	const number = /[0-9]+/g;
	for (let i = 0; i < MAX_NUMBERS && found.length < MAX_MENTIONS; i++) {
		const m = number.exec(text);
		if (!m) break;
		const end = m.index + m[0].length;
		const isDigit = (at: number) => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
		// Part of 1.4100, 4100.5 or -4100 (a full stop after it is fine: "returned 4100.").
		const decimal =
			(text.charCodeAt(m.index - 1) === 46 && isDigit(m.index - 2)) ||
			(text.charCodeAt(end) === 46 && isDigit(end + 1));
		if (decimal || text.charCodeAt(m.index - 1) === 45) continue;
		let known = false;
		try {
			known = isKnownCode(m[0]);
		} catch {
			known = false;
		}
		if (known && !found.includes(m[0])) found.push(m[0]);
	}
	return found;
}
