/** Keep and share on the decoder page: the input kept for this tab, "copy result", "clear", and a share link made only on request. */
import type { Locale } from '../../i18n/locales.ts';
import { el } from '../../utils/dom.ts';
import { readStrings } from '../../i18n/feature-strings.ts';
import { readStored, store } from '../../utils/storage.ts';
import { resultText } from './result-text.ts';
import { sharedInput } from './share-link.ts';
import { attachSharePanel } from './share-panel.ts';
import type { DecoderStrings } from './strings.ts';

/** What was pasted survives a reload and a switch to the other language's decoder in this tab (in the URL only when shared). */
const INPUT_STORAGE_KEY = 'decoder-input';
/** How long a confirmation stays on screen. */
const CONFIRMATION_MS = 6000;

/** The text on the clipboard; false when the browser refuses (no permission, an insecure page, no Clipboard API). */
async function copyToClipboard(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/**
 * Fill the box (a share link, else text typed before this code loaded, else this tab's last
 * input), decode it, and wire the controls of KeepControls.astro (share-panel.ts the share part).
 */
export function attachKeep(
	root: HTMLElement,
	input: HTMLTextAreaElement,
	output: HTMLElement,
	decode: () => void,
	locale: Locale,
): void {
	const shared = sharedInput(location.hash);
	if (shared) input.value = shared;
	else if (!input.value) input.value = readStored('sessionStorage', INPUT_STORAGE_KEY) ?? '';
	const remember = () => store('sessionStorage', INPUT_STORAGE_KEY, input.value);
	remember();
	decode();

	const strings = readStrings<DecoderStrings>(root);
	const bar = root.querySelector<HTMLElement>('[data-keep]');
	const copy = root.querySelector<HTMLButtonElement>('[data-keep-action="copy"]');
	const clear = root.querySelector<HTMLButtonElement>('[data-keep-action="clear"]');
	const share = root.querySelector<HTMLButtonElement>('[data-keep-action="share"]');
	const status = root.querySelector<HTMLElement>('[data-keep-status]');
	const fallback = root.querySelector<HTMLElement>('[data-copy-fallback]');
	if (!bar || !copy || !clear || !share || !status || !fallback) return;
	bar.hidden = false;

	let timer: ReturnType<typeof setTimeout> | undefined;
	/** Show and announce a message; a passing confirmation fades, an instruction stays. */
	const say = (text: string, stays = false) => {
		clearTimeout(timer);
		status.textContent = text;
		if (!stays) timer = setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
	};
	const hideFallback = () => {
		fallback.hidden = true;
		fallback.replaceChildren();
	};
	const refresh = () => {
		clear.disabled = !input.value;
		copy.disabled = share.disabled = !input.value.trim();
	};
	const sharePanel = attachSharePanel(root, input, strings, say, copyToClipboard);
	/** The box changed: keep it, and drop whatever was made from the old text (a share link is stale now). */
	const changed = () => {
		remember();
		if (sharedInput(location.hash) !== null)
			history.replaceState(history.state, '', location.pathname + location.search);
		sharePanel.close();
		hideFallback();
		say('');
		refresh();
	};

	input.addEventListener('input', changed);
	// The example buttons fill the box without an input event; their own handler (ui.ts) has run by now.
	root.addEventListener('click', (event) => {
		if (event.target instanceof Element && event.target.closest('button[data-example]')) changed();
	});
	// A share link pasted into the address bar of this page changes only the fragment.
	window.addEventListener('hashchange', () => {
		const text = sharedInput(location.hash);
		if (text === null || text === input.value) return;
		input.value = text;
		remember();
		decode();
		refresh();
	});

	copy.addEventListener('click', async () => {
		const text = resultText(output, locale, strings['punct.colon'], strings['decoder.keep.links']);
		if (await copyToClipboard(text)) {
			hideFallback();
			return say(strings['decoder.keep.copied']);
		}
		// Refused: the text, selected in a read-only field, for Ctrl+C (made only now, so the page has one box to paste into).
		const field = el('textarea', {
			className: 'decoder__input',
			attrs: { id: 'decoder-copy-text', rows: '6', readonly: '' },
		});
		field.value = text;
		const label = el('label', {
			className: 'search__label',
			text: strings['decoder.keep.copyText'],
			attrs: { for: field.id },
		});
		fallback.replaceChildren(label, field);
		fallback.hidden = false;
		field.focus();
		field.select();
		say(strings['decoder.keep.copyManual'], true);
	});

	clear.addEventListener('click', () => {
		input.value = '';
		changed();
		decode();
		input.focus();
	});

	refresh();
}
