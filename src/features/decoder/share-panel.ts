/** The decoder's "share as a link": a warning first, and the link (#input=…) only once the visitor confirms. */
import { interpolate } from '../../i18n/interpolate.ts';
import { MAX_LINK_LENGTH, shareLink } from './share-link.ts';
import type { DecoderStrings } from './strings.ts';

/** Where keep.ts shows and announces a message; `stays` for an instruction, not a passing confirmation. */
export type Say = (text: string, stays?: boolean) => void;

/** Wire the share button and panel of KeepControls.astro; the returned `close` hides the panel (a link made is stale once the box changes). */
export function attachSharePanel(
	root: HTMLElement,
	input: HTMLTextAreaElement,
	strings: DecoderStrings,
	say: Say,
	copy: (text: string) => Promise<boolean>,
): { close: () => void } {
	const share = root.querySelector<HTMLButtonElement>('[data-keep-action="share"]');
	const panel = root.querySelector<HTMLElement>('[data-share]');
	const warning = root.querySelector<HTMLElement>('[data-share-warning]');
	const confirm = root.querySelector<HTMLElement>('[data-share-confirm]');
	const result = root.querySelector<HTMLElement>('[data-share-result]');
	const linkField = root.querySelector<HTMLInputElement>('[data-share-result] input');
	if (!share || !panel || !warning || !confirm || !result || !linkField) return { close: () => {} };

	const close = (focusShare = false) => {
		panel.hidden = true;
		share.setAttribute('aria-expanded', 'false');
		if (focusShare) share.focus();
	};
	share.addEventListener('click', () => {
		if (!panel.hidden) return close();
		panel.hidden = false;
		confirm.hidden = false;
		result.hidden = true;
		share.setAttribute('aria-expanded', 'true');
		// The warning is read first; the next Tab reaches "Create link".
		warning.focus();
	});
	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close(true);
	});
	for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-share-close]'))
		button.addEventListener('click', () => close(true));
	panel.querySelector('[data-share-create]')?.addEventListener('click', async () => {
		const made = shareLink(location.href, input.value);
		if ('tooLong' in made) {
			const values = { length: String(made.tooLong), max: String(MAX_LINK_LENGTH) };
			return say(interpolate(strings['decoder.share.tooLong'], values), true);
		}
		// In the address bar too, so that a reload or the language toggle keeps it.
		history.replaceState(history.state, '', made.link);
		linkField.value = made.link;
		confirm.hidden = true;
		result.hidden = false;
		const copied = await copy(made.link);
		linkField.focus();
		linkField.select();
		say(strings[copied ? 'decoder.share.copied' : 'decoder.share.copyManual'], !copied);
	});
	return { close: () => close() };
}
