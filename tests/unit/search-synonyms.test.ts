/**
 * content/search-synonyms.yaml through the one reader: a broken copy is reported on the file and
 * the field, with what to do; the file is optional; the site model gives each code its names.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import { normalizeTitle } from '../../src/pipeline/4-check.ts';

const FILE = 'content/search-synonyms.yaml';
const scratch = mkdtempSync(join(tmpdir(), 'synonyms-'));
let copies = 0;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The issues of a copy of content/ whose synonyms file is `text` (or absent, for null). */
function issuesWith(text: string | null) {
	const root = join(scratch, String(copies++));
	cpSync('content', join(root, 'content'), { recursive: true });
	if (text === null) rmSync(join(root, FILE));
	else writeFileSync(join(root, FILE), text);
	return readContent(join(root, 'content')).issues;
}
const lines = (issues: ReturnType<typeof issuesWith>) => issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);

describe('search synonyms in the content', () => {
	it('the real file reads without issues, and a content folder without it is valid', () => {
		expect(readContent().issues).toEqual([]);
		expect(readContent().set.synonyms.length).toBeGreaterThan(0);
		expect(issuesWith(null)).toEqual([]);
	});

	it('reports an unknown code, a misspelled field, a number as a term and an entry without terms', () => {
		const issues = lines(
			issuesWith(
				[
					'a:\n  codes: [4999]\n  source: project\n  en: [hello]',
					'b:\n  codes: [4400]\n  source: project\n  en: [rate]\n  zhh: [限]',
					'c:\n  codes: [4400]\n  source: project\n  en: ["4400"]',
					'd:\n  codes: [4400]\n  source: project',
				].join('\n'),
			),
		);
		expect(issues).toContainEqual(
			expect.stringMatching(/^content\/search-synonyms\.yaml: a\.codes\[0\]: code 4999 is not in/),
		);
		expect(issues).toContainEqual(expect.stringMatching(/^content\/search-synonyms\.yaml: b\.zhh: unknown field/));
		expect(issues).toContainEqual(expect.stringMatching(/: c\.en\[0\]: must be words: a number is read as a code/));
		expect(issues).toContainEqual(expect.stringMatching(/: d: has no terms/));
	});

	it('a sourced entry must use its source’s words for each code; "project" marks ours', () => {
		const sourced = (term: string) => `x:\n  codes: [4400]\n  source: clb-en\n  en: [${term}]\n`;
		expect(issuesWith(sourced('quota limit'))).toEqual([]);
		expect(lines(issuesWith(sourced('throttled')))).toEqual([
			`${FILE}: x.source: source clb-en does not say "throttled" for 4400: use its words, or mark the entry "project"`,
		]);
		expect(lines(issuesWith(sourced('x').replace('clb-en', 'nowhere')))[0]).toMatch(
			/x\.source: unknown source "nowhere"/,
		);
	});

	it('every entry of the real file is marked ours, and each code gets its terms and its sources’ other titles', () => {
		const { set } = readContent();
		const site = buildSiteData(set);
		for (const entry of set.synonyms) {
			expect(entry.data.source).toBe('project');
			for (const code of entry.data.codes)
				for (const locale of ['en', 'zh'] as const)
					expect(site.byCode.get(code)!.searchNames[locale]).toEqual(expect.arrayContaining(entry.data[locale]));
		}
		for (const view of site.codes)
			for (const { source, row } of view.rows) {
				const title = normalizeTitle(row.title);
				if (title.toLowerCase() !== view.prose[source.lang].title.toLowerCase())
					expect(view.searchNames[source.lang]).toContain(title);
			}
		expect(readFileSync(FILE, 'utf8')).toMatch(/ours/);
	});
});
