/**
 * A build without SITE_URL (a plain `npm run build`) says so, and writes no origin anywhere:
 * builds into a temporary folder with SITE_URL empty, checks that the build printed its warning,
 * then runs the metadata checks (scripts/lib/metadata/) in their no-origin form: no canonical,
 * hreflang, og:url, OpenSearch or sitemap, codes.json's URLs as paths, no local origin in any
 * file. Usage: node scripts/check-build-without-origin.ts. Exits 1 on a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeBase } from '../src/utils/url.ts';
import { MISSING_ORIGIN_WARNING } from '../src/utils/site-origin.ts';
import { BuiltSite } from './lib/built-site.ts';
import { toolEnv } from './lib/env.ts';
import { runMetadataChecks } from './lib/metadata/run.ts';

const out = mkdtempSync(join(tmpdir(), 'api2-errors-no-origin-'));
try {
	const build = spawnSync('node_modules/.bin/astro', ['build'], {
		env: toolEnv({ SITE_URL: '', OUT_DIR: out }),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (build.status !== 0) throw new Error(`the build without SITE_URL failed:\n${build.stderr.slice(-3000)}`);
	const warned = `${build.stdout}${build.stderr}`.includes(MISSING_ORIGIN_WARNING);
	console.log(`${warned ? '✓' : '✗'} the build says that SITE_URL is not set and what it leaves out`);
	const failed = runMetadataChecks(new BuiltSite(out, normalizeBase(process.env.BASE_PATH || '/'), undefined));
	process.exitCode = warned && failed === 0 ? 0 : 1;
} finally {
	rmSync(out, { recursive: true, force: true });
}
