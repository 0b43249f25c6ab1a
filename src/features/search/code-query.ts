/**
 * The code layer over full-text search. Pagefind matches numbers as word prefixes, so "4500"
 * is not guaranteed to rank 4500 first, and "E4500" or "04500" match nothing; this layer reads
 * a code in a query, however it is written, and answers from the registry: an exact code
 * first, then every code the digits are a prefix of, in numeric order.
 */

/** A code as the search layer knows it: number and title in each language. */
export interface CodeHit {
	code: string;
	titles: { en: string; zh: string };
}

/**
 * A code as people write it: an optional opening brace (a pasted JSON object), an optional key
 * or mark ("code", "error code", "errcode", "错误码", "返回码", quoted or not, then ":" or "="; "#";
 * "no."; "E", "err", "error", with an optional "-"), the digits (leading zeros dropped) in
 * optional quotes, then optional closing punctuation ("4500.", "4500,", "4500。", "4500}").
 */
const CODE_QUERY =
	/^[{[(]?\s*(?:["'“”‘’]?(?:error ?code|err ?code|errcode|code|错误码|返回码)["'“”‘’]?\s*[:=]?\s*|#\s*|no\.?\s*|e(?:rr(?:or)?)?[-_ ]?)?["'“”‘’]?0*([0-9]{1,6})["'“”‘’]?\s*[.,;:!?。，；：！？)}\]]*$/;

/**
 * The digits a query asks for as a code, or null. NFKC folds full-width forms first (４５００,
 * "code：4500", "＃4500"), then case and spaces are ignored: "04500", "E4500", "e4500",
 * "code=4500", "\"code\": 4500", "4500.", "#4500", " 4500 ", "错误码 4500" all ask for 4500;
 * "41" asks for a prefix. "4500 replay", "45.00" or "-4500" are not codes.
 */
export function codeDigits(query: string): string | null {
	const text = query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
	const match = CODE_QUERY.exec(text);
	return match ? match[1] : null;
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
