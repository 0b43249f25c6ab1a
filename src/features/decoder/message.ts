/** A response's `message`: `\uXXXX` escapes that survived JSON parsing, and the product module's code in front. */
import type { DecodedMessage } from './decode.ts';

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
/** `20108:Channel is not in an editable status`: four or more digits, a colon, then text (not a time such as 10:00). */
const MODULE_COLON_RE = /^\s*([0-9]{4,20})\s*[:：]\s*(?=[^\s0-9])/;

/**
 * Splits a leading module error code: "(100004) incorrect projectId" → 100004 + "incorrect projectId";
 * "20108:频道处于非编辑状态" → 20108 + "频道处于非编辑状态".
 */
export function splitModuleCode(message: string): { moduleCode?: string; text: string } {
	if (typeof message !== 'string') return { text: '' };
	const m = MODULE_RE.exec(message) ?? MODULE_COLON_RE.exec(message);
	if (!m) return { text: message.trim() };
	return { moduleCode: m[1], text: message.slice(m[0].length).trim() };
}

/** The message as found, and as shown: escapes decoded, module code split off. */
export function decodeMessage(raw: string): DecodedMessage {
	const u = decodeUnicodeEscapes(raw);
	const split = splitModuleCode(u.text);
	const m: DecodedMessage = { raw, text: split.text, unicodeDecoded: u.decoded };
	if (split.moduleCode !== undefined) m.moduleCode = split.moduleCode;
	return m;
}
