/**
 * Draws search results with DOM methods only: every text (titles, the query, excerpts) is set
 * as text, never parsed as HTML. Pagefind's <mark> highlights are rebuilt as elements.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { el } from '../../utils/dom.ts';
import { pageUrl } from '../../utils/url.ts';
import type { CodeHit } from './code-query.ts';
import type { TextHit } from './engine.ts';
import type { SearchStrings } from './strings.ts';

/** What a query has found so far: null for a language that has not answered yet. */
export interface ResultState {
	query: string;
	codes: CodeHit[];
	own: TextHit[] | null;
	other: TextHit[] | null;
	error?: string;
}

/** Pagefind's excerpt ("… <mark>replay</mark> …") as nodes, with only <mark> kept. */
export function excerptNodes(excerpt: string): Node[] {
	return excerpt
		.split(/(<mark>.*?<\/mark>)/)
		.filter(Boolean)
		.map((part) => {
			const marked = /^<mark>(.*)<\/mark>$/.exec(part);
			const text = (marked ? marked[1] : part)
				.replace(/<[^>]*>/g, '')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'")
				.replace(/&amp;/g, '&');
			return marked ? el('mark', { text }) : document.createTextNode(text);
		});
}

function group(title: string, headingTag: 'h2' | 'p', items: HTMLElement[], lang?: string): HTMLElement {
	const list = el('ol', { className: 'search-list', children: items.map((item) => el('li', { children: [item] })) });
	return el('section', {
		className: 'search-group',
		attrs: { lang },
		children: [el(headingTag, { className: 'search-group__title', text: title }), list],
	});
}

function codeLink(hit: CodeHit, locale: Locale): HTMLElement {
	return el('a', {
		className: 'search-hit search-hit--code',
		attrs: { href: pageUrl(locale, `codes/${hit.code}/`), 'data-code': hit.code },
		children: [
			el('span', { className: 'code-chip', text: hit.code }),
			' ',
			el('span', { className: 'search-hit__title', text: hit.titles[locale] }),
		],
	});
}

function textLink(hit: TextHit, pageLocale: Locale): HTMLElement {
	const chip = hit.code ? [el('span', { className: 'code-chip', text: hit.code }), ' '] : [];
	const head = el('span', {
		className: 'search-hit__head',
		children: [...chip, el('span', { className: 'search-hit__title', text: hit.title })],
	});
	const excerpt = el('span', { className: 'search-hit__excerpt', children: excerptNodes(hit.excerpt) });
	const hreflang = hit.locale !== pageLocale ? locales[hit.locale].lang : undefined;
	return el('a', {
		className: 'search-hit',
		attrs: { href: hit.url, hreflang, 'data-code': hit.code || undefined },
		children: [head, excerpt],
	});
}

/** Replace `container`'s content with the results; returns the number of results shown. */
export function renderResults(
	container: HTMLElement,
	state: ResultState,
	strings: SearchStrings,
	locale: Locale,
	headingTag: 'h2' | 'p',
): number {
	const other = locales[locale === 'en' ? 'zh' : 'en'];
	const seen = new Set(state.codes.map((hit) => hit.code));
	const own = (state.own ?? []).filter((hit) => !hit.code || !seen.has(hit.code));
	own.forEach((hit) => hit.code && seen.add(hit.code));
	const crossLanguage = (state.other ?? []).filter((hit) => !hit.code || !seen.has(hit.code));
	const count = state.codes.length + own.length + crossLanguage.length;
	// One pass over the template: the query is a value, never scanned for placeholders or `$&`.
	const fill = (template: string) =>
		interpolate(template, { query: state.query, count: String(count), reason: state.error ?? '' });

	const groups: HTMLElement[] = [];
	if (state.codes.length)
		groups.push(
			group(
				strings['search.codes'],
				headingTag,
				state.codes.map((hit) => codeLink(hit, locale)),
			),
		);
	if (own.length)
		groups.push(
			group(
				strings['search.pages'],
				headingTag,
				own.map((hit) => textLink(hit, locale)),
			),
		);
	if (crossLanguage.length)
		groups.push(
			group(
				strings['search.other'],
				headingTag,
				crossLanguage.map((hit) => textLink(hit, locale)),
				other.lang,
			),
		);
	const done = state.own !== null && state.other !== null;
	const status = state.error
		? fill(strings['search.error'])
		: count > 0
			? fill(strings[count === 1 ? 'search.countOne' : 'search.count'])
			: done
				? fill(strings['search.none'])
				: strings['search.loading'];
	// data-done: both languages have answered (tests and tools wait for this, not for the first hit).
	const statusLine = el('p', {
		className: 'search-status',
		text: status,
		attrs: { role: 'status', 'data-query': state.query, 'data-done': String(done) },
	});
	// Results arrive in steps (codes, this language, the other one): keep the keyboard focus on
	// the result it was on, so that arrowing through the list is not interrupted by a redraw.
	const focused = document.activeElement;
	const focusedHref =
		focused instanceof HTMLAnchorElement && container.contains(focused) ? focused.getAttribute('href') : null;
	container.replaceChildren(statusLine, ...groups);
	if (focusedHref) container.querySelector<HTMLAnchorElement>(`a[href="${CSS.escape(focusedHref)}"]`)?.focus();
	return count;
}
