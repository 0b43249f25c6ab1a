/**
 * Shared by the end-to-end tests: the content the site is built from, read by the site's own
 * reader (src/pipeline/3-read.ts, so that the tests derive what a page must show instead of
 * hard-coding it), and small page helpers.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { localeKeys, locales, type Locale } from '../src/i18n/locales.ts';
import { dictionaries } from '../src/i18n/t.ts';
import { formatIssues, readContent } from '../src/pipeline/3-read.ts';
import type { ProseData, RegistryData, SourceData } from '../src/pipeline/types.ts';

export type { Locale };
export const localeList: Locale[] = localeKeys;
/** The BCP 47 tag of each locale (<html lang>, hreflang). */
export const htmlLang = Object.fromEntries(localeKeys.map((l) => [l, locales[l].lang])) as Record<Locale, string>;
/** The UI strings of each locale. */
export const ui: Record<Locale, Record<string, string>> = dictionaries;

export type RegistryEntry = RegistryData;
export type Prose = ProseData;
export type Source = SourceData;
export type SourceRow = SourceData['rows'][number];

const reading = readContent();
if (reading.issues.length > 0) throw new Error(`the content has problems:\n${formatIssues(reading.issues)}`);
const { set } = reading;

/** The registry, by code. */
export const registry: Record<string, RegistryEntry> = Object.fromEntries(
	set.registry.map((entry) => [entry.id, entry.data]),
);

/** Every code of the registry, in numeric order. */
export const codes = Object.keys(registry).sort((a, b) => Number(a) - Number(b));

const proseById = new Map(set.prose.map((entry) => [entry.id, entry.data]));

/** The prose of a code in a language (content/codes/<locale>/<code>.yaml). */
export function prose(locale: Locale, code: string): Prose {
	const found = proseById.get(`${locale}/${code}`);
	if (!found) throw new Error(`no ${locale} prose for ${code}`);
	return found;
}

/** The cleaned sources, in display order. */
export const sources: Source[] = set.sources.map((entry) => entry.data).sort((a, b) => a.order - b.order);

export const sourceById = new Map(sources.map((source) => [source.id, source]));

/** The legacy CLB document, found as the site finds it: by its kind. */
export const clb = sources.find((source) => source.kind === 'clb-legacy') as Source;

/** Inline markdown as the reader sees it: no backticks, [text](url) as text. */
export function plain(markdown: string): string {
	return markdown.replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}

/** Collapse runs of whitespace, as rendered text does. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Every page of the site that exists in both languages: its locale-less route and a name. */
export const pageTypes: { name: string; route: string }[] = [
	{ name: 'the home page', route: '' },
	{ name: 'a code page', route: 'codes/4500/' },
	{ name: 'the CLB page', route: 'clb/' },
	{ name: 'the sources page', route: 'sources/' },
	{ name: 'the response-format page', route: 'response-format/' },
];

/** What a code page shows, read from the rendered page (see the `codePages` fixture in fixtures.ts). */
export interface CodePageSnapshot {
	url: string;
	status: number;
	lang: string;
	h1: string[];
	/** The badges in the page head (next to the title). */
	headBadges: string[];
	sourceRows: { id: string; name: string; title: string; description: string }[];
	mainText: string;
	related: { href: string; text: string }[];
	example: { json: string; text: string } | null;
	/** The retry verdict label and the API 3.0 table rows (code, how close, official wording). */
	verdict: { id: string; text: string } | null;
	api3: { code: string; match: string; label: string; official: string }[];
	clb: { text: string; links: { href: string; text: string }[]; backLink: string | null } | null;
	disagreements: {
		topic: string;
		heading: string;
		positions: { id: string; claim: string; sources: { name: string; href: string; quote: string; lang: string }[] }[];
	}[];
	/** Console errors and uncaught exceptions while the page loaded. */
	errors: string[];
}

/** Load a code page and read what it shows, in one round trip. */
export async function snapshotCodePage(page: Page, locale: Locale, code: string): Promise<CodePageSnapshot> {
	const errors: string[] = [];
	const onConsole = (message: ConsoleMessage) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	};
	const onError = (error: Error) => errors.push(`uncaught: ${error.message}`);
	page.on('console', onConsole);
	page.on('pageerror', onError);
	const response = await page.goto(`${locale}/codes/${code}/`);
	const data = await page.evaluate(() => {
		const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
		const all = (selector: string, root: ParentNode = document) => [...root.querySelectorAll(selector)];
		const clb = document.querySelector('.callout--clb');
		const example = document.querySelector('section[aria-labelledby="example"]');
		return {
			lang: document.documentElement.lang,
			h1: all('h1').map(text),
			headBadges: all('.code-head .badge').map(text),
			sourceRows: all('li.source-row').map((row) => ({
				id: row.id,
				name: text(row.querySelector('.source-row__source a')),
				title: text(row.querySelector('.source-row__title')),
				description: text(row.querySelectorAll('.source-row__quote p')[1]),
			})),
			mainText: text(document.querySelector('main')),
			related: all('ul.related a').map((a) => ({ href: (a as HTMLAnchorElement).href, text: text(a) })),
			example: example ? { json: example.querySelector('pre code')?.textContent ?? '', text: text(example) } : null,
			verdict: (() => {
				const verdict = document.querySelector<HTMLElement>('[data-retry]');
				return verdict ? { id: verdict.dataset.retry ?? '', text: text(verdict) } : null;
			})(),
			api3: all('.api3-table tbody tr').map((tr) => ({
				code: text(tr.querySelector('td')),
				match: (tr as HTMLElement).dataset.match ?? '',
				label: text(tr.querySelectorAll('td')[1]),
				official: text(tr.querySelectorAll('td')[2]),
			})),
			clb: clb
				? {
						text: text(clb),
						links: all('blockquote a', clb).map((a) => ({ href: (a as HTMLAnchorElement).href, text: text(a) })),
						backLink: (clb.querySelector('a[data-clb-link]') as HTMLAnchorElement | null)?.href ?? null,
					}
				: null,
			disagreements: all('.disagreement').map((d) => ({
				topic: (d as HTMLElement).dataset.topic ?? '',
				heading: text(d.querySelector('h3')),
				positions: all('li.position', d).map((p) => ({
					id: (p as HTMLElement).dataset.position ?? '',
					claim: text(p.querySelector('.position__claim')),
					sources: all('.position__sources > li', p).map((li) => ({
						name: text(li.querySelector('a')),
						href: (li.querySelector('a') as HTMLAnchorElement | null)?.href ?? '',
						quote: text(li.querySelector('q')),
						lang: li.querySelector('q')?.getAttribute('lang') ?? '',
					})),
				})),
			})),
		};
	});
	page.off('console', onConsole);
	page.off('pageerror', onError);
	return { url: page.url(), status: response?.status() ?? 0, ...data, errors };
}

/** The official wording of the API 3.0 codes, per language (content/api3.yaml). */
export const api3: Record<string, Record<Locale, string>> = Object.fromEntries(
	set.api3.map((entry) => [entry.id, entry.data]),
);

/** The groups of the home table, in order (content/classes.yaml). */
export const classes = set.classes.map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => a.order - b.order);

/** Dismisses every dialog the page opens and counts them (a decoded or shown payload must open none). */
export function countDialogs(page: Page): () => number {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs += 1;
		await dialog.dismiss();
	});
	return () => dialogs;
}
