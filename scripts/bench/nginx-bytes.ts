/**
 * Bytes on the wire, as nginx serves the site: a build for /docs/errors/ served with the committed
 * configuration (deploy/nginx/errors-site.conf), and with the same file less the compression of
 * Pagefind's files, i.e. a host that compresses only the standard text types (HTML, CSS, JS,
 * JSON, XML, SVG). Measured in Chromium from what it received (headers and encoded bodies): the
 * first view of each page type, and a cold first search (to its first result, and until the
 * network is idle).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { startNginx } from '../lib/nginx.ts';
import { timedBuild } from './build.ts';
import { quiet } from './measure.ts';
import { PAGE_TYPES } from './pages.ts';
import { TIME_QUERY } from './search.ts';

const BASE = '/docs/errors/';
export const HOSTS = ['committed config', 'standard text types only'] as const;
export const SEARCHES = [
	{ locale: 'en', query: 'replay' },
	{ locale: 'zh', query: '签名' },
	{ locale: 'en', query: '4500' },
] as const;

/** The committed file without the gzip of Pagefind's files: what a host compressing only standard text types sends. */
export function standardTextOnly(config: string): string {
	const line = /^\s*gzip_types application\/octet-stream;\n/m;
	if (!line.test(config)) throw new Error('the nginx configuration no longer compresses Pagefind’s files in one line');
	return config.replace(line, '');
}

export interface WireFigures {
	host: (typeof HOSTS)[number];
	/** Bytes of the first view (page, its assets, anything it fetches until idle), by page type and language. */
	views: { type: string; locale: string; bytes: number }[];
	/** A cold first search: bytes until the first result, and until the network is idle. */
	searches: { locale: string; query: string; toFirstResult: number; settled: number }[];
	/** A first visit with the service worker on: the page, then every file of the site for offline use. */
	offline: number;
}

/** Record what each request cost on the wire (response headers plus encoded body), once it finished. */
function recordWire(page: Page | BrowserContext): Map<Request, Promise<number>> {
	const costs = new Map<Request, Promise<number>>();
	page.on('requestfinished', (request: Request) =>
		costs.set(
			request,
			request.sizes().then((sizes) => sizes.responseHeadersSize + sizes.responseBodySize),
		),
	);
	return costs;
}

const total = async (costs: Promise<number>[]) => (await Promise.all(costs)).reduce((sum, n) => sum + n, 0);

async function measure(browser: Browser, url: string, host: WireFigures['host']): Promise<WireFigures> {
	const views: WireFigures['views'] = [];
	for (const { type, route } of PAGE_TYPES)
		for (const locale of ['en', 'zh']) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const costs = recordWire(page);
			await page.goto(`${url}${locale}/${route}`, { waitUntil: 'networkidle' });
			await quiet(page);
			views.push({ type, locale, bytes: await total([...costs.values()]) });
			await context.close();
		}
	const searches: WireFigures['searches'] = [];
	for (const { locale, query } of SEARCHES) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`${url}${locale}/codes/4000/`, { waitUntil: 'networkidle' });
		await quiet(page);
		const costs = recordWire(page);
		const first = (await page.evaluate(`(${TIME_QUERY})(${JSON.stringify(query)})`)) as { urls: string[] };
		await quiet(page);
		const fetched = new Set(first.urls);
		const toFirst = [...costs].filter(([request]) => fetched.has(request.url())).map(([, cost]) => cost);
		searches.push({ locale, query, toFirstResult: await total(toFirst), settled: await total([...costs.values()]) });
		await context.close();
	}
	// The context sees the service worker's requests too: the precache of every file.
	const context = await browser.newContext();
	const costs = recordWire(context);
	const page = await context.newPage();
	await page.goto(`${url}en/codes/4000/`);
	await page.locator('[data-offline-status]').waitFor({ state: 'visible', timeout: 60_000 });
	await quiet(page);
	const offline = await total([...costs.values()]);
	await context.close();
	return { host, views, searches, offline };
}

/** Builds the site for /docs/errors/ and measures it through nginx with each host's configuration. */
export async function benchNginxBytes(browser: Browser): Promise<WireFigures[]> {
	const dir = mkdtempSync(join(tmpdir(), 'api2-errors-wire-'));
	try {
		const dist = join(dir, 'dist');
		timedBuild({ SITE_URL: 'https://errors.example.com', BASE_PATH: BASE, OUT_DIR: dist });
		const figures: WireFigures[] = [];
		for (const host of HOSTS) {
			const server = await startNginx({ dist, base: BASE, edit: host === HOSTS[0] ? undefined : standardTextOnly });
			try {
				figures.push(await measure(browser, server.url, host));
			} finally {
				await server.stop();
			}
		}
		return figures;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
