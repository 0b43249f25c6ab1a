/**
 * The decoder's share link: the input goes into the fragment only (never the path or query),
 * comes back unchanged whatever it holds, is refused when too long, and a malformed or foreign
 * fragment never throws.
 */
import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, shareLink, sharedInput } from '../../src/features/decoder/share-link.ts';

const page = 'https://example.com/docs/errors/zh/decode/?from=x#input=old';

function made(text: string): string {
	const result = shareLink(page, text);
	if (!('link' in result)) throw new Error(`no link for ${text.length} characters`);
	return result.link;
}

describe('share links', () => {
	it('carry the input in the fragment of the same page, replacing any old fragment', () => {
		const url = new URL(made('{"code":4100,"message":"签名错误"}'));
		expect(`${url.origin}${url.pathname}${url.search}`).toBe('https://example.com/docs/errors/zh/decode/?from=x');
		expect(sharedInput(url.hash)).toBe('{"code":4100,"message":"签名错误"}');
	});

	it('give back exactly what was pasted: markup, #, %, &, newlines, astral characters', () => {
		for (const text of ['<img src=x onerror=alert(1)>', 'a#b%20c&d=e', 'line 1\nline 2\r\n\ttab', '😀 \\u7b7e %', ' '])
			expect(sharedInput(new URL(made(text)).hash)).toBe(text);
	});

	it('are refused past the cap, with the length they would have had', () => {
		const text = 'x'.repeat(MAX_LINK_LENGTH);
		const result = shareLink(page, text);
		expect('tooLong' in result && result.tooLong).toBeGreaterThan(MAX_LINK_LENGTH);
		expect(made('x'.repeat(100)).length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
	});

	it('read only #input= fragments, and malformed escapes as written, without throwing', () => {
		expect(sharedInput('')).toBeNull();
		expect(sharedInput('#section')).toBeNull();
		expect(sharedInput('#inputs=1')).toBeNull();
		expect(sharedInput('#input=%E0%A4%A')).toBe('%E0%A4%A');
		expect(sharedInput('#input=%')).toBe('%');
		expect(sharedInput('#input=%3Cb%3E')).toBe('<b>');
	});
});
