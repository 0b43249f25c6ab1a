/**
 * The decoder page: decodes what is pasted as you type (many.ts, decode.ts) and explains it in
 * the page's language: one response (render.ts), or several summed up per code (summary.ts).
 */
import { decodeAll } from './many.ts';
import { isLocale } from '../../i18n/locales.ts';
import { readStrings } from '../../i18n/feature-strings.ts';
import type { Api3Answer } from './answer-code.ts';
import { renderResult, type RenderContext } from './render.ts';
import { renderSummary } from './summary.ts';
import { attachKeep } from './keep.ts';
import type { DecoderStrings } from './strings.ts';

/** Wire the decoder block ([data-decoder]): decode on every input and on the example buttons. */
export function attachDecoder(root: HTMLElement): void {
	const textarea = root.querySelector<HTMLTextAreaElement>('textarea');
	const out = root.querySelector<HTMLElement>('.decoder__output');
	const lang = document.documentElement.dataset.locale;
	if (!textarea || !out || !isLocale(lang)) return;
	// Narrowed once, for the closures below.
	const [input, output]: [HTMLTextAreaElement, HTMLElement] = [textarea, out];
	const known = new Set((root.dataset.codes ?? '').split(',').filter(Boolean));
	const ctx: RenderContext = {
		locale: lang,
		strings: readStrings<DecoderStrings>(root),
		api3Map: JSON.parse(root.dataset.api3 ?? '{}') as Record<string, Api3Answer>,
		classes: JSON.parse(root.dataset.classes ?? '[]') as { digit: string; name: string }[],
	};
	let timer: ReturnType<typeof setTimeout> | undefined;

	const decode = () => {
		const { single, summary } = decodeAll(input.value, (code) => known.has(code));
		output.dataset.kind = summary ? 'many' : single.kind;
		output.replaceChildren(...(summary ? renderSummary(summary, ctx) : renderResult(single, ctx)));
	};
	input.addEventListener('input', () => {
		clearTimeout(timer);
		// Decode small inputs at once; let a huge paste settle first so typing never stutters.
		if (input.value.length < 20_000) decode();
		else timer = setTimeout(decode, 150);
	});
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
		button.hidden = false;
		button.addEventListener('click', () => {
			input.value = button.dataset.example ?? '';
			decode();
			input.focus();
		});
	}
	// Fills the box (a share link, this tab's last input) and decodes it; wires copy, clear and share.
	attachKeep(root, input, output, decode, lang);
}
