/**
 * The Astro content loader of every data collection: one reading of the content folder
 * (3-read.ts, schemas and cross-file checks included) fills all of them. Any problem fails the
 * sync, before a page renders, in `astro build` and `astro dev` alike, with one
 * `file: field: message` line per problem. In dev, an edit under the folder reloads it.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir, formatIssues, readContent } from './3-read.ts';
import type { ContentSet } from './types.ts';

/** The loader of one collection of the content set (`registry`, `prose`, …). */
export function contentLoader(collection: keyof ContentSet): Loader {
	return {
		name: `content-${collection}`,
		load: async (context) => {
			const dir = contentDir();
			fill(context, collection, dir, false);
			context.watcher?.add(dir);
			context.watcher?.on('all', (_event, path) => {
				if (!path.startsWith(dir)) return;
				try {
					fill(context, collection, dir, true);
				} catch (error) {
					context.logger.error((error as Error).message);
				}
			});
		},
	};
}

function fill({ store, logger }: LoaderContext, collection: keyof ContentSet, dir: string, fresh: boolean): void {
	const { set, issues } = readContent(dir, { fresh });
	if (issues.length > 0) {
		throw new Error(`The content has ${issues.length} problem(s); fix them and build again:\n${formatIssues(issues)}`);
	}
	if (collection === 'registry') {
		logger.info(
			`content OK: ${set.registry.length} codes, ${set.prose.length} prose files, ${set.sources.length} sources`,
		);
	}
	store.clear();
	for (const { id, data, filePath } of set[collection])
		store.set({ id, data: data as Record<string, unknown>, filePath });
}
