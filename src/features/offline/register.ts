/**
 * Browser code for offline use: registers the service worker (src/sw/worker.js), says in the
 * footer that the site works offline once the worker has every file of this page's build (else
 * offers to download the rest: download.ts), and offers a reload when a new build is ready.
 * On a Save-Data connection (at the first visit) it registers sw.js?precache=none: nothing is
 * downloaded ahead of the visitor. Reloading hands over to the new worker at once;
 * otherwise it takes over when the old build's tabs are closed. Every open page of the old
 * build reloads when the new worker takes over, so no page runs on another build's files.
 */
import { normalizeBase } from '../../utils/url.ts';
import { offerDownload, type Missing } from './download.ts';

interface Status extends Missing {
	ready: boolean;
	foreign?: boolean;
}

/** Whether the visitor's browser asks sites to save data (Chromium's navigator.connection). */
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

export function registerOffline(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const base = normalizeBase(import.meta.env.BASE_URL);
	let controlled = Boolean(navigator.serviceWorker.controller);
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// The first install takes control of an uncontrolled page (nothing to reload); any later
		// change of controller is a new build taking over.
		if (!controlled) return void (controlled = true);
		if (reloading) return;
		reloading = true;
		location.reload();
	});
	const showReady = () => {
		const status = document.querySelector<HTMLElement>('[data-offline-status]');
		if (status) status.hidden = false;
	};
	const loadedUncontrolled = !controlled;
	navigator.serviceWorker
		.getRegistration(base)
		.then((existing) =>
			// The precache mode is chosen on the first visit and kept: a new script URL would install
			// a worker of the same build and show the update prompt for nothing.
			navigator.serviceWorker.register(
				existing?.active?.scriptURL ?? `${base}sw.js${saveData() ? '?precache=none' : ''}`,
				{ scope: base },
			),
		)
		.then((registration) => {
			watchForUpdates(registration);
			return navigator.serviceWorker.ready;
		})
		.then(async (registration) => {
			const worker = registration.active;
			if (!worker) return;
			// This page loaded before the worker controlled it: have it keep the page and its files.
			if (loadedUncontrolled) worker.postMessage({ type: 'keep', urls: pageFiles() });
			const status = await offlineStatus(registration, worker);
			if (status.ready) showReady();
			else offerDownload(worker, status, showReady);
		})
		.catch(() => {
			// No offline support (private mode, an old browser, file://), or this page is of a newer
			// build than the worker: the site works online as before, and the footer claims nothing.
		});
}

/** This page and the files it loaded, as URLs. */
const pageFiles = () => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];

/** Shows the update prompt when a new worker has installed while this page has a controller. */
function watchForUpdates(registration: ServiceWorkerRegistration): void {
	const offer = (worker: ServiceWorker | null) => {
		if (!worker || !navigator.serviceWorker.controller) return;
		const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
		const button = prompt?.querySelector<HTMLButtonElement>('button[data-update-reload]');
		if (!prompt || !button) return;
		prompt.hidden = false;
		button.onclick = () => worker.postMessage({ type: 'skip-waiting' });
	};
	offer(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
	});
}

/** What the worker has of this build (it answers on a MessageChannel). Throws for a page of a newer build. */
async function offlineStatus(registration: ServiceWorkerRegistration, worker: ServiceWorker): Promise<Status> {
	const channel = new MessageChannel();
	const answer = new Promise<Status>((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
	worker.postMessage({ type: 'offline-status' }, [channel.port2]);
	const status = await answer;
	// A page of a newer build than the worker's: look for that build's worker (it installs, then the prompt shows).
	if (status.foreign) {
		await registration.update();
		throw new Error('this page is of a newer build than the offline copy');
	}
	return status;
}
