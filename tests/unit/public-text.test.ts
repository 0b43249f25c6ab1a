/**
 * The `public` step (scripts/check-public-text.ts) finds every kind of internal reference in
 * every kind of shipped file, and nothing in text that only resembles one: a word planted in a
 * copy of a build fails the check, naming the file; the same build without it passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { findInternalText, publicTextPatterns } from '../../scripts/lib/public-text.ts';

const root = process.cwd();
const patterns = publicTextPatterns(join(root, 'content'));
const rawFiles = (parse(readFileSync(join(root, 'content/raw/sources.yaml'), 'utf8')) as { file: string }[]).map(
	(entry) => entry.file,
);
const scratch = mkdtempSync(join(tmpdir(), 'public-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Text a page may well contain that only looks like an internal reference. */
const innocent = [
	'<p>The newer API 2.0 page notes that some terminals show Unicode escapes.</p>',
	'<a href="https://cloud.tencent.com/document/content/214/1530">a public page</a>',
	'cache.match(path, { ignoreSearch: true }); {"anchors":[{"element":"h2"}]}',
	'<p>Researchers? No: the sources say "Resource does not exist".</p>',
	'const FILES = ["robots.txt", "sitemap-index.xml"];',
].join('\n');

/** One planted text per kind of internal reference, including every raw export's name and stem. */
const planted = [
	'via shared/notes',
	'the research could not find it',
	'the seed documents',
	'Raw export: x',
	'原始导出文件',
	'see notes.txt',
	'api3.md',
	'api2-sdks.md',
	'anchors.md',
	'registry.yaml',
	'§3.5',
	'content/raw',
	'src/pipeline/5-model.ts',
	...rawFiles,
	...rawFiles.map((file) => file.replace(/\.txt$/, '')),
];

/** A small build: the files of each type the site ships, Pagefind's fragments gzipped as Pagefind writes them. */
function writeBuild(dir: string, extra = ''): void {
	const files: Record<string, string | Buffer> = {
		'en/index.html': `<!doctype html><html><body>${innocent}</body></html>`,
		'codes.json': JSON.stringify({ text: innocent }),
		'_astro/site.js': `console.log(${JSON.stringify(innocent)});`,
		'pagefind/en/fragment/en_1.pf_fragment': gzipSync(`pagefind_dcd${JSON.stringify({ content: innocent })}`),
	};
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	if (extra) {
		const [path, text] = extra.split('|');
		const content = path.endsWith('.pf_fragment') ? gzipSync(`pagefind_dcd${text}`) : text;
		writeFileSync(join(dir, path), content);
	}
}

describe('the public text check', () => {
	it('derives a pattern for every raw export the manifest lists', () => {
		expect(rawFiles.length).toBeGreaterThan(0);
		for (const file of rawFiles)
			expect(
				patterns.some((p) => p.label.includes(file)),
				file,
			).toBe(true);
	});

	it('passes a build that only resembles internal references', () => {
		const dir = join(scratch, 'clean');
		writeBuild(dir);
		expect(findInternalText(dir, patterns)).toEqual({ files: 4, hits: [] });
	});

	it('finds each planted reference in each kind of shipped file, naming the file', () => {
		const targets = ['en/index.html', 'codes.json', '_astro/site.js', 'pagefind/en/fragment/en_1.pf_fragment'];
		for (const [i, word] of planted.entries()) {
			const target = targets[i % targets.length];
			const dir = join(scratch, `planted-${i}`);
			writeBuild(dir, `${target}|${innocent} ${word} ${innocent}`);
			const { hits } = findInternalText(dir, patterns);
			expect(
				hits.map((hit) => hit.file),
				`${word} in ${target}`,
			).toEqual([target]);
		}
	});

	it('exits 1 on a planted word and 0 without it, as the test step runs it', () => {
		const script = join(root, 'scripts/check-public-text.ts');
		const run = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
		const clean = join(scratch, 'cli-clean');
		writeBuild(clean);
		expect(run(clean).status).toBe(0);
		const dirty = join(scratch, 'cli-dirty');
		writeBuild(dirty, `en/index.html|<p>${rawFiles[0]}</p>`);
		const result = run(dirty);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('en/index.html');
	}, 60_000);
});
