/**
 * Updates of the offline copy, with two builds served in turn from one origin: the current
 * build, then a next one with a new code (a page only it has) and one code's summary changed.
 * A returning visitor's worker downloads only the files whose revision changed; a prompt offers
 * the new version, and Reload takes it over at once (every open page reloads); otherwise it takes
 * over when the old build's pages are closed; a page only the new build has, opened under the old
 * worker, runs on the new build's files (its search finds the new code) and never claims to be offline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { codes, localeList, ui, type Locale } from './helpers.ts';
import { changeSummary, contentWithCode } from '../scripts/lib/content-variant.ts';
import { revisions } from '../scripts/lib/sw-manifest.ts';
import { ASTRO_BUILD, buildVariant } from '../scripts/lib/build-variant.ts';

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow' });

const repo = process.cwd();
const current = resolve(process.env.E2E_DIST ?? 'dist');
const scratch = mkdtempSync(join(tmpdir(), 'updates-'));
const next = join(scratch, 'next');
const root = join(scratch, 'root');
const log = join(scratch, 'requests.log');
const newCode = String(Math.max(...codes.map(Number)) + 100);
let server: ChildProcess | undefined;
let origin = '';

/** A free port on loopback. */
const freePort = () =>
	new Promise<number>((done) => {
		const probe = createServer().listen(0, () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});

/** Serve `dir` from now on (the server reads through the symlink on every request). */
function serve(dir: string): void {
	const link = `${root}.new`;
	symlinkSync(dir, link);
	renameSync(link, root);
}

/** The build's files as its worker lists them: request path → revision. */
const manifest = revisions;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	const content = join(scratch, 'content');
	contentWithCode(join(repo, 'content'), content, newCode);
	changeSummary(content, '4500', 'A summary that only the next build has.');
	await buildVariant({ CONTENT_DIR: content, OUT_DIR: next, ASTRO_CACHE_DIR: join(scratch, 'cache'), BASE_PATH: '/' }, [
		['scripts/import-seeds.ts'],
		ASTRO_BUILD,
	]);
	const port = await freePort();
	origin = `http://localhost:${port}/`;
	symlinkSync(current, root);
	server = spawn(process.execPath, ['scripts/serve.ts', String(port), root], {
		cwd: repo,
		env: { ...process.env, BASE_PATH: '/', SERVE_LOG: log },
		stdio: 'ignore',
	});
	for (let i = 0; i < 50; i++) {
		if (
			await fetch(origin).then(
				(r) => r.ok,
				() => false,
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 100));
	}
});

test.afterAll(() => {
	server?.kill();
	rmSync(scratch, { recursive: true, force: true });
});

/** A fresh browser profile on the two-build server, with the current build cached for offline use. */
async function visitCurrent(browser: Browser, locale: Locale): Promise<Page> {
	serve(current);
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(`${locale}/`);
	await expect(page.locator('[data-offline-status]')).toBeVisible({ timeout: 30_000 });
	return page;
}

const newCodeRow = (page: Page) => page.locator(`main a[href$="/codes/${newCode}/"]`);

for (const locale of localeList) {
	test(`a new build downloads only its changed files, is offered with a prompt, and Reload takes it over at once, in ${locale}`, async ({
		browser,
	}) => {
		test.setTimeout(120_000);
		const page = await visitCurrent(browser, locale);
		await expect(newCodeRow(page)).toHaveCount(0);
		writeFileSync(log, '');
		serve(next);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		const prompt = page.locator('[data-update-prompt]');
		await expect(prompt).toBeVisible({ timeout: 30_000 });
		await expect(prompt).toContainText(ui[locale]['offline.update']);

		// What the new worker fetched: exactly the files whose revision is new (and sw.js itself).
		const before = manifest(current);
		const changed = [...manifest(next)].filter(([path, rev]) => before.get(path) !== rev);
		const fetched = new Set(
			readFileSync(log, 'utf8')
				.split('\n')
				.filter((line) => line && line !== '/sw.js'),
		);
		expect([...fetched].sort()).toEqual(changed.map(([path]) => path).sort());

		await prompt.getByRole('button', { name: ui[locale]['offline.reload'] }).click();
		await expect(newCodeRow(page).first()).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('[data-offline-status]')).toBeVisible({ timeout: 30_000 });
		// The previous build's revisions are gone from the cache: one key per file of the new build.
		const keys = await page.evaluate(() =>
			caches
				.open('api2-errors-precache')
				.then((c) => c.keys())
				.then((k) => k.length),
		);
		expect(keys).toBe(manifest(next).size);
		await page.context().close();
	});
}

test('without Reload, the new build takes over once the old build’s pages are closed', async ({ browser }) => {
	test.setTimeout(120_000);
	const page = await visitCurrent(browser, 'en');
	serve(next);
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
	await expect(page.locator('[data-update-prompt]')).toBeVisible({ timeout: 30_000 });
	// Until then the open page stays on its own build.
	await page.reload();
	await expect(newCodeRow(page)).toHaveCount(0);
	const context = page.context();
	await page.close();
	// Each try is a new page that is closed again, so that no page of the old build stays open
	// (a page left open would keep the old worker in use).
	await expect
		.poll(
			async () => {
				const later = await context.newPage();
				await later.goto('en/');
				const count = await newCodeRow(later).count();
				await later.close();
				return count;
			},
			{ timeout: 60_000 },
		)
		.toBeGreaterThan(0);
	await context.close();
});

test('a page only the new build has, opened under the old worker, runs on the new build and does not claim to be offline', async ({
	browser,
}) => {
	test.setTimeout(120_000);
	const page = await visitCurrent(browser, 'en');
	serve(next);
	const fresh = await page.context().newPage();
	await fresh.goto(`en/codes/${newCode}/`);
	await expect(fresh.locator('h1')).toContainText(newCode);
	// Its search is the new build's: the new code is found (the old build's index has no such code).
	const box = fresh.locator('header form[data-search] input[name="q"]');
	await box.fill(newCode);
	await expect(fresh.locator(`a[href$="/codes/${newCode}/"]`).first()).toBeVisible({ timeout: 15_000 });
	// The footer never says the old build's offline copy covers it.
	await fresh.waitForLoadState('networkidle');
	await fresh.waitForTimeout(1500);
	await expect(fresh.locator('[data-offline-status]')).toBeHidden();
	// The old build's page is untouched until the visitor reloads.
	await page.reload();
	await expect(newCodeRow(page)).toHaveCount(0);
	await page.context().close();
});
