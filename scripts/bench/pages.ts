/**
 * First-view weight of each page type in each language: a fresh context (nothing cached, no
 * service worker), everything the page requests until the network is idle, gzip-sized.
 */
import type { Browser } from '@playwright/test';
import { quiet, recordResponses } from './measure.ts';

export const PAGE_TYPES = [
	{ type: 'home', route: '' },
	{ type: 'code', route: 'codes/4500/' },
	{ type: 'clb', route: 'clb/' },
	{ type: 'format', route: 'response-format/' },
	{ type: 'search', route: 'search/' },
	{ type: 'decoder', route: 'decode/' },
] as const;

export interface PageFigures {
	type: string;
	locale: string;
	bytes: number;
	requests: number;
	scripts: number;
	renderBlocking: number;
}

export async function benchPages(browser: Browser, origin: string, locales: readonly string[]): Promise<PageFigures[]> {
	const figures: PageFigures[] = [];
	for (const { type, route } of PAGE_TYPES) {
		for (const locale of locales) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const log = recordResponses(page);
			const response = await page.goto(`${origin}${locale}/${route}`, { waitUntil: 'networkidle' });
			if (!response || response.status() !== 200) {
				await context.close();
				continue; // a page type this build does not have (yet)
			}
			await quiet(page);
			const renderBlocking = (await page.evaluate(
				`performance.getEntriesByType('resource').filter((e) => e.renderBlockingStatus === 'blocking').length`,
			)) as number;
			figures.push({
				type,
				locale,
				bytes: log.reduce((sum, r) => sum + r.gzip, 0),
				requests: log.length,
				scripts: log.filter((r) => r.type === 'script').length,
				renderBlocking,
			});
			await context.close();
		}
	}
	return figures;
}
