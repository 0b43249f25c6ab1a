/**
 * The "paste your response" decoder core: real inputs, table-driven. The samples are the ones in
 * the sources (content/raw/*.txt) and the research notes (api3.md §3.5–3.6), plus the shapes an
 * engineer actually pastes: log lines, escaped JSON, fragments, key=value text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import {
	decodeResponse,
	decodeUnicodeEscapes,
	splitModuleCode,
	type DecodedMessage,
	type DecodeResult,
} from '../../src/features/decoder/decode.ts';

/** The codes the site knows: the registry's (content/registry.yaml), as the decoder page is given them. */
const KNOWN = new Set(readContent().set.registry.map((entry) => entry.id));
const isKnown = (code: string) => KNOWN.has(code);
const decode = (input: string) => decodeResponse(input, isKnown);

const raw = (file: string): string => readFileSync(join(import.meta.dirname, '../../content/raw', file), 'utf8');
/** The first ``` fenced block of a source file that mentions "code". */
function sourceSample(file: string): string {
	const blocks = raw(file)
		.split('```')
		.filter((_, i) => i % 2 === 1);
	const block = blocks.find((b) => b.includes('"code"'));
	if (!block) throw new Error(`no code sample in ${file}`);
	return block;
}

describe('source samples', () => {
	it('decodes the international sample { "code": 5100 } (code as a number)', () => {
		const sample = sourceSample('000_7850b9d5a84e3f6f.txt');
		expect(sample).toContain('"code": 5100');
		expect(decode(sample)).toEqual({
			kind: 'error',
			code: '5100',
			codeType: 'number',
			classDigit: '5',
			otherFields: [],
			found: 'whole',
		} satisfies DecodeResult);
	});

	it.each(['003_ea5aaad95405e435.txt', '004_e39074169f2a6c6c.txt'])(
		'decodes the sample { "code": "5100" } of %s (code as a string)',
		(file) => {
			const sample = sourceSample(file);
			expect(sample).toContain('"code": "5100"');
			expect(decode(sample)).toEqual({
				kind: 'error',
				code: '5100',
				codeType: 'string',
				classDigit: '5',
				otherFields: [],
				found: 'whole',
			} satisfies DecodeResult);
		},
	);

	it('splits the module error code of the sample message in 001', () => {
		const line = raw('001_f67aa8503ddba239.txt')
			.split('\n')
			.find((l) => l.startsWith('"message":'))!;
		expect(line).toBe('"message": "(100004) incorrect projectId"');
		// The source shows only the field: a fragment without braces, found by the text fallback… without a code.
		expect(decode(line)).toMatchObject({ kind: 'not-a-response', problem: 'no-response' });
		expect(decode(`{"code": "5100", ${line}}`).message).toEqual({
			raw: '(100004) incorrect projectId',
			text: 'incorrect projectId',
			moduleCode: '100004',
			unicodeDecoded: false,
		});
	});
});

/** What a case checks: a partial result (nested objects partial too); `undefined` means "absent". */
type Expected = Omit<Partial<DecodeResult>, 'message' | 'api3'> & {
	message?: Partial<DecodedMessage>;
	api3?: Partial<NonNullable<DecodeResult['api3']>>;
};

interface Case {
	name: string;
	input: string;
	expect: Expected;
}

const LONG = 'x'.repeat(1000);

const cases: Case[] = [
	// --- documented responses ---
	{
		name: 'CLB error sample with a module code',
		input: '{"code": "5100", "message": "(100004) incorrect projectId"}',
		expect: {
			kind: 'error',
			code: '5100',
			codeType: 'string',
			classDigit: '5',
			found: 'whole',
			otherFields: [],
			message: {
				raw: '(100004) incorrect projectId',
				text: 'incorrect projectId',
				moduleCode: '100004',
				unicodeDecoded: false,
			},
		},
	},
	{
		name: 'CAM/STS MFA failure: module code without a space, codeDesc and data',
		input: '{"code": 4106, "message": "(60006)MFA Invalid", "codeDesc": "MFACheckFailed", "data": []}',
		expect: {
			kind: 'error',
			code: '4106',
			codeType: 'number',
			classDigit: '4',
			found: 'whole',
			codeDesc: 'MFACheckFailed',
			message: { raw: '(60006)MFA Invalid', text: 'MFA Invalid', moduleCode: '60006', unicodeDecoded: false },
			otherFields: [{ name: 'data', value: '[]' }],
		},
	},
	{
		name: 'CAM/STS send-token failure',
		input: '{"code": 4000, "message": "(60016) send token code too frequently", "codeDesc": "SendTokenError"}',
		expect: {
			kind: 'error',
			code: '4000',
			codeDesc: 'SendTokenError',
			message: {
				raw: '(60016) send token code too frequently',
				text: 'send token code too frequently',
				moduleCode: '60016',
				unicodeDecoded: false,
			},
		},
	},
	{
		name: 'success with codeDesc',
		input: '{"code":0,"message":"","codeDesc":"Success"}',
		expect: {
			kind: 'success',
			code: '0',
			codeType: 'number',
			classDigit: '0',
			codeDesc: 'Success',
			found: 'whole',
			otherFields: [],
			message: { raw: '', text: '', unicodeDecoded: false },
		},
	},
	{
		name: 'success as a string code',
		input: '{"code":"0"}',
		expect: { kind: 'success', code: '0', codeType: 'string' },
	},
	{
		name: 'success with data and a requestId',
		input: '{"code":0,"message":"","codeDesc":"Success","totalCount":1,"requestId":"9f2a"}',
		expect: { kind: 'success', requestId: '9f2a', otherFields: [{ name: 'totalCount', value: '1' }] },
	},

	// --- Chinese messages as \uXXXX escapes ---
	{
		name: 'Chinese message as \\u escapes in the JSON text (the JSON parser decodes them)',
		input: String.raw`{"code":4100,"message":"\u7b7e\u540d\u9519\u8bef"}`,
		expect: { kind: 'error', code: '4100', message: { raw: '签名错误', text: '签名错误', unicodeDecoded: false } },
	},
	{
		name: 'Chinese message escaped twice: literal \\u text survives JSON parsing',
		input: String.raw`{"code":4100,"message":"\\u7b7e\\u540d\\u9519\\u8bef"}`,
		expect: {
			kind: 'error',
			code: '4100',
			message: { raw: String.raw`\u7b7e\u540d\u9519\u8bef`, text: '签名错误', unicodeDecoded: true },
		},
	},
	{
		name: 'Chinese message escaped twice with doubled backslashes',
		input: String.raw`{"code":4100,"message":"(100004)\\\\u7b7e\\\\u540d"}`,
		expect: {
			message: { raw: String.raw`(100004)\\u7b7e\\u540d`, text: '签名', moduleCode: '100004', unicodeDecoded: true },
		},
	},
	{
		name: 'an escaped lone surrogate becomes U+FFFD instead of throwing',
		input: String.raw`{"code":4500,"message":"\\ud800x\\ud83d\\ude00"}`,
		expect: {
			kind: 'error',
			message: { raw: String.raw`\ud800x\ud83d\ude00`, text: '\uFFFDx😀', unicodeDecoded: true },
		},
	},

	// --- escaped JSON ---
	{
		name: 'a JSON string whose content is JSON',
		input: String.raw`"{\"code\":4500}"`,
		expect: { kind: 'error', code: '4500', found: 'escaped', otherFields: [] },
	},
	{
		name: 'JSON escaped twice (a JSON string of a JSON string)',
		input: JSON.stringify(JSON.stringify({ code: 4500, message: '签名 "quoted"' })),
		expect: {
			kind: 'error',
			code: '4500',
			found: 'escaped',
			message: { raw: '签名 "quoted"', text: '签名 "quoted"', unicodeDecoded: false },
		},
	},
	{
		name: 'a log line with escaped JSON',
		input: String.raw`2026-11-22T10:00:00Z WARN resp="{\"code\":\"4400\",\"message\":\"(1) too many requests\"}" attempt=3`,
		expect: {
			kind: 'error',
			code: '4400',
			codeType: 'string',
			found: 'escaped',
			message: { raw: '(1) too many requests', text: 'too many requests', moduleCode: '1', unicodeDecoded: false },
		},
	},
	{
		name: 'a log line with JSON escaped twice and Chinese escapes',
		input: String.raw`ERROR body="{\\\"code\\\":4100,\\\"message\\\":\\\"\\\\u7b7e\\\\u540d\\\"}"`,
		expect: { kind: 'error', code: '4100', found: 'escaped', message: { text: '签名' } },
	},
	{
		name: 'a JSON log record whose field holds the response as a string',
		input: String.raw`{"level":"error","msg":"call failed","body":"{\"code\":4500,\"message\":\"replay\"}"}`,
		expect: { kind: 'error', code: '4500', found: 'escaped', message: { raw: 'replay' } },
	},

	// --- fragments and wrappers ---
	{
		name: 'a log line with the JSON inside',
		input: '2026-11-22T10:00:00Z ERROR call failed: {"code":4500,"message":"(10) nonce reused"} retrying',
		expect: { kind: 'error', code: '4500', found: 'fragment', message: { text: 'nonce reused', moduleCode: '10' } },
	},
	{
		name: 'a nested log wrapper object (breadth-first search)',
		input: '{"level":"error","ts":1,"resp":{"code":4500,"message":"replay","data":{"x":1}}}',
		expect: { kind: 'error', code: '4500', found: 'whole', otherFields: [{ name: 'data', value: '{"x":1}' }] },
	},
	{
		name: 'a wrapper inside a log line, response in an array',
		input: 'INFO got {"calls":[{"ok":true},{"resp":{"code":"6000"}}]} done',
		expect: { kind: 'error', code: '6000', found: 'fragment' },
	},
	{
		name: 'the response at depth 4 is found',
		input: '{"a":{"b":{"c":{"code":4500}}}}',
		expect: { kind: 'error', code: '4500' },
	},
	{
		name: 'the response below depth 4 is not searched (JSON without a code)',
		input: '{"a":{"b":{"c":{"d":{"e":{"code":4500}}}}}}',
		expect: { kind: 'not-a-response', problem: 'no-code', found: 'whole' },
	},
	{
		name: 'several objects: the first with a code wins',
		input: '{"event":"start"} {"code":4100,"message":"a"} {"code":4500,"message":"b"}',
		expect: { kind: 'error', code: '4100', found: 'fragment' },
	},
	{
		name: 'a valid code beats an earlier non-numeric one (a log record with its own string code)',
		input: '{"code":"E_UPSTREAM","resp":{"code":4500}}',
		expect: { kind: 'error', code: '4500' },
	},
	{
		name: 'a Markdown code fence',
		input: '```json\n{\n  "code": 5100,\n  "message": "(100004) incorrect projectId"\n}\n```',
		expect: { kind: 'error', code: '5100', found: 'fragment', message: { moduleCode: '100004' } },
	},
	{
		name: 'a truncated object: the text fallback still finds code and message',
		input: '{"code": 4500, "message": "abc',
		expect: { kind: 'error', code: '4500', codeType: 'number', found: 'text', message: { raw: 'abc', text: 'abc' } },
	},
	{
		name: 'a truncated escaped object',
		input: String.raw`resp="{\"code\":\"4400\",\"message\":\"rate`,
		expect: { kind: 'error', code: '4400', codeType: 'string', found: 'text', message: { raw: 'rate' } },
	},

	// --- key=value text ---
	{
		name: 'key=value text',
		input: 'code=4300 message=Access denied',
		expect: {
			kind: 'error',
			code: '4300',
			codeType: 'number',
			found: 'text',
			message: { raw: 'Access denied', text: 'Access denied' },
		},
	},
	{
		name: 'key: value text',
		input: 'request failed, code: 4500\nmessage: (7) replay attack',
		expect: { kind: 'error', code: '4500', message: { text: 'replay attack', moduleCode: '7' } },
	},
	{
		name: 'a quoted pair without braces',
		input: '"code": "4500", "message": "x"',
		expect: { kind: 'error', code: '4500', codeType: 'string', found: 'text' },
	},
	{
		name: 'a Python dict (single quotes)',
		input: "{'code': 4500, 'message': 'replay'}",
		expect: { kind: 'error', code: '4500', found: 'text', message: { raw: 'replay' } },
	},
	{ name: 'a full-width colon', input: '{"code"：4500}', expect: { kind: 'error', code: '4500', found: 'text' } },
	{
		name: 'a key with a longer name is not "code"',
		input: 'errorcode=4500 scene_code=16593 codeDesc=X',
		expect: { kind: 'not-a-response', problem: 'no-response' },
	},
	{
		name: 'code=abc in text is a bad code',
		input: 'code=abc',
		expect: { kind: 'not-a-response', problem: 'bad-code', found: 'text' },
	},

	// --- unknown codes ---
	{
		name: 'unknown code 4999',
		input: '{"code":4999}',
		expect: { kind: 'unknown-code', code: '4999', classDigit: '4' },
	},
	{
		name: 'unknown code 9999',
		input: '{"code":"9999","message":"?"}',
		expect: { kind: 'unknown-code', code: '9999', classDigit: '9', codeType: 'string' },
	},
	{ name: 'unknown nine-digit code', input: '{"code":999999999}', expect: { kind: 'unknown-code', code: '999999999' } },

	// --- bad codes ---
	...(
		[
			['"abc"', 'string'],
			['-1', 'number'],
			['45.5', 'number'],
			['"45O0"', 'string'],
			['"04500"', 'string'],
			['"-1"', 'string'],
			['"4500 "', 'string'],
			['"４５００"', 'string'],
			['1e10', 'number'],
			['"1234567890"', 'string'],
			['-0', 'number'],
			['""', 'string'],
		] as const
	).map(([code, codeType]): Case => ({
		name: `bad code ${code}`,
		input: `{"code": ${code}, "message": "m"}`,
		expect: {
			kind: 'not-a-response',
			problem: 'bad-code',
			codeType,
			code: undefined,
			classDigit: undefined,
			message: { raw: 'm' },
		},
	})),
	...['true', 'null', '[4500]', '{"v":4500}'].map((code): Case => ({
		name: `bad code ${code} (not a number or string)`,
		input: `{"code": ${code}}`,
		expect: { kind: 'not-a-response', problem: 'bad-code', codeType: undefined },
	})),

	// --- not a response ---
	{
		name: 'JSON without a code, with a message: the message is decoded',
		input: '{"message":"x"}',
		expect: { kind: 'message', found: 'whole', message: { raw: 'x', text: 'x' } },
	},
	{
		name: 'JSON without a code or a message: its fields are named',
		input: '{"event":"start","at":1}',
		expect: { kind: 'not-a-response', problem: 'no-code', found: 'whole', jsonFields: ['event', 'at'] },
	},
	{ name: 'a JSON array without a code', input: '[1,2,3]', expect: { kind: 'not-a-response', problem: 'no-code' } },
	{
		name: 'an object without a code inside a log',
		input: 'INFO {"took":12} ok',
		expect: { kind: 'not-a-response', problem: 'no-code', found: 'fragment' },
	},
	{
		name: 'an API 3.0 success (no Error) has no code',
		input: '{"Response":{"RequestId":"r"}}',
		expect: { kind: 'not-a-response', problem: 'no-code' },
	},
	{ name: 'plain prose', input: 'hello', expect: { kind: 'not-a-response', problem: 'no-response', found: 'text' } },
	{ name: 'a bare documented code', input: '4500', expect: { kind: 'error', code: '4500', found: 'bare' } },
	{ name: 'a broken object', input: '{ not json at all', expect: { kind: 'not-a-response', problem: 'no-response' } },
	{ name: 'empty', input: '', expect: { kind: 'empty', otherFields: [] } },
	{ name: 'whitespace only', input: ' \r\n\t \u3000\uFEFF', expect: { kind: 'empty' } },

	// --- API 3.0 ---
	{
		name: 'an API 3.0 error response',
		input:
			'{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"8a1c-44"}}',
		expect: {
			kind: 'api3',
			found: 'whole',
			code: undefined,
			requestId: '8a1c-44',
			otherFields: [],
			api3: { code: 'AuthFailure.SignatureFailure' },
			message: {
				raw: 'The provided credentials could not be validated.',
				text: 'The provided credentials could not be validated.',
			},
		},
	},
	{
		name: 'an API 3.0 error in a log line (SDK prints the inner object)',
		input: 'sdk error: {"Error":{"Code":"RequestLimitExceeded","Message":"\\u8bf7\\u6c42"},"RequestId":"r-2"} end',
		expect: {
			kind: 'api3',
			found: 'fragment',
			api3: { code: 'RequestLimitExceeded' },
			message: { raw: '请求' },
			requestId: 'r-2',
		},
	},
	{
		name: 'a truncated API 3.0 error response (text fallback)',
		input: '{"Response":{"Error":{"Code":"InternalError","Message":"Internal err',
		expect: { kind: 'api3', found: 'text', api3: { code: 'InternalError' }, message: { raw: 'Internal err' } },
	},
	{
		name: 'an API 3.0 message with \\u escapes is decoded like an API 2.0 one',
		input: '{"Response":{"Error":{"Code":"InternalError","Message":"\\\\u5185\\\\u90e8"},"RequestId":"r-3"}}',
		expect: {
			kind: 'api3',
			api3: { code: 'InternalError' },
			message: { text: '内部', unicodeDecoded: true },
			requestId: 'r-3',
		},
	},

	// --- whitespace and encodings ---
	{
		name: 'BOM-prefixed JSON',
		input: '\uFEFF{"code":4500,"message":"x"}',
		expect: { kind: 'error', code: '4500', found: 'whole' },
	},
	{
		name: 'CRLF and tabs',
		input: '{\r\n\t"code":\t4500,\r\n\t"message": "x"\r\n}\r\n',
		expect: { kind: 'error', code: '4500', found: 'whole', message: { raw: 'x' } },
	},
	{
		name: 'full-width spaces around the JSON',
		input: '\u3000\u3000{"code":4500}\u3000',
		expect: { kind: 'error', code: '4500', found: 'whole' },
	},
	{
		name: 'extra whitespace inside the JSON',
		input: '  {   "code"   :   "4500"  ,  "message"  :  "  (1)  padded  "  }  ',
		expect: { kind: 'error', code: '4500', message: { raw: '  (1)  padded  ', text: 'padded', moduleCode: '1' } },
	},
	{
		name: 'a real tab and line break inside the message string',
		input: '{"code":4500,"message":"line1\n\tline2"}',
		expect: { kind: 'error', code: '4500', message: { raw: 'line1\n\tline2' } },
	},

	// --- fields ---
	{
		name: 'requestId (camel case)',
		input: '{"code":4500,"requestId":"abc"}',
		expect: { requestId: 'abc', otherFields: [] },
	},
	{
		name: 'RequestId (Pascal case)',
		input: '{"code":4500,"RequestId":"ABC"}',
		expect: { requestId: 'ABC', otherFields: [] },
	},
	{ name: 'a numeric requestId', input: '{"code":4500,"requestId":123}', expect: { requestId: '123' } },
	{
		name: 'a long field is cut to 300 characters',
		input: `{"code":4500,"data":"${LONG}"}`,
		expect: { otherFields: [{ name: 'data', value: `"${LONG.slice(0, 298)}…` }] },
	},
	{
		name: 'a null message',
		input: '{"code":4500,"message":null}',
		expect: { message: { raw: '', text: '', unicodeDecoded: false } },
	},
	{
		name: 'an object message',
		input: '{"code":4500,"message":{"zh":"错误"}}',
		expect: { message: { raw: '{"zh":"错误"}', text: '{"zh":"错误"}', unicodeDecoded: false } },
	},
	{ name: 'a non-string codeDesc', input: '{"code":4500,"codeDesc":7}', expect: { codeDesc: '7' } },
];

describe('decodeResponse', () => {
	it.each(cases)('$name', ({ input, expect: want }) => {
		const got = decodeResponse(input, isKnown);
		expect(got).toMatchObject(Object.fromEntries(Object.entries(want).filter(([, v]) => v !== undefined)));
		for (const [k, v] of Object.entries(want)) if (v === undefined) expect(got, k).not.toHaveProperty(k);
	});

	it('finds the response after more than 200 brace-bearing log lines (anchored search)', () => {
		const line = '2026-11-22T10:00:00Z INFO req {"path":"/v2/index.php","ms":12}\n';
		const r = decode(line.repeat(1000) + 'ERROR {"requestId":"q","code":4500}');
		expect(r).toMatchObject({ kind: 'error', code: '4500', requestId: 'q', found: 'fragment' });
	});

	it('asks isKnownCode with the canonical code and survives it throwing', () => {
		const asked: string[] = [];
		decodeResponse('{"code":"4500"}', (c) => (asked.push(c), true));
		expect(asked).toEqual(['4500']);
		expect(
			decodeResponse('{"code":0}', () => {
				throw new Error('no');
			}),
		).toMatchObject({ kind: 'success' });
		expect(
			decodeResponse('{"code":4500}', () => {
				throw new Error('no');
			}),
		).toMatchObject({ kind: 'unknown-code', code: '4500' });
	});

	it('never throws for non-string input from untyped callers', () => {
		for (const v of [undefined, null, 4500, {}, [], Symbol('x')]) {
			expect(() => decodeResponse(v as unknown as string, isKnown)).not.toThrow();
		}
		expect(decodeResponse(undefined as unknown as string, isKnown).kind).toBe('empty');
	});

	it('keeps __proto__ and constructor keys as plain fields without polluting Object.prototype', () => {
		const r = decode('{"code":4500,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
		expect(r.kind).toBe('error');
		expect(r.otherFields.map((f) => f.name)).toEqual(['__proto__', 'constructor']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
	});
});

describe('decodeUnicodeEscapes', () => {
	it.each([
		[String.raw`\u7b7e\u540d\u9519\u8bef`, '签名错误', true],
		[String.raw`\\u7b7e\\u540d`, '签名', true],
		[String.raw`\u7B7E mixed`, '签 mixed', true],
		[String.raw`(60006)\u7b7e`, '(60006)签', true],
		[String.raw`\ud83d\ude00`, '😀', true],
		[String.raw`\\ud83d\\ude00`, '😀', true],
		[String.raw`\ud800`, '\uFFFD', true],
		[String.raw`\udc00`, '\uFFFD', true],
		[String.raw`\ud800\u0041`, '\uFFFDA', true],
		[String.raw`\u0041\udc00`, 'A\uFFFD', true],
		[String.raw`\ud800\ud800\udc00`, '\uFFFD\u{10000}', true],
		['no escapes', 'no escapes', false],
		['签名 already decoded', '签名 already decoded', false],
		[String.raw`\u12 short`, String.raw`\u12 short`, false],
		[String.raw`\uZZZZ`, String.raw`\uZZZZ`, false],
		[String.raw`C:\users\x`, String.raw`C:\users\x`, false],
		['', '', false],
	])('%s → %s', (input, text, decoded) => {
		expect(decodeUnicodeEscapes(input)).toEqual({ text, decoded });
	});

	it('keeps a lone surrogate that was already in the text', () => {
		expect(decodeUnicodeEscapes('a\uD800b')).toEqual({ text: 'a\uD800b', decoded: false });
	});
});

describe('splitModuleCode', () => {
	it.each([
		['(100004) incorrect projectId', { moduleCode: '100004', text: 'incorrect projectId' }],
		['(60006)MFA Invalid', { moduleCode: '60006', text: 'MFA Invalid' }],
		['  ( 60016 )  send token code too frequently  ', { moduleCode: '60016', text: 'send token code too frequently' }],
		['（100004）全角括号', { moduleCode: '100004', text: '全角括号' }],
		['(100004)', { moduleCode: '100004', text: '' }],
		['no module code', { text: 'no module code' }],
		['  padded  ', { text: 'padded' }],
		['(abc) not digits', { text: '(abc) not digits' }],
		['() empty', { text: '() empty' }],
		['text (123) later', { text: 'text (123) later' }],
		['', { text: '' }],
	])('%j', (input, want) => {
		expect(splitModuleCode(input)).toEqual(want);
	});
});
