/**
 * Stage 4, checks that span several content files, in both directions (as rustc's tidy does for its
 * error index): a listed code without prose, prose without a listed code, references to codes,
 * classes, sources or API 3.0 codes that do not exist, and quotes that a source does not say.
 */
import { localeKeys, isLocale } from '../i18n/locales.ts';
import type { ContentFiles, ContentIssue, ContentSet, Entry } from './types.ts';

/** Strip the full stop that some sources put after a title. */
export function normalizeTitle(title: string): string {
	return title.trim().replace(/[.。]$/, '');
}

/**
 * Ids that exist even if their entry failed its schema (reported there): registry codes, prose
 * ids ("en/4500") and source ids (file names). Used so that one bad field is not also reported
 * as a missing file, an orphaned file or an unknown source.
 */
export interface PresentIds {
	registry: Set<string>;
	prose: Set<string>;
	sources: Set<string>;
}

/** Every cross-file problem in the content set (empty when the content is consistent). */
export function checkContent(set: ContentSet, files: ContentFiles, present?: PresentIds): ContentIssue[] {
	const REGISTRY_FILE = files.registry;
	const issues: ContentIssue[] = [];
	const report = (entry: Entry<unknown> | undefined, fallback: string, field: string, message: string) =>
		issues.push({ file: entry?.filePath ?? fallback, field, message });

	const codes = new Set(set.registry.map((entry) => entry.id));
	const classes = new Set(set.classes.map((entry) => entry.id));
	const api3 = new Set(set.api3.map((entry) => entry.id));
	const sources = new Map(set.sources.map((entry) => [entry.data.id, entry]));
	const proseIds = new Set(set.prose.map((entry) => entry.id));
	// Entries that exist but failed their schema count as existing: their problem is reported there.
	const exists = {
		code: (code: string) => codes.has(code) || (present?.registry.has(code) ?? false),
		prose: (id: string) => proseIds.has(id) || (present?.prose.has(id) ?? false),
		source: (id: string) => sources.has(id) || (present?.sources.has(id) ?? false),
	};
	// Every source's row for each code, indexed once (registries may hold thousands of codes).
	const rowOf = new Map<string, Map<string, { title: string; description: string }>>();
	const sourced = new Set<string>();
	for (const entry of set.sources) {
		rowOf.set(entry.data.id, new Map(entry.data.rows.map((row) => [row.code, row])));
		for (const row of entry.data.rows) sourced.add(row.code);
	}

	for (const entry of set.registry) {
		const where = `${entry.id}`;
		const { data } = entry;
		if (!/^[1-9][0-9]{3,5}$/.test(entry.id))
			report(
				entry,
				REGISTRY_FILE,
				where,
				`"${entry.id}" is not a code number: use 4 to 6 digits, such as 4500 (check for letters like O for 0)`,
			);
		if (!classes.has(data.class))
			report(
				entry,
				REGISTRY_FILE,
				`${where}.class`,
				`unknown class "${data.class}": use one of ${[...classes].join(', ')} (${files.classes})`,
			);
		data.related.forEach((code, i) => {
			if (!exists.code(code))
				report(
					entry,
					REGISTRY_FILE,
					`${where}.related[${i}]`,
					`related code ${code} is not in the registry: add it, or remove it from related`,
				);
			if (code === entry.id)
				report(entry, REGISTRY_FILE, `${where}.related[${i}]`, 'a code cannot be related to itself: remove it');
		});
		if (new Set(data.related).size !== data.related.length)
			report(entry, REGISTRY_FILE, `${where}.related`, 'lists a code twice: remove the duplicate');
		data.api3.forEach(({ code }, i) => {
			if (!api3.has(code))
				report(
					entry,
					REGISTRY_FILE,
					`${where}.api3[${i}].code`,
					`API 3.0 code ${code} has no official wording in ${files.api3}: add it there (with its source) or fix the name`,
				);
		});
		data.disagreements.forEach((disagreement, d) =>
			disagreement.positions.forEach((position, p) => {
				for (const [sourceId, quote] of Object.entries(position.evidence)) {
					const field = `${where}.disagreements[${d}].positions[${p}].evidence.${sourceId}`;
					const source = sources.get(sourceId);
					const row = rowOf.get(sourceId)?.get(entry.id);
					if (!source) {
						if (!exists.source(sourceId))
							report(
								entry,
								REGISTRY_FILE,
								field,
								`unknown source "${sourceId}": use an id of a file in ${files.source('*')}`,
							);
					} else if (!row)
						report(entry, REGISTRY_FILE, field, `source ${sourceId} has no row for ${entry.id}: remove this quote`);
					else if (!`${row.title} ${row.description}`.includes(quote))
						report(
							entry,
							REGISTRY_FILE,
							field,
							`source ${sourceId} does not say "${quote}" for ${entry.id}: quote its row exactly`,
						);
				}
			}),
		);
		const topics = data.disagreements.map((d) => d.topic);
		topics.forEach((topic, d) => {
			if (topics.indexOf(topic) !== d)
				report(
					entry,
					REGISTRY_FILE,
					`${where}.disagreements[${d}].topic`,
					`topic "${topic}" appears twice for ${entry.id}: merge the two disagreements`,
				);
		});
		data.disagreements.forEach((disagreement, d) => {
			const ids = disagreement.positions.map((p) => p.id);
			ids.forEach((id, p) => {
				if (ids.indexOf(id) !== p)
					report(
						entry,
						REGISTRY_FILE,
						`${where}.disagreements[${d}].positions[${p}].id`,
						`position "${id}" appears twice: give each side its own id`,
					);
			});
		});
		if (!sourced.has(entry.id))
			report(
				entry,
				REGISTRY_FILE,
				where,
				`no source lists ${entry.id}: every code must come from a source: add its row to a raw export in ${files.raw} and run npm run import-seeds`,
			);
	}

	for (const code of codes) {
		for (const locale of localeKeys) {
			if (!exists.prose(`${locale}/${code}`))
				issues.push({
					file: files.prose(`${locale}/${code}`),
					field: '(file)',
					message: `code ${code} is in the registry but has no ${locale} prose: create this file`,
				});
		}
	}
	for (const entry of set.prose) {
		const file = entry.filePath ?? files.prose(entry.id);
		const [locale, code] = entry.id.split('/');
		if (!isLocale(locale)) {
			report(entry, file, '(file)', `"${locale}" is not a locale folder: use ${localeKeys.join(' or ')}`);
			continue;
		}
		if (!exists.code(code)) {
			report(entry, file, '(file)', `code ${code} is not in ${files.registry}: add it there, or remove this file`);
			continue;
		}
		const { title, titleSource } = entry.data;
		if (titleSource === 'project') continue;
		const source = sources.get(titleSource);
		const row = rowOf.get(titleSource)?.get(code);
		if (!source) {
			if (!exists.source(titleSource))
				report(entry, file, 'titleSource', `unknown source "${titleSource}": use a source id or "project"`);
		} else if (source.data.lang !== locale)
			report(
				entry,
				file,
				'titleSource',
				`source ${titleSource} is in ${source.data.lang}, not ${locale}: use a ${locale} source or "project"`,
			);
		else if (!row)
			report(
				entry,
				file,
				'titleSource',
				`source ${titleSource} has no row for ${code}: use "project" for our own wording`,
			);
		else if (normalizeTitle(row.title) !== normalizeTitle(title))
			report(
				entry,
				file,
				'title',
				`"${title}" is not the title in ${titleSource} ("${row.title}"): copy it exactly, or set titleSource: project`,
			);
	}

	for (const entry of set.sources) {
		const file = entry.filePath ?? files.source(entry.id);
		if (entry.data.id !== entry.id)
			report(entry, file, 'id', `id "${entry.data.id}" does not match the file name "${entry.id}": rename one`);
		const seen = new Set<string>();
		entry.data.rows.forEach((row, i) => {
			if (!exists.code(row.code))
				report(
					entry,
					file,
					`rows[${i}].code`,
					`code ${row.code} is not in ${files.registry}: add it to the registry (with prose in both locales)`,
				);
			if (seen.has(row.code)) report(entry, file, `rows[${i}].code`, `code ${row.code} appears twice in this source`);
			seen.add(row.code);
		});
	}

	// Search synonyms: every code exists; a sourced entry's terms are that source's words for each code.
	for (const entry of set.synonyms) {
		const { codes: found, source, en, zh } = entry.data;
		found.forEach((code, i) => {
			if (!exists.code(code))
				report(entry, files.synonyms, `${entry.id}.codes[${i}]`, `code ${code} is not in ${files.registry}`);
		});
		if (en.length + zh.length === 0)
			report(entry, files.synonyms, entry.id, 'has no terms: add en or zh terms, or remove the entry');
		if (source === 'project') continue;
		if (!sources.has(source)) {
			report(entry, files.synonyms, `${entry.id}.source`, `unknown source "${source}": use "project" or a source id`);
			continue;
		}
		for (const code of found) {
			const row = rowOf.get(source)?.get(code);
			const text = row ? `${row.title} ${row.description}`.toLowerCase() : '';
			for (const term of [...en, ...zh].filter((t) => !text.includes(t.toLowerCase())))
				report(
					entry,
					files.synonyms,
					`${entry.id}.source`,
					`source ${source} does not say "${term}" for ${code}: use its words, or mark the entry "project"`,
				);
		}
	}
	return issues;
}
