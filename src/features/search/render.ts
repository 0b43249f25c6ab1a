/**
 * Draws search results with DOM methods only: every text (titles, the query, excerpts) is set
 * as text, never parsed as HTML. Pagefind's <mark> highlights are rebuilt as elements.
 */
import { locales, type Locale } from '../../i18n/locales.ts';
import { pageUrl } from '../../utils/url.ts';
import type { CodeHit } from './code-query.ts';
import type { TextHit } from './engine.ts';

export interface SearchStrings {
	codes: string;
	pages: string;
	other: string;
	none: string;
	count: string;
	loading: string;
	error: string;
}

export interface ResultState {
	query: string;
	codes: CodeHit[];
	own: TextHit[] | null;
	other: TextHit[] | null;
	error?: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Pagefind's excerpt ("… <mark>replay</mark> …") as nodes, with only <mark> kept. */
export function excerptNodes(excerpt: string): Node[] {
	return excerpt.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) => {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		const text = (marked ? marked[1] : part).replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
		return marked ? el('mark', undefined, text) : document.createTextNode(text);
	});
}

function group(title: string, headingTag: 'h2' | 'p', items: HTMLElement[], lang?: string): HTMLElement {
	const section = el('section', 'search-group');
	if (lang) section.lang = lang;
	section.append(el(headingTag, 'search-group__title', title));
	const list = el('ol', 'search-list');
	for (const item of items) {
		const li = el('li');
		li.append(item);
		list.append(li);
	}
	section.append(list);
	return section;
}

function codeLink(hit: CodeHit, locale: Locale): HTMLElement {
	const link = el('a', 'search-hit search-hit--code');
	link.href = pageUrl(locale, `codes/${hit.code}/`);
	link.dataset.code = hit.code;
	link.append(el('span', 'code-chip', hit.code), ' ', el('span', 'search-hit__title', hit.titles[locale]));
	return link;
}

function textLink(hit: TextHit, pageLocale: Locale): HTMLElement {
	const link = el('a', 'search-hit');
	link.href = hit.url;
	if (hit.locale !== pageLocale) link.hreflang = locales[hit.locale].lang;
	if (hit.code) link.dataset.code = hit.code;
	const head = el('span', 'search-hit__head');
	if (hit.code) head.append(el('span', 'code-chip', hit.code), ' ');
	head.append(el('span', 'search-hit__title', hit.title));
	const excerpt = el('span', 'search-hit__excerpt');
	excerpt.append(...excerptNodes(hit.excerpt));
	link.append(head, excerpt);
	return link;
}

/** Replace `container`'s content with the results; returns the number of results shown. */
export function renderResults(container: HTMLElement, state: ResultState, strings: SearchStrings, locale: Locale, headingTag: 'h2' | 'p'): number {
	const other = locales[locale === 'en' ? 'zh' : 'en'];
	const seen = new Set(state.codes.map((hit) => hit.code));
	const own = (state.own ?? []).filter((hit) => !hit.code || !seen.has(hit.code));
	own.forEach((hit) => hit.code && seen.add(hit.code));
	const crossLanguage = (state.other ?? []).filter((hit) => !hit.code || !seen.has(hit.code));
	const count = state.codes.length + own.length + crossLanguage.length;
	const fill = (template: string) => template.replace('{query}', state.query).replace('{count}', String(count)).replace('{reason}', state.error ?? '');

	const groups: HTMLElement[] = [];
	if (state.codes.length) groups.push(group(strings.codes, headingTag, state.codes.map((hit) => codeLink(hit, locale))));
	if (own.length) groups.push(group(strings.pages, headingTag, own.map((hit) => textLink(hit, locale))));
	if (crossLanguage.length) groups.push(group(strings.other, headingTag, crossLanguage.map((hit) => textLink(hit, locale)), other.lang));
	const done = state.own !== null && state.other !== null;
	const status = state.error ? fill(strings.error) : count > 0 ? fill(strings.count) : done ? fill(strings.none) : strings.loading;
	const statusLine = el('p', 'search-status', status);
	statusLine.setAttribute('role', 'status');
	statusLine.dataset.query = state.query;
	// Both languages have answered (tests and tools wait for this, not for the first hit).
	statusLine.dataset.done = String(done);
	// Results arrive in steps (codes, this language, the other one): keep the keyboard focus on
	// the result it was on, so that arrowing through the list is not interrupted by a redraw.
	const focused = document.activeElement;
	const focusedHref = focused instanceof HTMLAnchorElement && container.contains(focused) ? focused.getAttribute('href') : null;
	container.replaceChildren(statusLine, ...groups);
	if (focusedHref) container.querySelector<HTMLAnchorElement>(`a[href="${CSS.escape(focusedHref)}"]`)?.focus();
	return count;
}
