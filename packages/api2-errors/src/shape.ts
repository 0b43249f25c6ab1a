/**
 * What the package carries: the registry as the site's content pipeline exports it (the records
 * of /codes.json), the site's instant-search entries, the classes of the code table, and the UI
 * strings the site's answers are made of, in both languages. Built by scripts/data.ts; nothing
 * in it is written by hand.
 */
import type { Locale } from '../../../src/i18n/locales.ts';
import type { DecoderStrings } from '../../../src/features/decoder/strings.ts';
import type { QuickEntry } from '../../../src/features/search/quick.ts';
import type { CodeRecord, RetryVerdict } from './record.ts';

/** The site's strings a code's answer uses besides the decoder's: headings, verdicts, matches, badges. */
export type CodeStrings = Record<
	| 'code.action'
	| 'code.retry'
	| 'code.api3'
	| 'code.api3None'
	| 'badge.translation'
	| 'notFound.unknownCode'
	| 'notFound.nearest'
	| 'search.none'
	| `retry.${RetryVerdict}`
	| `disagreement.heading.${CodeRecord['disagreements'][number]['kind']}`,
	string
>;

/** Every UI string of the package's answers, in one language. */
export type AnswerStrings = DecoderStrings & CodeStrings;

export interface PackageData {
	/** The package's version (its package.json). */
	version: string;
	/** The site's origin, the build's SITE_URL ("https://errors.example.com"); null when built without one. */
	origin: string | null;
	/** The site's base path ("/", "/docs/errors/"): its URLs are on the origin under it. */
	base: string;
	/** /codes.json's schema version. */
	schemaVersion: number;
	/** Every code's record, as the site's /codes/{code}.json has it (urls absolute on `origin`, or paths without one). */
	codes: CodeRecord[];
	/** The groups of the code table, in order: id, first digit of their codes, name per language. */
	classes: { id: string; digit: string; name: Record<Locale, string> }[];
	/** The site's instant-search entries: every code's titles, other names and summaries, both languages. */
	search: QuickEntry[];
	/** The UI strings, per language. */
	strings: Record<Locale, AnswerStrings>;
	/** Constant name (the English title in PascalCase, "ReplayAttack") → code. */
	constants: Record<string, number>;
}
