// Browser entry point of every page: src/components/SiteScript.astro bundles it into each one.
/**
 * The site's one script (bundled by Astro into a single module per page): remembers the
 * language picked with the toggle, sends visitors of "/" to their language, and makes the
 * copy-link buttons work. Everything here is an enhancement: pages work without it.
 */
import { LOCALE_STORAGE_KEY, preferredLocale } from '../i18n/preferred-locale.ts';
import { attachClockChecks } from '../features/clock-check/ui.ts';
import { registerOffline } from '../features/offline/register.ts';
import { readStored, store } from '../utils/storage.ts';
import { preloadQuery } from '../features/search/instant-data.ts';

/** The language toggle leads to the same place in the other language: this page's query (?q=) and #section. */
function keepPlace(toggle: HTMLAnchorElement): void {
	const url = new URL(toggle.href);
	url.search = location.search;
	url.hash = location.hash;
	toggle.href = url.href;
}
// Just before it is followed (a click, a middle click, a copied link, Enter), not at load: the
// search page rewrites its ?q= as you type, and the #section changes as you read.
for (const type of ['pointerdown', 'focusin'])
	document.addEventListener(type, (event) => {
		const toggle = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.lang-toggle') : null;
		if (toggle) keepPlace(toggle);
	});

document.addEventListener('click', (event) => {
	const target = event.target instanceof Element ? event.target : null;
	const toggle = target?.closest<HTMLAnchorElement>('a[data-lang]');
	if (toggle?.classList.contains('lang-toggle')) keepPlace(toggle);
	if (toggle?.dataset.lang) store('localStorage', LOCALE_STORAGE_KEY, toggle.dataset.lang);
	const copy = target?.closest<HTMLButtonElement>('button[data-copy-url]');
	if (copy) void copyLink(copy);
});

async function copyLink(button: HTMLButtonElement): Promise<void> {
	const url = new URL(button.dataset.copyUrl ?? '', location.href).href;
	const status = button.querySelector<HTMLElement>('[data-copy-status]');
	try {
		await navigator.clipboard.writeText(url);
		if (status) status.textContent = button.dataset.copiedText ?? '';
	} catch {
		if (status) status.textContent = button.dataset.failedText ?? '';
	}
	setTimeout(() => status && (status.textContent = ''), 2500);
}

// Copy buttons are hidden in the HTML so that visitors without JavaScript never see a dead control.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) button.hidden = false;

// Search forms: the search page wires its form at once; the header box on first focus, so
// that reading a page never downloads the search code.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) {
	const attach = () => import('../features/search/ui.ts').then(({ attachSearch }) => attachSearch(form));
	if (form.dataset.searchMode === 'page') void attach();
	else {
		const box = form.querySelector<HTMLInputElement>('input[name="q"]');
		// What a query needs of the instant layer starts downloading as it is typed, beside the search code.
		const preload = () => preloadQuery(box?.value ?? '');
		// A pointer over the box or a first focus starts loading search, before the first key; Pagefind
		// too while the box is empty. A query already there when search starts (put in with the focus,
		// restored, or typed while the code loaded) is answered by the instant layer first, and Pagefind
		// loads once that is drawn (ui.ts): loading it meanwhile would hold the main thread.
		const warmUp = () => {
			preload();
			void import('../features/search/engine.ts').then(({ preloadBundle }) => {
				if (!box?.value.trim()) preloadBundle();
			});
		};
		form.addEventListener('focusin', () => (warmUp(), void attach()), { once: true });
		form.addEventListener('pointerenter', warmUp, { once: true });
		form.addEventListener('input', preload);
	}
}

// Tools that only some pages have load their code only there.
const decoder = document.querySelector<HTMLElement>('[data-decoder]');
if (decoder) void import('../features/decoder/ui.ts').then(({ attachDecoder }) => attachDecoder(decoder));
// The clock check is small and sits on code pages: bundled in, so a code page loads one script.
if (document.querySelector('[data-clock-check]')) attachClockChecks();

// "/" focuses the search box, as on most documentation sites (not while typing elsewhere).
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
	const box =
		document.querySelector<HTMLInputElement>('form[data-search-mode="page"] input[name="q"]') ??
		document.querySelector<HTMLInputElement>('form[data-search] input[name="q"]');
	if (box) {
		event.preventDefault();
		box.focus();
		box.select();
	}
});

// Offline use: the service worker, the footer's offline status and the update prompt.
registerOffline();

// "/" (the root chooser page) sends the visitor on to their language.
const chooser = document.querySelector<HTMLElement>('[data-locale-chooser]');
if (chooser) {
	const locale = preferredLocale(
		readStored('localStorage', LOCALE_STORAGE_KEY),
		navigator.languages ?? [navigator.language],
	);
	const link = chooser.querySelector<HTMLAnchorElement>(`a[data-lang="${locale}"]`);
	if (link) location.replace(link.href);
}
