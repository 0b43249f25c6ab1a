import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatIssues, readContent } from '../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { localeKeys } from '../../src/i18n/locales.ts';

const root = process.cwd();
const { set, issues } = readContent(join(root, 'content'));
const registryKeys = Object.keys(parseYaml(readFileSync(join(root, 'content/registry.yaml'), 'utf8')) as object);

describe('the real content', () => {
	it('loads with no issues', () => {
		expect(formatIssues(issues)).toBe('');
		expect(issues).toEqual([]);
	});

	it('has every code of registry.yaml, each a 4-digit number', () => {
		expect(registryKeys.length).toBeGreaterThan(0);
		expect(set.registry.map((entry) => entry.id).sort()).toEqual([...registryKeys].sort());
		for (const entry of set.registry) expect(entry.id).toMatch(/^[1-9][0-9]{3}$/);
	});

	it('has one prose file per code and locale, matching the files on disk', () => {
		expect(set.prose).toHaveLength(registryKeys.length * localeKeys.length);
		const onDisk = localeKeys.flatMap((locale) =>
			readdirSync(join(root, 'content/codes', locale))
				.filter((f) => f.endsWith('.yaml'))
				.map((f) => `${locale}/${f.replace(/\.yaml$/, '')}`),
		);
		expect(set.prose.map((entry) => entry.id).sort()).toEqual(onDisk.sort());
	});

	it('has prose in both locales for every registry code', () => {
		const prose = new Set(set.prose.map((entry) => entry.id));
		for (const entry of set.registry) {
			for (const locale of localeKeys) expect(prose.has(`${locale}/${entry.id}`), `${locale}/${entry.id}`).toBe(true);
		}
	});

	it('marks the Chinese title of 4200 as the project’s own (no Chinese source lists 4200)', () => {
		const zh4200 = set.prose.find((entry) => entry.id === 'zh/4200');
		expect(zh4200?.data.titleSource).toBe('project');
		const zhSources = set.sources.filter((source) => source.data.lang === 'zh');
		expect(zhSources.length).toBeGreaterThan(0);
		for (const source of zhSources) expect(source.data.rows.some((row) => row.code === '4200')).toBe(false);
	});

	it('quotes every non-project title exactly from a source in the same language', () => {
		for (const entry of set.prose) {
			if (entry.data.titleSource === 'project') continue;
			const [locale, code] = entry.id.split('/');
			const source = set.sources.find((s) => s.data.id === entry.data.titleSource);
			expect(source?.data.lang, entry.id).toBe(locale);
			const row = source?.data.rows.find((r) => r.code === code);
			expect(row?.title.replace(/[.。]$/, ''), entry.id).toBe(entry.data.title.replace(/[.。]$/, ''));
		}
	});

	it('has one source per entry of the raw manifest, exactly one of them the legacy CLB document', () => {
		const manifest = parseYaml(readFileSync(join(root, 'content/raw/sources.yaml'), 'utf8')) as { id: string }[];
		expect(set.sources.map((source) => source.id).sort()).toEqual(manifest.map((entry) => entry.id).sort());
		expect(set.sources.filter((source) => source.data.kind === 'clb-legacy')).toHaveLength(1);
	});

	it('builds one view per code, in numeric order, with every source row of the code', () => {
		const site = buildSiteData(set);
		expect(site.codes.map((c) => c.code)).toEqual([...registryKeys].sort((a, b) => Number(a) - Number(b)));
		for (const view of site.codes) {
			const expected = set.sources.filter((s) => s.data.rows.some((r) => r.code === view.code)).length;
			expect(view.rows, view.code).toHaveLength(expected);
			expect(view.rows.length + view.missingFrom.length, view.code).toBe(set.sources.length);
		}
		expect(site.clb?.kind).toBe('clb-legacy');
	});
});
