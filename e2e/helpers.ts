/**
 * Shared by the end-to-end tests: the content the site is built from, read straight from
 * content/ (so that the tests derive what a page must show instead of hard-coding it), and
 * small page helpers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ConsoleMessage, Page } from '@playwright/test';
import { en } from '../src/i18n/ui/en.ts';
import { zh } from '../src/i18n/ui/zh.ts';

const content = join(import.meta.dirname, '..', 'content');

export type Locale = 'en' | 'zh';
export const localeList: Locale[] = ['en', 'zh'];
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };
export const ui: Record<Locale, Record<string, string>> = { en, zh };

export interface RegistryEntry {
	class: string;
	related: string[];
	retry: string;
	api3: { code: string; match: string }[];
	example?: { json: string; source: string };
	tools?: string[];
	disagreements: { topic: string; positions: { id: string; evidence: Record<string, string> }[] }[];
}
export interface Prose {
	title: string;
	titleSource: string;
	summary: string;
	cause: string;
	action: string;
	retry: string;
	api3: string;
}
export interface SourceRow {
	code: string;
	title: string;
	description: string;
}
export interface Source {
	id: string;
	order: number;
	lang: Locale;
	kind: 'api2-common' | 'clb-legacy';
	name: Record<Locale, string>;
	notices: { kind: string; text: string }[];
	rows: SourceRow[];
}

const rawRegistry = parseYaml(readFileSync(join(content, 'registry.yaml'), 'utf8')) as Record<string, any>;

/** content/registry.yaml, with related codes as strings. */
export const registry: Record<string, RegistryEntry> = Object.fromEntries(
	Object.entries(rawRegistry).map(([code, entry]) => [
		code,
		{ ...entry, related: (entry.related ?? []).map(String), disagreements: entry.disagreements ?? [] },
	]),
);

/** Every code of the registry, in numeric order. */
export const codes = Object.keys(registry).sort((a, b) => Number(a) - Number(b));

/** content/codes/<locale>/<code>.yaml */
export function prose(locale: Locale, code: string): Prose {
	return parseYaml(readFileSync(join(content, 'codes', locale, `${code}.yaml`), 'utf8')) as Prose;
}

/** content/sources/*.json, in display order, with row codes as strings. */
export const sources: Source[] = readdirSync(join(content, 'sources'))
	.filter((file) => file.endsWith('.json'))
	.map((file) => JSON.parse(readFileSync(join(content, 'sources', file), 'utf8')))
	.map((source) => ({ ...source, rows: source.rows.map((row: any) => ({ ...row, code: String(row.code) })) }))
	.sort((a, b) => a.order - b.order);

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
	disagreements: { topic: string; heading: string; positions: { id: string; claim: string; sources: { name: string; href: string; quote: string; lang: string }[] }[] }[];
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

/** content/api3.yaml: the official wording of the API 3.0 codes, per language. */
export const api3 = parseYaml(readFileSync(join(content, 'api3.yaml'), 'utf8')) as Record<string, Record<Locale, string>>;

/** content/classes.yaml: the groups of the home table, in order. */
export const classes = Object.entries(parseYaml(readFileSync(join(content, 'classes.yaml'), 'utf8')) as Record<string, { order: number; digit: number } & Record<Locale, { name: string }>>)
	.map(([id, data]) => ({ id, ...data }))
	.sort((a, b) => a.order - b.order);
