import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/utils/html.ts';
import { fillShortLink, SHORT_LINK_CODE, shortLinkTitle } from '../../src/utils/short-link.ts';

const template = `<title>${SHORT_LINK_CODE} · ${shortLinkTitle('en')} · ${shortLinkTitle('zh')}</title><a href="/en/codes/${SHORT_LINK_CODE}/">${SHORT_LINK_CODE} ${shortLinkTitle('en')}</a><a href="/zh/codes/${SHORT_LINK_CODE}/">${shortLinkTitle('zh')}</a>`;

describe('fillShortLink', () => {
	it('fills every placeholder with the code and its titles', () => {
		expect(fillShortLink(template, '4500', { en: 'Replay attack', zh: '重放攻击' })).toBe(
			'<title>4500 · Replay attack · 重放攻击</title><a href="/en/codes/4500/">4500 Replay attack</a><a href="/zh/codes/4500/">重放攻击</a>',
		);
	});
	it('writes titles as text, never markup, and keeps "$&" literal', () => {
		const html = fillShortLink(template, '4000', { en: '<img src=x onerror=alert(1)> "q" & $&', zh: "'" });
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &amp; $&amp;');
		expect(html).not.toContain('<img');
		expect(html).toContain('&#39;');
	});
	it('refuses a code that is not a number, and a template with a placeholder it does not know', () => {
		expect(() => fillShortLink(template, '45"0', { en: 'a', zh: 'b' })).toThrow(/not a code number/);
		expect(() => fillShortLink(`${template}SHORTLINKTITLEFR`, '4500', { en: 'a', zh: 'b' })).toThrow(
			/placeholder is left/,
		);
	});
});

describe('escapeHtml', () => {
	it('escapes the five HTML-significant characters', () => {
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});
});
