/**
 * Wires a search form (the header box on every page, or the search page's form): results as
 * you type, Enter on a known code goes straight to it, Esc clears, arrow keys move through the
 * results. Loaded on first use, so pages that are only read never download it.
 */
import { isLocale, otherLocale, type Locale } from '../../i18n/locales.ts';
import { readStrings } from '../../i18n/feature-strings.ts';
import { pageUrl } from '../../utils/url.ts';
import { codeDigits } from './code-query.ts';
import { loadBundle, searchCodes, searchQuick, searchText } from './engine.ts';
import { renderResults, type ResultState } from './render.ts';
import type { SearchStrings } from './strings.ts';

/** Resolves after the next paint, once the browser is idle (or after a second at most). */
const afterPaint = () =>
	new Promise<void>((resolve) =>
		requestAnimationFrame(() =>
			'requestIdleCallback' in window
				? requestIdleCallback(() => resolve(), { timeout: 1000 })
				: setTimeout(resolve, 50),
		),
	);

const PANEL_LIMIT = 8;
const PAGE_LIMIT = 30;

/** Wire one search form ([data-search]): its results go to the element named by data-search-output. */
export function attachSearch(form: HTMLFormElement): void {
	const field = form.querySelector<HTMLInputElement>('input[name="q"]');
	const out = document.getElementById(form.dataset.searchOutput ?? '');
	const lang = document.documentElement.dataset.locale;
	if (!field || !out || !isLocale(lang)) return;
	// Narrowed once, for the closures below.
	const [input, output, locale]: [HTMLInputElement, HTMLElement, Locale] = [field, out, lang];
	const strings = readStrings<SearchStrings>(form);
	const onPage = form.dataset.searchMode === 'page';
	const limit = onPage ? PAGE_LIMIT : PANEL_LIMIT;
	let sequence = 0;
	let exactCode: string | null = null;
	// Whether Pagefind has started loading (it is large: the search page starts it after its first paint).
	let pagefindStarted = false;
	// The search page's list of every code (for visitors without JavaScript), hidden during a query.
	const browse = onPage ? document.querySelector<HTMLElement>('[data-search-browse]') : null;

	const close = () => {
		if (!onPage) output.hidden = true;
	};

	async function run(query: string): Promise<void> {
		const id = ++sequence;
		exactCode = null;
		if (!query.trim()) {
			if (browse) browse.hidden = false;
			output.replaceChildren();
			close();
			return;
		}
		output.hidden = false;
		const state: ResultState = { query, codes: [], own: null, other: null };
		const draw = () => {
			if (id !== sequence) return;
			// The list of every code gives way in the same frame as the first results come: nothing
			// on the page moves in between.
			if (browse) browse.hidden = true;
			renderResults(output, state, strings, locale, onPage ? 'h2' : 'p');
		};
		try {
			const codes = await searchCodes(query);
			state.codes = codes.hits;
			if (id === sequence) exactCode = codes.exact?.code ?? null;
			// Words: code titles, other names and summaries (exact titles first, typos forgiven), before Pagefind.
			if (!codes.hits.length) state.codes = await searchQuick(query, locale, onPage ? 10 : 5).catch(() => []);
			draw();
			// Typed on already: Pagefind answers the newest query only, not every keystroke.
			if (id !== sequence) return;
			// Pagefind, when it has not started loading, loads once these results are painted and the
			// page is idle: loading and compiling it would otherwise hold back the first results.
			if (!pagefindStarted) await afterPaint();
			if (id !== sequence) return;
			pagefindStarted = true;
			state.own = await searchText(locale, query, limit);
			draw();
			// The other language second, so that it never delays or displaces the page's own results;
			// after a pause, so that loading its bundle does not block the page while it draws.
			await new Promise((resolve) => setTimeout(resolve, onPage ? 300 : 0));
			if (id !== sequence) return;
			state.other = await searchText(otherLocale(locale), query, onPage ? limit : 4);
			draw();
		} catch (error) {
			state.own ??= [];
			state.other ??= [];
			state.error = error instanceof Error ? error.message : String(error);
			draw();
		}
	}

	input.addEventListener('input', () => {
		if (onPage) history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
		void run(input.value);
	});
	const warmUp = () => {
		pagefindStarted = true;
		void loadBundle(locale).catch(() => {});
	};
	input.addEventListener('focus', () => {
		warmUp();
		if (input.value.trim() && !onPage) output.hidden = false;
	});
	// This module loads on the first focus: that focus has passed already, so warm up now, unless a
	// query is there already (put in with the focus, or typed while this loaded): then Pagefind loads
	// once the instant results are drawn (run), as on the search page, whose query comes with it (?q=).
	const initial = onPage ? new URLSearchParams(location.search).get('q') : null;
	if ((document.activeElement === input || onPage) && !(initial ?? input.value).trim()) warmUp();

	// Enter on a known code opens it; other queries go to (or refresh) the search page.
	form.addEventListener('submit', (event) => {
		const query = input.value;
		if (!onPage && !exactCode && !codeDigits(query)) return; // a plain submit to the search page
		event.preventDefault();
		void (async () => {
			const exact = exactCode ?? (await searchCodes(query).catch(() => null))?.exact?.code;
			if (exact) location.href = pageUrl(locale, `codes/${exact}/`);
			else if (onPage) {
				history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
				void run(query);
			} else location.href = `${form.action}?q=${encodeURIComponent(query)}`;
		})();
	});

	form.addEventListener('keydown', (event) => {
		const links = [...output.querySelectorAll<HTMLAnchorElement>('a')];
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'Escape') {
			input.value = '';
			void run('');
			input.focus();
		} else if (event.key === 'ArrowDown' && links.length) {
			event.preventDefault();
			links[Math.min(index + 1, links.length - 1)].focus();
		} else if (event.key === 'ArrowUp' && index >= 0) {
			event.preventDefault();
			(index === 0 ? input : links[index - 1]).focus();
		}
	});
	// Close when focus leaves the form. Checked a tick later: a redraw of the results briefly
	// removes the focused link (render.ts puts the focus back), which is not leaving.
	form.addEventListener('focusout', () => {
		setTimeout(() => {
			if (!form.contains(document.activeElement)) close();
		}, 0);
	});

	// The search page shows the results of ?q= on load; the header box catches up with what
	// was typed while this module loaded.
	if (initial) input.value = initial;
	if (input.value.trim()) void run(input.value);
}
