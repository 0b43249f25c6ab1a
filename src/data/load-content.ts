/**
 * Reads and checks a content folder outside Astro (for scripts/check-content.ts and the unit
 * tests): the same schemas as the build, then the cross-file checks. Never throws on bad
 * content: every problem comes back as an issue naming the file and the field.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { Api3Schema, ClassSchema, ProseSchema, RegistrySchema, SourceSchema } from '../schemas/content.ts';
import type { ContentIssue, ContentSet, Entry } from './types.ts';
import { validateContent } from './validate.ts';

/** `rows[3].code` from a zod issue path. */
function fieldPath(path: PropertyKey[]): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') || '(root)';
}

/** Load and check everything under `root` (the folder holding content/). */
export function loadContent(root: string): { set: ContentSet; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const rel = (path: string) => relative(root, path);

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
			issues.push({ file: rel(path), field: prefix + fieldPath(issue.path), message: issue.message });
		}
		return undefined;
	}

	/** A YAML file that maps ids to entries (registry, classes, API 3.0). */
	function keyed<S extends z.ZodType>(schema: S, file: string): Entry<z.output<S>>[] {
		const path = join(root, 'content', file);
		const data = readFile(path, (text) => parseYaml(text, { uniqueKeys: true }));
		if (data === undefined) return [];
		if (typeof data !== 'object' || data === null || Array.isArray(data)) {
			issues.push({ file: rel(path), field: '(root)', message: 'must be a mapping of ids to entries' });
			return [];
		}
		return Object.entries(data).flatMap(([id, value]) => check(schema, id, path, value, `${id}.`) ?? []);
	}

	/** Every file of a folder (one entry per file, id from the path). */
	function folder<S extends z.ZodType>(schema: S, dir: string, pattern: RegExp, parse: (text: string) => unknown): Entry<z.output<S>>[] {
		const base = join(root, 'content', dir);
		if (!existsSync(base)) return [];
		const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f.replaceAll('\\', '/'))).sort();
		return files.flatMap((file) => {
			const path = join(base, file);
			const data = readFile(path, parse);
			if (data === undefined) return [];
			return check(schema, file.replaceAll('\\', '/').replace(/\.[a-z]+$/, ''), path, data) ?? [];
		});
	}

	const yaml = (text: string) => parseYaml(text, { uniqueKeys: true });
	const set: ContentSet = {
		registry: keyed(RegistrySchema, 'registry.yaml'),
		classes: keyed(ClassSchema, 'classes.yaml'),
		api3: keyed(Api3Schema, 'api3.yaml'),
		prose: folder(ProseSchema, 'codes', /^[^/]+\/[^/]+\.yaml$/, yaml),
		sources: folder(SourceSchema, 'sources', /^[^/]+\.json$/, JSON.parse),
	};
	issues.push(...validateContent(set));
	return { set, issues };
}
