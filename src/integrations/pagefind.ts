/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build` (never in dev).
 * One bundle per language (dist/pagefind/en/, dist/pagefind/zh/): each page searches its own
 * language's bundle, and can load the other one as an independent instance for cross-language
 * results, each with its own language's word segmentation. A large registry's language is
 * indexed in parts merged in the browser (src/features/search/pagefind-parts.ts), so that no
 * indexing service outgrows the build's memory. Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../utils/list-files.ts';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { localeKeys } from '../i18n/locales.ts';
import { PARTS_FILE, partFolder, splitPages } from '../features/search/pagefind-parts.ts';

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

/** What a merged part keeps: its entry file, its meta, its index chunks and page fragments. */
const MERGED_PART_FILES = /^(?:pagefind-entry\.json|.*\.pf_meta|index|fragment)$/;

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

/**
 * Index some pages of the site into one bundle, in a service of its own. The pages are linked
 * into a folder of their own for Pagefind to read (hard links: nothing is copied): 4.1 s against
 * 5.7 s for sending 2,002 Chinese pages one by one (addHTMLFile); it indexes them as the site has them.
 */
async function indexPart(site: string, pages: string[], bundle: string): Promise<void> {
	const stage = join(site, '.pagefind-part');
	rmSync(stage, { recursive: true, force: true });
	try {
		for (const page of pages) {
			mkdirSync(dirname(join(stage, page)), { recursive: true });
			linkSync(join(site, page), join(stage, page));
		}
		try {
			const { index, errors } = await pagefind.createIndex({});
			fail('create an index', errors);
			if (!index) throw new Error('Pagefind returned no index');
			const added = await index.addDirectory({ path: stage });
			fail(`index ${pages[0]} to ${pages.at(-1)}`, added.errors);
			if (added.page_count !== pages.length)
				throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.length} pages from ${pages[0]} on`);
			const written = await index.writeFiles({ outputPath: bundle });
			fail(`write the bundle ${bundle}`, written.errors);
		} finally {
			// The service keeps every page's words until it exits: closing it frees them for the next part.
			await pagefind.close();
		}
	} finally {
		rmSync(stage, { recursive: true, force: true });
	}
}

/**
 * Index one language's pages into dist/pagefind/{locale}/ and, above PAGES_PER_PART code pages,
 * further parts beside it (pagefind-parts.ts), which the first part's parts.json lists; returns
 * the page count. The code pages are split; the language's other pages all go to the first part.
 * Pagefind reads a page by the bundle it is in (only its data-pagefind-body when another page of
 * the bundle has one; the home and search pages have none), so every part holds code pages and
 * indexes each page as one index would.
 */
async function indexLocale(site: string, files: string[], locale: string, pagesPerPart?: number): Promise<number> {
	const pages = files.filter((file) => file.startsWith(`${locale}/`) && file.endsWith('.html'));
	if (pages.length === 0) throw new Error(`Pagefind found no ${locale} pages to index in ${site}`);
	const isCodePage = (file: string) => /^[^/]+\/codes\/\d+\/index\.html$/.test(file);
	const parts = splitPages(pages.filter(isCodePage), pagesPerPart);
	parts[0] = [...pages.filter((file) => !isCodePage(file)), ...parts[0]];
	for (const [i, part] of parts.entries()) {
		const bundle = join(site, partFolder(locale, i + 1));
		await indexPart(site, part, bundle);
		// The first part's bundle runs the search; the others hold only an index to merge into it.
		const unused = i === 0 ? UNUSED_BUNDLE_FILES : readdirSync(bundle).filter((file) => !MERGED_PART_FILES.test(file));
		for (const file of unused) rmSync(join(bundle, file), { recursive: true, force: true });
		storeInflated(bundle);
	}
	const others = parts.slice(1).map((_, i) => partFolder(locale, i + 2));
	writeFileSync(join(site, partFolder(locale, 1), PARTS_FILE), `${JSON.stringify(others)}\n`);
	return pages.length;
}

/** `pagesPerPart`: at most this many code pages in one part of a language's index (default PAGES_PER_PART). */
export default function pagefindIntegration({ pagesPerPart }: { pagesPerPart?: number } = {}): AstroIntegration {
	return {
		name: 'pagefind-per-language',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = listFiles(site);
				// One part at a time, each in its own Pagefind service, closed before the next. On two
				// cores this is also faster: at 10,000 codes 38 s with a service a language, against
				// 44-49 s with both languages in one service.
				for (const locale of localeKeys)
					logger.info(`indexed ${await indexLocale(site, files, locale, pagesPerPart)} ${locale} pages`);
			},
		},
	};
}
