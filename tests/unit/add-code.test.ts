/**
 * The documented way to add a code and a source (README, "Adding a code", "Adding a source"),
 * done on a copy of the content and built: a sixth source (its raw export and its manifest
 * entry) whose table lists a new code, 4700, plus the code's registry entry and its two prose
 * files. Nothing else may need to change for the new code and source to reach every page type.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/i18n/format.ts';
import { localeKeys } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/t.ts';
import { readContent } from '../../src/pipeline/3-read.ts';
import { contentWithCode, type AddedCode } from '../../scripts/lib/content-variant.ts';

const repo = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'add-code-'));
const content = join(scratch, 'content');
const dist = join(scratch, 'dist');
const original = readContent(join(repo, 'content')).set;
const code = String(Math.max(...original.registry.map((entry) => Number(entry.id))) + 100);

const run = (args: string[]) =>
	spawnSync(process.execPath, args, {
		cwd: repo,
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: content,
			OUT_DIR: dist,
			ASTRO_CACHE_DIR: join(scratch, 'cache'),
			SITE_URL: 'http://localhost:4399',
		},
	});

let source: AddedCode['source'];
let title: AddedCode['title'];

beforeAll(() => {
	({ source, title } = contentWithCode(join(repo, 'content'), content, code));
	const imported = run(['scripts/import-seeds.ts']);
	if (imported.status !== 0) throw new Error(`import-seeds failed:\n${imported.stderr}`);
	const built = run(['node_modules/.bin/astro', 'build', '--silent']);
	if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}\n${built.stderr}`);
}, 180_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path), 'utf8');

describe(`a code (${code}) and a sixth source added the documented way`, () => {
	it('are checked as consistent by the content reader', () => {
		const { issues, set } = readContent(content);
		expect(issues).toEqual([]);
		expect(set.registry.length).toBe(original.registry.length + 1);
		expect(set.sources.length).toBe(original.sources.length + 1);
	});

	it('give the code a page in every language, with its title and its source row', () => {
		for (const locale of localeKeys) {
			const html = page(`${locale}/codes/${code}/index.html`);
			expect(html).toContain(title[locale]);
			expect(html).toContain(source.name[locale]);
		}
		for (const locale of localeKeys) expect(page(`${code}/index.html`)).toContain(`/${locale}/codes/${code}/`);
	});

	it('list the code in the home table and the new source on the sources page and in the footer count', () => {
		for (const locale of localeKeys) {
			expect(page(`${locale}/index.html`)).toContain(`codes/${code}/`);
			const sources = page(`${locale}/sources/index.html`);
			expect(sources).toContain(source.name[locale]);
			const footer = dictionaries[locale]['footer.facts'].replace(
				'{count}',
				formatCount(original.sources.length + 1, locale),
			);
			expect(sources).toContain(footer);
		}
	});

	it('show the new source’s row on the pages of codes it lists that already existed', () => {
		for (const locale of localeKeys) expect(page(`${locale}/codes/4500/index.html`)).toContain(source.name[locale]);
	});

	it('put the code and the source into /codes.json and /codes/{code}.json', () => {
		const document = JSON.parse(page('codes.json'));
		expect(document.sources.map((s: { id: string }) => s.id)).toContain(source.id);
		const record = document.codes.find((c: { code: number }) => String(c.code) === code);
		expect(record.sources.map((s: { source: string }) => s.source)).toEqual([source.id]);
		expect(JSON.parse(page(`codes/${code}.json`))).toEqual(record);
	});
});
