/**
 * The scale benchmark: the same build over synthetic registries (src: scripts/bench/synthetic.ts)
 * of 1,000 and 10,000 codes, in a temporary folder: build time and peak memory, the search
 * index size, and the cold first search on the result.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { listFiles } from '../../src/utils/list-files.ts';
import { timedBuild, type BuildFigures } from './build.ts';
import { startServer } from './measure.ts';
import { benchSearch } from './search.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { precacheFigures, type PrecacheFigures } from './precache.ts';

export interface ScaleFigures extends BuildFigures {
	codes: number;
	msPerPage: number;
	indexBytes: number;
	searchColdMs: number;
	searchColdBytes: number;
	/** A code prefix ("10"): above 2,000 codes this is the per-shard code lookup, not the quick index. */
	codeSearchColdMs: number;
	codeSearchColdBytes: number;
	/** What a first visit precaches for the offline copy. */
	precache: PrecacheFigures;
}

export async function benchScale(browser: Browser, count: number, port: number): Promise<ScaleFigures> {
	const dir = mkdtempSync(join(tmpdir(), `api2-errors-scale-${count}-`));
	try {
		const content = writeSyntheticContent(count, dir);
		const dist = join(dir, 'dist');
		// Astro keeps the content layer's store in .astro/: start clean, so that no entry of
		// another registry (or of the real content) leaks into this build.
		rmSync('.astro', { recursive: true, force: true });
		const build = timedBuild({
			CONTENT_DIR: content,
			OUT_DIR: dist,
			ASTRO_CACHE_DIR: join(dir, 'cache'),
			SITE_URL: `http://localhost:${port}`,
		});
		const pagefind = join(dist, 'pagefind');
		const indexBytes = listFiles(pagefind).reduce((sum, file) => sum + statSync(join(pagefind, file)).size, 0);
		const precache = precacheFigures(dist, count);
		const server = await startServer(port, dist);
		try {
			const [search, codeSearch] = await benchSearch(browser, `http://localhost:${port}/`, 3, [
				{ locale: 'en', query: 'replay' },
				{ locale: 'en', query: '10' },
			]);
			return {
				...build,
				codes: count,
				msPerPage: (build.seconds * 1000) / Math.max(build.pages, 1),
				indexBytes,
				searchColdMs: search.coldMs,
				searchColdBytes: search.coldBytes,
				codeSearchColdMs: codeSearch.coldMs,
				codeSearchColdBytes: codeSearch.coldBytes,
				precache,
			};
		} finally {
			server.kill();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
		rmSync('.astro', { recursive: true, force: true });
	}
}
