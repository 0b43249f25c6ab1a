/**
 * The clock check on the 4200 and 4500 pages: paste a request's Timestamp, see how far it is
 * from this device's clock and whether that is inside each documented window. Text only.
 */
import { interpolate } from '../../i18n/interpolate.ts';

/** The documented windows, in seconds: 5 minutes and 2 hours (which sources state which: content/registry.yaml, 4500). */
export const WINDOWS = [300, 7200] as const;

export interface ClockReading {
	/** Seconds since the epoch, as parsed (milliseconds are converted). */
	timestamp: number;
	/** timestamp - now, in seconds: negative when the timestamp is in the past. */
	offset: number;
	/** True when the input had 13 digits and was read as milliseconds. */
	milliseconds: boolean;
	/** For each window: is |offset| within it? */
	within: boolean[];
}

/** Read a pasted Timestamp ("1402992826", "Timestamp=1402992826", ms) against `nowSeconds`. */
export function readTimestamp(input: string, nowSeconds: number): ClockReading | null {
	const match = /(?:^|[^0-9])([0-9]{9,13})(?![0-9])/.exec(input.trim());
	if (!match) return null;
	const digits = match[1];
	const milliseconds = digits.length === 13;
	if (!milliseconds && digits.length > 10) return null;
	const timestamp = milliseconds ? Math.floor(Number(digits) / 1000) : Number(digits);
	const offset = timestamp - nowSeconds;
	return { timestamp, offset, milliseconds, within: WINDOWS.map((window) => Math.abs(offset) <= window) };
}

/** "2 h 3 min 4 s" style duration (locale-neutral units). */
export function formatDuration(seconds: number): string {
	const s = Math.abs(Math.round(seconds));
	const parts = [[Math.floor(s / 86400), 'd'], [Math.floor((s % 86400) / 3600), 'h'], [Math.floor((s % 3600) / 60), 'min'], [s % 60, 's']] as const;
	const shown = parts.filter(([value]) => value > 0).map(([value, unit]) => `${value} ${unit}`);
	return shown.length ? shown.join(' ') : '0 s';
}

/** Wire every [data-clock-check] block on the page. */
export function attachClockChecks(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-clock-check]')) {
		const input = root.querySelector<HTMLInputElement>('input');
		const now = root.querySelector<HTMLElement>('[data-clock-now]');
		const result = root.querySelector<HTMLElement>('[data-clock-result]');
		const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
		if (!input || !now || !result) continue;
		const update = () => {
			const nowSeconds = Math.floor(Date.now() / 1000);
			now.textContent = String(nowSeconds);
			if (!input.value.trim()) return result.replaceChildren();
			const reading = readTimestamp(input.value, nowSeconds);
			if (!reading) {
				result.replaceChildren(line(strings.invalid));
				return;
			}
			const direction = reading.offset > 0 ? strings.ahead : reading.offset < 0 ? strings.behind : strings.equal;
			const lines = [line(interpolate(direction, { duration: formatDuration(reading.offset) }))];
			if (reading.milliseconds) lines.push(line(strings.milliseconds));
			WINDOWS.forEach((window, i) => {
				const verdict = interpolate(reading.within[i] ? strings.inside : strings.outside, { window: strings[`window${window}`] });
				const p = line(verdict);
				p.dataset.window = String(window);
				p.dataset.within = String(reading.within[i]);
				lines.push(p);
			});
			result.replaceChildren(...lines);
		};
		input.addEventListener('input', update);
		update();
		setInterval(update, 1000);
		root.hidden = false;
	}
}

function line(text = ''): HTMLParagraphElement {
	const p = document.createElement('p');
	p.textContent = text;
	return p;
}
