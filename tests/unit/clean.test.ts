import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCell, decodeEntities, fixMojibake } from '../../src/pipeline/1-import/clean.ts';
import { findDamage } from '../../src/pipeline/1-import/damage.ts';

const raw = (file: string) => readFileSync(join(import.meta.dirname, '../../content/raw', file), 'utf8');

/** Simulates the export damage: UTF-8 bytes read back as cp1252. */
const misdecode = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));

describe('fixMojibake', () => {
	it('repairs the damaged strings exactly as they appear in the seeds', () => {
		const line003 = raw('003_ea5aaad95405e435.txt')
			.split('\n')
			.find((l) => l.includes('Identity verification error.'))!;
		expect(line003).toContain('\u00E2\u20AC\u2122'); // the seed really is damaged: "â€™"
		expect(fixMojibake(line003)).toContain('Identity verification error. It’s usually caused');

		const line001 = raw('001_f67aa8503ddba239.txt')
			.split('\n')
			.find((l) => l.includes('Required parameters are missing'))!;
		expect(line001).toContain('values\u00E2\u20AC\u2039are'); // "â€‹": U+200B's bytes E2 80 8B read as cp1252
		expect(fixMojibake(line001)).toContain('parameter values are not in the correct format');
		expect(fixMojibake(line001)).not.toMatch(/[\u00E2\u20AC\u2039\u200B]/);
	});

	it.each([
		'café – ’',
		'It’s “quoted” — and… ©2024 ±1 °C',
		'naïve résumé Ärger Œuvre',
		'中文 text 混合',
		'emoji 🚀 too',
	])('round-trips generated mojibake of %j', (original) => {
		const broken = misdecode(original);
		expect(broken).not.toBe(original);
		expect(fixMojibake(broken)).toBe(original);
	});

	it('leaves clean text alone', () => {
		for (const s of ['café – ’', 'château São Paulo', '请求参数非法', 'a... b', 'x']) expect(fixMojibake(s)).toBe(s);
	});

	it('turns a zero-width space between two words into a space and drops it elsewhere', () => {
		expect(fixMojibake('values\u200Bare')).toBe('values are');
		expect(fixMojibake('values \u200Bare')).toBe('values are');
		expect(fixMojibake('\u200Bstart end\u200B')).toBe('start end');
		expect(fixMojibake('中\u200B文')).toBe('中文');
		expect(fixMojibake('a\uFEFF\u200Db')).toBe('a b');
	});

	it('leaves an undecodable run in place for findDamage to report', () => {
		expect(fixMojibake('à€€x')).toBe('à€€x'); // E0 80 80 is an overlong, invalid UTF-8 sequence
		expect(fixMojibake('â€x')).toBe('â€x'); // a truncated sequence
		expect(findDamage(fixMojibake('â€x'))).toMatch(/mojibake/);
	});
});

describe('cleanCell', () => {
	it('converts an unquoted link with spaces around "=" and a query string', () => {
		const cell =
			'Please <a href = https://console.cloud.tencent.com/workorder/category?level1_id=141&step=2 >submit a ticket</a> for assistance.</td>';
		expect(cleanCell(cell)).toBe(
			'Please [submit a ticket](https://console.cloud.tencent.com/workorder/category?level1_id=141&step=2) for assistance.',
		);
	});

	it('converts quoted links and ignores other attributes', () => {
		expect(
			cleanCell('See <a href="https://cloud.tencent.com/document/api/213/6984">Signature Method</a> section.'),
		).toBe('See [Signature Method](https://cloud.tencent.com/document/api/213/6984) section.');
		expect(cleanCell("using <A target='_blank' HREF='https://x.example/a'>CLB API 3.0</A>.")).toBe(
			'using [CLB API 3.0](https://x.example/a).',
		);
		expect(cleanCell('<a href="https://x.example/?a=1&amp;b=2"><b>bold</b> link</a>')).toBe(
			'[bold link](https://x.example/?a=1&b=2)',
		);
	});

	it('repairs the broken "./td>" ending', () => {
		expect(cleanCell('Other CAM authentication failed./td>\n   </tr>')).toBe('Other CAM authentication failed.');
	});

	it('strips header markup and stray whitespace', () => {
		expect(cleanCell(' <b>Error Code</b>\n')).toBe('Error Code');
		expect(cleanCell('   MFA verification failed.</td>')).toBe('MFA verification failed.');
		expect(cleanCell('line one<br>line\t two \n three')).toBe('line one line two three');
	});

	it('fixes doubled full stops but keeps an ellipsis', () => {
		expect(cleanCell('insufficient resources..')).toBe('insufficient resources.');
		expect(cleanCell('Wait... then go.. now')).toBe('Wait... then go. now');
		expect(cleanCell('资源不足。。')).toBe('资源不足。');
	});

	it('decodes HTML entities', () => {
		expect(cleanCell('Tom &amp; Jerry &lt;3 &quot;q&quot; it&#39;s &#x2019;')).toBe('Tom & Jerry <3 "q" it\'s ’');
		expect(decodeEntities('&unknown; a&b')).toBe('&unknown; a&b');
	});

	it('keeps backticks and the source wording as they are', () => {
		expect(cleanCell(' The `Nonce` value must be unique.')).toBe('The `Nonce` value must be unique.');
		expect(cleanCell('This is may be caused by X.')).toBe('This is may be caused by X.');
		expect(cleanCell('请求的次数超过了配额限制，请 <a href = https://x.example/?a=1&b=2 >提交工单</a> 解决。')).toBe(
			'请求的次数超过了配额限制，请 [提交工单](https://x.example/?a=1&b=2) 解决。',
		);
	});

	it('repairs mojibake inside a cell', () => {
		expect(cleanCell('<td>Identity verification error. Itâ€™s usually caused</td>')).toBe(
			'Identity verification error. It’s usually caused',
		);
	});
});
