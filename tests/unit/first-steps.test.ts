import { describe, expect, it } from 'vitest';
import { firstSteps, textWidth } from '../../src/utils/first-steps.ts';

describe('firstSteps', () => {
	it('keeps every step when they fit the budget', () => {
		const action = '- one\n- two\n- three';
		expect(firstSteps(action, 100)).toEqual({ markdown: action, shown: 3, total: 3 });
	});

	it('keeps whole leading list items within the budget, never half of one', () => {
		const action = `- ${'a'.repeat(40)}\n- ${'b'.repeat(40)}\n- ${'c'.repeat(40)}`;
		expect(firstSteps(action, 90)).toEqual({ markdown: action.split('\n').slice(0, 2).join('\n'), shown: 2, total: 3 });
	});

	it('always keeps the first step, however long', () => {
		expect(firstSteps(`- ${'a'.repeat(500)}\n- b`, 10)).toMatchObject({ shown: 1, total: 2 });
	});

	it('treats paragraphs as steps when the action is not a list', () => {
		expect(firstSteps(`${'a'.repeat(50)}\n\n${'b'.repeat(50)}`, 60)).toEqual({
			markdown: 'a'.repeat(50),
			shown: 1,
			total: 2,
		});
	});

	it('measures the text a reader sees: link targets do not count, Chinese characters count double', () => {
		expect(textWidth('签名')).toBe(4);
		expect(firstSteps('- [x](https://example.com/a/very/long/path/that/is/not/shown)\n- y', 3).shown).toBe(2);
	});
});
