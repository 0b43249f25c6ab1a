/**
 * A small static server for the built site, behaving like a typical static host: serves
 * dist/ under the base path, index.html for folders, redirects "/x" to "/x/" when "/x/" exists,
 * and 404.html with status 404 (a language folder's own 404.html for misses inside it). Used
 * by the end-to-end tests and the benchmark, which must not depend on (or collide with) a
 * running `astro preview`. Usage: node scripts/serve.ts [port] [dir]; with SERVE_LOG=file, every
 * request's path and query is appended to that file (the update tests count what a worker downloads).
 */
import { createServer } from 'node:http';
import { appendFileSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4330);
const root = resolve(process.argv[3] ?? 'dist');
const log = process.env.SERVE_LOG;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

const gzipCache = new Map<string, { mtime: number; body: Buffer }>();
function gzipped(path: string): Buffer {
	const mtime = statSync(path).mtimeMs;
	const cached = gzipCache.get(path);
	if (cached && cached.mtime === mtime) return cached.body;
	const body = gzipSync(readFileSync(path), { level: 6 });
	gzipCache.set(path, { mtime, body });
	return body;
}

function file(path: string): string | null {
	return existsSync(path) && statSync(path).isFile() ? path : null;
}

createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (log) appendFileSync(log, `${url.pathname}${url.search}\n`);
	let pathname: string;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		pathname = '/';
	}
	const send = (path: string, status = 200) => {
		const headers: Record<string, string> = {
			'content-type': types[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
			vary: 'accept-encoding',
		};
		// Compress as a CDN would (gzip), when the client accepts it.
		if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			response.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
			response.end(gzipped(path));
			return;
		}
		response.writeHead(status, headers);
		createReadStream(path).pipe(response);
	};
	// A miss under a language folder gets that language's 404 (/zh/404.html), any other the site's.
	const notFound = () => {
		const language = pathname.startsWith(base) ? /^[^/]+(?=\/)/.exec(pathname.slice(base.length))?.[0] : undefined;
		const page = (language && file(join(root, language, '404.html'))) || file(join(root, '404.html'));
		if (page) send(page, 404);
		else response.writeHead(404).end('Not found');
	};
	if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound();
	const relativePath = normalize(pathname.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
	const target = join(root, relativePath);
	if (!target.startsWith(root)) return notFound();
	const asFile = file(target);
	if (asFile) return send(asFile);
	const index = file(join(target, 'index.html'));
	if (index && pathname.endsWith('/')) return send(index);
	if (index) {
		// A folder asked for without its trailing slash: redirect, as static hosts do.
		response.writeHead(301, { location: `${pathname}/${url.search}` }).end();
		return;
	}
	notFound();
}).listen(port, () => console.log(`Serving ${root} at http://localhost:${port}${base}`));
