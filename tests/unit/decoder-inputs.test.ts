/**
 * Every class of input the decoder reads (tests/fixtures/decoder-inputs.ts) gets its answer, and
 * many responses in one paste are summed up per code.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import { decodeResponse } from '../../src/features/decoder/decode.ts';
import { decodeAll, type Summary } from '../../src/features/decoder/many.ts';
import { CLASSES, MANY } from '../fixtures/decoder-inputs.ts';

const KNOWN = new Set(readContent().set.registry.map((entry) => entry.id));
const isKnown = (code: string) => KNOWN.has(code);

describe('every input class gets its answer', () => {
	for (const [name, cases] of Object.entries(CLASSES))
		for (const c of cases)
			it(`${name}: ${JSON.stringify(c.input).slice(0, 80)}`, () => {
				expect(decodeResponse(c.input, isKnown)).toMatchObject(c.expect);
			});

	it('the documented codes are in the registry (so the examples above are real codes)', () => {
		for (const code of ['4100', '4500', '4600', '5100']) expect(KNOWN.has(code)).toBe(true);
		for (const code of ['3000', '4999']) expect(KNOWN.has(code)).toBe(false);
	});
});

/** The summary's groups as [key, count, first place, last place]. */
const groups = (s: Summary | undefined) => s?.groups.map((g) => [g.key, g.count, g.at[0], g.last]);

describe('many responses in one paste', () => {
	it('a success line followed by a 4100 reports the 4100, and the success apart', () => {
		const d = decodeAll(MANY['a success line, then an error'], isKnown);
		expect(groups(d.summary)).toEqual([['code:4100', 1, 2, 2]]);
		expect(d.summary?.successes?.count).toBe(1);
		expect(d.summary?.unit).toBe('line');
	});

	it('NDJSON and a log: a count per code, with the first and last line', () => {
		const log = MANY['a log of NDJSON, escaped JSON, key=value text and an APIError'];
		const d = decodeAll(log, isKnown);
		expect(groups(d.summary)).toEqual([
			['code:4100', 3, 2, 7],
			['code:4500', 1, 4, 4],
			['api3:LimitExceeded', 1, 6, 6],
		]);
		expect(d.summary?.successes?.at).toEqual([3]);
		expect(d.summary?.total).toBe(6);
	});

	it('a JSON array counts items, and two objects on one line are two responses', () => {
		const array = decodeAll(MANY['a JSON array'], isKnown);
		expect(groups(array.summary)).toEqual([['code:4100', 2, 2, 3]]);
		expect(array.summary?.unit).toBe('item');
		expect(groups(decodeAll(MANY['two objects on one line'], isKnown).summary)).toEqual([['code:4500', 1, 1, 1]]);
	});

	it('a pretty-printed response over many lines is one response, not a summary', () => {
		const pretty = JSON.stringify({ code: 4100, message: 'x', data: { items: [{ code: 'y' }] } }, null, 2);
		expect(decodeAll(`ERROR\n${pretty}\nretrying`, isKnown).summary).toBeUndefined();
		expect(decodeAll('{"code": 4100,\n"message": "code=4500"}', isKnown).summary).toBeUndefined();
	});

	it('stays fast on a 1 MB log of responses', () => {
		const line = '2026-11-22T10:00:00Z ERROR {"code":4100,"message":"signature"}\n';
		const log = line.repeat(Math.ceil((1 << 20) / line.length));
		const d = decodeAll(log, isKnown);
		expect(d.summary?.groups[0].key).toBe('code:4100');
		expect(d.summary?.groups[0].count).toBeGreaterThan(1000);
	});
});
