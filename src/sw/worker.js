/*
 * The service worker (plain JS: it runs as-is in the browser). The build's service-worker
 * integration prepends VERSION, BASE and FILES: every file of the build as [path, revision],
 * the revision a hash of its content ('' for /_astro/ files, whose names are their hashes).
 *
 * - One cache holds every file under a key made of its path and revision. Install downloads
 *   only the files whose key is not cached yet: a new build re-downloads what changed and
 *   takes the rest from what an earlier build left. Activate deletes the keys the build does not list.
 * - No mix of builds: a page is answered from this build's keys only. A page that is not in
 *   this build (it came from the network, so it is newer) is marked, and every request of that
 *   page goes to the network, never to this build's cache.
 * - Updates: a new worker waits until the page asks it to take over ("skip-waiting", after the
 *   visitor chose to reload) or until no page of the old build is open.
 */
/* global VERSION, BASE, FILES */
const PRECACHE = 'api2-errors-precache';
/** Pages of another (newer) build that this worker sent to the network, by client id. */
const FOREIGN = 'api2-errors-foreign';
/** Downloads at a time during install. */
const PARALLEL = 6;

const keyOf = (path, rev) => `${BASE}${path}${rev ? `?__rev=${rev}` : ''}`;
/** Request path → cache key, for this build. */
const MANIFEST = new Map(FILES.map(([path, rev]) => [BASE + path, keyOf(path, rev)]));

self.addEventListener('install', (event) => {
	event.waitUntil(precache());
});

async function precache() {
	const cache = await caches.open(PRECACHE);
	const queue = [...FILES];
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			const [path, rev] = file;
			const key = keyOf(path, rev);
			if (await cache.match(key)) continue; // unchanged since a build this browser already has
			const response = await fetch(BASE + path, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`${BASE + path}: HTTP ${response.status}`);
			await cache.put(key, response);
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, worker));
}

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keep = new Set(MANIFEST.values());
			const cache = await caches.open(PRECACHE);
			for (const request of await cache.keys()) {
				const url = new URL(request.url);
				if (!keep.has(url.pathname + url.search)) await cache.delete(request);
			}
			// Caches of earlier designs (one per build), and marks that were about the previous build.
			for (const name of await caches.keys())
				if (name.startsWith('api2-errors-') && name !== PRECACHE) await caches.delete(name);
			foreign = Promise.resolve(new Set());
			// Take control of the page that installed us (it works offline from its first visit);
			// pages of an older build reload when their controller changes (the page script does that).
			await self.clients.claim();
		})(),
	);
});

/** Client ids of pages of another build, kept in a cache so that they survive the worker stopping. */
let foreign = caches
	.open(FOREIGN)
	.then((cache) => cache.keys())
	.then((keys) => new Set(keys.map((request) => new URL(request.url).searchParams.get('client'))));

async function markForeign(clientId) {
	(await foreign).add(clientId);
	await (await caches.open(FOREIGN)).put(`${BASE}__foreign?client=${encodeURIComponent(clientId)}`, new Response(''));
}

self.addEventListener('message', (event) => {
	const type = event.data?.type;
	if (type === 'skip-waiting') self.skipWaiting();
	// A page asks whether everything is cached before it tells the visitor the site works offline.
	if (type === 'offline-status' && event.ports[0]) event.waitUntil(status(event));
});

async function status(event) {
	const cache = await caches.open(PRECACHE);
	let cached = 0;
	for (const key of MANIFEST.values()) if (await cache.match(key)) cached++;
	const other = Boolean(event.source?.id) && (await foreign).has(event.source.id);
	event.ports[0].postMessage({
		ready: !other && cached === MANIFEST.size,
		cached,
		total: MANIFEST.size,
		foreign: other,
	});
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	event.respondWith(respond(event, request, url));
});

/** This build's cache first, then the network, then this build's 404 page. */
async function respond(event, request, url) {
	if (event.clientId && (await foreign).has(event.clientId)) return fetch(request);
	const cache = await caches.open(PRECACHE);
	// The query never selects a different file here (?q= on the search page, Pagefind's ?ts=).
	const candidates = [
		url.pathname,
		url.pathname.replace(/index\.html$/, ''),
		url.pathname.endsWith('/') ? null : `${url.pathname}/`,
	];
	for (const path of candidates) {
		const key = path && MANIFEST.get(path);
		const hit = key && (await cache.match(key));
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		// A page this build does not have, yet the server does: it is of a newer build.
		if (request.mode === 'navigate' && response.ok && event.resultingClientId)
			await markForeign(event.resultingClientId);
		return response;
	} catch (error) {
		if (request.mode === 'navigate') {
			// The language folder's own 404 (/zh/404.html) when there is one, as the host does.
			const folder = /^[^/]+(?=\/)/.exec(url.pathname.slice(BASE.length))?.[0];
			const pages = [folder && `${BASE}${folder}/404.html`, `${BASE}404.html`];
			for (const page of pages) {
				const key = page && MANIFEST.get(page);
				const notFound = key && (await cache.match(key));
				if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
			}
		}
		throw error;
	}
}
