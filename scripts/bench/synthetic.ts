/**
 * A synthetic registry for the scale benchmark: the real content plus enough invented
 * codes (5-digit, spread over 10000–99999), each with prose in both locales taken from the real
 * codes in turn (code i from real code i mod 23, its summary marked with its number) and a title
 * joining two real titles, so that words are spread over the codes as in a real registry rather
 * than shared by all; and one synthetic source listing them. Written to a temporary folder,
 * never committed.
 */
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, readContent } from '../../src/pipeline/3-read.ts';

/** Write a content folder of `count` codes under `dir`; returns its path (for CONTENT_DIR). */
export function writeSyntheticContent(count: number, dir: string): string {
	const content = join(dir, 'content');
	const { set } = readContent(contentDir());
	cpSync(contentDir(), content, { recursive: true });
	const proseOf = (id: string) => set.prose.find((entry) => entry.id === id)?.data as Record<string, string>;
	const models = set.registry.map((entry) => ({ en: proseOf(`en/${entry.id}`), zh: proseOf(`zh/${entry.id}`) }));
	const extra = count - set.registry.length;
	const step = Math.floor(89_999 / extra);
	const rows: { code: number; title: string; description: string }[] = [];
	let registry = '\n# Synthetic codes for the scale benchmark\n';
	for (let i = 0; i < extra; i++) {
		const code = String(10_000 + i * step);
		const classId = ['request', 'auth', 'resource', 'service'][i % 4];
		registry += `"${code}":\n  class: ${classId}\n  related: []\n  retry: later\n  api3: []\n`;
		const titles = syntheticTitles(i, models);
		for (const locale of ['en', 'zh'] as const) {
			mkdirSync(join(content, 'codes', locale), { recursive: true });
			const prose = models[i % models.length][locale];
			writeFileSync(
				join(content, 'codes', locale, `${code}.yaml`),
				[
					`title: ${JSON.stringify(titles[locale])}`,
					'titleSource: project',
					`summary: ${JSON.stringify(`${prose.summary} (${code})`)}`,
					...['cause', 'action', 'retry', 'api3'].map((key) => `${key}: ${JSON.stringify(prose[key])}`),
				].join('\n') + '\n',
			);
		}
		rows.push({
			code: Number(code),
			title: titles.en,
			description: `A synthetic row for code ${code}, as long as a typical source row of the real table, so that pages weigh what real ones do.`,
		});
	}
	appendFileSync(join(content, 'registry.yaml'), registry);
	const source = {
		id: 'synthetic',
		file: 'synthetic.txt',
		order: 9,
		lang: 'en',
		kind: 'api2-common',
		name: { en: 'Synthetic source', zh: '合成来源' },
		summary: { en: 'Invented rows for the scale benchmark.', zh: '用于规模测试的虚构数据。' },
		published: {
			title: 'Synthetic source',
			context: { en: 'Invented for the scale benchmark; not published.', zh: '为规模测试虚构，未曾发布。' },
		},
		intro: 'Synthetic.',
		notices: [],
		sample: null,
		columns: ['Error Code', 'Description', 'Reason'],
		rows,
	};
	writeFileSync(join(content, 'sources', 'synthetic.json'), `${JSON.stringify(source)}\n`);
	return content;
}

/**
 * Code i's titles: real code i's title (modulo the real count), then another real code's, then
 * the round (each pair recurs once per round), so that every title is unique and its words vary
 * from code to code. Always longer than either real title, so a real code keeps the lead on its
 * own title's words ("replay" still finds 4500 first).
 */
function syntheticTitles(i: number, models: { en: Record<string, string>; zh: Record<string, string> }[]) {
	const n = models.length;
	const [first, second] = [models[i % n], models[Math.floor(i / n) % n]];
	const round = Math.floor(i / (n * n)) + 1;
	return {
		en: `${first.en.title}, ${second.en.title.toLowerCase()} ${round}`,
		zh: `${first.zh.title}，${second.zh.title} ${round}`,
	};
}
