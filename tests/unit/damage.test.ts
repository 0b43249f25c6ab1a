import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDamage } from '../../src/pipeline/1-import/damage.ts';

const damaged: [string, string, RegExp][] = [
	['cp1252 mojibake of a right quote', 'Itâ€™s usually caused', /^mojibake "â€"$/],
	['mojibake of a zero-width space', 'parameter valuesâ€\u200Bare not', /^mojibake "â€"$/],
	['mojibake of é', 'cafÃ©', /^mojibake "Ã©"$/],
	['mojibake of a no-break space', 'a\u00C2\u00A0b', /^mojibake "Â/],
	['mojibake of a byte order mark', 'ï»¿Error Code', /^mojibake "ï»¿"$/],
	['replacement character', 'broken \uFFFD text', /U\+FFFD/],
	['zero-width space', 'values\u200Bare', /^zero-width space$/],
	['zero-width joiner', 'a\u200Db', /zero-width joiner/],
	['byte order mark', '\uFEFFtext', /U\+FEFF/],
	['broken closing tag', 'Other CAM authentication failed./td>', /^broken tag "\.\/td>"$/],
	['broken tag at the start', '/td>', /^broken tag/],
	['raw <td>', '<td>4000</td>', /^raw HTML tag "<td>"$/],
	['raw closing </td>', 'failed.</td>', /^raw HTML tag "<\/td>"$/],
	['raw <tr>', '<tr class="x">', /^raw HTML tag "<tr/],
	['raw <th>', '<th> <b>Error Code</b>', /^raw HTML tag "<th>"$/],
	['raw <table>', '<table class="t">', /^raw HTML tag "<table/],
	['raw <b>', 'a <b>bold</b> word', /^raw HTML tag "<b>"$/],
	['raw link, upper case', 'Please <A HREF = https://x.example/?a=1&b=2 >submit</A>', /^raw HTML tag "<A /],
	['HTML entity', 'Tom &amp; Jerry', /^HTML entity "&amp;"$/],
	['numeric entity', 'It&#8217;s', /^HTML entity/],
	['doubled full stop', 'insufficient resources..', /^doubled full stop/],
	['doubled full stop mid-text', 'resources.. Then', /^doubled full stop/],
	['doubled Chinese full stop', '资源不足。。', /^doubled Chinese full stop "。。"$/],
];

describe('findDamage finds each kind of export damage', () => {
	it.each(damaged)('%s', (_name, text, expected) => {
		expect(findDamage(text)).toMatch(expected);
	});

	it('reports the earliest damage in the text', () => {
		expect(findDamage('a.. then Itâ€™s')).toMatch(/doubled full stop/);
		expect(findDamage('Itâ€™s then a..')).toMatch(/mojibake/);
	});
});

describe('findDamage leaves clean text alone', () => {
	const clean = [
		'Invalid request parameter.',
		'See [Signature Method](https://cloud.tencent.com/document/api/213/6984) section in the document.',
		'Please [submit a ticket](https://console.cloud.tencent.com/workorder/category?level1_id=141&level2_id=645&source=0&step=2) for assistance.',
		'The `Nonce` and `Timestamp` parameters ensure that each request will be executed only once.',
		'Wait... and then try again.',
		'It’s usually caused by errors in signature calculation.',
		'请求的次数超过了配额限制，请 [提交工单](https://console.cloud.tencent.com/workorder/category?a=1&b=2) 解决。',
		'"message": "(100004) incorrect projectId"',
		'{\n    "code": "5100"\n}',
		'café – naïve résumé, Ärger, château, São Paulo',
		'Compare a < b and b > a, or x->y.',
		'https://intl.cloud.tencent.com/document/product/214/33789',
		'',
	];
	it.each(clean)('%j', (text) => {
		expect(findDamage(text)).toBeNull();
	});

	it('every committed source string is clean', () => {
		const dir = join(import.meta.dirname, '../../content/sources');
		const strings: string[] = [];
		const collect = (v: unknown): void => {
			if (typeof v === 'string') strings.push(v);
			else if (v && typeof v === 'object') Object.values(v).forEach(collect);
		};
		for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')))
			collect(JSON.parse(readFileSync(join(dir, f), 'utf8')));
		expect(strings.length).toBeGreaterThan(2 * 98); // at least every row title and description
		for (const s of strings) expect(findDamage(s), s).toBeNull();
	});
});
