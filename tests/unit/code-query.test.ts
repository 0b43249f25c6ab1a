import { describe, expect, it } from 'vitest';
import { codeDigits, matchCodes, type CodeHit } from '../../src/features/search/code-query.ts';
import { shardOf } from '../../src/features/search/instant-data.ts';
import { quickMatch, type QuickEntry } from '../../src/features/search/quick.ts';
import { quickEntries } from '../../src/features/search/quick-index.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { readContent } from '../../src/pipeline/3-read.ts';

// The real registry and titles, so that expectations follow the content.
const { set } = readContent();
const proseById = new Map(set.prose.map((entry) => [entry.id, entry.data]));
const title = (locale: string, code: string) => proseById.get(`${locale}/${code}`)!;
const codes = set.registry.map((entry) => entry.id).sort((a, b) => Number(a) - Number(b));
const hits: CodeHit[] = codes.map((code) => ({
	code,
	titles: { en: title('en', code).title, zh: title('zh', code).title },
}));
const quick: QuickEntry[] = quickEntries(buildSiteData(set).codes);

describe('codeDigits', () => {
	it.each([
		['4500', '4500'],
		[' 4500 ', '4500'],
		['４５００', '4500'],
		['#4500', '4500'],
		['code 4500', '4500'],
		['code: 4500', '4500'],
		['Code=4500', '4500'],
		['"4500"', '4500'],
		['错误码 4500', '4500'],
		['错误码：4500', '4500'],
		['41', '41'],
		['4', '4'],
		['error code 6200', '6200'],
	])('reads %j as the code digits %j', (query, digits) => {
		expect(codeDigits(query)).toBe(digits);
	});

	it.each(['replay', '签名', '4500 replay', '45O0', '-4500', '45.00', '1234567', '', '   '])(
		'does not read %j as a code',
		(query) => {
			expect(codeDigits(query)).toBeNull();
		},
	);
});

/** Every way the issue and its readers write a code, as a function of the code. */
const codeForms: ((code: string) => string)[] = [
	(c) => c,
	(c) => ` ${c} `,
	(c) => `\t${c}\n`,
	(c) => `0${c}`,
	(c) => `00${c}`,
	(c) => `E${c}`,
	(c) => `e${c}`,
	(c) => `ERR-${c}`,
	(c) => `error ${c}`,
	(c) => `code=${c}`,
	(c) => `code = ${c}`,
	(c) => `Code: ${c}`,
	(c) => `"code": ${c}`,
	(c) => `'code':'${c}'`,
	(c) => `{"code": ${c},`,
	(c) => `"code":"${c}"}`,
	(c) => `errcode=${c}`,
	(c) => `${c}.`,
	(c) => `${c},`,
	(c) => `${c}。`,
	(c) => `#${c}`,
	(c) => `“${c}”`,
	(c) => `code：${c}`,
	(c) => `错误码：${c}`,
	(c) => `返回码 ${c}`,
	// Full-width digits, as a Chinese input method types them.
	(c) => [...c].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join(''),
	(c) => `Ｅ${[...c].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')}`,
];

describe('codeDigits over every code of the content', () => {
	it.each(codes)('reads every written form of %s as that code, and matchCodes puts it first', (code) => {
		for (const form of codeForms) {
			const query = form(code);
			expect(codeDigits(query), JSON.stringify(query)).toBe(code);
			expect(matchCodes(query, hits).hits[0]?.code, JSON.stringify(query)).toBe(code);
		}
	});

	it.each(codes)('does not read %s inside words, decimals or other numbers as a code', (code) => {
		for (const query of [
			`${code} replay`,
			`x${code}`,
			`${code}x`,
			`-${code}`,
			`${code.slice(0, 2)}.${code.slice(2)}`,
			`${code}1234`,
			`code ${code} ${code}`,
		])
			expect(codeDigits(query), JSON.stringify(query)).toBeNull();
	});
});

describe('shardOf', () => {
	it('is the first two digits, and needs at least two', () => {
		expect(shardOf('4500')).toBe('45');
		expect(shardOf('41')).toBe('41');
		expect(shardOf('4')).toBeNull();
	});
});

describe('matchCodes', () => {
	it('puts an exact code first, then the codes it prefixes', () => {
		const { exact, hits: found } = matchCodes('4100', hits);
		expect(exact?.code).toBe('4100');
		expect(found.map((h) => h.code)).toEqual(codes.filter((c) => c.startsWith('4100')));
	});

	it('lists every code a prefix covers, in numeric order', () => {
		for (const prefix of ['41', '410', '5', '62']) {
			const { exact, hits: found } = matchCodes(prefix, hits);
			expect(exact).toBeNull();
			expect(found.map((h) => h.code)).toEqual(codes.filter((c) => c.startsWith(prefix)));
		}
	});

	it('finds nothing for an unknown code or a word', () => {
		expect(matchCodes('4999', hits)).toEqual({ exact: null, hits: [] });
		expect(matchCodes('replay', hits)).toEqual({ exact: null, hits: [] });
	});

	it('respects the limit and keeps the exact code within it', () => {
		const many: CodeHit[] = Array.from({ length: 300 }, (_, i) => ({
			code: String(40000 + i),
			titles: { en: '', zh: '' },
		}));
		const { exact, hits: found } = matchCodes('40100', many, 10);
		expect(exact?.code).toBe('40100');
		expect(found).toHaveLength(1);
		expect(matchCodes('40', many, 10).hits).toHaveLength(10);
	});
});

describe('quickMatch', () => {
	it('finds a code by a word of its title, title matches first', () => {
		expect(quickMatch('replay', quick, 'en')[0].code).toBe('4500');
		expect(quickMatch('余额', quick, 'zh')[0].code).toBe('5300');
	});

	it('finds a code from the other language’s title too (cross-language)', () => {
		expect(quickMatch('重放', quick, 'en').map((h) => h.code)).toContain('4500');
		expect(quickMatch('quota', quick, 'zh').map((h) => h.code)).toContain('4400');
	});

	it('requires every word of the query', () => {
		const both = quickMatch('resource failed', quick, 'en').map((h) => h.code);
		for (const code of both) {
			const text = quick
				.find(([c]) => c === code)!
				.flat()
				.join(' ')
				.toLowerCase();
			expect(text).toContain('resource');
			expect(text).toContain('failed');
		}
	});

	it('ignores one-letter queries but not one Chinese character', () => {
		expect(quickMatch('a', quick, 'en')).toEqual([]);
		expect(quickMatch('   ', quick, 'en')).toEqual([]);
		const key = title('zh', '4104').title.slice(0, 1);
		expect(quickMatch(key, quick, 'zh').map((h) => h.code)).toContain('4104');
	});

	it('treats the query as text, not a pattern', () => {
		expect(() => quickMatch('(.*', quick, 'en')).not.toThrow();
		expect(quickMatch('(.*', quick, 'en')).toEqual([]);
	});
});
