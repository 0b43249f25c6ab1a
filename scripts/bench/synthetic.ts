/**
 * A synthetic registry for the scale benchmark: the real content plus enough invented
 * codes (5-digit, spread over 10000–99999), each with prose in both locales shaped like a real
 * code's, and one synthetic source listing them. Written to a temporary folder, never committed.
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
	const model = { en: proseOf('en/4500'), zh: proseOf('zh/4500') };
	const extra = count - set.registry.length;
	const step = Math.floor(89_999 / extra);
	const rows: { code: number; title: string; description: string }[] = [];
	let registry = '\n# Synthetic codes for the scale benchmark\n';
	for (let i = 0; i < extra; i++) {
		const code = String(10_000 + i * step);
		const classId = ['request', 'auth', 'resource', 'service'][i % 4];
		registry += `"${code}":\n  class: ${classId}\n  related: []\n  retry: later\n  api3: []\n`;
		for (const locale of ['en', 'zh'] as const) {
			mkdirSync(join(content, 'codes', locale), { recursive: true });
			const prose = model[locale];
			const title = locale === 'en' ? `Synthetic error ${code}` : `合成错误 ${code}`;
			writeFileSync(
				join(content, 'codes', locale, `${code}.yaml`),
				[
					`title: ${title}`,
					'titleSource: project',
					`summary: ${JSON.stringify(`${prose.summary} (${code})`)}`,
					...['cause', 'action', 'retry', 'api3'].map((key) => `${key}: ${JSON.stringify(prose[key])}`),
				].join('\n') + '\n',
			);
		}
		rows.push({
			code: Number(code),
			title: `Synthetic error ${code}`,
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
		intro: 'Synthetic.',
		notices: [],
		sample: null,
		columns: ['Error Code', 'Description', 'Reason'],
		rows,
	};
	writeFileSync(join(content, 'sources', 'synthetic.json'), `${JSON.stringify(source)}\n`);
	return content;
}
