import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/utils/html.ts';
import { plainText, renderInline, renderProse } from '../../src/utils/markdown.ts';

describe('escapeHtml', () => {
	it('escapes the five HTML-special characters', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});

	it('escapes an ampersand first, so existing entities are not left live', () => {
		expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
	});

	it('leaves plain text and Chinese untouched', () => {
		expect(escapeHtml('Replay attack 重放攻击')).toBe('Replay attack 重放攻击');
	});
});

describe('renderInline', () => {
	it('turns backtick spans into <code>', () => {
		expect(renderInline('Set `Timestamp` and `Nonce`.')).toBe('Set <code>Timestamp</code> and <code>Nonce</code>.');
	});

	it('escapes HTML inside a code span', () => {
		expect(renderInline('`<b>&`')).toBe('<code>&lt;b&gt;&amp;</code>');
	});

	it('turns https and http links into anchors', () => {
		expect(renderInline('Please [submit a ticket](https://console.cloud.tencent.com/workorder) now.')).toBe(
			'Please <a href="https://console.cloud.tencent.com/workorder">submit a ticket</a> now.',
		);
		expect(renderInline('[old](http://example.com/a?b=1)')).toBe('<a href="http://example.com/a?b=1">old</a>');
	});

	it('escapes the ampersands of a link URL in the href', () => {
		expect(renderInline('[t](https://x.test/?a=1&b=2)')).toBe('<a href="https://x.test/?a=1&amp;b=2">t</a>');
	});

	it('leaves a javascript: link as text', () => {
		const html = renderInline('[click](javascript:alert(1))');
		expect(html).not.toContain('<a');
		expect(html).toBe('[click](javascript:alert(1))');
	});

	it('leaves links with other schemes or relative URLs as text', () => {
		for (const text of [
			'[x](data:text/html,hi)',
			'[x](/en/codes/4500/)',
			'[x](vbscript:msgbox)',
			'[x](JAVASCRIPT:alert(1))',
		]) {
			expect(renderInline(text)).not.toContain('<a');
		}
	});

	it.each([
		'<img src=x onerror=alert(1)>',
		'"><script>alert(1)</script>',
		"'><svg onload=alert(1)>",
		'<a href="javascript:alert(1)">x</a>',
	])('escapes the injected markup %j so that no tag survives', (payload) => {
		const html = renderInline(`before ${payload} after`);
		expect(html).not.toMatch(/<(?!\/?(?:code|a)\b)/); // only our own tags could appear
		expect(html).not.toMatch(/<(img|script|svg|a)\b/);
		expect(html).toBe(`before ${escapeHtml(payload)} after`);
	});

	it('cannot break out of the href attribute of a link', () => {
		const html = renderInline('[x](https://e.test/"onmouseover="alert(1))');
		// One anchor whose only attribute is href, its quotes escaped inside the value.
		expect(html).toMatch(/^<a href="[^"<>]*">x<\/a>\)$/);
		expect(html).toContain('&quot;onmouseover=&quot;');
	});

	it('escapes markup in a link label', () => {
		expect(renderInline('[<img src=x onerror=alert(1)>](https://e.test/)')).toBe(
			'<a href="https://e.test/">&lt;img src=x onerror=alert(1)&gt;</a>',
		);
	});

	it('keeps link syntax inside a code span literal', () => {
		expect(renderInline('Write `[text](https://e.test/)` for a link.')).toBe(
			'Write <code>[text](https://e.test/)</code> for a link.',
		);
	});

	it('leaves a lone backtick as text', () => {
		expect(renderInline('a ` b')).toBe('a ` b');
	});
});

describe('renderProse', () => {
	it('wraps a single line in a paragraph', () => {
		expect(renderProse('One line.')).toBe('<p>One line.</p>');
	});

	it('splits paragraphs on blank lines', () => {
		expect(renderProse('First.\n\nSecond.')).toBe('<p>First.</p><p>Second.</p>');
		expect(renderProse('First.\n   \nSecond.\n\n\nThird.')).toBe('<p>First.</p><p>Second.</p><p>Third.</p>');
	});

	it('joins wrapped English lines with a space', () => {
		expect(renderProse('A sentence that\nwraps here.')).toBe('<p>A sentence that wraps here.</p>');
	});

	it('joins wrapped Chinese lines without a space', () => {
		expect(renderProse('请求已过期，\n请重新签名。')).toBe('<p>请求已过期，请重新签名。</p>');
		expect(renderProse('重放攻击\n请求')).toBe('<p>重放攻击请求</p>');
	});

	it('keeps a space where Chinese meets Latin text at a line break', () => {
		expect(renderProse('参阅\nNTP')).toBe('<p>参阅 NTP</p>');
	});

	it('turns consecutive "- " lines into a list', () => {
		expect(renderProse('- one\n- two `x`\n- three')).toBe(
			'<ul><li>one</li><li>two <code>x</code></li><li>three</li></ul>',
		);
	});

	it('separates a lead-in paragraph from the list that follows it', () => {
		expect(renderProse('Do this:\n- a\n- b\n\nThen that.')).toBe(
			'<p>Do this:</p><ul><li>a</li><li>b</li></ul><p>Then that.</p>',
		);
	});

	it('does not treat a hyphen without a space as a list item', () => {
		expect(renderProse('-1 is not a list')).toBe('<p>-1 is not a list</p>');
	});

	it('renders inline markdown in paragraphs and list items', () => {
		expect(renderProse('See [docs](https://e.test/).\n\n- `a`')).toBe(
			'<p>See <a href="https://e.test/">docs</a>.</p><ul><li><code>a</code></li></ul>',
		);
	});

	it('escapes HTML in paragraphs and list items', () => {
		const html = renderProse('<script>alert(1)</script>\n\n- <img src=x onerror=alert(1)>');
		expect(html).not.toMatch(/<(script|img)\b/);
		expect(html).toBe(
			'<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><ul><li>&lt;img src=x onerror=alert(1)&gt;</li></ul>',
		);
	});

	it('ignores surrounding whitespace', () => {
		expect(renderProse('\n\n  Text.  \n\n')).toBe('<p>Text.</p>');
	});
});

describe('plainText', () => {
	it('drops the backticks of code spans', () => {
		expect(plainText('Set `Timestamp` now.')).toBe('Set Timestamp now.');
	});

	it('keeps only the label of a link', () => {
		expect(plainText('Please [submit a ticket](https://e.test/a?b=1) for help.')).toBe(
			'Please submit a ticket for help.',
		);
	});

	it('leaves text without markdown alone', () => {
		expect(plainText('请求已过期。')).toBe('请求已过期。');
	});
});
