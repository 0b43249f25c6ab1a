/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build` (never in dev).
 * One bundle per language (dist/pagefind/en/, dist/pagefind/zh/): each page searches its own
 * language's bundle, and can load the other one as an independent instance for cross-language
 * results, each with its own language's word segmentation. Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../utils/list-files.ts';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { localeKeys } from '../i18n/locales.ts';

/**
 * Files of the bundle the site never loads: Pagefind's prebuilt UIs (we render results
 * ourselves) and its highlighter. Removed so that the offline precache stays lean. Its Web
 * Worker stays: the search page runs Pagefind in it (src/features/search/engine.ts).
 */
const UNUSED_BUNDLE_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

/**
 * Pagefind gzips its index files and inflates them in JavaScript in the browser, which is most
 * of a first search's time on a slow device. Its loader skips that step for data that is
 * already inflated (it starts with "pagefind_dcd"), so we store them inflated and let HTTP
 * compression (native, in the browser's network stack) carry them instead.
 */
function storeInflated(bundle: string): void {
	for (const file of listFiles(bundle).filter((f) => /\.(pagefind|pf_meta|pf_index|pf_fragment)$/.test(f))) {
		const path = join(bundle, file);
		const data = readFileSync(path);
		if (data[0] !== 0x1f || data[1] !== 0x8b) continue;
		const inflated = gunzipSync(data);
		if (inflated.subarray(0, 12).toString() !== 'pagefind_dcd')
			throw new Error(`Pagefind file ${path} has an unexpected format`);
		writeFileSync(path, inflated);
	}
}

function fail(step: string, errors: string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

/** Index one language's pages into dist/pagefind/{locale}/; returns how many pages it indexed. */
async function indexLocale(site: string, locale: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	fail('create an index', errors);
	if (!index) throw new Error('Pagefind returned no index');
	const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
	fail(`index ${locale}/`, added.errors);
	if (added.page_count === 0) throw new Error(`Pagefind found no ${locale} pages to index in ${site}`);
	const bundle = join(site, 'pagefind', locale);
	const written = await index.writeFiles({ outputPath: bundle });
	fail(`write the ${locale} bundle`, written.errors);
	for (const file of UNUSED_BUNDLE_FILES) rmSync(join(bundle, file), { force: true });
	storeInflated(bundle);
	return added.page_count;
}

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'pagefind-per-language',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// One language at a time, each in its own Pagefind service, closed before the next
				// (the service keeps every page's words until it exits). On two cores this is faster:
				// at 10,000 codes 38 s, against 44-49 s with both languages in one service.
				for (const locale of localeKeys) {
					try {
						logger.info(`indexed ${await indexLocale(site, locale)} ${locale} pages`);
					} finally {
						await pagefind.close();
					}
				}
			},
		},
	};
}
