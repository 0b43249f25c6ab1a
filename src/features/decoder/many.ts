/**
 * Many responses in one paste (a log, NDJSON, a JSON array, several objects): every response with
 * the line it starts on (the item, in an array), summed up per code. One set of budgets is shared
 * by the whole search, so a 1 MB log stays fast.
 */
import { decodeResponse, type DecodeResult } from './decode.ts';
import { bfs, newCtx } from './find.ts';
import { FAIL, matchBrace, parseJson, unescapeOnce } from './json-text.ts';
import { textFallback } from './key-value.ts';
import { MANY_PARSE_BUDGET, MAX_ARRAY_ITEMS, MAX_LINES, MAX_MANY_STARTS, MAX_RESPONSES } from './limits.ts';
import { fromHit } from './result.ts';
import { terraformError } from './sdk-formats.ts';

/** One response found, and where: its line (or its item, in a JSON array), counted from 1. */
export interface Located {
	result: DecodeResult;
	at: number;
}

/** All the responses with the same code (or the same API 3.0 code, or the same SDK code). */
export interface CodeGroup {
	key: string;
	/** The first of them: what is shown when the group is opened. */
	first: DecodeResult;
	count: number;
	/** Where each one is (the first LINES_KEPT of them), and where the last one is. */
	at: number[];
	last: number;
}

export interface Summary {
	total: number;
	/** 'line' for text, 'item' for a JSON array. */
	unit: 'line' | 'item';
	/** Everything but success, in the order first seen. */
	groups: CodeGroup[];
	/** The successful responses (code 0), counted apart. */
	successes?: CodeGroup;
}

/** What the decoder page shows: one response, or, when there are several, their summary too. */
export interface Decoded {
	single: DecodeResult;
	summary?: Summary;
}

const LINES_KEPT = 50;

/** Decodes a paste: the single answer (the first response), and a summary when there are two or more. */
export function decodeAll(input: string, isKnownCode: (code: string) => boolean): Decoded {
	const single = decodeResponse(input, isKnownCode);
	if (single.kind === 'empty' || typeof input !== 'string') return { single };
	try {
		const { found, unit } = findAll(input, isKnownCode);
		return found.length >= 2 ? { single, summary: summarize(found, unit) } : { single };
	} catch {
		return { single };
	}
}

/** Every response in the text, in order. */
export function findAll(
	text: string,
	isKnownCode: (code: string) => boolean,
): { found: Located[]; unit: Summary['unit'] } {
	const ctx = newCtx();
	const trimmed = text.trim();
	if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
		const v = parseJson(trimmed, ctx.work);
		if (Array.isArray(v)) {
			const found: Located[] = [];
			for (let i = 0; i < v.length && i < MAX_ARRAY_ITEMS; i++) {
				const o = bfs(v[i], 'whole', ctx, 0);
				const hit = o.hit ?? o.bad;
				if (hit) found.push({ result: fromHit(hit, isKnownCode), at: i + 1 });
			}
			return { found, unit: 'item' };
		}
		if (v !== FAIL) return { found: [], unit: 'line' }; // one JSON value: one response at most
	}
	const found: Located[] = [];
	const spans = fragments(text, ctx, isKnownCode, found);
	// Lines outside those objects: `code=4100 message=…` text, escaped JSON, the Terraform provider's errors.
	let line = 1;
	let span = 0;
	const keyAfter = keyFinder(text, ['code', 'Code', '错误码']);
	for (let start = 0; start <= text.length && line <= MAX_LINES && found.length < MAX_RESPONSES; line++) {
		const nl = text.indexOf('\n', start);
		const end = nl === -1 ? text.length : nl;
		const nextKey = keyAfter(start);
		while (span < spans.length && spans[span][1] < start) span++;
		const covered = span < spans.length && spans[span][0] <= end;
		if (nextKey !== -1 && nextKey < end && !covered && ctx.work.left > 0 && keyHasValue(text, nextKey, end, keyAfter)) {
			const lineText = text.slice(start, end);
			ctx.work.left -= lineText.length;
			// `{…}` objects were all tried above; only escaped JSON (`{\"code\":…}`) is left to find in a line.
			const out = escapedResponse(lineText, ctx);
			const hit = out.hit ?? out.bad;
			const r = hit
				? fromHit(hit, isKnownCode)
				: (terraformError(lineText, isKnownCode) ?? textFallback(lineText, isKnownCode));
			if (r && r.kind !== 'not-a-response') found.push({ result: r, at: line });
		}
		if (nl === -1) break;
		start = nl + 1;
	}
	found.sort((a, b) => a.at - b.at);
	return { found, unit: 'line' };
}

/**
 * The next place at or after a position where one of `keys` occurs,
 * -1 if none. Positions only grow, so each key's text is searched once in all.
 */
function keyFinder(text: string, keys: string[]): (from: number) => number {
	const next = new Map(keys.map((key) => [key, text.indexOf(key)]));
	return (from) => {
		let first = -1;
		for (const [key, at] of next) {
			let pos = at;
			if (pos !== -1 && pos < from) next.set(key, (pos = text.indexOf(key, from)));
			if (pos !== -1 && (first === -1 || pos < first)) first = pos;
		}
		return first;
	};
}

/** The `{…}` objects of the text that hold a response: each decoded into `found`; their spans returned. */
function fragments(
	text: string,
	ctx: ReturnType<typeof newCtx>,
	isKnownCode: (code: string) => boolean,
	found: Located[],
): [number, number][] {
	const spans: [number, number][] = [];
	const keyAfter = keyFinder(text, ['code', 'Error']);
	let parsed = 0; // characters handed to JSON.parse
	let line = 1;
	let counted = 0; // `line` is the line of position `counted`
	let pos = text.indexOf('{');
	for (let starts = 0; pos !== -1 && starts < MAX_MANY_STARTS && ctx.scan.left > 0; starts++) {
		if (found.length >= MAX_RESPONSES) break;
		const end = matchBrace(text, pos, ctx.scan);
		// Only an object with a key a response has is parsed; none is retried with control
		// characters escaped (a budget of 0), which the single answer already does for the first.
		const key = end >= 0 ? keyAfter(pos) : -1;
		const parse = key !== -1 && key < end && looksLikeObject(text, pos) && parsed < MANY_PARSE_BUDGET;
		if (parse) parsed += end + 1 - pos;
		const v = parse ? parseJson(text.slice(pos, end + 1), { left: 0 }) : FAIL;
		if (v === FAIL || typeof v !== 'object' || v === null) {
			pos = text.indexOf('{', pos + 1);
			continue;
		}
		const o = bfs(v, 'fragment', ctx, 0);
		const hit = o.hit ?? o.bad;
		if (hit) {
			for (let i = text.indexOf('\n', counted); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
			counted = pos;
			found.push({ result: fromHit(hit, isKnownCode), at: line });
			spans.push([pos, end]);
		}
		pos = text.indexOf('{', end + 1);
	}
	return spans;
}

/**
 * A response escaped once more in a line (`resp="{\\"code\\":4500}"`): the `{…}` objects were all
 * tried already, so only this is left. At most 3 objects of the unescaped line are tried.
 */
function escapedResponse(line: string, ctx: ReturnType<typeof newCtx>): ReturnType<typeof bfs> {
	if (line.indexOf('code\\"') === -1 && line.indexOf('Error\\"') === -1) return {};
	const un = unescapeOnce(line);
	const budget = { left: un.length * 3 };
	for (let open = un.indexOf('{'), tries = 0; open !== -1 && tries < 3; open = un.indexOf('{', open + 1), tries++) {
		const end = matchBrace(un, open, budget);
		const v = end < 0 ? FAIL : parseJson(un.slice(open, end + 1), { left: 0 });
		if (v === FAIL || typeof v !== 'object' || v === null) continue;
		const o = bfs(v, 'escaped', ctx, 1);
		if (o.hit || o.bad) return o;
	}
	return {};
}

/**
 * Does a key from `at` on (up to `end`) have a separator after it (`code=`, `"code": `, `错误码：`)?
 * A cheap test, with no allocation, before a line is read as `key=value` text.
 */
function keyHasValue(text: string, at: number, end: number, keyAfter: (from: number) => number): boolean {
	for (let key = at, n = 0; key !== -1 && key < end && n < 16; key = keyAfter(key + 1), n++) {
		for (let i = key + 3, stop = Math.min(end, key + 16); i < stop; i++) {
			const c = text.charCodeAt(i);
			if (c === 58 || c === 61 || c === 0xff1a || c === 0xff1d) return true;
		}
	}
	return false;
}

/** A JSON object starts `{"` or `{}`, blanks allowed: anything else after a `{` is not worth a parse. */
function looksLikeObject(text: string, open: number): boolean {
	for (let i = open + 1; i < text.length && i < open + 64; i++) {
		const c = text.charCodeAt(i);
		if (c === 34 || c === 125) return true;
		if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
	}
	return false;
}

/** The responses grouped by code, in the order each code was first seen; successes apart. */
export function summarize(found: Located[], unit: Summary['unit']): Summary {
	const groups = new Map<string, CodeGroup>();
	for (const { result, at } of found) {
		const key = groupKey(result);
		const group = groups.get(key) ?? { key, first: result, count: 0, at: [], last: at };
		group.count++;
		if (group.at.length < LINES_KEPT) group.at.push(at);
		group.last = at;
		groups.set(key, group);
	}
	const successes = groups.get('success');
	groups.delete('success');
	return { total: found.length, unit, groups: [...groups.values()], ...(successes ? { successes } : {}) };
}

function groupKey(r: DecodeResult): string {
	if (r.kind === 'success') return 'success';
	if (r.kind === 'api3') return `api3:${r.api3?.code ?? ''}`;
	if (r.kind === 'sdk-local') return `local:${r.localCode ?? ''}`;
	return r.code !== undefined ? `code:${r.code}` : `kind:${r.kind}`;
}
