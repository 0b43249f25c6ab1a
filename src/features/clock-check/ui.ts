/**
 * The clock check in the browser: reads the pasted Timestamp as it is typed, says which value it
 * read and, every second, how far it is from this device's clock and whether that is inside each window.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import { el } from '../../utils/dom.ts';
import { readStrings } from '../../i18n/feature-strings.ts';
import type { ClockStrings } from './strings.ts';
import { formatDuration } from '../../i18n/format.ts';
import { isLocale } from '../../i18n/locales.ts';
import { readTimestamp, WINDOWS } from './timestamp.ts';

/** Wire every [data-clock-check] block on the page. */
export function attachClockChecks(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-clock-check]')) {
		const input = root.querySelector<HTMLInputElement>('input');
		const now = root.querySelector<HTMLElement>('[data-clock-now]');
		const result = root.querySelector<HTMLElement>('[data-clock-result]');
		const strings = readStrings<ClockStrings>(root);
		const locale = isLocale(root.dataset.locale) ? root.dataset.locale : 'en';
		if (!input || !now || !result) continue;
		const update = () => {
			const nowSeconds = Math.floor(Date.now() / 1000);
			now.textContent = String(nowSeconds);
			if (!input.value.trim()) return result.replaceChildren();
			const reading = readTimestamp(input.value, nowSeconds);
			if (!reading) {
				result.replaceChildren(el('p', { text: strings['clock.invalid'] }));
				return;
			}
			const read = reading.from === 'parameter' ? 'clock.readParameter' : 'clock.readNumber';
			const lines = [
				el('p', {
					text: interpolate(strings[read], { value: reading.value }),
					attrs: { 'data-clock-read': reading.from },
				}),
				el('p', {
					text: interpolate(strings[`clock.${reading.direction}`], {
						duration: formatDuration(reading.offset, locale),
					}),
					attrs: { 'data-clock-offset': String(reading.offset) },
				}),
			];
			if (reading.milliseconds) lines.push(el('p', { text: strings['clock.milliseconds'] }));
			WINDOWS.forEach((window, i) => {
				const verdict = interpolate(reading.within[i] ? strings['clock.inside'] : strings['clock.outside'], {
					window: strings[`clock.window${window}`],
				});
				lines.push(
					el('p', {
						text: verdict,
						attrs: { 'data-window': String(window), 'data-within': String(reading.within[i]) },
					}),
				);
			});
			result.replaceChildren(...lines);
		};
		input.addEventListener('input', update);
		update();
		setInterval(update, 1000);
		root.hidden = false;
	}
}
