/**
 * The scale benchmark: the same build over synthetic registries (src: scripts/bench/synthetic.ts)
 * of 1,000 and 10,000 codes, in a temporary folder: build time and peak memory, the search
 * index size, the word shards (above 2,000 codes), and the cold first searches on the result,
 * each of which must be answered first by the right instant code hit.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { listFiles } from '../../src/utils/list-files.ts';
import { timedBuild, type BuildFigures } from './build.ts';
import { gzipSize, startServer } from './measure.ts';
import { benchSearch, type BenchQuery, type SearchFigures } from './search.ts';
import { writeSyntheticContent } from './synthetic.ts';
import { precacheFigures, type PrecacheFigures } from './precache.ts';

/**
 * The cold searches at each scale: a word and a Chinese word (above 2,000 codes answered from
 * the word shards, not the quick index) and a code prefix (above 2,000 codes the per-shard code
 * lookup). The real 4500 must come first for both words; the lowest synthetic code for "10".
 */
export const SCALE_QUERIES = [
	{ locale: 'en', query: 'replay', first: '4500' },
	{ locale: 'zh', query: '重放', first: '4500' },
	{ locale: 'en', query: '10', first: '10000' },
] as const satisfies readonly BenchQuery[];

export interface ScaleFigures extends BuildFigures {
	codes: number;
	msPerPage: number;
	indexBytes: number;
	/** The word shards (dist/search/words/): how many, and their total gzip size. */
	wordShards: number;
	wordShardsGzipBytes: number;
	/** One per SCALE_QUERIES entry, in its order. */
	searches: SearchFigures[];
	/** What a first visit precaches for the offline copy. */
	precache: PrecacheFigures;
}

/** The word shards of a build: their number and total gzip size (none at 2,000 codes or fewer). */
function wordShardFigures(dist: string): { wordShards: number; wordShardsGzipBytes: number } {
	const dir = join(dist, 'search', 'words');
	const files = existsSync(dir) ? listFiles(dir) : [];
	return {
		wordShards: files.length,
		wordShardsGzipBytes: files.reduce((sum, file) => sum + gzipSize(readFileSync(join(dir, file))), 0),
	};
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
			const searches = await benchSearch(browser, `http://localhost:${port}/`, 3, SCALE_QUERIES);
			return {
				...build,
				codes: count,
				msPerPage: (build.seconds * 1000) / Math.max(build.pages, 1),
				indexBytes,
				...wordShardFigures(dist),
				searches,
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
