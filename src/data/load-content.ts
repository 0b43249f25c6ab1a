/**
 * Reads and checks a content folder outside Astro (for scripts/check-content.ts and the unit
 * tests): the same schemas as the build, then the cross-file checks. Never throws on bad
 * content: every problem comes back as an issue naming the file and the field. An entry that
 * fails its schema is still known to exist, so it does not also show up as "missing".
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { Api3Schema, ClassSchema, ProseSchema, RegistrySchema, SourceSchema } from '../schemas/content.ts';
import type { ContentIssue, ContentSet, Entry } from './types.ts';
import { validateContent, type PresentIds } from './validate.ts';

/** `rows[3].code` from a zod issue path. */
function fieldPath(path: PropertyKey[]): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') || '(root)';
}

/** Load and check everything under `root` (the folder holding content/). */
export function loadContent(root: string): { set: ContentSet; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const present: PresentIds = { registry: new Set(), prose: new Set(), sources: new Set() };
	const rel = (path: string) => relative(root, path).replaceAll('\\', '/');

	function readFile(path: string, parse: (text: string) => unknown): unknown {
		try {
			return parse(readFileSync(path, 'utf8'));
		} catch (error) {
			issues.push({ file: rel(path), field: '(file)', message: `cannot be read or parsed: ${(error as Error).message.split('\n')[0]}` });
			return undefined;
		}
	}

	function check<S extends z.ZodType>(schema: S, id: string, path: string, data: unknown, prefix = ''): Entry<z.output<S>> | undefined {
		const result = schema.safeParse(data);
		if (result.success) return { id, filePath: rel(path), data: result.data };
		for (const issue of result.error.issues) {
			if (issue.code === 'unrecognized_keys') {
				// One issue per unknown key, on that key: usually a typo of a field name.
				for (const key of issue.keys) {
					issues.push({ file: rel(path), field: prefix + fieldPath([...issue.path, key]), message: 'unknown field: remove it, or fix its name (see the schema in src/schemas/content.ts)' });
				}
			} else issues.push({ file: rel(path), field: prefix + fieldPath(issue.path), message: issue.message });
		}
		return undefined;
	}

	/** A YAML file that maps ids to entries (registry, classes, API 3.0); duplicate ids are reported on the id. */
	function keyed<S extends z.ZodType>(schema: S, file: string, ids?: Set<string>): Entry<z.output<S>>[] {
		const path = join(root, 'content', file);
		const document = readFile(path, (text) => parseDocument(text, { uniqueKeys: false }));
		if (document === undefined) return [];
		const doc = document as ReturnType<typeof parseDocument>;
		if (doc.errors.length) {
			issues.push({ file: rel(path), field: '(file)', message: `cannot be parsed as YAML: ${doc.errors[0].message.split('\n')[0]}` });
			return [];
		}
		if (!isMap(doc.contents)) {
			issues.push({ file: rel(path), field: '(root)', message: 'must be a mapping of ids to entries' });
			return [];
		}
		const seen = new Set<string>();
		const entries: Entry<z.output<S>>[] = [];
		for (const pair of doc.contents.items) {
			const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
			if (seen.has(id)) {
				issues.push({ file: rel(path), field: id, message: `${id} appears twice: keep one entry (merge them) and remove the other` });
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
	function folder<S extends z.ZodType>(schema: S, dir: string, pattern: RegExp, parse: (text: string) => unknown, ids: Set<string>): Entry<z.output<S>>[] {
		const base = join(root, 'content', dir);
		if (!existsSync(base)) return [];
		const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f.replaceAll('\\', '/'))).sort();
		return files.flatMap((file) => {
			const id = file.replaceAll('\\', '/').replace(/\.[a-z]+$/, '');
			ids.add(id);
			const path = join(base, file);
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
		prose: folder(ProseSchema, 'codes', /^[^/]+\/[^/]+\.yaml$/, yaml, present.prose),
		sources: folder(SourceSchema, 'sources', /^[^/]+\.json$/, JSON.parse, present.sources),
	};
	issues.push(...validateContent(set, present));
	return { set, issues };
}
