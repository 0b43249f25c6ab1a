/**
 * The mistyped forms of a page's address that the 404 page must recover (src/features/not-found/
 * recover.ts), one rule each, generated for any page: used by the unit test of recover() and the
 * end-to-end test of the 404 pages, over every code and page of the content in both languages.
 */
import { readdirSync } from 'node:fs';
import type { Locale } from '../src/i18n/locales.ts';
import { codes } from './helpers.ts';

/** A page to mistype: its language and locale-less route ("codes/4500/", "decode/", ""). */
export interface Target {
	locale: Locale;
	route: string;
}

export interface VariantRule {
	name: string;
	/** True when the form drops the language: the visitor's preferred language is used. */
	dropsLanguage?: boolean;
	/** The mistyped path (relative to the base), or null when the rule does not apply to the page. */
	make(target: Target): string | null;
}

const codeOf = (route: string) => /^codes\/(\d+)\/$/.exec(route)?.[1];
const region = { en: 'en-US', zh: 'zh-CN' } as const;

export const variantRules: VariantRule[] = [
	{ name: 'upper-case address', make: ({ locale, route }) => `${locale}/${route}`.toUpperCase() },
	{ name: 'upper-case language', make: ({ locale, route }) => `${locale.toUpperCase()}/${route}` },
	{ name: 'mixed case', make: ({ locale, route }) => mixCase(`${locale}/${route}`) },
	{ name: 'region tag as language', make: ({ locale, route }) => `${region[locale]}/${route}` },
	{
		name: 'missing trailing slash, wrong case',
		make: ({ locale, route }) => `${locale.toUpperCase()}/${route}`.replace(/\/$/, ''),
	},
	{
		name: 'trailing .html',
		make: ({ locale, route }) => (route ? `${locale}/${route.replace(/\/$/, '')}.html` : null),
	},
	{ name: 'trailing index.html, wrong case', make: ({ locale, route }) => `${locale}/${route}INDEX.HTML` },
	{
		name: 'no language segment',
		dropsLanguage: true,
		// "" is the root and a bare code is its short link: both are real pages.
		make: ({ route }) => (route ? route : null),
	},
	{ name: 'no codes/ segment', make: ({ locale, route }) => (codeOf(route) ? `${locale}/${codeOf(route)}/` : null) },
	{ name: 'leading zero', make: ({ locale, route }) => (codeOf(route) ? `${locale}/codes/0${codeOf(route)}/` : null) },
	{
		name: 'leading zeros, no slash',
		make: ({ locale, route }) => (codeOf(route) ? `${locale}/codes/00${codeOf(route)}` : null),
	},
	{ name: 'E prefix', make: ({ locale, route }) => (codeOf(route) ? `${locale}/codes/E${codeOf(route)}/` : null) },
	{
		name: 'e prefix and .html',
		make: ({ locale, route }) => (codeOf(route) ? `${locale}/codes/e${codeOf(route)}.html` : null),
	},
	{
		name: 'no language, no codes/, leading zero',
		dropsLanguage: true,
		make: ({ route }) => (codeOf(route) ? `0${codeOf(route)}/` : null),
	},
];

/** Alternate upper and lower case, letter by letter ("En/CoDeS/"). */
function mixCase(text: string): string {
	let upper = true;
	return text.replace(/[a-z]/gi, (letter) => ((upper = !upper) ? letter.toLowerCase() : letter.toUpperCase()));
}

/** The locale-less routes of src/pages/[lang]/ ("" for the code table), read from the folder. */
export const pageRoutes: string[] = readdirSync(new URL('../src/pages/[lang]/', import.meta.url))
	.filter((file) => file.endsWith('.astro') && file !== '404.astro')
	.map((file) => file.replace(/\.astro$/, ''))
	.map((name) => (name === 'index' ? '' : `${name}/`));

/** Every route that can be mistyped: each page and each code's page. */
export const allRoutes: string[] = [...pageRoutes, ...codes.map((code) => `codes/${code}/`)];
