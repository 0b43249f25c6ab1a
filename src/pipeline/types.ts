/** The shapes passed between the pipeline's stages: loaded entries, the content set, issues. */
import type { z } from 'astro/zod';
import type { Api3Schema, ClassSchema, ProseSchema, RegistrySchema, SourceSchema } from './2-schema/content.ts';
import type { SynonymSchema } from './2-schema/search.ts';

export type RegistryData = z.output<typeof RegistrySchema>;
export type ProseData = z.output<typeof ProseSchema>;
export type SourceData = z.output<typeof SourceSchema>;
export type ClassData = z.output<typeof ClassSchema>;
export type Api3Data = z.output<typeof Api3Schema>;
export type SynonymData = z.output<typeof SynonymSchema>;
export type SourceRow = SourceData['rows'][number];

/** One loaded content entry: its id, the file it came from, and its validated data. */
export interface Entry<T> {
	id: string;
	filePath?: string;
	data: T;
}

/** Everything the site is built from, as loaded and schema-checked. */
export interface ContentSet {
	registry: Entry<RegistryData>[];
	prose: Entry<ProseData>[];
	sources: Entry<SourceData>[];
	classes: Entry<ClassData>[];
	api3: Entry<Api3Data>[];
	/** Search synonyms (content/search-synonyms.yaml; optional). */
	synonyms: Entry<SynonymData>[];
}

/** A problem in the content: the file, the field, and what is wrong and how to fix it. */
export interface ContentIssue {
	file: string;
	field: string;
	message: string;
}

/** How the files of a content folder are named in issues ("content/registry.yaml"…). */
export interface ContentFiles {
	registry: string;
	classes: string;
	api3: string;
	synonyms: string;
	/** A prose file by id ("en/4500"). */
	prose: (id: string) => string;
	/** A cleaned source file by id ("clb-en"). */
	source: (id: string) => string;
	/** The folder of raw exports. */
	raw: string;
}
