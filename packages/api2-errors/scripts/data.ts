/**
 * The package's data, from the site's content pipeline: the content read and checked by the one
 * reader (stage 3), the site model (stage 5), /codes.json's records (stage 6), the instant-search
 * entries and the UI strings of the site's dictionaries. The same origin and base path rules as
 * the site (src/utils/site-origin.ts): SITE_URL, an http(s) origin or none (then no absolute
 * URLs: the records' `urls` are paths, as in a site build without it), BASE_PATH, CONTENT_DIR.
 */
import { readFileSync } from 'node:fs';
import { contentDir, formatIssues, readContent } from '../../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../../src/pipeline/5-model.ts';
import { codesDocument } from '../../../src/pipeline/6-export/codes-json.ts';
import { retryVerdicts, disagreementKinds } from '../../../src/pipeline/2-schema/content.ts';
import { quickEntries } from '../../../src/features/search/quick-index.ts';
import { decoderKeys } from '../../../src/features/decoder/strings.ts';
import { dictionaries } from '../../../src/i18n/t.ts';
import { localeKeys, type Locale } from '../../../src/i18n/locales.ts';
import { normalizeBase } from '../../../src/utils/url.ts';
import { siteOrigin } from '../../../src/utils/site-origin.ts';
import type { UIKey } from '../../../src/i18n/ui/en.ts';
import type { AnswerStrings, PackageData } from '../src/shape.ts';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The keys of AnswerStrings (src/shape.ts), as the dictionaries are read for them. */
export const answerKeys: UIKey[] = [
	...decoderKeys,
	'code.action',
	'code.retry',
	'code.api3',
	'code.api3None',
	'badge.translation',
	'notFound.unknownCode',
	'notFound.nearest',
	'search.none',
	...retryVerdicts.map((verdict) => `retry.${verdict}` as UIKey),
	...disagreementKinds.map((kind) => `disagreement.heading.${kind}` as UIKey),
];

/** A code's constant name: its English title in PascalCase ("Replay attack" → "ReplayAttack"). */
export function constantName(title: string): string {
	return title
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join('');
}

/** Every code's constant; throws when two titles give one name, or a name is no identifier. */
function constants(codes: PackageData['codes']): Record<string, number> {
	const names: Record<string, number> = {};
	for (const record of codes) {
		const name = constantName(record.text.en.title);
		if (!/^[A-Z][A-Za-z0-9]*$/.test(name))
			throw new Error(`${record.code}: its English title gives no constant name ("${name}"): start it with a letter`);
		if (Object.hasOwn(names, name))
			throw new Error(`${record.code} and ${names[name]}: both English titles give the constant name ${name}`);
		names[name] = record.code;
	}
	return names;
}

/** The package's data for `env` (SITE_URL, BASE_PATH, CONTENT_DIR); throws on any content problem. */
export function packageData(env: Record<string, string | undefined> = process.env): PackageData {
	const { set, issues } = readContent(contentDir(env));
	if (issues.length) throw new Error(`the content has problems:\n${formatIssues(issues)}`);
	const site = buildSiteData(set);
	const base = normalizeBase(env.BASE_PATH || '/');
	// The site's rule for SITE_URL: an http(s) origin or nothing (then no absolute URLs).
	const origin = siteOrigin(env.SITE_URL) ?? null;
	const document = codesDocument(site, base, origin === null ? undefined : new URL(origin));
	const strings = Object.fromEntries(
		localeKeys.map((locale: Locale) => [
			locale,
			Object.fromEntries(answerKeys.map((key) => [key, dictionaries[locale][key]])) as AnswerStrings,
		]),
	) as Record<Locale, AnswerStrings>;
	return {
		version: manifest.version,
		origin,
		base,
		schemaVersion: document.schemaVersion,
		codes: document.codes,
		classes: site.classes.map((c) => ({ id: c.id, digit: String(c.digit), name: { en: c.en.name, zh: c.zh.name } })),
		search: quickEntries(site.codes),
		strings,
		constants: constants(document.codes),
	};
}
