/**
 * The decoder's answer as data: an ordered list of typed parts (a verdict, a paragraph, the
 * response's fields, links to code pages, what to do…) built from a DecodeResult and the UI
 * strings. Pure, no DOM: the page draws the parts (render.ts) and the command-line tool prints
 * them, so both say the same thing in the same order. Our strings are inline markdown, with
 * `values` filled in as plain text; pasted text only ever appears in `values` and `fields`.
 */
import type { DecodeResult } from './decode.ts';
import type { Locale } from '../../i18n/locales.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { api3Action, api3Parts, codeParts, type Api3Answer, type CodeRecord } from './answer-code.ts';
import type { DecoderKey, DecoderStrings } from './strings.ts';

/** How a paragraph stands out: the answer's verdict, a warning, an aside, the code's meaning. */
export type Tone = 'verdict' | 'warning' | 'muted' | 'lead';

/** How close an API 2.0 code is to an API 3.0 code (our mapping). */
export type Match = 'exact' | 'close' | 'partial' | 'false-friend';

/** A code page the answer links to: its number, its title (when known) and what follows the link. */
export interface CodeItem {
	code: string;
	title?: string;
	/** For the API 3.0 mapping: how close, and its label. */
	match?: Match;
	note?: string;
}

/** One field of the response: its label, its value as found, and a stable key for the known ones. */
export interface AnswerField {
	name: string;
	value: string;
	key?: 'module-code' | 'message-text' | 'code-desc' | 'request-id' | 'http-status';
}

export type AnswerPart =
	/** A paragraph: one of our strings in inline markdown (`markdown`) or as plain text, values filled in as text. */
	| { type: 'text'; text: string; markdown: boolean; values?: Record<string, string>; tone?: Tone }
	/** The response's own fields. */
	| { type: 'fields'; fields: AnswerField[] }
	/** A link to a page of this site, by its route without the language ("" is the code table). */
	| { type: 'link'; text: string; route: string }
	/** A list of links to code pages: codes a text mentions, or the API 2.0 codes of an API 3.0 code. */
	| { type: 'codes'; items: CodeItem[]; role: 'mentions' | 'api3' }
	/** A warning that names a code: `text`, then a link to the code (a false friend of an API 3.0 code). */
	| { type: 'code-warning'; text: string; item: CodeItem }
	/** Tencent Cloud's description of an API 3.0 code (inline markdown). */
	| { type: 'quote'; markdown: string }
	/** A known code's number and title, linking to its page. */
	| { type: 'title'; code: string; title: string }
	/** A heading over our guidance; `ours` marks it as written by this project. */
	| { type: 'heading'; text: string; ours: boolean }
	/** Paragraphs and "- " lists (inline markdown: our content). */
	| { type: 'prose'; markdown: string }
	/** Parts of a known code's record that are not at hand yet: the page fills them in (resolvePending). */
	| { type: 'pending'; code: string; part: PendingPart };

/** Where a code's record is needed: its title and meaning, its guidance, or only what to do (API 3.0). */
export type PendingPart = 'head' | 'body' | 'action';

/** What the answer is built from, besides the result. */
export interface AnswerContext {
	locale: Locale;
	strings: DecoderStrings;
	/** API 3.0 code → what this reference relates to it. */
	api3Map: Record<string, Api3Answer>;
	/** The classes of the code table: first digit and name. */
	classes: { digit: string; name: string }[];
	/** A known code's record when it is at hand (null: there is none); without it, `pending` parts stand in. */
	record?: (code: string) => CodeRecord | null;
}

/** Longer values are shown cut short: laying out a megabyte of text would freeze the page. */
const MAX_SHOWN = 2000;

/** A field's value as shown. */
const shown = (value: string) =>
	value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}… (+${value.length - MAX_SHOWN})` : value;

/** A paragraph of our strings: markdown, values filled in as text. */
const say = (text: string, values?: Record<string, string>, tone?: Tone): AnswerPart => ({
	type: 'text',
	text,
	markdown: true,
	...(values ? { values } : {}),
	...(tone ? { tone } : {}),
});

/** A paragraph of plain text (our strings filled in, shown as they are). */
const plain = (text: string, tone?: Tone): AnswerPart => ({
	type: 'text',
	text,
	markdown: false,
	...(tone ? { tone } : {}),
});

/**
 * The parts that explain one result. `inSummary`: one of many responses, where how each was
 * found would only repeat itself.
 */
export function answerParts(result: DecodeResult, ctx: AnswerContext, inSummary = false): AnswerPart[] {
	const { strings } = ctx;
	const parts: AnswerPart[] = [];
	const decoded = result.kind !== 'empty' && result.kind !== 'not-a-response';
	// How it was read, when that is not already what the answer says (an SDK's own code, a transport failure).
	if (result.via && result.kind !== 'sdk-local' && result.kind !== 'transport')
		parts.push(say(strings[`decoder.via.${result.via}`]));
	else if (
		!result.via &&
		decoded &&
		!inSummary &&
		result.found !== 'whole' &&
		!(result.found === 'bare' && result.kind === 'message')
	)
		parts.push(say(strings[`decoder.found.${result.found}`]));
	let known: string | undefined;
	let action: AnswerPart[] = []; // what to do, after what the response itself says
	switch (result.kind) {
		case 'empty':
			return [say(strings['decoder.empty'])];
		case 'success':
			parts.push(say(strings['decoder.success']));
			break;
		case 'error':
			known = result.code ?? '';
			parts.push(...codeParts(known, 'head', ctx));
			break;
		case 'unknown-code':
			parts.push(...unknownCode(result.code ?? '', result.classDigit, ctx));
			break;
		case 'api3': {
			const code = result.api3?.code ?? '';
			const answer = Object.hasOwn(ctx.api3Map, code) ? ctx.api3Map[code] : undefined;
			parts.push(...api3Parts(code, answer, ctx));
			action = api3Action(answer, ctx);
			break;
		}
		case 'message':
			parts.push(say(strings['decoder.message']));
			break;
		case 'sdk-local':
			parts.push(...localCode(result, strings));
			break;
		case 'transport':
			parts.push(...transport(result, strings));
			break;
		case 'not-a-response':
			parts.push(...notAResponse(result, ctx));
			break;
	}
	if (decoded) parts.push(...responseFields(result, strings));
	if (known !== undefined) parts.push(...codeParts(known, 'body', ctx));
	return [...parts, ...action];
}

function unknownCode(code: string, digit: string | undefined, ctx: AnswerContext): AnswerPart[] {
	const { strings, locale } = ctx;
	const first = digit ?? code[0] ?? '';
	const names = ctx.classes.filter((c) => c.digit === first).map((c) => c.name);
	return [
		plain(interpolate(strings['decoder.unknown'], { code }), 'verdict'),
		plain(
			names.length
				? interpolate(strings['decoder.unknownClass'], {
						digit: first,
						classes: names.join(locale === 'zh' ? '、' : ', '),
					})
				: interpolate(strings['decoder.unknownNoClass'], { digit: first }),
		),
		{ type: 'link', text: strings['decoder.toTable'], route: '' },
	];
}

function localCode(result: DecodeResult, strings: DecoderStrings): AnswerPart[] {
	const code = result.localCode ?? '';
	const verdict = plain(interpolate(strings['decoder.local.verdict'], { code }), 'verdict');
	if (result.via !== 'java') return [verdict, say(strings['decoder.local.php'])];
	const meaning = strings[`decoder.local.java${code.replace('-', '')}` as DecoderKey] ?? '';
	return [verdict, say(strings['decoder.local.java'], { meaning })];
}

function transport(result: DecodeResult, strings: DecoderStrings): AnswerPart[] {
	const how =
		result.via === 'python' || result.via === 'qcloudcli'
			? strings[`decoder.transport.${result.via}`]
			: strings['decoder.transport.html'];
	return [
		say(strings['decoder.transport'], undefined, 'verdict'),
		say(how),
		say(strings['decoder.transport.try']),
		{ type: 'link', text: strings['decoder.transport.status'], route: 'clb-status/' },
	];
}

function notAResponse(result: DecodeResult, ctx: AnswerContext): AnswerPart[] {
	const { strings, locale } = ctx;
	const key =
		result.problem === 'no-code'
			? 'decoder.noCode'
			: result.problem === 'bad-code'
				? 'decoder.badCode'
				: 'decoder.noResponse';
	const parts = [say(strings[key])];
	if (result.jsonFields?.length)
		parts.push(say(strings['decoder.jsonFields'], { fields: result.jsonFields.join(locale === 'zh' ? '、' : ', ') }));
	if (result.mentions?.length) {
		const items = result.mentions.map((code) => ({ code, ...titleOf(code, ctx) }));
		parts.push(plain(strings['decoder.mentions']), { type: 'codes', items, role: 'mentions' });
	}
	parts.push(say(strings['decoder.tryNext']));
	return parts;
}

/** A code's title when its record is at hand (else the page adds it once loaded). */
export function titleOf(code: string, ctx: AnswerContext): { title?: string } {
	const title = ctx.record?.(code)?.text[ctx.locale].title;
	return title === undefined ? {} : { title };
}

/** The response's own fields, decoded (\uXXXX, module code), whatever its API version. */
function responseFields(result: DecodeResult, strings: DecoderStrings): AnswerPart[] {
	const parts: AnswerPart[] = [];
	if (result.codeType === 'string' && result.code)
		parts.push(say(strings['decoder.codeString'], { code: result.code }));
	const fields: AnswerField[] = [];
	const message = result.message;
	if (message?.moduleCode)
		fields.push({ name: strings['decoder.moduleCode'], value: message.moduleCode, key: 'module-code' });
	if (message?.text) fields.push({ name: strings['decoder.messageText'], value: message.text, key: 'message-text' });
	if (result.codeDesc) fields.push({ name: strings['decoder.codeDesc'], value: result.codeDesc, key: 'code-desc' });
	if (result.requestId) fields.push({ name: strings['decoder.requestId'], value: result.requestId, key: 'request-id' });
	if (result.httpStatus)
		fields.push({ name: strings['decoder.httpStatus'], value: result.httpStatus, key: 'http-status' });
	for (const field of result.otherFields) fields.push({ name: field.name, value: field.value });
	if (fields.length) parts.push({ type: 'fields', fields: fields.map((f) => ({ ...f, value: shown(f.value) })) });
	if (message?.unicodeDecoded) parts.push(say(strings['decoder.unicode']));
	return parts;
}
