/**
 * The test command's nginx step: serves a build with the committed configuration
 * (deploy/nginx/errors-site.conf, through scripts/lib/nginx.ts) on a free local port, runs the
 * smoke suite (@smoke) and the header checks (@host, e2e/host-headers.test.ts) through it, and
 * stops nginx afterwards, whatever happened. Run it in the build's environment (BASE_PATH).
 * Usage: node scripts/test-nginx.ts [dist] (default dist-base). Exits with Playwright's status.
 */
import { spawnSync } from 'node:child_process';
import { normalizeBase } from '../src/utils/url.ts';
import { toolEnv } from './lib/env.ts';
import { startNginx } from './lib/nginx.ts';

const dist = process.argv[2] ?? 'dist-base';
const base = normalizeBase(process.env.BASE_PATH || '/');
const report = process.env.E2E_REPORT ?? 'test-results/e2e-nginx.json';

const server = await startNginx({ dist, base });
// Stopped on Ctrl-C or a kill too, not only when the tests end.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.once(signal, () => void server.stop().then(() => process.exit(130)));
let status = 1;
try {
	console.log(`nginx serves ${dist} at ${server.url}`);
	const run = spawnSync(process.execPath, ['node_modules/.bin/playwright', 'test', '--grep', '@smoke|@host'], {
		stdio: 'inherit',
		env: toolEnv({ E2E_BASE_URL: server.url, E2E_DIST: dist, E2E_REPORT: report, BASE_PATH: base }),
	});
	status = run.status ?? 1;
} finally {
	await server.stop();
}
process.exit(status);
