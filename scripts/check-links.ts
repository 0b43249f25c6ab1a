/**
 * Every internal link and #anchor in the built site must resolve: checks href/src of every
 * built HTML page against the files in dist/ (folders by their index.html) and the ids of the
 * target page. External links are counted, not fetched (the site must work offline). A relative
 * link ("../sources/", "./x", "sources/") fails too, even when it resolves: it breaks when the page
 * is reached without its trailing slash; every internal link is built by src/utils/url.ts.
 * Usage: node scripts/check-links.ts [dist] (BASE_PATH as for the build). Exits 1 on a broken link.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from '../src/utils/list-files.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
const idCache = new Map<string, Set<string>>();

/** The ids (anchor targets) of a built page. */
function idsOf(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		const html = readFileSync(join(dist, file), 'utf8');
		ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
		idCache.set(file, ids);
	}
	return ids;
}

/** The built file a site path points to, or null. */
function fileFor(pathname: string): string | null {
	if (!pathname.startsWith(base)) return null;
	const rel = decodeURIComponent(pathname.slice(base.length));
	const direct = join(dist, rel);
	if (rel && existsSync(direct) && statSync(direct).isFile()) return rel;
	const index = join(rel, 'index.html');
	return existsSync(join(dist, index)) ? index.replaceAll('\\', '/') : null;
}

const broken: string[] = [];
let internal = 0;
let external = 0;
for (const page of pages) {
	const html = readFileSync(join(dist, page), 'utf8');
	const pageUrl = new URL(base + page.replace(/(^|\/)index\.html$/, '$1'), 'http://site.invalid');
	for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
		const raw = match[1].replaceAll('&amp;', '&');
		if (/^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
		if (!/^(\/|#|[a-z][a-z0-9+.-]*:)/i.test(raw)) {
			broken.push(`${page}: ${raw} → a relative link: it depends on the page's address (use pageUrl/withBase)`);
			continue;
		}
		const url = new URL(raw, pageUrl);
		if (url.origin !== pageUrl.origin) {
			external += 1;
			continue;
		}
		internal += 1;
		const target = fileFor(url.pathname);
		if (!target) broken.push(`${page}: ${raw} → no such file`);
		else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
			broken.push(`${page}: ${raw} → no element with id "${url.hash.slice(1)}" in ${target}`);
		}
	}
}

console.log(`Checked ${internal} internal links in ${pages.length} pages (${external} external links not fetched).`);
if (broken.length) {
	console.error(`${broken.length} broken link(s):\n${broken.join('\n')}`);
	process.exit(1);
}
