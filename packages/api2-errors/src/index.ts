/**
 * api2-errors: the Tencent Cloud API 2.0 common error codes in your code, offline. The registry
 * as data and typed constants, each code's text in English or Chinese, our retry verdict, its
 * page on the site, the site's decoder, and an error class for SDK wrappers. Everything comes
 * from the reference's content, by the site's own pipeline and decoder.
 */
import { isLocale, type Locale } from '../../../src/i18n/locales.ts';
import type { CodeHit } from '../../../src/features/search/code-query.ts';
import type { Decoded } from '../../../src/features/decoder/many.ts';
import { registry } from './instance.ts';
import type { CodeRecord, RetryVerdict } from './record.ts';
import type { CodeInfo } from './info.ts';
import { API2_CODES, type Api2ErrorCode } from './constants.ts';

export type { Locale };
export type { CodeRecord, RetryVerdict, Api3Match } from './record.ts';
export type { CodeInfo } from './info.ts';
export type { DecodeResult, DecodeKind, DecodedMessage, SdkFormat } from '../../../src/features/decoder/decode.ts';
export type { Decoded, Summary, CodeGroup } from '../../../src/features/decoder/many.ts';
export { Api2Error, type Api2ErrorOptions } from './error.ts';
export { Api2Code, API2_CODES, type Api2ErrorCode } from './constants.ts';

/** The package's version. */
export const VERSION: string = registry.data.version;

/** The site's origin the package was built for (its SITE_URL), or null: then no URL is absolute and docUrl() gives null. */
export const SITE_ORIGIN: string | null = registry.data.origin;

/** Every code's record, as the site's /codes/{code}.json has it (schema version SCHEMA_VERSION). */
export const codes: readonly CodeRecord[] = registry.data.codes;

/** The schema version of the records (/codes.json's `schemaVersion`). */
export const SCHEMA_VERSION: number = registry.data.schemaVersion;

function checkedLocale(locale: unknown): Locale {
	if (!isLocale(locale)) throw new TypeError(`locale must be "en" or "zh", not ${JSON.stringify(locale)}`);
	return locale;
}

/** A code's text in a language, with its facts; undefined for a code this reference does not document. */
export function lookup(code: number | string, locale: Locale = 'en'): CodeInfo | undefined {
	return registry.info(code, checkedLocale(locale));
}

/** Our retry verdict for a code (`fix-first`, `fresh-request`, `backoff`, `later`, `reconcile`…); undefined when unknown. */
export function retryVerdict(code: number | string): RetryVerdict | undefined {
	return registry.record(code)?.retry;
}

/** The absolute URL of a code's page in a language; null for an unknown code or a package built without the site's origin. */
export function docUrl(code: number | string, locale: Locale = 'en'): string | null {
	return registry.docUrl(code, checkedLocale(locale));
}

/**
 * The site's decoder on a response, a log line, a message or many responses (a string, or a
 * parsed body): the first response found, and a summary per code when there are several.
 */
export function decode(input: string | object): Decoded {
	let text = '';
	try {
		text = typeof input === 'string' ? input : (JSON.stringify(input) ?? '');
	} catch {
		text = String(input);
	}
	return registry.decode(text);
}

/** Codes whose titles, other names or summary (either language) match the words, or that a code query names; best first. */
export function search(query: string, locale: Locale = 'en', limit = 10): CodeHit[] {
	return registry.search(String(query), checkedLocale(locale), limit);
}

/** Whether `code` is one of the documented codes. */
export function isApi2Code(code: unknown): code is Api2ErrorCode {
	return typeof code === 'number' && API2_CODES.includes(code);
}
