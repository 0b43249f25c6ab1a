/**
 * The 404 page's script: works out the page a mistyped address meant (recover.ts) and sends the
 * visitor there, in the address's language or else the visitor's; for an unknown code it lists
 * the nearest known ones. The address is visitor-controlled: it is only ever set as text.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import { isLocale, otherLocale, type Locale } from '../../i18n/locales.ts';
import { LOCALE_STORAGE_KEY, preferredLocale } from '../../i18n/preferred-locale.ts';
import { readStrings } from '../../i18n/feature-strings.ts';
import { el } from '../../utils/dom.ts';
import { decodeLeniently, normalizeBase, pageUrl, withBase } from '../../utils/url.ts';
import { readStored } from '../../utils/storage.ts';
import { recover, type Recovery } from './recover.ts';
import type { NotFoundStrings } from './strings.ts';

/** The address as the visitor typed it (percent-escapes decoded where they are valid). */
function shownPath(): string {
	return decodeLeniently(location.pathname, decodeURI);
}

/** A code's title in a language, from /codes/{code}.json (precached offline); '' when unavailable. */
async function codeTitle(code: string, locale: Locale): Promise<string> {
	const response = await fetch(withBase(`codes/${code}.json`)).catch(() => null);
	const record = response?.ok ? await response.json().catch(() => null) : null;
	return record?.text?.[locale]?.title ?? '';
}

function codeLink(code: string, locale: Locale, className?: string): HTMLAnchorElement {
	const link = el('a', {
		className,
		attrs: { href: pageUrl(locale, `codes/${code}/`) },
		children: [el('span', { className: 'code-chip', text: code })],
	});
	void codeTitle(code, locale).then((title) => title && link.append(' ', title));
	return link;
}

/** Fill one language section with what the address meant. */
function describe(section: HTMLElement, recovery: Recovery, locale: Locale): void {
	const strings = readStrings<NotFoundStrings>(section);
	const labels = JSON.parse(section.dataset.routeLabels ?? '{}') as Record<string, string>;
	const path = section.querySelector<HTMLElement>('[data-path]');
	if (path) {
		path.replaceChildren(strings['notFound.path'], ' ', el('code', { text: shownPath() }));
		path.hidden = false;
	}
	const box = section.querySelector<HTMLElement>('[data-recovery]');
	if (!box || recovery.kind === 'none') return;
	if (recovery.kind === 'page') {
		const code = /^codes\/(\d+)\/$/.exec(recovery.route)?.[1];
		const link = code
			? codeLink(code, locale, 'button button--primary')
			: el('a', {
					className: 'button button--primary',
					attrs: { href: pageUrl(locale, recovery.route) + location.search + location.hash },
					text: labels[recovery.route] ?? recovery.route,
				});
		box.replaceChildren(el('p', { text: strings['notFound.meant'] }), el('p', { children: [link] }));
	} else {
		const nearest = recovery.nearest.map((c) => el('li', { children: [codeLink(c, locale)] }));
		box.replaceChildren(
			el('p', {
				className: 'unknown-code',
				text: interpolate(strings['notFound.unknownCode'], { code: recovery.code }),
			}),
			el('p', { text: strings['notFound.nearest'] }),
			el('ul', { className: 'not-found__nearest', children: nearest }),
		);
	}
	box.hidden = false;
}

/** Wire the 404 page ([data-not-found-page]). */
export function attachNotFound(root: HTMLElement): void {
	const base = normalizeBase(import.meta.env.BASE_URL);
	const codes = (root.dataset.codes ?? '').split(',').filter(Boolean);
	const routes = JSON.parse(root.dataset.routes ?? '[]') as string[];
	const recovery = recover(location.pathname, base, { codes, routes });
	const pageLocale = isLocale(root.dataset.pageLocale) ? root.dataset.pageLocale : null;
	const locale =
		recovery.locale ??
		pageLocale ??
		preferredLocale(readStored('localStorage', LOCALE_STORAGE_KEY), navigator.languages ?? []);
	for (const section of root.querySelectorAll<HTMLElement>('[data-not-found]')) {
		if (isLocale(section.dataset.notFound)) describe(section, recovery, section.dataset.notFound);
	}
	// The toggle leads to the same recovery in the other language.
	const toggle = document.querySelector<HTMLAnchorElement>('a.lang-toggle');
	if (toggle && pageLocale) {
		const other = otherLocale(pageLocale);
		const prefix = `${base}${pageLocale}/`;
		toggle.href =
			recovery.kind === 'page'
				? pageUrl(other, recovery.route)
				: location.pathname.startsWith(prefix)
					? `${base}${other}/${location.pathname.slice(prefix.length)}`
					: pageUrl(other, '');
	}
	if (recovery.kind !== 'page') return;
	// One page matches: go there, keeping the query (?q=) and the #section.
	const target = pageUrl(locale, recovery.route);
	if (target !== location.pathname) location.replace(target + location.search + location.hash);
}
