/**
 * The typed content collections. Schemas live in src/schemas/content.ts; checks that span
 * several files (a code without both locales, unknown related codes, source rows for unknown
 * codes…) live in src/data/validate.ts and run on the loaded collections (src/data/registry.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { Api3Schema, ClassSchema, PageSchema, ProseSchema, RegistrySchema, SourceSchema } from './schemas/content.ts';

// CONTENT_DIR lets the benchmark build synthetic registries from a temporary folder.
const root = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

export const collections = {
	registry: defineCollection({ loader: file(`${root}/registry.yaml`), schema: RegistrySchema }),
	prose: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: `${root}/codes` }), schema: ProseSchema }),
	sources: defineCollection({ loader: glob({ pattern: '*.json', base: `${root}/sources` }), schema: SourceSchema }),
	classes: defineCollection({ loader: file(`${root}/classes.yaml`), schema: ClassSchema }),
	api3: defineCollection({ loader: file(`${root}/api3.yaml`), schema: Api3Schema }),
	pages: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${root}/pages` }), schema: PageSchema }),
};
