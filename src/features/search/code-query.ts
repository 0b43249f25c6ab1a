/**
 * The code layer over full-text search. Pagefind matches numbers as word prefixes, so "4500"
 * is not guaranteed to rank 4500 first; this layer answers numeric queries from the registry:
 * an exact code first, then every code the digits are a prefix of, in numeric order.
 */

/** A code as the search layer knows it: number and title in each language. */
export interface CodeHit {
	code: string;
	titles: { en: string; zh: string };
}

/** Fold full-width digits (４５００) to ASCII and trim. */
function normalizeDigits(text: string): string {
	return text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
}

/**
 * The digits a query asks for as a code, or null: "4500", " 4500 ", "４５００", "#4500",
 * "code 4500", "code: 4500", "\"4500\"", "错误码 4500" all ask for 4500; "41" asks for a prefix.
 */
export function codeDigits(query: string): string | null {
	const text = normalizeDigits(query).toLowerCase();
	const match = /^(?:(?:error\s*)?code\s*[:：=]?\s*|错误码\s*[:：]?\s*|#)?["'“”]?([0-9]{1,6})["'“”]?$/.exec(text);
	return match ? match[1] : null;
}

/** The shard a code lives in (its first two digits): the client loads only that shard. */
export function shardOf(digits: string): string | null {
	return digits.length >= 2 ? digits.slice(0, 2) : null;
}

/** Codes matching a query: the exact code first, then codes starting with the digits. */
export function matchCodes(
	query: string,
	codes: readonly CodeHit[],
	limit = 50,
): { exact: CodeHit | null; hits: CodeHit[] } {
	const digits = codeDigits(query);
	if (!digits) return { exact: null, hits: [] };
	const exact = codes.find((hit) => hit.code === digits) ?? null;
	const prefixed = codes
		.filter((hit) => hit.code !== digits && hit.code.startsWith(digits))
		.sort((a, b) => Number(a.code) - Number(b.code));
	return { exact, hits: (exact ? [exact, ...prefixed] : prefixed).slice(0, limit) };
}
