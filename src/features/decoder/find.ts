/** Finding the response in what was pasted: the whole text as JSON, `{…}` fragments in other text, escaped JSON, and a breadth-first search of parsed trees. */
import type { Found } from './decode.ts';
import {
	hasOwn,
	isObject,
	matchBrace,
	parseJson,
	prevBrace,
	unescapeOnce,
	FAIL,
	type Budget,
	type JsonObject,
} from './json-text.ts';
import {
	ANCHOR_BUDGET,
	SCAN_BUDGET,
	WORK_BUDGET,
	CODE_RE,
	MAX_ANCHORED,
	MAX_ARRAY_ITEMS,
	MAX_DEPTH,
	MAX_ESCAPE_LEVELS,
	MAX_NODES,
	MAX_STARTS,
	MAX_STRING_SEARCHES,
} from './limits.ts';

export interface Hit {
	/** The object holding `code` (API 2.0) or `Error` (API 3.0). */
	node: JsonObject;
	shape: 'api2' | 'api3';
	valid: boolean;
	found: Found;
}

export interface Outcome {
	hit?: Hit; // first hit with a valid code
	bad?: Hit; // first hit with a bad code, if no valid one
	json?: Found; // where the first JSON object/array was found (for "no-code")
	keys?: string[]; // the top-level keys of that JSON, when it was an object
	message?: { node: JsonObject; found: Found }; // the first object with a string `message` but no code
}

export interface Ctx {
	scan: Budget; // characters left in SCAN_BUDGET
	anchor: Budget; // characters left in ANCHOR_BUDGET
	work: Budget; // characters left in WORK_BUDGET
	stringSearches: number;
}

/** A fresh set of work budgets (one per decode, shared by all levels of it). */
export function newCtx(): Ctx {
	return {
		scan: { left: SCAN_BUDGET },
		anchor: { left: ANCHOR_BUDGET },
		work: { left: WORK_BUDGET },
		stringSearches: 0,
	};
}

export function merge(into: Outcome, from: Outcome): Outcome {
	if (!into.hit && from.hit) into.hit = from.hit;
	if (!into.bad && from.bad) into.bad = from.bad;
	if (!into.json && from.json) {
		into.json = from.json;
		into.keys = from.keys;
	}
	if (!into.message && from.message) into.message = from.message;
	return into;
}

/** Up to 12 top-level keys of a parsed object (for "JSON without a code: it has …"). */
function topKeys(v: object): string[] | undefined {
	return Array.isArray(v) ? undefined : Object.keys(v).slice(0, 12);
}

export function codeIsValid(v: unknown): boolean {
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
export function bfs(root: unknown, found: Found, ctx: Ctx, level: number): Outcome {
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
		} else if (!out.message && typeof v.message === 'string' && hasOwn(v, 'message')) out.message = { node: v, found };
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
		if (!out.json) Object.assign(out, { json: found, keys: topKeys(v) });
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
export function searchText(text: string, ctx: Ctx, level: number, escaped: boolean, top: boolean): Outcome {
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
				Object.assign(out, { json: found, keys: topKeys(v) });
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
