/** Shared helpers for the benchmark: a browser on the built site, gzip sizes, medians. */
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium.ts';

export function launch(): Promise<Browser> {
	return chromium.launch(chromiumLaunchOptions());
}

/** Start scripts/serve.ts on `port` (serving `dir`, default dist/); resolves once it listens. */
export function startServer(port: number, dir?: string): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['scripts/serve.ts', String(port), ...(dir ? [dir] : [])], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((resolve, reject) => {
		server.stdout?.once('data', () => resolve(server));
		server.once('exit', (code) =>
			reject(new Error(`scripts/serve.ts exited (${code}) before it listened on port ${port}`)),
		);
	});
}

export function gzipSize(body: Buffer): number {
	return gzipSync(body, { level: 6 }).length;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Resolve once no response has arrived for `ms` (page load states are reached only once). */
export async function quiet(page: Page, ms = 600): Promise<void> {
	let last = Date.now();
	const bump = () => (last = Date.now());
	page.on('request', bump);
	page.on('response', bump);
	while (Date.now() - last < ms) await new Promise((resolve) => setTimeout(resolve, 100));
	page.off('request', bump);
	page.off('response', bump);
	// Let the body reads of recordResponses finish.
	await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Record every response of a page: url, resource type, gzip size of the body. */
export function recordResponses(page: Page): { url: string; type: string; gzip: number; at: number }[] {
	const log: { url: string; type: string; gzip: number; at: number }[] = [];
	page.on('response', async (response) => {
		const at = Date.now();
		try {
			const body = await response.body();
			log.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSize(body), at });
		} catch {
			// Redirects and aborted requests have no body.
		}
	});
	return log;
}
