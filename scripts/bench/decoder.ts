/**
 * The decoder on 1 MB pastes, in Node: what the page runs on every paste (decodeAll: the single
 * answer and the summary of many responses), median of 5 runs per input. Inputs are the shapes
 * that cost most: one huge response, a log of responses, a log with the response at the end,
 * escaped JSON, unclosed braces, random JSON-ish noise.
 */
import { decodeAll } from '../../src/features/decoder/many.ts';
import { median } from './measure.ts';

const MB = 1 << 20;
const fill = (line: string) => line.repeat(Math.ceil(MB / line.length));

/** mulberry32: a seeded PRNG, so the noise is the same on every run. */
function noise(seed: number): string {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const parts = [
		'{',
		'}',
		'"',
		'\\',
		'\\"',
		':',
		',',
		'=',
		' ',
		'\n',
		'4500',
		'code',
		'"code":',
		'message',
		'Error',
		'签',
	];
	let s = '';
	while (s.length < MB) s += parts[Math.floor(next() * parts.length)];
	return s;
}

export interface DecoderFigure {
	input: string;
	ms: number;
}

export function benchDecoder(isKnownCode: (code: string) => boolean): DecoderFigure[] {
	const inputs: [string, string][] = [
		['one 1 MB response', JSON.stringify({ code: 4500, message: `(100004) ${'签名错误 x'.repeat(MB / 6)}` })],
		['log of responses', fill('2026-11-22T10:00:00Z ERROR {"code":4100,"message":"signature"}\n')],
		[
			'log, response at the end',
			fill('2026-11-22T10:00:00Z INFO req {"path":"/v2/index.php","ms":12}\n') + '{"code":4500}',
		],
		['key=value log', fill('ERROR code=4100 message=signature failure requestId=abc-123\n')],
		['escaped JSON', `resp=${JSON.stringify(JSON.stringify({ code: 4400, message: 'z'.repeat(MB) }))}`],
		['unclosed braces', '{'.repeat(MB)],
		['random noise', noise(0x100000)],
	];
	decodeAll('{"code":4500}', isKnownCode); // warm up
	return inputs.map(([input, text]) => {
		const runs: number[] = [];
		for (let i = 0; i < 5; i++) {
			const t0 = performance.now();
			decodeAll(text, isKnownCode);
			runs.push(performance.now() - t0);
		}
		return { input, ms: median(runs) };
	});
}
