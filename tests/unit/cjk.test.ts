import { describe, expect, it } from 'vitest';
import { CJK, joinCjkAware } from '../../src/utils/cjk.ts';

describe('CJK', () => {
	it('matches ideographs, CJK punctuation and full-width forms', () => {
		for (const char of ['签', '名', '。', '，', '（', '４', '⺀', '豈']) expect(CJK.test(char), char).toBe(true);
	});

	it('does not match Latin letters, digits or ASCII punctuation', () => {
		for (const char of ['a', 'Z', '4', '.', ',', '(', ' ', 'é']) expect(CJK.test(char), char).toBe(false);
	});
});

describe('joinCjkAware', () => {
	it('joins Latin lines with a space', () => {
		expect(joinCjkAware(['A sentence that', 'wraps here.'])).toBe('A sentence that wraps here.');
	});

	it('joins Chinese lines without one', () => {
		expect(joinCjkAware(['请求已过期，', '请重新签名。'])).toBe('请求已过期，请重新签名。');
	});

	it('keeps the space between Chinese and Latin text by default ("both")', () => {
		expect(joinCjkAware(['参阅', 'NTP'])).toBe('参阅 NTP');
		expect(joinCjkAware(['NTP', '时间'])).toBe('NTP 时间');
	});

	it('drops it next to any CJK character with "either"', () => {
		expect(joinCjkAware(['参阅', 'NTP'], 'either')).toBe('参阅NTP');
		expect(joinCjkAware(['NTP', '时间'], 'either')).toBe('NTP时间');
		expect(joinCjkAware(['plain', 'text'], 'either')).toBe('plain text');
	});

	it('returns one line as it is, and no lines as an empty string', () => {
		expect(joinCjkAware(['only'])).toBe('only');
		expect(joinCjkAware([])).toBe('');
	});
});
