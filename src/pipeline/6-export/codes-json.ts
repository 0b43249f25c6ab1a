/**
 * Stage 6, the machine-readable form of the site model: /codes.json (every code) and
 * /codes/{code}.json (one code), typed by record-schema.ts, from which /codes.schema.json is
 * generated.
 */
import { localeKeys } from '../../i18n/locales.ts';
import { pageUrl, withBase } from '../../utils/url.ts';
import type { CodeView, SiteData } from '../5-model.ts';
import { SCHEMA_VERSION, type CodeRecord, type CodesDocument } from './record-schema.ts';

/** A site path as published: absolute on the site's origin when the build has one, else the path. */
function published(path: string, origin: URL | undefined): string {
	return origin ? new URL(path, origin).href : path;
}

/**
 * One code, with both languages' text, its facts, every source row and the API 3.0 mapping.
 * `base` is the base path, `origin` the site's (SITE_URL), when known.
 */
export function codeRecord(entry: CodeView, base?: string, origin?: URL): CodeRecord {
	return {
		code: Number(entry.code),
		class: { id: entry.class.id, en: entry.class.en.name, zh: entry.class.zh.name },
		urls: Object.fromEntries(
			localeKeys.map((locale) => [locale, published(pageUrl(locale, `codes/${entry.code}/`, base), origin)]),
		) as CodeRecord['urls'],
		text: Object.fromEntries(
			localeKeys.map((locale) => {
				const prose = entry.prose[locale];
				return [
					locale,
					{
						title: prose.title,
						titleSource: prose.titleSource,
						summary: prose.summary,
						cause: prose.cause,
						action: prose.action,
						retry: prose.retry,
						api3: prose.api3,
					},
				];
			}),
		) as CodeRecord['text'],
		retry: entry.facts.retry,
		related: entry.facts.related.map(Number),
		api3: entry.api3.map((item) => ({
			code: item.code,
			match: item.match,
			description: { en: item.official.en, zh: item.official.zh },
		})),
		sources: entry.rows.map(({ source, row }) => ({
			source: source.id,
			lang: source.lang,
			title: row.title,
			description: row.description,
			url: source.published.url ?? null,
			urlStatus: source.published.urlStatus ?? null,
		})),
		notListedIn: entry.missingFrom.map((source) => source.id),
		disagreements: entry.facts.disagreements.map((d) => ({
			topic: d.topic,
			kind: d.kind,
			label: d.label,
			positions: d.positions.map((p) => ({ id: p.id, claim: p.claim, evidence: p.evidence })),
		})),
		example: entry.facts.example ? { json: entry.facts.example.json, source: entry.facts.example.source } : null,
		ours: [
			'text.*.summary',
			'text.*.cause',
			'text.*.action',
			'text.*.retry',
			'text.*.api3',
			'retry',
			'api3[].match',
			'class',
			'related',
		],
	};
}

/** Where the JSON Schema is published: /codes.schema.json under the base path. */
export function schemaUrl(base?: string, origin?: URL): string {
	return published(withBase('codes.schema.json', base), origin);
}

/** Every code, plus what the sources are. */
export function codesDocument(site: SiteData, base?: string, origin?: URL): CodesDocument {
	return {
		schemaVersion: SCHEMA_VERSION,
		$schema: schemaUrl(base, origin),
		sources: site.sources.map((source) => ({
			id: source.id,
			lang: source.lang,
			kind: source.kind,
			name: source.name,
			summary: source.summary,
			published: {
				title: source.published.title,
				url: source.published.url ?? null,
				urlStatus: source.published.urlStatus ?? null,
				context: source.published.context,
			},
			rows: source.rows.length,
		})),
		codes: site.codes.map((entry) => codeRecord(entry, base, origin)),
	};
}
