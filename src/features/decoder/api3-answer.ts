/**
 * The answer to a pasted API 3.0 error: Tencent's description of the code, then the API 2.0
 * codes we relate to it with our match strength, and what to do (ours, from the best match). A false friend (same name, different meaning)
 * is shown as a warning pointing at the API 2.0 code, never as a mapping.
 */
import type { Locale } from '../../i18n/locales.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { renderInline } from '../../utils/markdown.ts';
import { el } from '../../utils/dom.ts';
import { actionOf, codeLink } from './details.ts';
import type { DecoderStrings } from './strings.ts';

/** What the page knows of one API 3.0 code (Decoder.astro builds it from the site data). */
export interface Api3Answer {
	/** Tencent's description of the API 3.0 code, in the page's language (inline markdown). */
	official: string;
	/** The API 2.0 codes we relate to it. */
	codes: { code: string; match: 'exact' | 'close' | 'partial' | 'false-friend'; title: string }[];
}

/**
 * The elements that explain API 3.0 code `code` (`answer` is undefined for a code this reference
 * does not relate), and apart, what to do: shown after the response's own fields.
 */
export function api3Details(
	code: string,
	answer: Api3Answer | undefined,
	locale: Locale,
	strings: DecoderStrings,
): { parts: HTMLElement[]; action: HTMLElement[] } {
	const parts: HTMLElement[] = [
		el('p', { className: 'decoder__verdict', text: interpolate(strings['decoder.api3'], { code }) }),
	];
	if (!answer) return { parts: [...parts, el('p', { text: strings['decoder.api3None'] })], action: [] };
	const official = el('blockquote', { attrs: { 'data-field': 'api3-official' } });
	official.innerHTML = renderInline(answer.official); // our content (Tencent's wording), escaped by renderInline
	parts.push(el('p', { text: strings['decoder.api3Official'] }), official);
	const related = answer.codes.filter((item) => item.match !== 'false-friend');
	const falseFriends = answer.codes.filter((item) => item.match === 'false-friend');
	if (related.length) {
		const items = related.map((item) =>
			el('li', {
				attrs: { 'data-match': item.match },
				children: [codeLink(item.code, locale, item.title), ' — ', strings[`match.${item.match}`]],
			}),
		);
		parts.push(el('p', { text: strings['decoder.api3Map'] }), el('ul', { children: items }));
	} else parts.push(el('p', { text: strings['decoder.api3None'] }));
	// What to do: ours for the API 2.0 code that matches best, when one matches exactly or closely.
	const best = related.find((item) => item.match === 'exact') ?? related.find((item) => item.match === 'close');
	for (const item of falseFriends)
		parts.push(
			el('p', {
				className: 'decoder__warning',
				attrs: { 'data-match': 'false-friend' },
				children: [strings['match.false-friend'], strings['punct.colon'], codeLink(item.code, locale, item.title)],
			}),
		);
	return { parts, action: best ? actionOf(best.code, locale, strings) : [] };
}
