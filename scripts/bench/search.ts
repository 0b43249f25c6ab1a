/**
 * Search timings on the built site: cold (a fresh browser context, nothing cached, no service
 * worker: the search code, Pagefind, its WASM and index chunks all load) and warm (later
 * queries on the same page), from the query entering the box to the first result drawn.
 */
import type { Browser } from '@playwright/test';
import { median, quiet, recordResponses } from './measure.ts';

export const QUERIES = [
	{ locale: 'en', query: '4500' },
	{ locale: 'en', query: 'replay' },
	{ locale: 'en', query: 'signature' },
	{ locale: 'en', query: '41' },
	{ locale: 'zh', query: '签名' },
	{ locale: 'zh', query: '余额' },
	{ locale: 'zh', query: 'quota' },
	{ locale: 'en', query: '重放' },
	// The code layer's other paths: a code as written in a log, an exact title, a synonym, a typo.
	{ locale: 'en', query: 'E4500' },
	{ locale: 'en', query: 'authentication failed' },
	{ locale: 'en', query: 'too many requests' },
	{ locale: 'zh', query: '限流' },
	{ locale: 'en', query: 'balanse' },
] as const;

/**
 * Type a query into the header box and resolve with ms until the first result link appears,
 * and that first result as it was drawn: its code, and whether the code layer drew it (an
 * instant code hit) or Pagefind did (a page hit).
 */
export const TIME_QUERY = `async (query) => {
	const input = document.querySelector('#site-search');
	const panel = document.querySelector('#search-panel');
	const start = performance.now();
	const done = new Promise((resolve) => {
		const first = () => { const hit = panel.querySelector('.search-hit'); const status = panel.querySelector('.search-status'); return hit && hit.textContent && status && status.dataset.query === query ? hit : null; };
		const observer = new MutationObserver(() => { const hit = first(); if (hit) { observer.disconnect(); resolve({ ms: performance.now() - start, code: hit.dataset.code ?? null, instant: hit.classList.contains('search-hit--code'), href: hit.getAttribute('href') }); } });
		observer.observe(panel, { childList: true, subtree: true });
	});
	input.focus();
	input.value = query;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	const { ms, ...first } = await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('no result for ' + query)), 10000))]);
	// What was fetched between the query and its first result (the bytes of a first search).
	const urls = performance.getEntriesByType('resource').filter((e) => e.startTime >= start && e.startTime <= start + ms).map((e) => e.name);
	return { ms, first, urls };
}`;

/** The first result TIME_QUERY saw. */
interface FirstHit {
	code: string | null;
	instant: boolean;
	href: string;
}

/** A first result as the bench reports it: the code of an instant code hit, else "page <href>". */
const describeFirst = (hit: FirstHit) => (hit.instant && hit.code ? hit.code : `page ${hit.href}`);

/** A query to time; `first`: the code its first result must be, as an instant code hit. */
export interface BenchQuery {
	locale: string;
	query: string;
	first?: string;
}

export interface SearchFigures {
	query: string;
	locale: string;
	coldMs: number;
	coldBytes: number;
	/** Everything a first search fetched until the network was idle (both languages' Pagefind). */
	settledBytes: number;
	warmMs: number;
	/** The first result of each cold run (describeFirst). */
	firstHits: string[];
	/** Whether every cold run's first result was the expected instant code hit; null if none was expected. */
	firstRight: boolean | null;
}

export async function benchSearch(
	browser: Browser,
	origin: string,
	runs = 3,
	queries: readonly BenchQuery[] = QUERIES,
): Promise<SearchFigures[]> {
	const figures: SearchFigures[] = [];
	for (const { locale, query, first: expected } of queries) {
		const cold: number[] = [];
		const firstHits: string[] = [];
		const bytes: number[] = [];
		const settled: number[] = [];
		const warm: number[] = [];
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(`${origin}${locale}/codes/4000/`, { waitUntil: 'networkidle' });
			const log = recordResponses(page);
			const since = Date.now();
			const first = (await page.evaluate(`(${TIME_QUERY})(${JSON.stringify(query)})`)) as {
				ms: number;
				first: FirstHit;
				urls: string[];
			};
			cold.push(first.ms);
			firstHits.push(describeFirst(first.first));
			await quiet(page);
			const fetched = new Set(first.urls);
			bytes.push(log.filter((r) => fetched.has(r.url)).reduce((sum, r) => sum + r.gzip, 0));
			settled.push(log.filter((r) => r.at >= since).reduce((sum, r) => sum + r.gzip, 0));
			// Warm: the same query again after a different one (everything loaded, nothing memoized for this string).
			await page.evaluate(`(${TIME_QUERY})("4100")`);
			warm.push(((await page.evaluate(`(${TIME_QUERY})(${JSON.stringify(query)})`)) as { ms: number }).ms);
			await context.close();
		}
		figures.push({
			query,
			locale,
			coldMs: median(cold),
			coldBytes: median(bytes),
			settledBytes: median(settled),
			warmMs: median(warm),
			firstHits,
			firstRight: expected === undefined ? null : firstHits.every((hit) => hit === expected),
		});
	}
	return figures;
}
