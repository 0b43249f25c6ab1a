/**
 * The typed content collections. The data collections are filled by one loader
 * (src/pipeline/loader.ts) from one reading of the content folder; their schemas (stage 2)
 * type them. The MDX pages use Astro's glob loader, which compiles MDX.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './pipeline/3-read.ts';
import { contentLoader } from './pipeline/loader.ts';
import {
	Api3Schema,
	ClassSchema,
	PageSchema,
	ProseSchema,
	RegistrySchema,
	SourceSchema,
} from './pipeline/2-schema/content.ts';
import { SynonymSchema } from './pipeline/2-schema/search.ts';

export const collections = {
	registry: defineCollection({ loader: contentLoader('registry'), schema: RegistrySchema }),
	prose: defineCollection({ loader: contentLoader('prose'), schema: ProseSchema }),
	sources: defineCollection({ loader: contentLoader('sources'), schema: SourceSchema }),
	classes: defineCollection({ loader: contentLoader('classes'), schema: ClassSchema }),
	api3: defineCollection({ loader: contentLoader('api3'), schema: Api3Schema }),
	synonyms: defineCollection({ loader: contentLoader('synonyms'), schema: SynonymSchema }),
	pages: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: `${contentDir()}/pages` }), schema: PageSchema }),
};
