/**
 * Browser code of the "Make available offline" control, shown when the service worker does not
 * have every file of this build (a Save-Data connection, or a registry above the size a first
 * visit precaches). It says what the rest takes, checks the storage quota before anything
 * downloads (navigator.storage.estimate) and asks for persisted storage (kept unless the visitor
 * clears it), then has the worker download the rest and shows its progress.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import { readStrings } from '../../i18n/feature-strings.ts';
import type { OfflineStrings } from './strings.ts';

/** What the worker reports missing: files of this build not cached yet, and their bytes. */
export interface Missing {
	missing: number;
	missingBytes: number;
}

/** Bytes as a reader reads them: "850 KB", "3.9 MB". */
export function formatBytes(bytes: number, lang: string): string {
	const number = (value: number, digits: number) => value.toLocaleString(lang, { maximumFractionDigits: digits });
	return bytes >= 1024 * 1024
		? `${number(bytes / 1024 / 1024, 1)} MB`
		: `${number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}

/** Show the control for what is missing; `onDone` when the worker has every file. */
export function offerDownload(worker: ServiceWorker, status: Missing, onDone: () => void): void {
	const box = document.querySelector<HTMLElement>('[data-offline-download]');
	const offer = box?.querySelector<HTMLElement>('[data-offline-offer]');
	const start = box?.querySelector<HTMLButtonElement>('button[data-offline-start]');
	const progress = box?.querySelector<HTMLProgressElement>('progress[data-offline-progress]');
	const message = box?.querySelector<HTMLElement>('[data-offline-message]');
	if (!box || !offer || !start || !progress || !message || status.missing === 0) return;
	const strings = readStrings<OfflineStrings>(box);
	const lang = document.documentElement.lang;
	const size = formatBytes(status.missingBytes, lang);
	offer.textContent = interpolate(strings['offline.offer'], { size });
	box.hidden = false;

	start.onclick = async () => {
		message.textContent = '';
		const estimate = await navigator.storage?.estimate?.().catch(() => null);
		const free = estimate?.quota === undefined ? Infinity : estimate.quota - (estimate.usage ?? 0);
		if (free < status.missingBytes) {
			message.textContent = interpolate(strings['offline.short'], { size, free: formatBytes(Math.max(0, free), lang) });
			return;
		}
		await navigator.storage?.persist?.().catch(() => false);
		start.disabled = true;
		progress.hidden = false;
		let shown = -1;
		const channel = new MessageChannel();
		channel.port1.onmessage = ({ data }) => {
			if (data.type === 'progress') {
				progress.value = data.totalBytes ? data.bytes / data.totalBytes : data.done / data.total;
				// The message is a live region: it speaks every tenth, not every file.
				const percent = Math.floor(progress.value * 100);
				if (Math.floor(percent / 10) === shown && data.done !== data.total) return;
				shown = Math.floor(percent / 10);
				message.textContent = interpolate(strings['offline.progress'], { percent, done: data.done, total: data.total });
			} else if (data.type === 'done') {
				box.hidden = true;
				onDone();
			} else if (data.type === 'error') {
				start.disabled = false;
				progress.hidden = true;
				const reason = data.quota ? strings['offline.full'] : String(data.message);
				message.textContent = interpolate(strings['offline.failed'], { reason });
			}
		};
		worker.postMessage({ type: 'download-all' }, [channel.port2]);
	};
}
