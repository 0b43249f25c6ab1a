/**
 * Browser code for a known code under a decoded response: its record comes from
 * /codes/{code}.json (one small file per code, which the service worker keeps offline), not from
 * the page, so the decoder page stays small however many codes there are; links to code pages
 * and the "ours" badge.
 */
import type { Locale } from '../../i18n/locales.ts';
import { el } from '../../utils/dom.ts';
import { memoize } from '../../utils/memo.ts';
import { pageUrl, withBase } from '../../utils/url.ts';
import type { CodeRecord } from './answer-code.ts';
import type { DecoderStrings } from './strings.ts';

/** A code's record, loaded once; null when there is none. */
export const loadRecord = memoize((code: string): Promise<CodeRecord | null> =>
	fetch(withBase(`codes/${code}.json`)).then((r) => (r.ok ? (r.json() as Promise<CodeRecord>) : null)),
);

/** A link to a code's page: its number as a chip, then its title if given. */
export function codeLink(code: string, locale: Locale, title?: string): HTMLAnchorElement {
	return el('a', {
		attrs: { href: pageUrl(locale, `codes/${code}/`) },
		children: [el('span', { className: 'code-chip', text: code }), ...(title ? [' ', title] : [])],
	});
}

/** The badge that marks what this project wrote (not Tencent Cloud). */
export function oursBadge(strings: DecoderStrings): HTMLElement {
	return el('span', {
		className: 'badge badge--ours',
		text: strings['badge.ours'],
		attrs: { title: strings['badge.oursTitle'] },
	});
}

/** A link's title once the code's record has loaded (for lists of codes whose titles the page lacks); `data-pending` until then. */
export function appendTitle(link: HTMLElement, code: string, locale: Locale): void {
	link.dataset.pending = '';
	void loadRecord(code)
		.then((record) => record && link.append(' ', record.text[locale].title))
		.catch(() => undefined)
		.finally(() => delete link.dataset.pending);
}
