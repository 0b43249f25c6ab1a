/**
 * Breaks one thing in a copy of content/ per test and checks that readContent() reports it on
 * the right file and field, with a message that says how to fix it.
 */
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import type { ContentIssue } from '../../src/pipeline/types.ts';

const repo = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'broken-content-'));
let copies = 0;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of content/ (inside a root folder), for one test to break. */
function copyContent(): string {
	const root = join(scratch, String(copies++));
	cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

function edit(root: string, file: string, change: (text: string) => string): void {
	const path = join(root, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the edit of ${file} changed nothing: the test's anchor text is gone`);
	writeFileSync(path, after);
}

function editJson(root: string, file: string, change: (data: any) => void): void {
	const path = join(root, file);
	const data = JSON.parse(readFileSync(path, 'utf8'));
	change(data);
	writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** Edit one line of the 4500 entry of registry.yaml (the first line of it that matches `line`). */
function edit4500(root: string, line: RegExp, change: (text: string) => string): void {
	edit(root, 'content/registry.yaml', (text) => {
		const start = text.indexOf('"4500":\n');
		const end = text.indexOf('\n"', start + 1);
		const entry = text.slice(start, end === -1 ? undefined : end);
		const match = line.exec(entry);
		if (start === -1 || !match) return text;
		return text.slice(0, start) + entry.replace(match[0], change(match[0])) + (end === -1 ? '' : text.slice(end));
	});
}

/** Break a copy and load it. */
function issuesAfter(breakIt: (root: string) => void): ContentIssue[] {
	const root = copyContent();
	breakIt(root);
	return readContent(join(root, 'content')).issues;
}

/** The issue on this file and field whose message matches `about` (fails with the full list when there is none). */
function issueOn(issues: ContentIssue[], file: string, field: string, about: RegExp): ContentIssue {
	const found = issues.find((issue) => issue.file === file && issue.field === field && about.test(issue.message));
	expect(
		found,
		`no issue on ${file}: ${field} matching ${about} among\n${issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join('\n')}`,
	).toBeDefined();
	return found as ContentIssue;
}

const real = readContent(join(repo, 'content')).set;
const realRegistry = Object.fromEntries(real.registry.map((entry) => [entry.id, entry.data]));
const classIds = real.classes.map((entry) => entry.id);
const clb = JSON.parse(readFileSync(join(repo, 'content/sources/clb-en.json'), 'utf8'));

describe('the unbroken copy', () => {
	it('has no issues, so every issue below comes from the one thing each test breaks', () => {
		expect(issuesAfter(() => {})).toEqual([]);
	});
});

describe('a broken content copy is reported on the right file and field', () => {
	it('reports a code without its Chinese prose file on that missing file, asking to create it', () => {
		const issues = issuesAfter((root) => rmSync(join(root, 'content/codes/zh/4500.yaml')));
		const issue = issueOn(issues, 'content/codes/zh/4500.yaml', '(file)', /has no zh prose/);
		expect(issue.message).toMatch(/4500/);
		expect(issue.message).toMatch(/create this file/);
		expect(issues).toHaveLength(1);
	});

	it('reports a prose file for a code that is not in the registry on that file', () => {
		const issues = issuesAfter((root) =>
			copyFileSync(join(root, 'content/codes/en/4500.yaml'), join(root, 'content/codes/en/4999.yaml')),
		);
		const issue = issueOn(issues, 'content/codes/en/4999.yaml', '(file)', /is not in content\/registry\.yaml/);
		expect(issue.message).toMatch(/4999 is not in content\/registry\.yaml/);
		expect(issue.message).toMatch(/add it there, or remove this file/);
		expect(issues).toHaveLength(1);
	});

	it('reports a code key written twice in registry.yaml on that code, saying to keep one', () => {
		const issues = issuesAfter((root) =>
			edit(
				root,
				'content/registry.yaml',
				(text) => `${text}\n"4500":\n  class: request\n  related: []\n  retry: later\n  api3: []\n`,
			),
		);
		const onRegistry = issues.filter((issue) => issue.file === 'content/registry.yaml');
		expect(onRegistry.length, JSON.stringify(issues.slice(0, 3))).toBeGreaterThan(0);
		const issue = onRegistry.find((i) => /^4500\b/.test(i.field));
		expect(
			issue,
			`the duplicate is reported on field ${JSON.stringify(onRegistry.map((i) => i.field))}, not on 4500`,
		).toBeDefined();
		expect(issue?.message).toMatch(/twice|duplicate|more than once/i);
		expect(issue?.message).toMatch(/remove|merge|keep one/i);
	});

	it('reports an example response that is not JSON on its json field, before any page is rendered', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/registry.yaml', (text) => text.replace(/json: '\{"code": 4000, /, `json: '{"code": 4000 `)),
		);
		const issue = issueOn(issues, 'content/registry.yaml', '4000.example.json', /must be a JSON object with a code/);
		expect(issue.message).toMatch(/check quotes and braces/);
		expect(issues).toHaveLength(1);
	});

	it('reports a related code that does not exist on that related entry', () => {
		const index = realRegistry['4500'].related.length;
		const issues = issuesAfter((root) => edit4500(root, /related: \[[^\]]*\]/, (line) => line.replace(']', ', 4199]')));
		const issue = issueOn(issues, 'content/registry.yaml', `4500.related[${index}]`, /4199 is not in the registry/);
		expect(issue.message).toMatch(/4199 is not in the registry/);
		expect(issue.message).toMatch(/remove it from related/);
	});

	it('reports the code key "45O0" (a letter O) on that key, pointing out the letter', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/registry.yaml', (text) => text.replace('"4500":', '"45O0":')),
		);
		const issue = issueOn(issues, 'content/registry.yaml', '45O0', /not a code number/);
		expect(issue.message).toMatch(/not a code number/);
		expect(issue.message).toMatch(/letters like O for 0/);
	});

	it('reports an empty title on the title field, saying to write it', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) => text.replace(/^title: .*$/m, 'title: ""')),
		);
		const issue = issueOn(issues, 'content/codes/en/4500.yaml', 'title', /must not be empty/);
		expect(issue.message).toMatch(/must not be empty/);
		expect(issue.message).toMatch(/write the text/);
	});

	it('reports an unknown titleSource on titleSource, listing what is allowed', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) => text.replace(/^titleSource: .*$/m, 'titleSource: clb-fr')),
		);
		const issue = issueOn(issues, 'content/codes/en/4500.yaml', 'titleSource', /unknown source "clb-fr"/);
		expect(issue.message).toMatch(/unknown source "clb-fr"/);
		expect(issue.message).toMatch(/"project"/);
	});

	it('reports a titleSource in the other language on titleSource', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/zh/4500.yaml', (text) => text.replace(/^titleSource: .*$/m, 'titleSource: clb-en')),
		);
		const issue = issueOn(issues, 'content/codes/zh/4500.yaml', 'titleSource', /is in en, not zh/);
		expect(issue.message).toMatch(/is in en, not zh/);
	});

	it('reports a title that differs from its titleSource row on title, quoting the source’s title', () => {
		const row = clb.rows.find((r: { code: number }) => r.code === 4500);
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) =>
				text.replace(/^titleSource: .*$/m, 'titleSource: clb-en').replace(/^title: .*$/m, 'title: Replay attacks'),
			),
		);
		const issue = issueOn(
			issues,
			'content/codes/en/4500.yaml',
			'title',
			/copy it exactly, or set titleSource: project/,
		);
		expect(issue.message).toContain(`("${row.title}")`);
		expect(issue.message).toMatch(/copy it exactly, or set titleSource: project/);
	});

	it('reports a source row for a code not in the registry on that row’s code', () => {
		const index = clb.rows.length;
		const issues = issuesAfter((root) =>
			editJson(root, 'content/sources/clb-en.json', (data) =>
				data.rows.push({ code: 4999, title: 'Unknown', description: 'An unknown code.' }),
			),
		);
		const issue = issueOn(
			issues,
			'content/sources/clb-en.json',
			`rows[${index}].code`,
			/4999 is not in content\/registry\.yaml/,
		);
		expect(issue.message).toMatch(/4999 is not in content\/registry\.yaml/);
		expect(issue.message).toMatch(/add it to the registry/);
	});

	it('reports the mojibake "â€™" in a prose field on that field, saying to clean it', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) => text.replace(/^(cause: \|-\n\s+)/m, '$1Itâ€™s a replay. ')),
		);
		const issue = issueOn(issues, 'content/codes/en/4500.yaml', 'cause', /mojibake "â€"/);
		expect(issue.message).toMatch(/mojibake "â€"/);
		expect(issue.message).toMatch(/clean the text/);
	});

	it('reports the broken tag "./td>" in a prose field on that field', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) => text.replace(/^(retry: \|-\n\s+.*?)\.$/m, '$1./td>')),
		);
		const issue = issueOn(issues, 'content/codes/en/4500.yaml', 'retry', /broken tag "\.\/td>"/);
		expect(issue.message).toMatch(/broken tag "\.\/td>"/);
		expect(issue.message).toMatch(/clean the text/);
	});

	it('reports a doubled full stop in a source description on that row’s description, pointing to import-seeds', () => {
		const issues = issuesAfter((root) =>
			editJson(root, 'content/sources/clb-en.json', (data) => (data.rows[1].description += '.')),
		);
		const issue = issueOn(issues, 'content/sources/clb-en.json', 'rows[1].description', /doubled full stop/);
		expect(issue.message).toMatch(/doubled full stop/);
		expect(issue.message).toMatch(/npm run import-seeds/);
	});

	it('reports an API 3.0 match "same" on that match, listing the allowed values', () => {
		const issues = issuesAfter((root) => edit4500(root, /match: [\w-]+/, () => 'match: same'));
		const issue = issueOn(
			issues,
			'content/registry.yaml',
			'4500.api3[0].match',
			/must be one of exact, close, partial, false-friend/,
		);
		expect(issue.message).toMatch(/must be one of exact, close, partial, false-friend/);
	});

	it('reports a disagreement kind "contradiction" on that kind, saying what each allowed kind is for', () => {
		const issues = issuesAfter((root) => edit4500(root, /kind: \w+/, () => 'kind: contradiction'));
		issueOn(
			issues,
			'content/registry.yaml',
			'4500.disagreements[0].kind',
			/must be one of facts \(the sources state incompatible facts\).*wording \(they name or phrase the same thing differently\)/,
		);
	});

	it('reports a disagreement without a kind on that kind', () => {
		const issues = issuesAfter((root) => edit4500(root, /\n\s+kind: \w+/, () => ''));
		issueOn(issues, 'content/registry.yaml', '4500.disagreements[0].kind', /must be one of facts/);
	});

	it('reports an API 3.0 code missing from api3.yaml on that code, saying where to add it', () => {
		const issues = issuesAfter((root) => edit4500(root, /\{ code: [\w.]+/, () => '{ code: AuthFailure.NoSuchThing'));
		const issue = issueOn(
			issues,
			'content/registry.yaml',
			'4500.api3[0].code',
			/AuthFailure\.NoSuchThing has no official wording in content\/api3\.yaml/,
		);
		expect(issue.message).toMatch(/AuthFailure\.NoSuchThing has no official wording in content\/api3\.yaml/);
		expect(issue.message).toMatch(/add it there/);
	});

	it('reports a disagreement quote that the source does not contain on that quote', () => {
		const positions = realRegistry['4500'].disagreements[0].positions as {
			id: string;
			evidence: Record<string, string>;
		}[];
		const p = positions.length - 1;
		const [sourceId, quote] = Object.entries(positions[p].evidence)[0];
		const issues = issuesAfter((root) =>
			edit(root, 'content/registry.yaml', (text) =>
				text.replace(`${sourceId}: ${quote}`, `${sourceId}: ${quote} or so`),
			),
		);
		const issue = issueOn(
			issues,
			'content/registry.yaml',
			`4500.disagreements[0].positions[${p}].evidence.${sourceId}`,
			/quote its row exactly/,
		);
		expect(issue.message).toContain(`does not say "${quote} or so"`);
		expect(issue.message).toMatch(/quote its row exactly/);
	});

	it('reports a quote from an unknown source on that quote', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/registry.yaml', (text) =>
				text.replace('evidence: { api2-old: 2 hours', 'evidence: { api2-older: 2 hours'),
			),
		);
		const issue = issueOn(
			issues,
			'content/registry.yaml',
			'4500.disagreements[0].positions[1].evidence.api2-older',
			/unknown source "api2-older"/,
		);
		expect(issue.message).toMatch(/unknown source "api2-older"/);
	});

	it('reports an unknown key (the typo "sumary") in a prose file on that key, saying to fix the name', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) => text.replace(/^summary:/m, 'sumary:')),
		);
		const onFile = issues.filter((issue) => issue.file === 'content/codes/en/4500.yaml');
		const typo = onFile.find((issue) => issue.field.includes('sumary'));
		expect(
			typo,
			`the typo is reported on field(s) ${JSON.stringify(onFile.map((i) => [i.field, i.message]))}`,
		).toBeDefined();
		expect(typo?.message).toMatch(/remove|rename|spell|did you mean|unknown field/i);
	});

	it('reports an unknown class on the entry’s class, listing the classes of classes.yaml', () => {
		const issues = issuesAfter((root) => edit4500(root, /class: \w+/, () => 'class: requests'));
		const issue = issueOn(issues, 'content/registry.yaml', '4500.class', /unknown class "requests"/);
		expect(issue.message).toMatch(/unknown class "requests"/);
		expect(issue.message).toContain(`use one of ${classIds.join(', ')}`);
	});

	it('reports a related code that is the code itself', () => {
		const issues = issuesAfter((root) => edit4500(root, /related: \[/, (line) => `${line}4500, `));
		const issue = issueOn(issues, 'content/registry.yaml', '4500.related[0]', /cannot be related to itself/);
		expect(issue.message).toMatch(/cannot be related to itself/);
	});

	it('reports a source file that cannot be parsed on that file', () => {
		const issues = issuesAfter((root) => edit(root, 'content/sources/clb-en.json', (text) => text.replace('{', '{,')));
		const issue = issueOn(issues, 'content/sources/clb-en.json', '(file)', /cannot be read or parsed/);
		expect(issue.message).toMatch(/cannot be read or parsed/);
	});
});

describe('an entry that fails its schema does not cascade into misleading cross-file issues', () => {
	it('does not report a prose file that exists but has a bad field as missing', () => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) => text.replace(/^title: .*$/m, 'title: ""')),
		);
		expect(issues.filter((issue) => /has no en prose: create this file/.test(issue.message))).toEqual([]);
	});

	it('does not report the prose and source rows of a registry entry with a bad field as unknown codes', () => {
		const issues = issuesAfter((root) => edit4500(root, /match: [\w-]+/, () => 'match: same'));
		expect(
			issues.filter((issue) => /4500 is not in (content\/registry\.yaml|the registry)/.test(issue.message)),
		).toEqual([]);
	});

	it('does not report every reference to a source with one damaged row as an unknown source', () => {
		const issues = issuesAfter((root) =>
			editJson(root, 'content/sources/clb-en.json', (data) => (data.rows[1].description += '.')),
		);
		expect(issues.filter((issue) => /unknown source "clb-en"/.test(issue.message))).toEqual([]);
	});

	it('does not report every prose file as orphaned when registry.yaml has a duplicate key', () => {
		const issues = issuesAfter((root) =>
			edit(
				root,
				'content/registry.yaml',
				(text) => `${text}\n"4500":\n  class: request\n  related: []\n  retry: later\n  api3: []\n`,
			),
		);
		expect(issues.filter((issue) => issue.file.startsWith('content/codes/')).length).toBe(0);
	});
});

describe('text that names the project’s own notes', () => {
	it.each([
		['a path', 'See shared/research/api3.md for details.'],
		['the notes', 'The research could not find it.'],
		['the Chinese words for them', '出自研究笔记。'],
	])('is reported on the field when it contains %s', (_kind, words) => {
		const issues = issuesAfter((root) =>
			edit(root, 'content/codes/en/4500.yaml', (text) => text.replace(/^(retry: \|-\n\s+)/m, `$1${words} `)),
		);
		const issue = issueOn(issues, 'content/codes/en/4500.yaml', 'retry', /names the project's own notes/);
		expect(issue.message).toMatch(/cite the public Tencent Cloud page instead/);
	});
});

describe('scripts/check-content.ts', () => {
	const node = join(repo, 'node_modules/.bin/node');
	const run = (root: string) =>
		spawnSync(node, ['scripts/check-content.ts', join(root, 'content')], { cwd: repo, encoding: 'utf8' });

	it('exits 1 on broken content and prints each problem as "file: field: message" on stderr', () => {
		const root = copyContent();
		edit4500(root, /class: \w+/, () => 'class: requests');
		const result = run(root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('content/registry.yaml: 4500.class: unknown class "requests"');
		expect(result.stderr).toMatch(/1 content problem\(s\) found/);
	});

	it('exits 0 on the real content and says what it checked', () => {
		const result = run(repo);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const { set } = readContent(join(repo, 'content'));
		expect(set.registry.length).toBeGreaterThan(0);
		expect(result.stdout).toContain(
			`Content OK: ${set.registry.length} codes, ${set.prose.length} prose files, ${set.sources.length} sources.`,
		);
	});
});

describe('the collections loader (src/pipeline/loader.ts)', () => {
	/** Run one collection's loader over a content folder, with a store that records what it gets. */
	async function load(dir: string, watcher?: EventEmitter & { add(path: string): void }) {
		const { contentLoader } = await import('../../src/pipeline/loader.ts');
		const entries: { id: string; filePath?: string; data?: unknown }[] = [];
		const store = {
			clear: () => entries.splice(0),
			set: (entry: { id: string; filePath?: string; data?: unknown }) => (entries.push(entry), true),
		};
		const logger = { info: () => {}, error: () => {} };
		const previous = process.env.CONTENT_DIR;
		process.env.CONTENT_DIR = dir;
		try {
			await contentLoader('registry').load({ store, logger, watcher } as never);
		} finally {
			if (previous === undefined) delete process.env.CONTENT_DIR;
			else process.env.CONTENT_DIR = previous;
		}
		return entries;
	}

	it('in dev, reloads its collection when a file under the content folder changes, and ignores other folders', async () => {
		const root = copyContent();
		const watcher = Object.assign(new EventEmitter(), { add: () => {} });
		const entries = (await load(join(root, 'content'), watcher)) as { id: string; data?: { retry: string } }[];
		const retryOf4500 = () => entries.find((entry) => entry.id === '4500')?.data?.retry;
		const before = retryOf4500();
		const after = before === 'later' ? 'backoff' : 'later';
		edit4500(root, /retry: [\w-]+/, () => `retry: ${after}`);
		watcher.emit('all', 'change', join(root, 'content-other', 'registry.yaml'));
		expect(retryOf4500()).toBe(before);
		watcher.emit('all', 'change', join(root, 'content', 'registry.yaml'));
		expect(retryOf4500()).toBe(after);
	});

	it('fills its collection from the reader, one entry per code, with the file it came from', async () => {
		const entries = await load(join(repo, 'content'));
		expect(entries.map((e) => e.id)).toEqual(real.registry.map((e) => e.id));
		expect(new Set(entries.map((e) => e.filePath))).toEqual(new Set(['content/registry.yaml']));
	});

	it('fails (so the build fails before any page renders) naming each file and field, when content is broken', async () => {
		const root = copyContent();
		edit4500(root, /class: \w+/, () => 'class: requests');
		await expect(load(join(root, 'content'))).rejects.toThrow(
			/content\/registry\.yaml: 4500\.class: unknown class "requests"/,
		);
	});
});
