import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run scripts/check-links.ts over a site of `pages` (path → body HTML). */
function check(pages: Record<string, string>) {
	const site = mkdtempSync(join(dir, 'site-'));
	for (const [path, body] of Object.entries(pages)) {
		mkdirSync(join(site, path, '..'), { recursive: true });
		writeFileSync(join(site, path), `<!doctype html><html><body>${body}</body></html>`);
	}
	return spawnSync(process.execPath, ['scripts/check-links.ts', site], {
		encoding: 'utf8',
		env: { ...process.env, BASE_PATH: '/' },
	});
}

describe('the link checker', () => {
	it('passes root-relative links that resolve', () => {
		const run = check({ 'en/a/index.html': '<a href="/en/b/#x">b</a>', 'en/b/index.html': '<p id="x"></p>' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});

	it.each(['../b/', './b/', 'b/', '../b/#x'])('fails on a relative link, even one that resolves: %s', (href) => {
		const run = check({
			'en/a/index.html': `<a href="${href}">b</a>`,
			'en/b/index.html': '<p id="x"></p>',
			'en/a/b/index.html': '<p id="x"></p>',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${href} → a relative link`);
	});
});
