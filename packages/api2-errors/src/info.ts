/** What `lookup()` gives: a code's text in one language, with its facts. */
import type { Locale } from '../../../src/i18n/locales.ts';
import type { Api3Match, CodeRecord, RetryVerdict } from './record.ts';

/** A code's text in one language, with its facts. Text fields are inline markdown (`code`, [text](url), "- " lists). */
export interface CodeInfo {
	code: number;
	locale: Locale;
	title: string;
	/** One sentence: what the code means. */
	summary: string;
	/** Why it happens. */
	cause: string;
	/** What to do ("- " lines form a list). */
	action: string;
	/** Our retry verdict, its label in this language, and our advice. */
	retry: { verdict: RetryVerdict; label: string; advice: string };
	/** The closest API 3.0 common error codes: how close (and its label), Tencent Cloud's description. */
	api3: { code: string; match: Api3Match; label: string; description: string }[];
	/** Our note on the API 3.0 codes. */
	api3Note: string;
	/** The group of the code table it is listed under. */
	className: string;
	/** The code's page on the site, absolute; null when the package was built without the site's origin. */
	url: string | null;
	/** The whole record, both languages, as /codes/{code}.json has it. */
	record: CodeRecord;
}
