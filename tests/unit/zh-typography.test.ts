/**
 * Chinese UI strings follow the typography of the Chinese content: full-width punctuation in
 * Chinese sentences (，。：；（）！？), a space between Chinese characters and Latin text, digits or
 * inline code ("共 23 个", "的 `code`"), and no space between two Chinese characters or next to
 * full-width punctuation. Checked over every zh string, as written and as filled in with Latin,
 * digit and Chinese values (interpolate spaces a value where it meets a Chinese character).
 */
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/ui/zh.ts';
import { interpolate } from '../../src/i18n/interpolate.ts';

const LETTER = '[\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]';
const FULL_WIDTH_PUNCT = '[\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF1F\\u201C\\u201D\\u2018\\u2019\\u2026\\u00B7]';
const CHINESE = `(?:${LETTER}|${FULL_WIDTH_PUNCT})`;

/** The faults of a Chinese text, each with the characters around it. */
function typographyFaults(text: string): string[] {
	// Inline code and link targets are not prose: code counts as Latin text, a URL as nothing.
	const prose = text.replace(/\]\([^)]*\)/g, ']').replace(/`[^`]*`/g, 'X');
	const rules: [string, RegExp][] = [
		[
			'ASCII punctuation in a Chinese sentence',
			new RegExp(`${CHINESE}[,.:;!?()"]|[,:;!?("]${CHINESE}|\\)(?=${LETTER})`, 'g'),
		],
		['no space between Chinese and Latin text or digits', new RegExp(`${LETTER}[A-Za-z0-9]|[A-Za-z0-9]${LETTER}`, 'g')],
		['a space between two Chinese characters', new RegExp(`${LETTER} +${LETTER}`, 'g')],
		['a space next to full-width punctuation', new RegExp(`${FULL_WIDTH_PUNCT} +\\S|\\S +${FULL_WIDTH_PUNCT}`, 'g')],
	];
	return rules.flatMap(([rule, pattern]) =>
		[...prose.matchAll(pattern)].map(
			(match) => `${rule}: "${prose.slice(Math.max(0, match.index - 6), match.index + match[0].length + 6)}"`,
		),
	);
}

/**
 * A zh string filled with sample values of each kind. A placeholder written straight against a
 * Chinese character may take any value, Chinese included (interpolate adds the space a Latin
 * one needs); one written with a space beside it takes codes, numbers and Latin text.
 */
const samples = { latin: 'API 2.0', digits: '12', code: '`code`', chinese: '五' };
const filled = (template: string) => {
	const names = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
	const anyValue = new Set(
		names.filter((name) => new RegExp(`${LETTER}\\{${name}\\}|\\{${name}\\}${LETTER}`).test(template)),
	);
	return Object.entries(samples).map(([kind, value]) => {
		const values = names.map((name) => [name, kind !== 'chinese' || anyValue.has(name) ? value : samples.digits]);
		return [kind, interpolate(template, Object.fromEntries(values))] as const;
	});
};

describe('Chinese UI strings', () => {
	it('use full-width punctuation and consistent CJK/Latin spacing, filled with Latin text, digits, code or Chinese', () => {
		const faults = Object.entries(zh).flatMap(([key, template]) =>
			filled(template).flatMap(([kind, text]) => typographyFaults(text).map((fault) => `${key} (${kind}): ${fault}`)),
		);
		expect(faults).toEqual([]);
	});

	it('are checked by rules that catch each fault (the check is not vacuous)', () => {
		for (const bad of [
			'错误,请重试',
			'请重试.',
			'见(CLB)',
			'以字符串（"5100"）',
			'共23个',
			'的`code`字段',
			'本项目 撰写',
			'错误 ，请',
			'：API'.replace('：', '： '),
		])
			expect(typographyFaults(bad), bad).not.toEqual([]);
		for (const good of [
			'共 23 个错误码。',
			'CLB API 3.0：接口更规范',
			'的 `code` 字段',
			'（Unix 秒）',
			'API 2.0“公共错误码”',
		])
			expect(typographyFaults(good), good).toEqual([]);
	});
});

describe('interpolate', () => {
	it('spaces a Latin or digit value where it meets a Chinese character, and a Chinese value not at all', () => {
		expect(interpolate('在{window}之内', { window: 'API 2.0 页面' })).toBe('在 API 2.0 页面之内');
		expect(interpolate('的{count}份', { count: 12 })).toBe('的 12 份');
		expect(interpolate('的{count}份', { count: '五' })).toBe('的五份');
		expect(interpolate('“{query}”共 {count} 条', { query: 'abc', count: 3 })).toBe('“abc”共 3 条');
		expect(interpolate('Retry {code} later', { code: '4500' })).toBe('Retry 4500 later');
	});

	it('inserts values as given, never as templates', () => {
		expect(interpolate('没有找到与“{query}”相关的结果', { query: '{count} $& $1' })).toBe(
			'没有找到与“{count} $& $1”相关的结果',
		);
	});
});
