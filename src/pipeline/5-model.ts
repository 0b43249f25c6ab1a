/** Stage 5, the site model: turns the checked content set into what the pages render, one view per code, in order. */
import type { Locale } from '../i18n/locales.ts';
import { normalizeTitle } from './4-check.ts';
import type {
	Api3Data,
	ClassData as ClassFields,
	ContentSet,
	ProseData,
	RegistryData,
	SourceData,
	SourceRow,
} from './types.ts';

/** A class of the code table, with its id. */
export type ClassData = ClassFields & { id: string };

/** A source's row for a code, with the source it comes from. */
export interface SourceRowView {
	source: SourceData;
	row: SourceRow;
}

/** Everything a code page shows. */
export interface CodeView {
	code: string;
	facts: RegistryData;
	class: ClassData;
	prose: Record<Locale, ProseData>;
	/** The official API 3.0 wording for each mapped code. */
	api3: { code: string; match: RegistryData['api3'][number]['match']; official: Api3Data }[];
	/** Every source's row for this code, in source order. */
	rows: SourceRowView[];
	/** Sources that do not list this code. */
	missingFrom: SourceData[];
	/** The legacy CLB document's row, when that document lists the code. */
	clbRow?: SourceRow;
	/** Other names search finds the code by, per language: its sources' titles, then its synonyms. */
	searchNames: Record<Locale, string[]>;
}

export interface SiteData {
	codes: CodeView[];
	/** The same views by code number. */
	byCode: Map<string, CodeView>;
	classes: ClassData[];
	sources: SourceData[];
	/** The legacy CLB API 2.0 document. */
	clb?: SourceData;
}

/** Build the site's view of the content (assumes the reader found no issues). */
export function buildSiteData(set: ContentSet): SiteData {
	const sources = set.sources.map((entry) => entry.data).sort((a, b) => a.order - b.order);
	const classes = set.classes.map((entry) => ({ ...entry.data, id: entry.id })).sort((a, b) => a.order - b.order);
	const api3 = new Map(set.api3.map((entry) => [entry.id, entry.data]));
	const prose = new Map(set.prose.map((entry) => [entry.id, entry.data]));
	const clb = sources.find((source) => source.kind === 'clb-legacy');
	// Index every source row by code once: the registry may hold thousands of codes.
	const rowsByCode = new Map<string, SourceRowView[]>();
	for (const source of sources) {
		for (const row of source.rows) {
			const list = rowsByCode.get(row.code) ?? [];
			list.push({ source, row });
			rowsByCode.set(row.code, list);
		}
	}
	const classById = new Map(classes.map((c) => [c.id, c]));
	const synonymsOf = (code: string, locale: Locale) =>
		set.synonyms.filter((entry) => entry.data.codes.includes(code)).flatMap((entry) => entry.data[locale]);

	const codes = set.registry
		.map((entry): CodeView => {
			const code = entry.id;
			const rows = rowsByCode.get(code) ?? [];
			return {
				code,
				facts: entry.data,
				class: classById.get(entry.data.class) as ClassData,
				prose: { en: prose.get(`en/${code}`) as ProseData, zh: prose.get(`zh/${code}`) as ProseData },
				api3: entry.data.api3.map(({ code: api3Code, match }) => ({
					code: api3Code,
					match,
					official: api3.get(api3Code) as Api3Data,
				})),
				rows,
				missingFrom: sources.filter((source) => !rows.some((r) => r.source === source)),
				clbRow: rows.find((r) => r.source === clb)?.row,
				searchNames: {
					en: otherNames(prose.get(`en/${code}`)?.title ?? '', rows, 'en', synonymsOf(code, 'en')),
					zh: otherNames(prose.get(`zh/${code}`)?.title ?? '', rows, 'zh', synonymsOf(code, 'zh')),
				},
			};
		})
		.sort((a, b) => Number(a.code) - Number(b.code));
	return { codes, byCode: new Map(codes.map((code) => [code.code, code])), classes, sources, clb };
}

/** A code's names in one language other than `title`: its sources' titles, then `synonyms`, each once. */
function otherNames(title: string, rows: SourceRowView[], locale: Locale, synonyms: string[]): string[] {
	const titles = rows.filter((r) => r.source.lang === locale).map((r) => normalizeTitle(r.row.title));
	const seen = new Set([title.toLowerCase()]);
	return [...titles, ...synonyms].filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}

/** The codes of one class, in numeric order. */
export function codesInClass(site: SiteData, classId: string): CodeView[] {
	return site.codes.filter((code) => code.facts.class === classId);
}
