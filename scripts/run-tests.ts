/**
 * The one test command (npm test): the steps below, in order. Prints one closing line
 * "N passed, N failed" over all of them (a test suite counts its tests, any other step counts
 * as one) and exits 1 on a failure.
 *
 *   npm test -- --list               the steps, what each checks, and the build it needs
 *   npm test -- --only links         one step; several: --only unit,links or --only unit --only links
 *
 * A step that checks a build ("needs build") run without that build step reuses the build
 * folder when it holds a build for this run's origin and base path, and otherwise runs the
 * build step first (counted like any step): `--only e2e` just works on a fresh checkout, and
 * after `npm start` (built for port 4321, so other canonical and hreflang URLs) it rebuilds
 * instead of failing on the URLs. It does not notice edited sources: `--only build,e2e` does.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chooseSteps, formatSteps, runStep, skipStep, tally, type Counts, type Step } from './lib/steps.ts';

const astro = 'node_modules/.bin/astro';
const port = Number(process.env.E2E_PORT ?? 4330);
const BASE_PATH = '/docs/errors/';
// The e2e server's origin is the site's origin, so canonical and hreflang URLs resolve.
const site = { SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}` };
// The deployment the committed nginx configuration is written for (deploy/nginx/errors-site.conf):
// nginx serves this build on a local port; its absolute URLs name the public origin, as deployed.
const baseSite = { BASE_PATH, OUT_DIR: 'dist-base', SITE_URL: 'https://errors.example.com' };

function readJson(path: string): any {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const vitestCounts = (): Counts => {
	const report = readJson('test-results/unit.json');
	return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
};
const playwrightCounts = (file: string) => (): Counts => {
	const stats = readJson(file)?.stats;
	return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
};

/** Whether `dir` holds a build for `url` (origin and base path): its default home (x-default) is in `url`. */
function isBuildFor(dir: string, url: string): boolean {
	const index = join(dir, 'index.html');
	const home = existsSync(index)
		? /hreflang="x-default" href="([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1]
		: undefined;
	return home !== undefined && new URL('../', home).href === url;
}

const steps: Step[] = [
	{
		id: 'lockfile',
		what: "npm ci accepts package-lock.json (other platforms' binaries listed)",
		args: ['scripts/lock-platforms.ts', '--check'],
	},
	{
		id: 'format',
		what: 'one formatter: Prettier (with the Astro plugin) finds nothing to change',
		args: ['node_modules/.bin/prettier', '--check', '.'],
	},
	{
		id: 'content',
		what: 'every content file valid, registry and prose consistent',
		args: ['scripts/check-content.ts'],
	},
	{
		id: 'sources',
		what: 'content/sources/*.json is what import-seeds produces',
		args: ['scripts/import-seeds.ts', '--check'],
	},
	{
		id: 'build',
		what: `build into dist/ for ${site.SITE_URL}/`,
		args: [astro, 'build'],
		env: site,
		isBuilt: () => isBuildFor('dist', `${site.SITE_URL}/`),
	},
	{
		id: 'html',
		what: 'valid HTML: html-validate over every built page',
		args: ['node_modules/.bin/html-validate', 'dist/**/*.html'],
		needs: 'build',
	},
	{
		id: 'links',
		what: 'every internal link and #anchor resolves',
		args: ['scripts/check-links.ts', 'dist'],
		needs: 'build',
	},
	{
		id: 'public',
		what: 'no built file names internal notes, paths or files ("shared/", "research", raw export names, ".md", "§")',
		args: ['scripts/check-public-text.ts', 'dist'],
		needs: 'build',
	},
	{
		id: 'meta',
		what: 'what search engines and browsers read: titles, descriptions, robots, canonical/hreflang, previews, manifest, OpenSearch, sitemap, robots.txt, codes.json URLs',
		args: ['scripts/check-site-metadata.ts', 'dist'],
		env: site,
		needs: 'build',
	},
	{
		id: 'unit',
		what: 'unit tests (Vitest)',
		args: [
			'node_modules/.bin/vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			'--outputFile=test-results/unit.json',
		],
		counts: vitestCounts,
	},
	{
		id: 'e2e',
		what: 'end-to-end tests (Playwright): pages, search, offline, accessibility, CSP',
		args: ['node_modules/.bin/playwright', 'test'],
		env: { E2E_PORT: String(port) },
		needs: 'build',
		counts: playwrightCounts('test-results/e2e.json'),
	},
	// One more build, in the build step's environment, compared with dist/: two builds, one of them already made.
	{
		id: 'reproducible',
		what: 'a second build is byte-identical to dist/',
		args: ['scripts/check-reproducible.ts', 'dist'],
		env: site,
		needs: 'build',
	},
	{
		id: 'no-origin',
		what: 'a build without SITE_URL says so and writes no origin (no canonical, hreflang, OpenSearch or sitemap; relative codes.json)',
		args: ['scripts/check-build-without-origin.ts'],
	},
	{
		id: 'package',
		what: 'the api2-errors package: npm pack, installed offline into an empty project, CLI and API on Node 20 and 24, answers equal to the site',
		args: ['packages/api2-errors/scripts/check.ts'],
		env: { ...site, E2E_PORT: String(port) },
		needs: 'build',
		counts: () => {
			const report = readJson('test-results/package.json');
			return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
		},
	},
	{
		id: 'base-build',
		what: `build into dist-base/ for the sub-path ${BASE_PATH}`,
		args: [astro, 'build'],
		env: baseSite,
		isBuilt: () => isBuildFor(baseSite.OUT_DIR, `${baseSite.SITE_URL}${BASE_PATH}`),
	},
	{
		id: 'base-links',
		what: `links under ${BASE_PATH}`,
		args: ['scripts/check-links.ts', 'dist-base'],
		env: baseSite,
		needs: 'base-build',
	},
	{
		id: 'base-meta',
		what: `the metadata checks under ${BASE_PATH}, on ${baseSite.SITE_URL}`,
		args: ['scripts/check-site-metadata.ts', 'dist-base'],
		env: baseSite,
		needs: 'base-build',
	},
	{
		id: 'nginx',
		what: `nginx with deploy/nginx/errors-site.conf serving dist-base/: smoke tests (@smoke) and its headers, 404s, redirects (@host)`,
		args: ['scripts/test-nginx.ts', 'dist-base'],
		env: { ...baseSite, E2E_REPORT: 'test-results/e2e-nginx.json' },
		needs: 'base-build',
		counts: playwrightCounts('test-results/e2e-nginx.json'),
	},
];

let chosen: Step[] | null;
try {
	chosen = chooseSteps(steps, process.argv.slice(2));
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
if (!chosen) {
	console.log(formatSteps(steps));
	process.exit(0);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

/** Whether each build step run so far passed. */
const builds = new Map<string, boolean>();
for (const step of chosen) {
	const build = steps.find((candidate) => candidate.id === step.needs);
	if (build && !builds.has(build.id) && !build.isBuilt?.()) {
		console.log(
			`\n(${step.id} needs ${build.id}, and there is none for this origin and base path: running ${build.id} first)`,
		);
		builds.set(build.id, runStep(build));
	}
	if (build && builds.get(build.id) === false) skipStep(step, `${build.id} failed`);
	else {
		const ok = runStep(step);
		if (step.isBuilt) builds.set(step.id, ok);
	}
}

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
