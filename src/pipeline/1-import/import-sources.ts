/**
 * Stage 1, import: the raw exports (<content>/raw/*.txt, described by raw/sources.yaml) →
 * the cleaned source data the site is built from (<content>/sources/<id>.json). Run by
 * scripts/import-seeds.ts; pure apart from reading the raw folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ManifestEntrySchema, ManifestSchema } from '../2-schema/manifest.ts';
import { findDamage } from './damage.ts';
import { parseSeed } from './parse-seed.ts';

type ManifestEntry = z.output<typeof ManifestEntrySchema>;

/** Reads and checks the hand-written manifest (schema: ../2-schema/manifest.ts), naming each bad field. */
function readManifest(rawDir: string): ManifestEntry[] {
	const path = join(rawDir, 'sources.yaml');
	const result = ManifestSchema.safeParse(parse(readFileSync(path, 'utf8')));
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
	throw new Error(problems.join('\n'));
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
			published: entry.published,
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
