/**
 * Stage 1, import: the raw exports (<content>/raw/*.txt, described by raw/sources.yaml) →
 * the cleaned source data the site is built from (<content>/sources/<id>.json). Run by
 * scripts/import-seeds.ts; pure apart from reading the raw folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findDamage } from './damage.ts';
import { parseSeed } from './parse-seed.ts';

interface ManifestEntry {
	id: string;
	file: string;
	order: number;
	lang: 'en' | 'zh';
	kind: 'api2-common' | 'clb-legacy';
	name: { en: string; zh: string };
	summary: { en: string; zh: string };
}

/** Reads and sanity-checks the hand-written manifest. */
function readManifest(rawDir: string): ManifestEntry[] {
	const entries = parse(readFileSync(join(rawDir, 'sources.yaml'), 'utf8')) as ManifestEntry[];
	for (const e of entries) {
		const ok =
			/^[a-z0-9-]+$/.test(e.id) &&
			typeof e.file === 'string' &&
			Number.isInteger(e.order) &&
			['en', 'zh'].includes(e.lang) &&
			['api2-common', 'clb-legacy'].includes(e.kind) &&
			!!e.name?.en &&
			!!e.name?.zh &&
			!!e.summary?.en &&
			!!e.summary?.zh;
		if (!ok)
			throw new Error(
				`${join(rawDir, 'sources.yaml')}: malformed entry ${JSON.stringify(e)}: every entry needs id, file, order, lang (en|zh), kind (api2-common|clb-legacy), name.en/zh and summary.en/zh`,
			);
	}
	return entries;
}

/**
 * How many table cells of the raw text hold nothing but a code number: counted on the raw
 * markup, independently of the parser, so a parser regression that drops or merges rows fails
 * loudly rather than quietly shrinking the site.
 */
function codeCells(raw: string): number {
	const table = /<table\b[\s\S]*?<\/table\s*>/i.exec(raw)?.[0] ?? '';
	return (table.match(/<td\b[^>]*>\s*\d{4,6}\s*(?=<)/gi) ?? []).length;
}

/** Throws if any string in a built source still carries export damage, naming where it is. */
function assertNoDamage(file: string, data: { rows: { code: number; title: string; description: string }[] }): void {
	const visit = (value: unknown, where: string): void => {
		if (typeof value === 'string') {
			const damage = findDamage(value);
			if (damage) throw new Error(`${file}: ${where} still has export damage: ${damage}`);
		} else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) visit(v, where ? `${where}.${k}` : k);
	};
	data.rows.forEach((row) => {
		visit(row.title, `row ${row.code} title`);
		visit(row.description, `row ${row.code} description`);
	});
	visit({ ...data, rows: undefined }, '');
}

/** Builds every sources JSON file from the raw exports in `rawDir`: file name → JSON text. */
export function buildSources(rawDir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readManifest(rawDir)) {
		const raw = readFileSync(join(rawDir, entry.file), 'utf8');
		let parsed: ReturnType<typeof parseSeed>;
		try {
			parsed = parseSeed(raw);
		} catch (error) {
			throw new Error(`${entry.file}: ${(error as Error).message}`);
		}
		// Explicit key order keeps the committed JSON stable and easy to diff.
		const data = {
			id: entry.id,
			file: entry.file,
			order: entry.order,
			lang: entry.lang,
			kind: entry.kind,
			name: { en: entry.name.en, zh: entry.name.zh },
			summary: { en: entry.summary.en, zh: entry.summary.zh },
			intro: parsed.intro,
			notices: parsed.notices.map((n) => ({ kind: n.kind, text: n.text })),
			sample: parsed.sample,
			columns: parsed.columns,
			rows: parsed.rows.map((r) => ({ code: r.code, title: r.title, description: r.description })),
		};
		const cells = codeCells(raw);
		if (data.rows.length !== cells) {
			throw new Error(
				`${entry.file}: the table has ${cells} code cells but ${data.rows.length} rows were parsed: check the row markup (<tr>, <td>) around the codes`,
			);
		}
		assertNoDamage(entry.file, data);
		out[`${entry.id}.json`] = `${JSON.stringify(data, null, 2)}\n`;
	}
	return out;
}
