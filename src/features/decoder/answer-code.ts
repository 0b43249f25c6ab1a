/**
 * The parts of the decoder's answer that come from this reference's content: a known code's
 * title, meaning and guidance (from its record, /codes/{code}.json), and the answer to an API 3.0
 * error: Tencent's description of the code, the API 2.0 codes we relate to it with our match
 * strength, and what to do from the closest one. A false friend (same name, different meaning)
 * is a warning pointing at the API 2.0 code, never a mapping. Pure, no DOM.
 */
import type { Locale } from '../../i18n/locales.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import type { AnswerContext, AnswerPart, Match, PendingPart } from './answer.ts';

/** The part of a code's record (/codes/{code}.json) the decoder shows. */
export interface CodeRecord {
	code: number;
	text: Record<Locale, { title: string; summary: string; action: string; retry: string }>;
}

/** What this reference knows of one API 3.0 code, in one language. */
export interface Api3Answer {
	/** Tencent's description of the API 3.0 code (inline markdown). */
	official: string;
	/** The API 2.0 codes we relate to it. */
	codes: { code: string; match: Match; title: string }[];
}

/** A code as the API 3.0 map is built from: its number, title and API 3.0 mapping, in one language. */
export interface Api3Source {
	code: string;
	title: string;
	api3: readonly { code: string; match: Match; official: string }[];
}

/** API 3.0 code → Tencent's description of it and the API 2.0 codes we relate to it, in code order. */
export function api3Answers(codes: readonly Api3Source[]): Record<string, Api3Answer> {
	const map: Record<string, Api3Answer> = {};
	for (const entry of codes)
		for (const item of entry.api3) {
			const answer = (map[item.code] ??= { official: item.official, codes: [] });
			answer.codes.push({ code: entry.code, match: item.match, title: entry.title });
		}
	return map;
}

/** A known code's parts, from its record when at hand; else one `pending` part that the page fills in. */
export function codeParts(code: string, part: PendingPart, ctx: AnswerContext): AnswerPart[] {
	return ctx.record ? resolvePending(part, code, ctx.record(code), ctx) : [{ type: 'pending', code, part }];
}

/**
 * What a pending part becomes once the code's record is known (null: it could not be had): its
 * title and meaning ('head'), what to do and retrying ('body'), or what to do alone ('action').
 */
export function resolvePending(
	part: PendingPart,
	code: string,
	record: CodeRecord | null,
	ctx: Pick<AnswerContext, 'locale' | 'strings'>,
): AnswerPart[] {
	const { strings } = ctx;
	if (!record)
		return part === 'head'
			? [{ type: 'text', text: interpolate(strings['decoder.loadFailed'], { code }), markdown: false }]
			: [];
	const text = record.text[ctx.locale];
	if (part === 'head')
		return [
			{ type: 'title', code, title: text.title },
			{ type: 'text', text: text.summary, markdown: true, tone: 'lead' },
		];
	if (part === 'action') return [{ type: 'prose', markdown: text.action }];
	return [
		{ type: 'heading', text: strings['decoder.whatToDo'], ours: true },
		{ type: 'prose', markdown: text.action },
		{ type: 'heading', text: strings['code.retry'], ours: true },
		{ type: 'prose', markdown: text.retry },
	];
}

/** The parts that explain API 3.0 code `code` (`answer` is undefined for a code this reference does not relate). */
export function api3Parts(code: string, answer: Api3Answer | undefined, ctx: AnswerContext): AnswerPart[] {
	const { strings } = ctx;
	const parts: AnswerPart[] = [
		{ type: 'text', text: interpolate(strings['decoder.api3'], { code }), markdown: false, tone: 'verdict' },
	];
	const none: AnswerPart = { type: 'text', text: strings['decoder.api3None'], markdown: false };
	if (!answer) return [...parts, none];
	parts.push(
		{ type: 'text', text: strings['decoder.api3Official'], markdown: false },
		{ type: 'quote', markdown: answer.official },
	);
	const related = answer.codes.filter((item) => item.match !== 'false-friend');
	const falseFriends = answer.codes.filter((item) => item.match === 'false-friend');
	if (related.length) {
		const items = related.map((item) => ({ ...item, note: strings[`match.${item.match}`] }));
		parts.push(
			{ type: 'text', text: strings['decoder.api3Map'], markdown: false },
			{ type: 'codes', items, role: 'api3' },
		);
	} else parts.push(none);
	for (const item of falseFriends)
		parts.push({ type: 'code-warning', text: `${strings['match.false-friend']}${strings['punct.colon']}`, item });
	return parts;
}

/** What to do about API 3.0 code `code`: ours for the API 2.0 code that matches best, when one matches exactly or closely. */
export function api3Action(answer: Api3Answer | undefined, ctx: AnswerContext): AnswerPart[] {
	const related = answer?.codes.filter((item) => item.match !== 'false-friend') ?? [];
	const best = related.find((item) => item.match === 'exact') ?? related.find((item) => item.match === 'close');
	if (!best) return [];
	const { strings } = ctx;
	return [
		{ type: 'heading', text: strings['decoder.whatToDo'], ours: true },
		{
			type: 'text',
			text: interpolate(strings['decoder.api3Action'], { code: best.code }),
			markdown: false,
			tone: 'muted',
		},
		...codeParts(best.code, 'action', ctx),
	];
}
