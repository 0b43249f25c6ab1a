/*
 * The service worker (plain JS: it runs as-is in the browser). The build's service-worker
 * integration prepends VERSION, BASE and FILES (every file of the build, Pagefind bundles included).
 * Install precaches everything into one cache named after the build's content hash; activate
 * deletes every other build's cache. There is no skipWaiting: a new build takes over only when
 * no page of the old one is open, so a page never mixes files of two builds.
 */
/* global VERSION, BASE, FILES */
const CACHE = `api2-errors-${VERSION}`;

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => BASE + file))));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('api2-errors-') && key !== CACHE) await caches.delete(key);
			}
			// Take control of the page that installed us, so it works offline from its first visit.
			await self.clients.claim();
		})(),
	);
});

// A page asks whether everything is cached before it tells the visitor the site works offline.
self.addEventListener('message', (event) => {
	if (event.data?.type !== 'offline-status' || !event.ports[0]) return;
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.keys())
			.then((keys) =>
				event.ports[0].postMessage({ ready: keys.length >= FILES.length, cached: keys.length, total: FILES.length }),
			),
	);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	event.respondWith(respond(request, url));
});

/** Cache first (every file is precached and versioned), then the network, then the 404 page. */
async function respond(request, url) {
	const cache = await caches.open(CACHE);
	// The query never selects a different file here (?q= on the search page, Pagefind's ?ts=).
	const candidates = [
		url.pathname,
		url.pathname.replace(/index\.html$/, ''),
		url.pathname.endsWith('/') ? null : `${url.pathname}/`,
	];
	for (const path of candidates) {
		if (!path) continue;
		const hit = await cache.match(path, { ignoreSearch: true });
		if (hit) return hit;
	}
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') {
			// The language folder's own 404 (/zh/404.html) when there is one, as the host does.
			const folder = /^[^/]+(?=\/)/.exec(url.pathname.slice(BASE.length))?.[0];
			const notFound =
				(folder && (await cache.match(`${BASE}${folder}/404.html`))) || (await cache.match(`${BASE}404.html`));
			if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
		}
		throw error;
	}
}
