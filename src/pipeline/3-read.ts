/**
 * Stage 3, the one reader of the content folder: files → entries checked against their schemas
 * (stage 2), then the cross-file checks (stage 4), with every problem as `file: field: message`.
 * Used as the loader of the Astro collections (loader.ts), by scripts/check-content.ts, and by
 * the tests. Never throws on bad content. An entry that fails its schema is still known to
 * exist, so it is not also reported as "missing".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { Api3Schema, ClassSchema, ProseSchema, RegistrySchema, SourceSchema } from './2-schema/content.ts';
import { SynonymSchema } from './2-schema/search.ts';
import { checkContent, type PresentIds } from './4-check.ts';
import type { ContentFiles, ContentIssue, ContentSet, Entry } from './types.ts';

/** What reading a content folder gives: the entries that passed their schemas, and every problem. */
export interface ContentReading {
	set: ContentSet;
	issues: ContentIssue[];
	files: ContentFiles;
}

/**
 * The content folder: `CONTENT_DIR` (a path to a folder laid out like content/, relative to the
 * working directory) or ./content. Everything that reads content resolves it here.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return resolve(env.CONTENT_DIR || 'content');
}

/** `rows[3].code` from a zod issue path. */
function fieldPath(path: PropertyKey[]): string {
	return (
		path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') || '(root)'
	);
}

/** How a file is named in issues: from the content folder's name on ("content/registry.yaml"). */
function displayPath(dir: string, path: string): string {
	return relative(dirname(dir), path).replaceAll('\\', '/');
}

/** The display names of the files of a content folder, for messages (see ContentFiles). */
export function contentFiles(dir: string): ContentFiles {
	const name = (file: string) => displayPath(dir, join(dir, file));
	return {
		registry: name('registry.yaml'),
		classes: name('classes.yaml'),
		api3: name('api3.yaml'),
		synonyms: name('search-synonyms.yaml'),
		prose: (id) => name(`codes/${id}.yaml`),
		source: (id) => name(`sources/${id}.json`),
		raw: name('raw'),
	};
}

const readings = new Map<string, ContentReading>();

/**
 * Read and check every file of a content folder (default: contentDir()). The result is kept per
 * folder, so the collections of one build share one reading; after an edit, forgetContent().
 */
export function readContent(dir = contentDir()): ContentReading {
	const key = resolve(dir);
	const kept = readings.get(key);
	if (kept) return kept;
	const reading = read(key);
	readings.set(key, reading);
	return reading;
}

/** Drop the kept reading of a folder, so the next readContent() reads the files again. */
export function forgetContent(dir = contentDir()): void {
	readings.delete(resolve(dir));
}

function read(dir: string): ContentReading {
	const issues: ContentIssue[] = [];
	const present: PresentIds = { registry: new Set(), prose: new Set(), sources: new Set() };
	const files = contentFiles(dir);

	function readFile(path: string, parse: (text: string) => unknown): unknown {
		try {
			return parse(readFileSync(path, 'utf8'));
		} catch (error) {
			issues.push({
				file: displayPath(dir, path),
				field: '(file)',
				message: `cannot be read or parsed: ${(error as Error).message.split('\n')[0]}`,
			});
			return undefined;
		}
	}

	function check<S extends z.ZodType>(
		schema: S,
		id: string,
		path: string,
		data: unknown,
		prefix = '',
	): Entry<z.output<S>> | undefined {
		const file = displayPath(dir, path);
		const result = schema.safeParse(data);
		if (result.success) return { id, filePath: file, data: result.data };
		for (const issue of result.error.issues) {
			if (issue.code === 'unrecognized_keys') {
				// One issue per unknown key, on that key: usually a typo of a field name.
				for (const key of issue.keys) {
					issues.push({
						file,
						field: prefix + fieldPath([...issue.path, key]),
						message: 'unknown field: remove it, or fix its name (see the schemas in src/pipeline/2-schema/)',
					});
				}
			} else issues.push({ file, field: prefix + fieldPath(issue.path), message: issue.message });
		}
		return undefined;
	}

	/** A YAML file that maps ids to entries (registry, classes, API 3.0); duplicate ids are reported on the id. */
	function keyed<S extends z.ZodType>(
		schema: S,
		file: string,
		ids?: Set<string>,
		optional = false,
	): Entry<z.output<S>>[] {
		const path = join(dir, file);
		if (!existsSync(path) && optional) return [];
		if (!existsSync(path)) {
			const hint =
				file === 'registry.yaml'
					? ` (CONTENT_DIR must name a content folder, one holding registry.yaml; it is ${dir})`
					: '';
			issues.push({ file: displayPath(dir, path), field: '(file)', message: `is missing: create it${hint}` });
			return [];
		}
		const document = readFile(path, (text) => parseDocument(text, { uniqueKeys: false }));
		if (document === undefined) return [];
		const doc = document as ReturnType<typeof parseDocument>;
		if (doc.errors.length) {
			issues.push({
				file: displayPath(dir, path),
				field: '(file)',
				message: `cannot be parsed as YAML: ${doc.errors[0].message.split('\n')[0]}`,
			});
			return [];
		}
		if (!isMap(doc.contents)) {
			issues.push({ file: displayPath(dir, path), field: '(root)', message: 'must be a mapping of ids to entries' });
			return [];
		}
		const seen = new Set<string>();
		const entries: Entry<z.output<S>>[] = [];
		for (const pair of doc.contents.items) {
			const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
			if (seen.has(id)) {
				issues.push({
					file: displayPath(dir, path),
					field: id,
					message: `${id} appears twice: keep one entry (merge them) and remove the other`,
				});
				continue;
			}
			seen.add(id);
			ids?.add(id);
			const entry = check(schema, id, path, (pair.value as { toJSON(): unknown } | null)?.toJSON() ?? null, `${id}.`);
			if (entry) entries.push(entry);
		}
		return entries;
	}

	/** Every file of a folder (one entry per file, id from the path). */
	function folder<S extends z.ZodType>(
		schema: S,
		sub: string,
		pattern: RegExp,
		parse: (text: string) => unknown,
		ids: Set<string>,
	): Entry<z.output<S>>[] {
		const base = join(dir, sub);
		if (!existsSync(base)) return [];
		const names = readdirSync(base, { recursive: true, encoding: 'utf8' })
			.filter((f) => pattern.test(f.replaceAll('\\', '/')))
			.sort();
		return names.flatMap((name) => {
			const id = name.replaceAll('\\', '/').replace(/\.[a-z]+$/, '');
			ids.add(id);
			const path = join(base, name);
			const data = readFile(path, parse);
			if (data === undefined) return [];
			return check(schema, id, path, data) ?? [];
		});
	}

	const yaml = (text: string) => {
		const doc = parseDocument(text, { uniqueKeys: true });
		if (doc.errors.length) throw doc.errors[0];
		return doc.toJSON();
	};
	const set: ContentSet = {
		registry: keyed(RegistrySchema, 'registry.yaml', present.registry),
		classes: keyed(ClassSchema, 'classes.yaml'),
		api3: keyed(Api3Schema, 'api3.yaml'),
		synonyms: keyed(SynonymSchema, 'search-synonyms.yaml', undefined, true),
		prose: folder(ProseSchema, 'codes', /^[^/]+\/[^/]+\.yaml$/, yaml, present.prose),
		sources: folder(SourceSchema, 'sources', /^[^/]+\.json$/, JSON.parse, present.sources),
	};
	issues.push(...checkContent(set, files, present));
	return { set, issues, files };
}

/** Format issues one per line, as `file: field: message`. */
export function formatIssues(issues: ContentIssue[]): string {
	return issues.map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`).join('\n');
}
