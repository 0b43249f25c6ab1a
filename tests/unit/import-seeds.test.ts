import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSources } from '../../src/pipeline/1-import/import-sources.ts';

const RAW_DIR = join(process.cwd(), 'content/raw');
const OUT_DIR = join(process.cwd(), 'content/sources');
import { findDamage } from '../../src/pipeline/1-import/damage.ts';

interface Source {
	id: string;
	file: string;
	notices: { kind: string; text: string }[];
	sample: string | null;
	columns: string[];
	rows: { code: number; title: string; description: string }[];
	[key: string]: unknown;
}

const built = buildSources(RAW_DIR);
const sources: Record<string, Source> = Object.fromEntries(
	Object.values(built)
		.map((json) => JSON.parse(json) as Source)
		.map((s) => [s.id, s]),
);
const row = (id: string, code: number) => sources[id].rows.find((r) => r.code === code)!;

describe('committed content/sources', () => {
	it('equals what buildSources() produces, byte for byte', () => {
		expect(Object.keys(built).sort()).toEqual(
			readdirSync(OUT_DIR)
				.filter((f) => f.endsWith('.json'))
				.sort(),
		);
		for (const [name, json] of Object.entries(built))
			expect(readFileSync(join(OUT_DIR, name), 'utf8'), name).toBe(json);
	});

	it('passes `--check`', () => {
		const script = join(import.meta.dirname, '../../scripts/import-seeds.ts');
		expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
	});

	it('keeps the documented key order', () => {
		const keys = [
			'id',
			'file',
			'order',
			'lang',
			'kind',
			'name',
			'summary',
			'published',
			'intro',
			'notices',
			'sample',
			'columns',
			'rows',
		];
		for (const s of Object.values(sources)) expect(Object.keys(s)).toEqual(keys);
	});
});

describe('built sources', () => {
	it('have one row per table row of their raw export (all but the header)', () => {
		for (const s of Object.values(sources)) {
			const table = /<table\b[\s\S]*?<\/table>/i.exec(readFileSync(join(RAW_DIR, s.file), 'utf8'))?.[0] ?? '';
			const tableRows = (table.match(/<tr\b/gi) ?? []).length;
			expect(tableRows, s.id).toBeGreaterThan(1);
			expect(s.rows.length, s.id).toBe(tableRows - 1);
		}
	});

	it('use 4-digit codes, unique within each source', () => {
		for (const s of Object.values(sources)) {
			for (const r of s.rows) expect(String(r.code), s.id).toMatch(/^\d{4}$/);
			expect(new Set(s.rows.map((r) => r.code)).size).toBe(s.rows.length);
		}
	});

	it('carry no export damage in any string', () => {
		const check = (v: unknown, where: string): void => {
			if (typeof v === 'string') expect(findDamage(v), `${where}: ${v}`).toBeNull();
			else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) check(x, `${where}.${k}`);
		};
		for (const s of Object.values(sources)) check(s, s.id);
	});

	it('keep the facts that differ between sources', () => {
		expect(row('api2-intl', 4500).description).toContain('5 minutes');
		expect(row('api2-old', 4500).description).toContain('2 hours');
		expect(row('api2-intl', 4100).description).toContain(
			'[Signature Method](https://cloud.tencent.com/document/api/213/6984)',
		);
		expect(row('clb-en', 4400).description).toContain(
			'[submit a ticket](https://console.cloud.tencent.com/workorder/category?level1_id=141&',
		);
		expect(row('api2-zh', 4400).description).toContain(
			'[提交工单](https://console.cloud.tencent.com/workorder/category?level1_id=141&',
		);
		expect(row('clb-en', 4110).description).toBe('Other CAM authentication failed.');
		expect(row('clb-en', 4100).description).toBe(
			'Identity verification error. It’s usually caused by errors in signature calculation.',
		);
		expect(row('clb-en', 5200).description).toMatch(/insufficient resources\.$/);
		expect(row('api2-old', 4000).description).toContain('parameter values are not in the correct format');
		expect(row('api2-intl', 5200).description).toContain('This is may be caused'); // source grammar kept
	});

	it('parse notices, samples and columns', () => {
		const kinds = (id: string) => sources[id].notices.map((n) => n.kind);
		expect(kinds('clb-en')).toEqual(['legacy']);
		expect(sources['clb-en'].notices[0].text).toContain(
			'[CLB API 3.0](https://intl.cloud.tencent.com/document/product/214/33789)',
		);
		expect(sources['clb-en'].notices[0].text).not.toContain('**');
		expect(kinds('api2-new')).toEqual(['unicode-escapes']);
		expect(sources['api2-new'].notices[0].text).toMatch(/Unicode/);
		expect(sources['api2-new'].intro).not.toMatch(/Unicode/); // not duplicated in the intro
		expect(kinds('api2-old')).toEqual(['module-codes']);
		expect(sources['api2-old'].notices[0].text).toContain('\n"message": "(100004) incorrect projectId"\n');
		expect(kinds('api2-intl')).toEqual([]);
		expect(kinds('api2-zh')).toEqual([]);

		expect(sources['clb-en'].sample).toContain('"code": "5100"');
		expect(sources['api2-intl'].sample).toBe('{\n    "code": 5100\n}');
		expect(sources['api2-old'].sample).toBeNull();

		expect(sources['api2-intl'].columns).toEqual(['Error Code', 'Description', 'Reason']);
		expect(sources['api2-old'].columns).toEqual(['Error Code', 'Error Type', 'Description']);
		expect(sources['api2-zh'].columns).toEqual(['错误码', '说明', '处理措施']);
		expect(sources['api2-zh'].intro).toMatch(/^返回结果中的错误码.*采取相应措施。$/);
	});
});

describe('buildSources guards', () => {
	const dirs: string[] = [];
	afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
	/** A copy of content/raw with one raw file edited. */
	const rawCopy = (file: string, edit: (text: string) => string) => {
		const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
		dirs.push(dir);
		cpSync(RAW_DIR, dir, { recursive: true });
		writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
		return dir;
	};

	it('names the file, row and field when damage survives cleaning', () => {
		const dir = rawCopy('003_ea5aaad95405e435.txt', (t) =>
			t.replace('The token is incorrect.', 'The token is \uFFFD incorrect.'),
		);
		expect(() => buildSources(dir)).toThrow(/003_ea5aaad95405e435\.txt: row 4105 description .*U\+FFFD/);
	});

	it('accepts a row removed from a table (row counts are not pinned)', () => {
		const dir = rawCopy('002_a816ca67429d5a14.txt', (t) => t.replace(/<tr>\s*<td> 6200[\s\S]*?<\/tr>/, ''));
		const rows = JSON.parse(buildSources(dir)['api2-new.json']).rows as { code: number }[];
		expect(rows.map((r) => r.code)).toEqual(
			sources['api2-new'].rows.map((r) => r.code).filter((code) => code !== 6200),
		);
	});

	it('rejects a table whose rows the parser cannot tell apart (a lost <tr>), naming the file', () => {
		const dir = rawCopy('002_a816ca67429d5a14.txt', (t) => t.replace(/<\/tr>\s*<tr>(\s*<td> 6200)/, '$1'));
		expect(() => buildSources(dir)).toThrow(/002_a816ca67429d5a14\.txt: /);
	});
});
