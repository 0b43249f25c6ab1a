/**
 * The registry as functions: a code's record and its text in one language, its retry verdict,
 * its page's URL, search over titles, other names and summaries (the site's instant search), and
 * the context the decoder's answers are built with. Pure: everything comes from `data`.
 */
import type { Locale } from '../../../src/i18n/locales.ts';
import { codeDigits, matchCodes, type CodeHit } from '../../../src/features/search/code-query.ts';
import { quickMatch } from '../../../src/features/search/quick.ts';
import { nearestCodes } from '../../../src/features/not-found/recover.ts';
import { api3Answers, type Api3Answer } from '../../../src/features/decoder/answer-code.ts';
import type { AnswerContext } from '../../../src/features/decoder/answer.ts';
import { decodeAll, type Decoded } from '../../../src/features/decoder/many.ts';
import type { CodeRecord } from './record.ts';
import type { CodeInfo } from './info.ts';
import type { AnswerStrings, PackageData } from './shape.ts';

/** A code ("4500", 4500, "E4500", "code=4500") as its canonical digits, or null when it is no code. */
export function codeOf(code: unknown): string | null {
	if (typeof code === 'number') return Number.isSafeInteger(code) && code >= 0 ? String(code) : null;
	return typeof code === 'string' ? codeDigits(code) : null;
}

export interface Registry {
	data: PackageData;
	record(code: unknown): CodeRecord | undefined;
	isKnownCode(code: string): boolean;
	/** The site's decoder on a paste: the first response, and a summary when there are several. */
	decode(text: string): Decoded;
	info(code: unknown, locale: Locale): CodeInfo | undefined;
	docUrl(code: unknown, locale: Locale): string | null;
	/** The site's instant results for words or a code, best first. */
	search(query: string, locale: Locale, limit: number): CodeHit[];
	/** Known codes near an unknown one: those it is a prefix of, else the nearest of its class. */
	near(digits: string): string[];
	/** What the decoder's answers are built from, in one language. */
	answerContext(locale: Locale): AnswerContext & { strings: AnswerStrings };
}

export function createRegistry(data: PackageData): Registry {
	const byCode = new Map(data.codes.map((record) => [String(record.code), record]));
	const hits: CodeHit[] = data.codes.map((r) => ({
		code: String(r.code),
		titles: { en: r.text.en.title, zh: r.text.zh.title },
	}));
	const contexts = new Map<Locale, AnswerContext & { strings: AnswerStrings }>();
	const record = (code: unknown) => {
		const digits = codeOf(code);
		return digits === null ? undefined : byCode.get(digits);
	};
	const docUrl = (code: unknown, locale: Locale) => {
		const found = record(code);
		// With an origin the records' URLs are absolute (the site's rule); without one there is no page URL to give.
		return found && data.origin ? found.urls[locale] : null;
	};
	return {
		data,
		record,
		isKnownCode: (code) => byCode.has(code),
		decode: (text) => decodeAll(text, (code) => byCode.has(code)),
		docUrl,
		info(code, locale) {
			const found = record(code);
			if (!found) return undefined;
			const text = found.text[locale];
			const strings = data.strings[locale];
			return {
				code: found.code,
				locale,
				title: text.title,
				summary: text.summary,
				cause: text.cause,
				action: text.action,
				retry: { verdict: found.retry, label: strings[`retry.${found.retry}`], advice: text.retry },
				api3: found.api3.map((item) => ({
					code: item.code,
					match: item.match,
					label: strings[`match.${item.match}`],
					description: item.description[locale],
				})),
				api3Note: text.api3,
				className: found.class[locale],
				url: docUrl(found.code, locale),
				record: found,
			};
		},
		search(query, locale, limit) {
			const { hits: coded } = matchCodes(query, hits, limit);
			return coded.length ? coded : quickMatch(query, data.search, locale, limit);
		},
		near(digits) {
			const prefixed = matchCodes(digits, hits).hits.map((hit) => hit.code);
			return prefixed.length ? prefixed : nearestCodes(digits, [...byCode.keys()]);
		},
		answerContext(locale) {
			let ctx = contexts.get(locale);
			if (!ctx) {
				const api3Map: Record<string, Api3Answer> = api3Answers(
					data.codes.map((r) => ({
						code: String(r.code),
						title: r.text[locale].title,
						api3: r.api3.map((item) => ({ code: item.code, match: item.match, official: item.description[locale] })),
					})),
				);
				ctx = {
					locale,
					strings: data.strings[locale],
					api3Map,
					classes: data.classes.map((c) => ({ digit: c.digit, name: c.name[locale] })),
					record: (code) => byCode.get(code) ?? null,
				};
				contexts.set(locale, ctx);
			}
			return ctx;
		},
	};
}
