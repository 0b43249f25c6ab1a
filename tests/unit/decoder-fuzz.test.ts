/**
 * Fuzzing the decoder core with a seeded PRNG (mulberry32, fixed seeds: a failure names its seed
 * and iteration, so it reproduces). Checks that decodeResponse never throws, always returns a
 * well-formed DecodeResult, passes hostile strings through verbatim (escaping is the UI's job),
 * does not pollute Object.prototype, and stays fast on 1 MB inputs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import {
	decodeResponse,
	decodeUnicodeEscapes,
	splitModuleCode,
	type DecodeResult,
} from '../../src/features/decoder/decode.ts';
import { decodeAll, type Decoded } from '../../src/features/decoder/many.ts';

/** The codes the site knows: the registry's (content/registry.yaml), as the decoder page is given them. */
const KNOWN = new Set(readContent().set.registry.map((entry) => entry.id));
const isKnown = (code: string) => KNOWN.has(code);

/** mulberry32: a tiny seeded PRNG, floats in [0, 1). */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const int = (rnd: () => number, max: number) => Math.floor(rnd() * max);

const KINDS = new Set([
	'empty',
	'error',
	'success',
	'unknown-code',
	'api3',
	'message',
	'sdk-local',
	'transport',
	'not-a-response',
]);
const FOUND = new Set(['whole', 'fragment', 'escaped', 'text', 'bare']);
const VIA = new Set(['terraform', 'php', 'java', 'python', 'qcloudcli']);
const PROBLEMS = new Set(['no-response', 'no-code', 'bad-code']);
const KEYS = new Set([
	'kind',
	'code',
	'codeType',
	'classDigit',
	'message',
	'codeDesc',
	'api3',
	'requestId',
	'otherFields',
	'found',
	'problem',
	'via',
	'localCode',
	'httpStatus',
	'jsonFields',
	'mentions',
]);
const CODE_RE = /^(0|[1-9][0-9]{0,8})$/;

/** What is wrong with decodeAll's answer: its single result must be decodeResponse's; every group well formed. */
function problemWithAll(d: Decoded, single: DecodeResult): string | undefined {
	if (JSON.stringify(d.single) !== JSON.stringify(single)) return 'decodeAll single differs from decodeResponse';
	if (!d.summary) return undefined;
	if (d.summary.total < 2) return `summary of ${d.summary.total}`;
	for (const g of [...d.summary.groups, ...(d.summary.successes ? [d.summary.successes] : [])]) {
		const p = problemWith(g.first);
		if (p) return `group ${g.key}: ${p}`;
		if (g.count < 1 || g.at.length < 1 || g.last < g.at[0]) return `group ${g.key} counts`;
	}
	return undefined;
}

/** The first thing wrong with a result, or undefined when it is a well-formed DecodeResult. */
function problemWith(r: DecodeResult): string | undefined {
	if (typeof r !== 'object' || r === null) return 'not an object';
	for (const k of Object.keys(r)) if (!KEYS.has(k)) return `unexpected key ${k}`;
	if (!KINDS.has(r.kind)) return `kind ${String(r.kind)}`;
	if (!FOUND.has(r.found)) return `found ${String(r.found)}`;
	if (!Array.isArray(r.otherFields)) return 'otherFields not an array';
	for (const f of r.otherFields) {
		if (typeof f.name !== 'string' || typeof f.value !== 'string') return 'otherFields entry not strings';
		if (f.value.length > 300) return `otherFields value of ${f.value.length} chars`;
	}
	if (r.code !== undefined && (typeof r.code !== 'string' || !CODE_RE.test(r.code))) return `code ${String(r.code)}`;
	if (r.code !== undefined && r.classDigit !== r.code[0]) return `classDigit ${r.classDigit} for ${r.code}`;
	if (r.code === undefined && r.classDigit !== undefined) return 'classDigit without code';
	if (r.codeType !== undefined && r.codeType !== 'number' && r.codeType !== 'string')
		return `codeType ${String(r.codeType)}`;
	if (['error', 'success', 'unknown-code'].includes(r.kind) && r.code === undefined) return `${r.kind} without code`;
	if (r.kind === 'success' && r.code !== '0') return `success with code ${r.code}`;
	if (r.kind !== 'success' && r.code === '0') return `code 0 with kind ${r.kind}`;
	if (r.kind === 'error' && !KNOWN.has(r.code!)) return `error with unknown code ${r.code}`;
	if (r.kind === 'unknown-code' && KNOWN.has(r.code!)) return `unknown-code with known code ${r.code}`;
	if ((r.kind === 'not-a-response') !== (r.problem !== undefined))
		return `problem ${String(r.problem)} with kind ${r.kind}`;
	if (r.problem !== undefined && !PROBLEMS.has(r.problem)) return `problem ${String(r.problem)}`;
	if (r.via !== undefined && !VIA.has(r.via)) return `via ${String(r.via)}`;
	if ((r.kind === 'sdk-local') !== (r.localCode !== undefined))
		return `localCode ${String(r.localCode)} with kind ${r.kind}`;
	if (r.httpStatus !== undefined && !/^[0-9]{3}$/.test(r.httpStatus)) return `httpStatus ${r.httpStatus}`;
	if (r.mentions !== undefined && (r.kind !== 'not-a-response' || !r.mentions.every((c) => KNOWN.has(c))))
		return `mentions ${String(r.mentions)} with kind ${r.kind}`;
	if (r.jsonFields !== undefined && r.problem !== 'no-code') return `jsonFields with problem ${String(r.problem)}`;
	if ((r.kind === 'api3') !== (r.api3 !== undefined)) return 'api3 field does not match kind';
	if (r.api3 && (typeof r.api3.code !== 'string' || r.api3.code === '')) return 'api3.code';
	if (r.kind === 'empty' && (r.message || r.code || r.otherFields.length)) return 'empty with content';
	for (const k of ['codeDesc', 'requestId'] as const)
		if (r[k] !== undefined && typeof r[k] !== 'string') return `${k} not a string`;
	if (r.message !== undefined) {
		const m = r.message;
		if (typeof m.raw !== 'string' || typeof m.text !== 'string' || typeof m.unicodeDecoded !== 'boolean')
			return 'message fields';
		if (m.moduleCode !== undefined && !/^[0-9]+$/.test(m.moduleCode)) return `moduleCode ${m.moduleCode}`;
		if (m.text !== m.text.trim()) return 'message.text not trimmed';
	}
	return undefined;
}

interface Failure {
	seed: number;
	i: number;
	input: string;
	error: string;
}

/** Decodes, catching throws, and records a failure with its seed and iteration. */
function run(
	failures: Failure[],
	seed: number,
	i: number,
	input: string,
	extra?: (r: DecodeResult) => string | undefined,
): DecodeResult | undefined {
	let r: DecodeResult;
	let all: Decoded;
	try {
		r = decodeResponse(input, isKnown);
		all = decodeAll(input, isKnown);
	} catch (e) {
		failures.push({ seed, i, input: input.slice(0, 300), error: `threw ${String(e)}` });
		return undefined;
	}
	const p = problemWith(r) ?? extra?.(r) ?? problemWithAll(all, r);
	if (p) failures.push({ seed, i, input: input.slice(0, 300), error: p });
	return r;
}

const report = (failures: Failure[]) => JSON.stringify(failures.slice(0, 5), null, 1);

afterAll(() => {
	expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
	expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'code')).toBe(false);
});

// ---------------------------------------------------------------------------------------------

const ALPHABET = [
	'{',
	'}',
	'[',
	']',
	'"',
	"'",
	'\\',
	'\\\\',
	'\\"',
	'\\u',
	'u',
	':',
	',',
	'=',
	' ',
	'  ',
	'\n',
	'\r\n',
	'\t',
	'0',
	'1',
	'4',
	'5',
	'9',
	'-',
	'.',
	'e',
	'4500',
	'0x1F',
	'code',
	'"code"',
	'"code":',
	'message',
	'"message":',
	'codeDesc',
	'Response',
	'Error',
	'Code',
	'Message',
	'RequestId',
	'requestId',
	'(',
	')',
	'(100004)',
	'd800',
	'DC00',
	'7b7e',
	'签',
	'名',
	'错误',
	'😀',
	'\uD800',
	'\uDFFF',
	'\u0000',
	'\u0001',
	'\u001f',
	'\u007f',
	'\u2028',
	'\u3000',
	'\uFEFF',
	'：',
	'<script>',
	'</script>',
	'alert(1)',
	'__proto__',
	'constructor',
	'null',
	'true',
];

describe('fuzz: random strings', () => {
	it.each([1, 2, 3, 4, 5])('5,000 strings over seeds, part %i: seed 0x5eed000%i, 1,000 strings', (part) => {
		const seed = 0x5eed0000 + part;
		const rnd = mulberry32(seed);
		const failures: Failure[] = [];
		for (let i = 0; i < 1000; i++) {
			const len = rnd() < 0.1 ? int(rnd, 2000) : int(rnd, 120);
			let s = '';
			while (s.length < len) s += pick(rnd, ALPHABET);
			run(failures, seed, i, s);
		}
		expect(failures, `seed ${seed}: ${report(failures)}`).toEqual([]);
	});

	it('decodeUnicodeEscapes and splitModuleCode never throw and keep strings well-typed (seed 0x5eed00ff)', () => {
		const seed = 0x5eed00ff;
		const rnd = mulberry32(seed);
		for (let i = 0; i < 2000; i++) {
			let s = '';
			const len = int(rnd, 60);
			while (s.length < len) s += pick(rnd, ALPHABET);
			const u = decodeUnicodeEscapes(s);
			expect(typeof u.text, `seed ${seed} #${i}`).toBe('string');
			// Decoding never grows the text, and does nothing without an escape.
			expect(u.text.length <= s.length, `seed ${seed} #${i}`).toBe(true);
			if (!u.decoded) expect(u.text, `seed ${seed} #${i}`).toBe(s);
			const m = splitModuleCode(s);
			expect(m.text, `seed ${seed} #${i}`).toBe(m.text.trim());
			if (m.moduleCode !== undefined) expect(m.moduleCode, `seed ${seed} #${i}`).toMatch(/^[0-9]+$/);
		}
	});
});

// ---------------------------------------------------------------------------------------------

const BASES: { text: string; kind: DecodeResult['kind']; code?: string; api3?: string }[] = [
	{ text: '{"code": "5100", "message": "(100004) incorrect projectId"}', kind: 'error', code: '5100' },
	{
		text: '{"code": 4106, "message": "(60006)MFA Invalid", "codeDesc": "MFACheckFailed", "data": []}',
		kind: 'error',
		code: '4106',
	},
	{
		text: '{"code": 4000, "message": "(60016) send token code too frequently", "codeDesc": "SendTokenError"}',
		kind: 'error',
		code: '4000',
	},
	{
		text: '{"code":0,"message":"","codeDesc":"Success","data":{"totalCount":1,"set":[{"id":"lb-1"}]}}',
		kind: 'success',
		code: '0',
	},
	{ text: '{"code":4100,"message":"\\u7b7e\\u540d\\u9519\\u8bef","requestId":"r-1"}', kind: 'error', code: '4100' },
	{ text: '{"code":"4999","message":"?"}', kind: 'unknown-code', code: '4999' },
	{
		text: '{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"sig"},"RequestId":"r-2"}}',
		kind: 'api3',
		api3: 'AuthFailure.SignatureFailure',
	},
];

/** Transformations that keep the response findable. */
const PRESERVING: ((s: string, rnd: () => number) => string)[] = [
	(s) => `{"level":"error","resp":${s}}`, // nest (only applied to JSON text, see below)
	(s) => `2026-11-22T10:00:00Z ERROR call failed: ${s} retrying`,
	(s) => JSON.stringify(s), // a JSON string holding it
	(s) => `resp=${JSON.stringify(s)} attempt=2`, // escaped inside a log line
	(s) => `\uFEFF\u3000 ${s}\r\n\t`,
	(s) => '```json\n' + s + '\n```',
];

const DESTRUCTIVE: ((s: string, rnd: () => number) => string)[] = [
	(s, rnd) => {
		const i = int(rnd, s.length + 1);
		return s.slice(0, i) + s.slice(i + 1 + int(rnd, 3));
	}, // delete
	(s, rnd) => {
		const i = int(rnd, s.length + 1);
		return s.slice(0, i) + pick(rnd, ALPHABET) + s.slice(i);
	}, // insert
	(s, rnd) => {
		const i = int(rnd, s.length + 1);
		const j = i + int(rnd, 20);
		return s.slice(0, j) + s.slice(i, j) + s.slice(j);
	}, // duplicate
	(s, rnd) => {
		const a = [...s];
		const i = int(rnd, a.length);
		const j = int(rnd, a.length);
		[a[i], a[j]] = [a[j], a[i]];
		return a.join('');
	}, // swap
	(s, rnd) => s.slice(0, int(rnd, s.length + 1)), // truncate
	(s) => `{"wrap":${s}}`, // nest, whatever s is now
	(s) => JSON.stringify(s), // escape
	(s) => s.replace(/"/g, '\\"'), // escape quotes only
];

describe('fuzz: mutations of valid responses', () => {
	it('1,000 meaning-preserving transformations still decode to the same code (seed 0xa11ce)', () => {
		const seed = 0xa11ce;
		const rnd = mulberry32(seed);
		const failures: Failure[] = [];
		for (let i = 0; i < 1000; i++) {
			const base = pick(rnd, BASES);
			let s = base.text;
			let isJson = true;
			const steps = 1 + int(rnd, 3);
			for (let k = 0; k < steps; k++) {
				const t = int(rnd, PRESERVING.length);
				if (t === 0 && !isJson) continue;
				s = PRESERVING[t](s, rnd);
				isJson = t === 0 || t === 2;
			}
			run(failures, seed, i, s, (r) =>
				r.kind !== base.kind
					? `kind ${r.kind}, expected ${base.kind}`
					: base.code !== undefined && r.code !== base.code
						? `code ${r.code}, expected ${base.code}`
						: base.api3 !== undefined && r.api3?.code !== base.api3
							? `api3 ${r.api3?.code}`
							: undefined,
			);
		}
		expect(failures, `seed ${seed}: ${report(failures)}`).toEqual([]);
	});

	it('2,000 destructive mutations (delete/insert/duplicate/swap/truncate/nest/escape) never break the result (seed 0xbadc0de)', () => {
		const seed = 0xbadc0de;
		const rnd = mulberry32(seed);
		const failures: Failure[] = [];
		for (let i = 0; i < 2000; i++) {
			let s = pick(rnd, BASES).text;
			const steps = 1 + int(rnd, 4);
			for (let k = 0; k < steps; k++) s = pick(rnd, DESTRUCTIVE)(s, rnd);
			run(failures, seed, i, s);
		}
		expect(failures, `seed ${seed}: ${report(failures)}`).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------

const PAYLOADS = [
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	'javascript:alert(1)',
	"{{constructor.constructor('alert(1)')()}}",
	'<script>alert(document.cookie)</script>',
	"';alert(String.fromCharCode(88,83,83))//",
	'${alert(1)}',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'<a href="javascript:alert(1)">x</a>',
	'&lt;b&gt; &amp; entities stay &#x3C;',
	'\u202Eevil\u202C',
];

describe('fuzz: hostile payloads come back verbatim as plain text', () => {
	it.each(PAYLOADS)('%s', (p) => {
		const j = JSON.stringify(p);
		const asMessage = decodeResponse(`{"code":4500,"message":${j}}`, isKnown);
		expect(asMessage.message).toEqual({ raw: p, text: p, unicodeDecoded: false });

		const inLog = decodeResponse(`ERROR ${JSON.stringify({ code: 4500, message: p })} end`, isKnown);
		expect(inLog.message?.raw).toBe(p);

		const escaped = decodeResponse(
			`resp=${JSON.stringify(JSON.stringify({ code: 4500, message: p, codeDesc: p }))}`,
			isKnown,
		);
		expect(escaped).toMatchObject({ kind: 'error', found: 'escaped', codeDesc: p, message: { raw: p, text: p } });

		const withModule = decodeResponse(`{"code":4500,"message":${JSON.stringify(`(42) ${p}`)}}`, isKnown);
		expect(withModule.message).toEqual({ raw: `(42) ${p}`, text: p, moduleCode: '42', unicodeDecoded: false });

		expect(decodeResponse(`{"code":4500,"codeDesc":${j},"requestId":${j}}`, isKnown)).toMatchObject({
			codeDesc: p,
			requestId: p,
		});

		const asField = decodeResponse(`{"code":4500,${j}:${j}}`, isKnown);
		expect(asField.otherFields).toEqual([{ name: p, value: j }]);

		const asCode = decodeResponse(`{"code":${j},"message":${j}}`, isKnown);
		expect(asCode).toMatchObject({
			kind: 'not-a-response',
			problem: 'bad-code',
			codeType: 'string',
			message: { raw: p },
		});
		expect(asCode.code).toBeUndefined();

		const api3 = decodeResponse(
			JSON.stringify({ Response: { Error: { Code: p, Message: p }, RequestId: p } }),
			isKnown,
		);
		expect(api3).toMatchObject({ kind: 'api3', api3: { code: p }, message: { raw: p }, requestId: p });

		// key=value text: a value that starts with a quote is read as a quoted value, so quote those.
		const text = decodeResponse(`code=4300 message=${/^["']/.test(p) ? j : p}`, isKnown);
		expect(text).toMatchObject({ kind: 'error', found: 'text', message: { raw: p } });
		const quotedText = decodeResponse(`code: 4300, message: ${j}, requestId: r`, isKnown);
		expect(quotedText).toMatchObject({ kind: 'error', found: 'text', message: { raw: p } });

		for (const r of [asMessage, inLog, escaped, withModule, asField, asCode, api3, text, quotedText])
			expect(problemWith(r)).toBeUndefined();
	});

	it('__proto__ and constructor keys at any level do not pollute Object.prototype', () => {
		const inputs = [
			'{"__proto__":{"polluted":"yes","code":4500}}',
			'{"code":4500,"__proto__":{"polluted":"yes"}}',
			'{"constructor":{"prototype":{"polluted":"yes"}},"code":4500}',
			'x {"a":{"__proto__":{"polluted":"yes"}},"resp":{"code":4500,"__proto__":{"code":1}}} y',
			'{"Response":{"__proto__":{"polluted":"yes"},"Error":{"Code":"X","__proto__":{"polluted":"yes"}}}}',
			'"{\\"__proto__\\":{\\"polluted\\":\\"yes\\"},\\"code\\":4500}"',
			'code=4500 __proto__=polluted constructor=x',
		];
		for (const input of inputs) {
			const r = decodeResponse(input, isKnown);
			expect(problemWith(r), input).toBeUndefined();
			expect(['error', 'api3'], input).toContain(r.kind);
			expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
			for (const f of r.otherFields) expect(Object.getPrototypeOf(f)).toBe(Object.prototype);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		// An own __proto__ key is reported as a field, exactly as named.
		expect(decodeResponse('{"code":4500,"__proto__":{"code":1}}', isKnown)).toMatchObject({
			code: '4500',
			otherFields: [{ name: '__proto__', value: '{"code":1}' }],
		});
	});

	it('1,000 random placements of payloads (seed 0x0bad)', () => {
		const seed = 0x0bad;
		const rnd = mulberry32(seed);
		const failures: Failure[] = [];
		for (let i = 0; i < 1000; i++) {
			const p = pick(rnd, PAYLOADS);
			const fields: Record<string, unknown> = { code: pick(rnd, [4500, '4500', 0, p]) };
			const n = int(rnd, 4);
			for (let k = 0; k < n; k++)
				fields[pick(rnd, [p, 'message', 'codeDesc', 'data', `${p}${k}`])] = pick(rnd, [p, [p], { [p]: p }, 1, null]);
			const json = JSON.stringify(fields);
			const input = pick(rnd, [json, `log: ${json}`, JSON.stringify(json)]);
			run(failures, seed, i, input, (r) => {
				if (fields.code === p) return r.problem === 'bad-code' ? undefined : `payload code gave ${r.kind}`;
				if (r.kind !== 'error' && r.kind !== 'success') return `kind ${r.kind}`;
				if (typeof fields.message === 'string' && r.message?.raw !== fields.message) return 'message altered';
				for (const [k, v] of Object.entries(fields)) {
					if (['code', 'message', 'codeDesc'].includes(k)) continue;
					const f = r.otherFields.find((x) => x.name === k);
					if (!f || f.value !== JSON.stringify(v)) return `field ${k} altered`;
				}
				return undefined;
			});
		}
		expect(failures, `seed ${seed}: ${report(failures)}`).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------

describe('fuzz: 1 MB inputs', () => {
	const MB = 1 << 20;
	const timings: string[] = [];
	afterAll(() => console.info(`decoder 1 MB timings (ms): ${timings.join(', ')}`));

	function timed(name: string, input: string): DecodeResult {
		decodeAll('{"code":4500}', isKnown); // warm
		const t0 = performance.now();
		// What the page runs: the single answer and the summary of many responses.
		const all = decodeAll(input, isKnown);
		const ms = performance.now() - t0;
		const r = all.single;
		timings.push(`${name} ${ms.toFixed(1)}`);
		expect(problemWith(r), name).toBeUndefined();
		expect(problemWithAll(all, decodeResponse(input, isKnown)), name).toBeUndefined();
		expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(1500);
		return r;
	}

	const rnd = mulberry32(0x100000);
	let random = '';
	while (random.length < MB) random += pick(rnd, ALPHABET);
	const logLine = '2026-11-22T10:00:00Z INFO processing item 12345 of batch 7\n';
	const braceLine = '2026-11-22T10:00:00Z INFO req {"path":"/v2/index.php","ms":12} "quoted \\" text\n';

	it('a 1 MB valid response (long message)', () => {
		const message = `(100004) ${'签名错误 x'.repeat(MB / 6)}`;
		const r = timed('valid', JSON.stringify({ code: 4500, message, requestId: 'r' }));
		expect(r).toMatchObject({ kind: 'error', code: '4500', found: 'whole', requestId: 'r' });
		expect(r.message?.raw).toBe(message);
		expect(r.message?.moduleCode).toBe('100004');
	});

	it('a 1 MB valid response inside a log line', () => {
		const r = timed('valid-in-log', `ERROR ${JSON.stringify({ code: '5100', message: 'y'.repeat(MB) })} retrying`);
		expect(r).toMatchObject({ kind: 'error', code: '5100', found: 'fragment' });
	});

	it('a 1 MB escaped response inside a log line', () => {
		const r = timed(
			'escaped-in-log',
			`resp=${JSON.stringify(JSON.stringify({ code: 4400, message: 'z'.repeat(MB) }))}`,
		);
		expect(r).toMatchObject({ kind: 'error', code: '4400', found: 'escaped' });
		expect(r.message?.raw.length).toBe(MB);
	});

	it('1 MB of {', () => {
		expect(timed('braces', '{'.repeat(MB))).toMatchObject({ kind: 'not-a-response', problem: 'no-response' });
	});

	it('1 MB of " and backslashes', () => {
		expect(timed('quotes-backslashes', '"\\'.repeat(MB / 2))).toMatchObject({ kind: 'not-a-response' });
		expect(timed('backslash-u', '\\\\\\\\u'.repeat(MB / 5))).toMatchObject({ kind: 'not-a-response' });
	});

	it('1 MB of random text', () => {
		timed('random', random);
	});

	it('a 1 MB log with the JSON at the very end', () => {
		const r = timed(
			'log-end',
			logLine.repeat(Math.ceil(MB / logLine.length)) + 'ERROR {"code":4500,"message":"replay"}',
		);
		expect(r).toMatchObject({ kind: 'error', code: '4500', found: 'fragment', message: { raw: 'replay' } });
	});

	it('a 1 MB log with braces and quotes on every line and the JSON at the very end', () => {
		const r = timed(
			'log-braces-end',
			braceLine.repeat(Math.ceil(MB / braceLine.length)) + 'ERROR {"code":4500,"message":"replay"}',
		);
		expect(r).toMatchObject({ kind: 'error', code: '4500', found: 'fragment' });
		const e = timed(
			'log-braces-escaped-end',
			braceLine.repeat(Math.ceil(MB / braceLine.length)) + 'ERROR resp="{\\"code\\":4500}"',
		);
		expect(e).toMatchObject({ kind: 'error', code: '4500', found: 'escaped' });
	});

	it('1 MB deeply nested almost-JSON and many code keys', () => {
		timed('deep-broken', `${'{"a":'.repeat(400)}"${'w'.repeat(MB)}"x${'}'.repeat(400)}`);
		timed('code-keys', '{"code" '.repeat(MB / 8));
		timed('code-equals', 'code=,'.repeat(MB / 6));
		timed('code-spaces', `code${' '.repeat(MB)}`);
	});
});
