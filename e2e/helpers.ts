/**
 * Shared by the end-to-end tests: the content the site is built from, read straight from
 * content/ (so that the tests derive what a page must show instead of hard-coding it), and
 * small page helpers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
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
	disagreements: { topic: string; positions: { id: string; evidence: Record<string, string> }[] }[];
}
export interface Prose {
	title: string;
	titleSource: string;
	summary: string;
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

/** The legacy CLB document (the source "clb-en"). */
export const clb = sourceById.get('clb-en') as Source;

/** Inline markdown as the reader sees it: no backticks, [text](url) as text. */
export function plain(markdown: string): string {
	return markdown.replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}

/** Collapse runs of whitespace, as rendered text does. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught: ${error.message}`));
	return errors;
}

/** Every page of the site that exists in both languages: its locale-less route and a name. */
export const pageTypes: { name: string; route: string }[] = [
	{ name: 'the home page', route: '' },
	{ name: 'a code page', route: 'codes/4500/' },
	{ name: 'the CLB page', route: 'clb/' },
	{ name: 'the sources page', route: 'sources/' },
	{ name: 'the response-format page', route: 'response-format/' },
];
