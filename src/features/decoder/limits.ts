/** The decoder's limits: what a code looks like, and how much work one paste may cost (so 1 MB stays fast). */

/** Valid API 2.0 codes: "0" or up to nine digits without a leading zero. */
export const CODE_RE = /^(0|[1-9][0-9]{0,8})$/;
/** What an API 3.0 error code looks like (for the plain-text fallback only). */
export const API3_CODE_RE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

export const MAX_DEPTH = 4;
export const MAX_NODES = 5000;
export const MAX_ARRAY_ITEMS = 1000;
export const MAX_STARTS = 200;
export const MAX_ANCHORED = 40;
export const MAX_NESTING = 512;
export const MAX_ESCAPE_LEVELS = 3;
export const MAX_STRING_SEARCHES = 20;
/**
 * Characters the brace matcher may step over, plus the length of every nested whole-text parse
 * and unescaping, shared by all levels. (A fragment is parsed only after the matcher stepped over
 * it, so parsing costs at most as much again.)
 */
export const SCAN_BUDGET = 3_000_000;
/** A separate reserve for the anchored search, so that noise before the response cannot starve it. */
export const ANCHOR_BUDGET = 1_500_000;
/** Characters that nested whole-text parses and unescaping may go over, shared by all levels. */
export const WORK_BUDGET = 5_000_000;
/** Longest text for which parseJson retries with control characters escaped. */
export const RETRY_MAX = 262_144;
export const MAX_KEY_HITS = 500;
/** How far back from a `"code"` key the anchored search looks for the `{` that opens its object. */
export const ANCHOR_WINDOW = 65_536;
export const FIELD_VALUE_MAX = 300;
/** Many responses in one paste: `{` candidates tried, responses kept, lines read as `code=…` text. */
export const MAX_MANY_STARTS = 20_000;
export const MAX_RESPONSES = 5_000;
export const MAX_LINES = 100_000;
/** Characters the search for many responses may hand to JSON.parse in all (a 1 MB log of responses needs 1 MB). */
export const MANY_PARSE_BUDGET = 2_000_000;
