/**
 * A known code's details under a decoded response: its record comes from /codes/{code}.json
 * (one small file per code, which the service worker keeps offline), not from the page, so the
 * decoder page stays small however many codes there are.
 */
import type { Locale } from '../../i18n/locales.ts';
import { el } from '../../utils/dom.ts';
import { renderInline, renderProse } from '../../utils/markdown.ts';
import { memoize } from '../../utils/memo.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { pageUrl, withBase } from '../../utils/url.ts';
import type { DecoderStrings } from './strings.ts';

/** The part of /codes/{code}.json the decoder shows. */
export interface CodeRecord {
	code: number;
	text: Record<Locale, { title: string; summary: string; action: string; retry: string }>;
}

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
function oursBadge(strings: DecoderStrings): HTMLElement {
	return el('span', {
		className: 'badge badge--ours',
		text: strings['badge.ours'],
		attrs: { title: strings['badge.oursTitle'] },
	});
}

/** Title, summary, what to do and retrying: the elements that explain a known code. */
export function codeDetails(record: CodeRecord, code: string, locale: Locale, strings: DecoderStrings): HTMLElement[] {
	const text = record.text[locale];
	const heading = el('h2', { className: 'decoder__title', children: [codeLink(code, locale, text.title)] });
	const summary = el('p', { className: 'lead' });
	summary.innerHTML = renderInline(text.summary); // our content, escaped by renderInline
	const action = el('div', { className: 'prose' });
	action.innerHTML = renderProse(text.action);
	const retry = el('div', { className: 'prose' });
	retry.innerHTML = renderProse(text.retry);
	const whatToDo = el('h3', { text: `${strings['decoder.whatToDo']} `, children: [oursBadge(strings)] });
	const retrying = el('h3', { text: `${strings['code.retry']} `, children: [oursBadge(strings)] });
	return [heading, summary, whatToDo, action, retrying, retry];
}

/** Our "what to do" for a code, under its heading; filled in when the code's record has loaded. */
export function actionOf(code: string, locale: Locale, strings: DecoderStrings): HTMLElement[] {
	const heading = el('h3', { text: `${strings['decoder.whatToDo']} `, children: [oursBadge(strings)] });
	const from = el('p', { className: 'muted', text: interpolate(strings['decoder.api3Action'], { code }) });
	const action = el('div', { className: 'prose' });
	void loadRecord(code)
		.then((record) => {
			if (record) action.innerHTML = renderProse(record.text[locale].action); // our content, escaped by renderProse
		})
		.catch(() => undefined);
	return [heading, from, action];
}

/** A link's title once the code's record has loaded (for lists of codes whose titles the page lacks). */
export function appendTitle(link: HTMLElement, code: string, locale: Locale): void {
	void loadRecord(code)
		.then((record) => record && link.append(' ', record.text[locale].title))
		.catch(() => undefined);
}
