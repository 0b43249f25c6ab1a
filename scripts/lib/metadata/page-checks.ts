/**
 * The checks of every built page's head: titles, descriptions, robots, canonical and hreflang
 * links, link previews (Open Graph, Twitter), the manifest and OpenSearch links. What a page must
 * say is worked out here from its address and the content, not read from the site's own code.
 */
import { localeKeys, locales, type Locale } from '../../../src/i18n/locales.ts';
import { dictionaries } from '../../../src/i18n/t.ts';
import { textWidth } from '../../../src/utils/first-steps.ts';
import { plainText } from '../../../src/utils/markdown.ts';
import type { CodesDocument } from '../../../src/pipeline/6-export/record-schema.ts';
import { linksOf, metaOf, type BuiltPage, type BuiltSite } from '../built-site.ts';
import type { Check } from './check.ts';

/** What a page is, by its file. */
export type PageKind = 'chooser' | 'short-link' | 'not-found' | 'search' | 'language';

export function kindOf(file: string): PageKind {
	if (file === 'index.html') return 'chooser';
	if (/^\d+\/index\.html$/.test(file)) return 'short-link';
	if (/^(?:[a-z]+\/)?404\.html$/.test(file)) return 'not-found';
	if (/^[a-z]+\/search\/index\.html$/.test(file)) return 'search';
	return 'language';
}

/** The locale of a page under /{lang}/, or undefined. */
export function localeOf(page: BuiltPage): Locale | undefined {
	const first = page.file.split('/')[0];
	return (localeKeys as string[]).includes(first) ? (first as Locale) : undefined;
}

/** The route of a page under /{lang}/ without its locale ("codes/4500/"). */
const routeOf = (page: BuiltPage) => page.file.replace(/^[a-z]+\//, '').replace(/index\.html$/, '');

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Widths (a CJK character counts two) a description may have: a results page cuts it at about 160. */
export const DESCRIPTION_BOUNDS = { min: 50, max: 160 };

const titles: Check = {
	name: 'titles',
	what: 'every page has a <title>, unique among the pages of its language',
	run: (site) => {
		const problems = site.pages.filter((page) => !page.title).map((page) => `${page.file}: no <title>`);
		const seen = new Map<string, string>();
		for (const page of site.pages) {
			const key = `${page.lang} ${page.title}`;
			if (seen.has(key)) problems.push(`${page.file}: same title as ${seen.get(key)}: "${page.title}"`);
			else seen.set(key, page.file);
		}
		return problems;
	},
};

const descriptions: Check = {
	name: 'descriptions',
	what: `every page has a meta description of ${DESCRIPTION_BOUNDS.min}–${DESCRIPTION_BOUNDS.max} widths (twice that on a page in both languages), unique in its language`,
	run: (site) => {
		const problems: string[] = [];
		const seen = new Map<string, string>();
		for (const page of site.pages) {
			const descriptions = page.meta.get('description') ?? [];
			if (descriptions.length !== 1) {
				problems.push(`${page.file}: ${descriptions.length} meta descriptions`);
				continue;
			}
			const [text] = descriptions;
			// A page in an English <html> whose description has Chinese is in both languages.
			const languages = page.lang === 'en' && hasHan(text) ? 2 : 1;
			const width = textWidth(text);
			if (width < DESCRIPTION_BOUNDS.min * languages || width > DESCRIPTION_BOUNDS.max * languages)
				problems.push(`${page.file}: description is ${width} widths wide: "${text}"`);
			const key = `${page.lang} ${text}`;
			if (seen.has(key)) problems.push(`${page.file}: same description as ${seen.get(key)}`);
			else seen.set(key, page.file);
		}
		return problems;
	},
};

const codeDescriptions: Check = {
	name: 'code descriptions',
	what: 'each code page’s description starts with what the code means (its summary in codes.json)',
	run: (site) => {
		const document = JSON.parse(site.read('codes.json')) as CodesDocument;
		return document.codes.flatMap((record) =>
			localeKeys.flatMap((locale) => {
				const page = site.page(`${locale}/codes/${record.code}/index.html`);
				if (!page) return [`${locale}/codes/${record.code}/: not built`];
				const summary = plainText(record.text[locale].summary);
				return metaOf(page, 'description')?.startsWith(summary)
					? []
					: [`${page.file}: description does not start with the summary "${summary}"`];
			}),
		);
	},
};

const robots: Check = {
	name: 'robots',
	what: 'noindex on the 404 pages and the short links; on no other page (search results: the host, src/utils/indexing.ts)',
	run: (site) =>
		site.pages.flatMap((page) => {
			const noindex = (page.meta.get('robots') ?? []).some((value) => /\bnoindex\b/.test(value));
			const expected = ['not-found', 'short-link'].includes(kindOf(page.file));
			return noindex === expected ? [] : [`${page.file}: ${expected ? 'lacks' : 'has'} robots noindex`];
		}),
};

/** The hreflang links a page should have: each language's version and x-default (the English one). */
function expectedAlternates(site: BuiltSite, route: string): Record<string, string> {
	const urls = Object.fromEntries(localeKeys.map((l) => [locales[l].lang, site.url(`${site.base}${l}/${route}`)]));
	return { ...urls, 'x-default': urls[locales.en.lang] };
}

const alternatesOf = (page: BuiltPage) =>
	Object.fromEntries(
		linksOf(page, 'alternate')
			.filter((link) => link.hreflang)
			.map((link) => [link.hreflang, link.href]),
	);

const canonicalAndAlternates: Check = {
	name: 'canonical and hreflang',
	what: 'with an origin: each language page names itself as canonical (og:url too) and every language version plus x-default, all built; the chooser its homes; the 404s none. Without: no canonical, hreflang or og:url at all',
	run: (site) =>
		site.pages.flatMap((page) => {
			const problems: string[] = [];
			const canonical = linksOf(page, 'canonical').map((link) => link.href);
			const alternates = alternatesOf(page);
			const ogUrl = page.meta.get('og:url') ?? [];
			if (!site.origin) {
				if (canonical.length || Object.keys(alternates).length || ogUrl.length)
					problems.push(`${page.file}: canonical, hreflang or og:url in a build without an origin`);
				return problems;
			}
			const kind = kindOf(page.file);
			const own = site.url(page.path);
			const expected: { canonical?: string; alternates: Record<string, string> } =
				kind === 'language' || kind === 'search'
					? { canonical: own, alternates: expectedAlternates(site, routeOf(page)) }
					: kind === 'chooser'
						? { alternates: expectedAlternates(site, '') }
						: kind === 'short-link'
							? { canonical: site.url(`${site.base}en/codes/${page.file.split('/')[0]}/`), alternates: {} }
							: { alternates: {} };
			if (JSON.stringify(canonical) !== JSON.stringify(expected.canonical ? [expected.canonical] : []))
				problems.push(`${page.file}: canonical ${JSON.stringify(canonical)}, expected ${expected.canonical ?? 'none'}`);
			if (JSON.stringify(ogUrl) !== JSON.stringify(expected.canonical ? [expected.canonical] : []))
				problems.push(`${page.file}: og:url ${JSON.stringify(ogUrl)} is not its canonical URL`);
			const sorted = (links: Record<string, string>) => JSON.stringify(Object.entries(links).sort());
			if (sorted(alternates) !== sorted(expected.alternates))
				problems.push(`${page.file}: hreflang ${sorted(alternates)}, expected ${sorted(expected.alternates)}`);
			for (const href of Object.values(alternates))
				if (!site.fileFor(href)) problems.push(`${page.file}: hreflang link ${href} is not a built page`);
			return problems;
		}),
};

const previews: Check = {
	name: 'link previews',
	what: 'Open Graph and Twitter: type, site name, title (the page’s), description (the meta description), locale and alternate locales',
	run: (site) =>
		site.pages.flatMap((page) => {
			const locale = localeOf(page) ?? 'en';
			const others = localeKeys.filter((l) => l !== locale).map((l) => locales[l].og);
			const description = metaOf(page, 'description');
			const title = metaOf(page, 'og:title') ?? '';
			const expected: [string, string[]][] = [
				['og:type', ['website']],
				['og:site_name', [dictionaries[locale]['site.name']]],
				['og:description', [description ?? '']],
				['og:locale', [locales[locale].og]],
				['og:locale:alternate', others],
				['twitter:card', ['summary']],
				['twitter:title', [title]],
				['twitter:description', [description ?? '']],
			];
			const problems = expected
				.filter(([key, values]) => JSON.stringify(page.meta.get(key) ?? []) !== JSON.stringify(values))
				.map(([key, values]) => `${page.file}: ${key} is ${JSON.stringify(page.meta.get(key))}, expected ${values}`);
			if (!title || !page.title.startsWith(title))
				problems.push(`${page.file}: og:title "${title}" is not the page's title "${page.title}"`);
			return problems;
		}),
};

const searchLinks: Check = {
	name: 'OpenSearch links',
	what: 'with an origin: each language page links its language’s OpenSearch description (built, its search URL absolute and built); without: no such link or file',
	run: (site) => {
		const problems: string[] = [];
		if (!site.origin) {
			for (const page of site.pages)
				if (linksOf(page, 'search').length) problems.push(`${page.file}: OpenSearch link without an origin`);
			for (const file of site.files.filter((f) => f.endsWith('opensearch.xml')))
				problems.push(`${file}: built without an origin`);
			return problems;
		}
		for (const page of site.pages) {
			const locale = localeOf(page);
			if (!locale) continue;
			const [link] = linksOf(page, 'search');
			const file = link && site.fileFor(link.href);
			if (!file) {
				problems.push(`${page.file}: no OpenSearch link to a built file`);
				continue;
			}
			const template = /template="([^"]*)"/.exec(site.read(file))?.[1].replaceAll('&amp;', '&') ?? '';
			const search = site.url(`${site.base}${locale}/search/`);
			if (template !== `${search}?q={searchTerms}` || !site.fileFor(search))
				problems.push(`${file}: search template "${template}", expected ${search}?q={searchTerms}`);
		}
		return problems;
	},
};

export const pageChecks: Check[] = [
	titles,
	descriptions,
	codeDescriptions,
	robots,
	canonicalAndAlternates,
	previews,
	searchLinks,
];
