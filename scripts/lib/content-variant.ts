/**
 * Content variants for tests that build the site twice: a copy of the content with a new code
 * added the documented way (README, "Adding a code", "Adding a source": a sixth source listing it,
 * its registry entry, its two prose files) and, optionally, one code's summary changed.
 */
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AddedCode {
	code: string;
	title: { en: string; zh: string };
	source: { id: string; name: { en: string; zh: string } };
}

/** Copies `from` to `to` and adds `code` (its raw source row, manifest entry, registry entry, prose). */
export function contentWithCode(from: string, to: string, code: string): AddedCode {
	const added: AddedCode = {
		code,
		title: { en: 'Test error', zh: '测试错误' },
		source: { id: 'api2-test', name: { en: 'A sixth export (test)', zh: '第六份导出（测试）' } },
	};
	cpSync(from, to, { recursive: true });
	const row = (c: string, t: string, d: string) =>
		`   <tr>\n      <td>${c}</td>\n      <td>${t}</td>\n      <td>${d}</td>\n   </tr>\n`;
	writeFileSync(
		join(to, 'raw', '005_test.txt'),
		`## Common error codes\n\nA non-zero code means the call failed.\n\n<table>\n${row('Error Code', 'Description', 'Reason')}${row('4500', 'Replay attack', 'The request was a replay.')}${row(code, added.title.en, 'A code added by the test.')}</table>\n`,
	);
	const { source } = added;
	appendFileSync(
		join(to, 'raw', 'sources.yaml'),
		`- id: ${source.id}\n  file: 005_test.txt\n  order: 5\n  lang: en\n  kind: api2-common\n  name:\n    en: ${source.name.en}\n    zh: ${source.name.zh}\n  summary:\n    en: A source added by a test.\n    zh: 测试添加的来源。\n  published:\n    title: Error Codes\n    context:\n      en: Not published; added by a test.\n      zh: 未发布；由测试添加。\n`,
	);
	appendFileSync(
		join(to, 'registry.yaml'),
		`"${code}":\n  class: request\n  related: [4500]\n  retry: fix-first\n  api3: []\n`,
	);
	const prose = (t: string, titleSource: string) =>
		`title: ${t}\ntitleSource: ${titleSource}\nsummary: The test code.\ncause: A test.\naction: Nothing.\nretry: Do not retry.\napi3: None.\n`;
	writeFileSync(join(to, 'codes', 'en', `${code}.yaml`), prose(added.title.en, source.id));
	writeFileSync(join(to, 'codes', 'zh', `${code}.yaml`), prose(added.title.zh, 'project'));
	return added;
}

/** Replaces one code's English summary in a content folder (a one-sentence prose change). */
export function changeSummary(content: string, code: string, summary: string): void {
	const file = join(content, 'codes', 'en', `${code}.yaml`);
	const text = readFileSync(file, 'utf8').replace(/^summary: .*$/m, `summary: ${JSON.stringify(summary)}`);
	writeFileSync(file, text);
}
