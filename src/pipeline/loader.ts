/**
 * The Astro content loader of every data collection: one reading of the content folder
 * (3-read.ts, schemas and cross-file checks included) fills all of them. Any problem fails the
 * sync, before a page renders, in `astro build` and `astro dev` alike, with one
 * `file: field: message` line per problem. In dev, an edit under the folder reloads it.
 */
import { sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir, forgetContent, formatIssues, readContent } from './3-read.ts';
import type { ContentSet } from './types.ts';

/** The loader of one collection of the content set (`registry`, `prose`, …). */
export function contentLoader(collection: keyof ContentSet): Loader {
	return {
		name: `content-${collection}`,
		load: async (context) => {
			const dir = contentDir();
			fill(context, collection, dir);
			const { watcher } = context;
			if (!watcher) return;
			const inContent = (path: string) => path === dir || path.startsWith(dir + sep);
			// One listener per watcher forgets the reading, before the collections' listeners
			// (listeners run in the order they were added): one edit, one reading for all of them.
			if (!watched.has(watcher)) {
				watched.add(watcher);
				watcher.add(dir);
				watcher.on('all', (_event, path) => inContent(path) && forgetContent(dir));
			}
			watcher.on('all', (_event, path) => {
				if (!inContent(path)) return;
				try {
					fill(context, collection, dir);
				} catch (error) {
					context.logger.error((error as Error).message);
				}
			});
		},
	};
}

const watched = new WeakSet<object>();

function fill({ store, logger }: LoaderContext, collection: keyof ContentSet, dir: string): void {
	const { set, issues } = readContent(dir);
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
