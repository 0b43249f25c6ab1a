/**
 * A synthetic registry for the scale benchmark: the real content plus `count - 23` invented
 * codes (5-digit, spread over 10000–99999), each with prose in both locales shaped like a real
 * code's, and one synthetic source listing them. Written to a temporary folder, never committed.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function writeSyntheticContent(count: number, dir: string): string {
	const content = join(dir, 'content');
	cpSync('content', content, { recursive: true });
	const model = { en: parse(readFileSync('content/codes/en/4500.yaml', 'utf8')), zh: parse(readFileSync('content/codes/zh/4500.yaml', 'utf8')) };
	const real = new Set(Object.keys(parse(readFileSync('content/registry.yaml', 'utf8'))));
	const extra = count - real.size;
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
				[`title: ${title}`, 'titleSource: project', `summary: ${JSON.stringify(`${prose.summary} (${code})`)}`, ...['cause', 'action', 'retry', 'api3'].map((key) => `${key}: ${JSON.stringify(prose[key])}`)].join('\n') + '\n',
			);
		}
		rows.push({ code: Number(code), title: `Synthetic error ${code}`, description: `A synthetic row for code ${code}, as long as a typical source row of the real table, so that pages weigh what real ones do.` });
	}
	appendFileSync(join(content, 'registry.yaml'), registry);
	const source = {
		id: 'synthetic', file: 'synthetic.txt', order: 9, lang: 'en', kind: 'api2-common',
		name: { en: 'Synthetic source', zh: '合成来源' }, summary: { en: 'Invented rows for the scale benchmark.', zh: '用于规模测试的虚构数据。' },
		intro: 'Synthetic.', notices: [], sample: null, columns: ['Error Code', 'Description', 'Reason'], rows,
	};
	writeFileSync(join(content, 'sources', 'synthetic.json'), `${JSON.stringify(source)}\n`);
	return content;
}
