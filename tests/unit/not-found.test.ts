import { describe, expect, it } from 'vitest';
import { codeInPath } from '../../src/browser/not-found.ts';

describe('codeInPath', () => {
	it.each([
		['/en/codes/4999/', '4999'],
		['/zh/codes/4999', '4999'],
		['/4999', '4999'],
		['/4999/', '4999'],
		['/docs/errors/en/codes/123456/', '123456'],
		['/en/codes/4999/index.html', '4999'],
	])('finds the code in %s', (path, code) => {
		expect(codeInPath(path)).toBe(code);
	});

	it.each([
		'/en/sources/',
		'/en/codes/abc/',
		'/en/',
		'/',
		'/en/codes/',
		'/en/codes/45O0/',
		'/en/codes/%3Cimg%20src=x%20onerror=alert(1)%3E/',
	])('finds no code in %s', (path) => {
		expect(codeInPath(path)).toBeNull();
	});

	it('takes only the last path segment', () => {
		expect(codeInPath('/4999/sources/')).toBeNull();
	});
});
