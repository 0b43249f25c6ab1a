/**
 * Every class of input the decoder reads, with one or more real examples each: what engineers
 * paste (bare messages and codes, many responses, key=value logs, URL-encoded forms, Python
 * reprs, the failure output of the API 2.0 SDKs and tools, Chinese field labels) and the answer
 * each gets. The SDK texts are the ones the SDKs' own code prints (see the decoder's notes on
 * API 2.0 SDKs): Java's synthetic -2700, PHP's demo lines, the Terraform provider's APIError,
 * the Python SDK's exceptions, Node's console.log of the parsed body, Go's message-only error.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import { decodeResponse } from '../../src/features/decoder/decode.ts';
import { decodeAll, type Summary } from '../../src/features/decoder/many.ts';

const KNOWN = new Set(readContent().set.registry.map((entry) => entry.id));
const isKnown = (code: string) => KNOWN.has(code);

interface Case {
	input: string;
	/** A partial DecodeResult (nested objects matched partially too). */
	expect: Record<string, unknown>;
}

/** Input class → examples. The expectation is matched against decodeResponse's result. */
const CLASSES: Record<string, Case[]> = {
	'a bare message with a module code': [
		{
			input: '(100004) incorrect projectId',
			expect: { kind: 'message', found: 'bare', message: { moduleCode: '100004', text: 'incorrect projectId' } },
		},
		{
			input: '(100004)projectId 不正确',
			expect: { kind: 'message', message: { moduleCode: '100004', text: 'projectId 不正确' } },
		},
		{
			input: '20108:Channel is not in an editable status',
			expect: { kind: 'message', message: { moduleCode: '20108', text: 'Channel is not in an editable status' } },
		},
	],
	'a bare message in \\u escapes': [
		{
			input: '\\u7b7e\\u540d\\u9519\\u8bef',
			expect: { kind: 'message', message: { text: '签名错误', unicodeDecoded: true } },
		},
		{ input: '"\\u7b7e\\u540d\\u9519\\u8bef"', expect: { kind: 'message', message: { text: '签名错误' } } },
	],
	'JSON with a message and no code': [
		{
			input: '{"message":"\\u7b7e\\u540d\\u9519\\u8bef"}',
			expect: { kind: 'message', found: 'whole', message: { text: '签名错误' } },
		},
		{
			input: 'WARN {"message":"(60006)MFA Invalid","requestId":"r-1"} done',
			expect: { kind: 'message', found: 'fragment', requestId: 'r-1', message: { moduleCode: '60006' } },
		},
	],
	'a bare code, however written': [
		{ input: '4500', expect: { kind: 'error', code: '4500', found: 'bare' } },
		{ input: ' E4500. ', expect: { kind: 'error', code: '4500', found: 'bare' } },
		{ input: '错误码 4500', expect: { kind: 'error', code: '4500', found: 'bare' } },
		{ input: '4999', expect: { kind: 'unknown-code', code: '4999', found: 'bare' } },
		{ input: '0', expect: { kind: 'success', code: '0', found: 'bare' } },
	],
	'key=value text: a value ends at the next known key': [
		{
			input: 'code=4100 message=signature failure requestId=abc-123',
			expect: { kind: 'error', code: '4100', message: { text: 'signature failure' }, requestId: 'abc-123' },
		},
		{
			input: 'code: 4100, message: signature failure, codeDesc: AuthFailure',
			expect: { code: '4100', message: { text: 'signature failure' }, codeDesc: 'AuthFailure' },
		},
		{
			input: 'ERROR code=5100 message=(100004) incorrect projectId | requestId=9f2c',
			expect: { code: '5100', message: { moduleCode: '100004', text: 'incorrect projectId' }, requestId: '9f2c' },
		},
	],
	'&-joined and URL-encoded text': [
		{
			input: 'code=4100&message=signature%20failure&requestId=abc-123',
			expect: { code: '4100', message: { text: 'signature failure' }, requestId: 'abc-123' },
		},
		{
			input: 'code=4100&message=%E7%AD%BE%E5%90%8D+%E9%94%99%E8%AF%AF',
			expect: { code: '4100', message: { text: '签名 错误' } },
		},
		{
			input: '%7B%22code%22%3A4500%2C%22message%22%3A%22replay%22%7D',
			expect: { kind: 'error', code: '4500', found: 'escaped', message: { text: 'replay' } },
		},
	],
	"Python reprs (u'…', b'…')": [
		{
			input: "{'code': 4100, 'message': u'\\u7b7e\\u540d\\u9519\\u8bef'}",
			expect: { kind: 'error', code: '4100', message: { text: '签名错误' } },
		},
		{
			// The Python SDK on Python 3 prints the body as bytes (its research example E1).
			input: 'b\'{"code":4600,"message":"\\\\u534f\\\\u8bae\\\\u4e0d\\\\u652f\\\\u6301"}\'',
			expect: { kind: 'error', code: '4600', message: { text: '协议不支持' } },
		},
	],
	'Chinese field labels': [
		{
			input: '错误码：4100，错误信息：签名错误，请求ID：abc',
			expect: { kind: 'error', code: '4100', message: { text: '签名错误' }, requestId: 'abc' },
		},
	],
	"the Java SDK's own codes": [
		{
			input:
				'{"code":-2700,"location":"com.qcloud.Common.Request:225","message":"api sdk throw exception! java.io.IOException: Server returned HTTP response code: 500 for URL: https://cvm.api.qcloud.com/v2/index.php?..."}',
			expect: { kind: 'sdk-local', via: 'java', localCode: '-2700', httpStatus: '500' },
		},
		{ input: '{"code":-2300,"message":"x"}', expect: { kind: 'sdk-local', via: 'java', localCode: '-2300' } },
	],
	"the PHP SDK's demo output": [
		{
			input: "Error code:4100.\nmessage:signature failure.\next:''.",
			expect: { kind: 'error', code: '4100', via: 'php' },
		},
		{ input: 'Error code:3000 message:request falied!', expect: { kind: 'sdk-local', via: 'php', localCode: '3000' } },
	],
	"the Terraform provider's APIError": [
		{
			input: '[ERROR] Failed to describe lb, err=[APIError] Code=AuthFailure, Message=签名错误, CodeNumber=4100',
			expect: { kind: 'error', code: '4100', codeDesc: 'AuthFailure', via: 'terraform', message: { text: '签名错误' } },
		},
		{
			input: '[APIError] Code=LimitExceeded, Message=quota, CodeNumber=-1',
			expect: { kind: 'api3', api3: { code: 'LimitExceeded' }, via: 'terraform' },
		},
	],
	"Node's console.log of the parsed body": [
		{
			input: "{ code: 4100,\n  message: '鉴权失败，请参考文档中鉴权部分。',\n  codeDesc: 'AuthFailure' }",
			expect: {
				kind: 'error',
				code: '4100',
				codeDesc: 'AuthFailure',
				message: { text: '鉴权失败，请参考文档中鉴权部分。' },
			},
		},
	],
	'failures that never reached the API': [
		{
			input: "ApiServerNetworkException Status: 500\nHeader: Server: x\nData: b'<html>500</html>'",
			expect: { kind: 'transport', via: 'python', httpStatus: '500' },
		},
		{
			input: 'ApiClientNetworkException  Error Message: timed out',
			expect: { kind: 'transport', via: 'python', message: { text: 'timed out' } },
		},
		{
			input: '502 Http Response Status Error\nHeaders:{}\nBody:<html>bad gateway</html>',
			expect: { kind: 'transport', via: 'qcloudcli', httpStatus: '502' },
		},
		{
			input: '<!DOCTYPE html><html><title>504 Gateway Time-out</title></html>',
			expect: { kind: 'transport', httpStatus: '504' },
		},
	],
	'nothing recognised: what was found, and documented codes mentioned': [
		{
			input: 'my call failed with 4100 today, then 4500.',
			expect: { kind: 'not-a-response', problem: 'no-response', mentions: ['4100', '4500'] },
		},
		{
			input: '{"event":"start","at":1}',
			expect: { kind: 'not-a-response', problem: 'no-code', jsonFields: ['event', 'at'] },
		},
		{ input: 'version 1.4100 took 4100.5 ms', expect: { kind: 'not-a-response', problem: 'no-response' } },
	],
};

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
		const d = decodeAll('{"code":0,"message":""}\n{"code":4100,"message":"x"}', isKnown);
		expect(groups(d.summary)).toEqual([['code:4100', 1, 2, 2]]);
		expect(d.summary?.successes?.count).toBe(1);
		expect(d.summary?.unit).toBe('line');
	});

	it('NDJSON and a log: a count per code, with the first and last line', () => {
		const log = [
			'10:00:01 INFO start',
			'10:00:02 ERROR {"code":4100,"message":"a"}',
			'10:00:03 INFO {"code":0}',
			'10:00:04 ERROR resp="{\\"code\\":4500}"',
			'10:00:05 ERROR code=4100 message=b requestId=r',
			'10:00:06 ERROR [APIError] Code=LimitExceeded, Message=q, CodeNumber=-1',
			'10:00:07 ERROR {"code":4100,"message":"c"}',
		].join('\n');
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
		const array = decodeAll('[{"code":0},{"code":4100},{"code":4100}]', isKnown);
		expect(groups(array.summary)).toEqual([['code:4100', 2, 2, 3]]);
		expect(array.summary?.unit).toBe('item');
		expect(groups(decodeAll('{"code":0}{"code":4500}', isKnown).summary)).toEqual([['code:4500', 1, 1, 1]]);
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
