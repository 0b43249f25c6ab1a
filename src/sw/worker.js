/*
 * The service worker (plain JS: it runs as-is in the browser). The build's service-worker
 * integration prepends VERSION, BASE, COMPLETE, LIST and FILES: the files a first visit
 * precaches as [path, revision, bytes] (every file of a small build, else the core the build's
 * precache policy chose), the revision a hash of the content ('' for /_astro/ files, whose
 * names are their hashes). When FILES is not every file (COMPLETE false), LIST names the file
 * that lists them all.
 *
 * - One cache holds every file under a key made of its path and revision. Install downloads
 *   only the files whose key is not cached yet: a new build re-downloads what changed and
 *   takes the rest from what an earlier build left. Activate deletes the keys the build does not list.
 * - The page registers sw.js?precache=none on a Save-Data connection: install then downloads
 *   nothing. Either way, files of this build are cached as they are requested (the pages a
 *   visitor opens), and the rest when the visitor asks for an offline copy ("download-all");
 *   once asked, every later build's worker downloads what changed of the whole site.
 * - No mix of builds: every file from the network is checked against this build's revision
 *   (a SHA-256 digest of its body) before it is cached or used as this build's. A page is answered
 *   from this build's keys only. A page that is not this build's (it came from the network, so it
 *   is newer) is marked, and every request of that page goes to the network, never to this cache.
 * - Updates: a new worker waits until the page asks it to take over ("skip-waiting", after the
 *   visitor chose to reload) or until no page of the old build is open.
 */
/* global VERSION, BASE, COMPLETE, LIST, FILES */
const PRECACHE = 'api2-errors-precache';
/** Pages of another (newer) build that this worker sent to the network, by client id. */
const FOREIGN = 'api2-errors-foreign';
/** Downloads at a time. */
const PARALLEL = 6;
/** Save-Data: the page asked for no precache (sw.js?precache=none). */
const NO_PRECACHE = new URL(self.location.href).searchParams.get('precache') === 'none';

const keyOf = (path, rev) => `${BASE}${path}${rev ? `?__rev=${rev}` : ''}`;
/** Request path → { key, rev, bytes }, for a list of files of this build. */
const byPath = (files) =>
	new Map(files.map(([path, rev, bytes]) => [BASE + path, { key: keyOf(path, rev), rev, bytes }]));
const PLANNED = byPath(FILES);
const LIST_KEY = LIST && keyOf(LIST, VERSION);
/** Cached once the visitor has asked for the whole site offline: every later build's worker then downloads all of it. */
const WANTED_KEY = `${BASE}__offline-wanted`;

/** Every file of this build: FILES when they are all, else LIST, loaded once (from the cache, else the network). */
let everyFile = null;
function allFiles() {
	if (COMPLETE) return Promise.resolve(PLANNED);
	everyFile ??= (async () => {
		const cache = await caches.open(PRECACHE);
		const cached = await cache.match(LIST_KEY);
		const response = cached ?? (await fetch(BASE + LIST, { cache: 'no-cache' }));
		if (!response.ok) throw new Error(`${BASE + LIST}: HTTP ${response.status}`);
		const copy = response.clone();
		const list = await response.json();
		// The server already has a newer build: its list is not this worker's (that build's worker will come).
		if (list.version !== VERSION) throw new Error(`${BASE + LIST} is of another build`);
		if (!cached) await cache.put(LIST_KEY, copy);
		return byPath(list.files);
	})();
	everyFile.catch(() => (everyFile = null));
	return everyFile;
}

/** A file of this build by request path, or undefined (not this build's, or its list cannot load). */
async function fileOf(path) {
	return PLANNED.get(path) ?? (COMPLETE ? undefined : (await allFiles().catch(() => null))?.get(path));
}

const hex = (buffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** Whether a response from the network is this build's file (its digest is the revision the build recorded). */
async function isRevision(response, file) {
	if (response.status !== 200) return false;
	if (!file.rev) return true; // an /_astro/ file: its name is its hash
	const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
	return hex(digest).slice(0, 12) === file.rev;
}

/** The cache keys present, as path + query. */
async function cachedKeys(cache) {
	return new Set((await cache.keys()).map((request) => new URL(request.url).pathname + new URL(request.url).search));
}

/** Download the files not cached yet, PARALLEL at a time; `onFile` after each. Throws on a file of another build. */
async function download(entries, onFile = () => {}) {
	const cache = await caches.open(PRECACHE);
	const have = await cachedKeys(cache);
	const queue = entries.filter(([, file]) => !have.has(file.key));
	const total = queue.length;
	const worker = async () => {
		for (let entry = queue.shift(); entry; entry = queue.shift()) {
			const [path, file] = entry;
			const response = await fetch(path, { cache: 'no-cache' });
			if (!(await isRevision(response, file)))
				throw new Error(`${path}: ${response.ok ? 'of another build' : `HTTP ${response.status}`}`);
			await cache.put(file.key, response);
			onFile(file, total);
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, worker));
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const wanted = await (await caches.open(PRECACHE)).match(WANTED_KEY);
			if (wanted) await download([...(await allFiles())]);
			else if (!NO_PRECACHE) await download([...PLANNED]);
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Every key of this build when its list loads; else only the precached files' keys are
			// known, and keys of other files stay until a later activation can tell.
			const known = await allFiles().catch(() => null);
			const keep = new Set([...(known ?? PLANNED).values()].map((file) => file.key).concat(LIST_KEY ?? [], WANTED_KEY));
			const cache = await caches.open(PRECACHE);
			for (const request of await cache.keys()) {
				const url = new URL(request.url);
				const key = url.pathname + url.search;
				const stale = known ? !keep.has(key) : PLANNED.has(url.pathname) && !keep.has(key);
				if (stale || (url.pathname === BASE + LIST && key !== LIST_KEY)) await cache.delete(request);
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
	const port = event.ports[0];
	if (type === 'skip-waiting') self.skipWaiting();
	// A page asks what is cached before it tells the visitor whether the site works offline.
	if (type === 'offline-status' && port) event.waitUntil(status(event, port));
	// The visitor asked for the whole site offline.
	if (type === 'download-all' && port) event.waitUntil(downloadAll(port));
	// A page loaded before this worker controlled it: keep it and its files, as if visited through it.
	if (type === 'keep' && Array.isArray(event.data.urls)) event.waitUntil(keep(event.data.urls));
});

async function status(event, port) {
	const other = Boolean(event.source?.id) && (await foreign).has(event.source.id);
	const files = await allFiles().catch(() => null);
	const have = await cachedKeys(await caches.open(PRECACHE));
	let missing = 0;
	let missingBytes = 0;
	for (const file of files?.values() ?? [])
		if (!have.has(file.key)) {
			missing++;
			missingBytes += file.bytes;
		}
	port.postMessage({
		ready: !other && files !== null && missing === 0,
		missing,
		missingBytes,
		total: files?.size ?? 0,
		foreign: other,
	});
}

async function downloadAll(port) {
	try {
		const files = [...(await allFiles())];
		const cache = await caches.open(PRECACHE);
		await cache.put(WANTED_KEY, new Response(''));
		const have = await cachedKeys(cache);
		const totalBytes = files.reduce((sum, [, file]) => sum + (have.has(file.key) ? 0 : file.bytes), 0);
		let done = 0;
		let bytes = 0;
		await download(files, (file, total) => {
			done++;
			bytes += file.bytes;
			port.postMessage({ type: 'progress', done, total, bytes, totalBytes });
		});
		port.postMessage({ type: 'done' });
	} catch (error) {
		port.postMessage({
			type: 'error',
			quota: error?.name === 'QuotaExceededError',
			message: String(error?.message ?? error),
		});
	}
}

async function keep(urls) {
	const cache = await caches.open(PRECACHE);
	for (const href of urls) {
		const url = new URL(href, self.location.href);
		if (url.origin !== self.location.origin) continue;
		const path = [url.pathname, url.pathname.replace(/index\.html$/, '')].find((p) => PLANNED.has(p)) ?? url.pathname;
		const file = await fileOf(path);
		if (!file || (await cache.match(file.key))) continue;
		const response = await fetch(path, { cache: 'no-cache' }).catch(() => null);
		if (response && (await isRevision(response, file))) await cache.put(file.key, response);
	}
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
	event.respondWith(respond(event, request, url));
});

/** This build's cache first, then the network (kept when it is this build's file), then this build's 404 page. */
async function respond(event, request, url) {
	if (event.clientId && (await foreign).has(event.clientId)) return fetch(request);
	const cache = await caches.open(PRECACHE);
	// The query never selects a different file here (?q= on the search page, Pagefind's ?ts=).
	const candidates = [
		url.pathname,
		url.pathname.replace(/index\.html$/, ''),
		url.pathname.endsWith('/') ? null : `${url.pathname}/`,
	].filter(Boolean);
	let file;
	for (const path of candidates) {
		file = await fileOf(path);
		const hit = file && (await cache.match(file.key));
		if (hit) return hit;
		if (file) break;
	}
	try {
		const response = await fetch(request);
		const ours = file && (await isRevision(response, file));
		if (ours) event.waitUntil(cache.put(file.key, response.clone()));
		// A page this build does not have (or has in another revision), yet the server does: it is of a newer build.
		else if (request.mode === 'navigate' && response.ok && event.resultingClientId)
			await markForeign(event.resultingClientId);
		return response;
	} catch (error) {
		if (request.mode === 'navigate') {
			// The language folder's own 404 (/zh/404.html) when there is one, as the host does.
			const folder = /^[^/]+(?=\/)/.exec(url.pathname.slice(BASE.length))?.[0];
			const pages = [folder && `${BASE}${folder}/404.html`, `${BASE}404.html`];
			for (const page of pages) {
				const notFound = page && PLANNED.get(page) && (await cache.match(PLANNED.get(page).key));
				if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
			}
		}
		throw error;
	}
}
