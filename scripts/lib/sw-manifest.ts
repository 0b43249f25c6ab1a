/**
 * The service worker's view of a build (src/integrations/service-worker.ts writes it): the files
 * a first visit precaches (FILES in sw.js) and every file of the build (sw-files.json when the
 * precache is not all of them), each as [request path, revision, bytes].
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ManifestRow = [path: string, rev: string, bytes: number];

/** The files a first visit precaches. */
export function precacheRows(dist: string): ManifestRow[] {
	const line = readFileSync(join(dist, 'sw.js'), 'utf8').match(/^const FILES = (.*);$/m);
	if (!line) throw new Error(`no FILES in ${dist}/sw.js`);
	return JSON.parse(line[1]) as ManifestRow[];
}

/** Every file of the build. */
export function allRows(dist: string): ManifestRow[] {
	const list = join(dist, 'sw-files.json');
	return existsSync(list)
		? (JSON.parse(readFileSync(list, 'utf8')) as { files: ManifestRow[] }).files
		: precacheRows(dist);
}

/** Request path ("/en/codes/4500/") → revision, for every file of the build. */
export function revisions(dist: string): Map<string, string> {
	return new Map(allRows(dist).map(([path, rev]) => [`/${path}`, rev]));
}

/** The file under dist/ that a request path (without its leading slash: "en/codes/4500/") is answered with. */
export const builtFile = (dist: string, path: string) =>
	join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
