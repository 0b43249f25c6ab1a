/**
 * Browser code for offline use: registers the service worker (src/sw/worker.js), says in the
 * footer that the site works offline once the worker has every file of this page's build, and
 * offers a reload when a new build is ready. Reloading hands over to the new worker at once;
 * otherwise it takes over when the old build's tabs are closed. Every open page of the old
 * build reloads when the new worker takes over, so no page runs on another build's files.
 */
import { normalizeBase } from '../../utils/url.ts';

interface Status {
	ready: boolean;
	foreign?: boolean;
}

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
	navigator.serviceWorker
		.register(`${base}sw.js`, { scope: base })
		.then((registration) => {
			watchForUpdates(registration);
			return navigator.serviceWorker.ready;
		})
		.then((registration) => waitUntilCached(registration))
		.then(() => {
			const status = document.querySelector<HTMLElement>('[data-offline-status]');
			if (status) status.hidden = false;
		})
		.catch(() => {
			// No offline support (private mode, an old browser, file://), or this page is of a newer
			// build than the worker: the site works online as before, and the footer claims nothing.
		});
}

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

/** Ask the worker until it reports every file cached (it answers on a MessageChannel). */
async function waitUntilCached(registration: ServiceWorkerRegistration, attempts = 30): Promise<void> {
	for (let i = 0; registration.active && i < attempts; i++) {
		const channel = new MessageChannel();
		const answer = new Promise<Status>((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
		registration.active.postMessage({ type: 'offline-status' }, [channel.port2]);
		const status = await answer;
		if (status.ready) return;
		// A page of a newer build than the worker's: look for that build's worker (it installs, then the prompt shows).
		if (status.foreign) {
			await registration.update();
			throw new Error('this page is of a newer build than the offline copy');
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error('the offline cache is incomplete');
}
