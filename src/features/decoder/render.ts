/**
 * Browser code: the elements that explain one decoded result, in the page's language. Pasted
 * text is only ever set as text (textContent), never as HTML; our own strings may use inline
 * markdown, with values filled in as escaped text.
 */
import type { DecodeResult } from './decode.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import type { Locale } from '../../i18n/locales.ts';
import { el } from '../../utils/dom.ts';
import { escapeHtml } from '../../utils/html.ts';
import { renderInline } from '../../utils/markdown.ts';
import { pageUrl } from '../../utils/url.ts';
import { appendTitle, codeDetails, codeLink, loadRecord } from './details.ts';
import { api3Details, type Api3Answer } from './api3-answer.ts';
import type { DecoderKey, DecoderStrings } from './strings.ts';

/** What the page gives the browser code: its language, UI strings, the API 3.0 map and the class names. */
export interface RenderContext {
	locale: Locale;
	strings: DecoderStrings;
	api3Map: Record<string, Api3Answer>;
	classes: { digit: string; name: string }[];
}

const MAX_SHOWN = 2000;

/** One of our strings as an element: markdown rendered first, then the values filled in as escaped text. */
export function uiText(tag: 'p' | 'span', template: string, values: Record<string, string> = {}): HTMLElement {
	const node = el(tag);
	const escaped = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, escapeHtml(value)]));
	node.innerHTML = interpolate(renderInline(template), escaped);
	return node;
}

/**
 * The elements for one result; a known code's details are filled in when its record has loaded.
 * `inSummary`: one of many responses, where how each was found would only repeat itself.
 */
export function renderResult(result: DecodeResult, ctx: RenderContext, inSummary = false): HTMLElement[] {
	const { locale, strings } = ctx;
	const fill = (key: DecoderKey, values: Record<string, string> = {}) => interpolate(strings[key], values);
	const parts: HTMLElement[] = [];
	const decoded = result.kind !== 'empty' && result.kind !== 'not-a-response';
	// How it was read, when that is not already what the answer says (an SDK's own code, a transport failure).
	if (result.via && result.kind !== 'sdk-local' && result.kind !== 'transport')
		parts.push(uiText('p', strings[`decoder.via.${result.via}`]));
	else if (
		!result.via &&
		decoded &&
		!inSummary &&
		result.found !== 'whole' &&
		!(result.found === 'bare' && result.kind === 'message')
	)
		parts.push(uiText('p', strings[`decoder.found.${result.found}`]));
	let head: HTMLElement | undefined;
	let action: HTMLElement[] = []; // what to do, after the response's own fields
	switch (result.kind) {
		case 'empty':
			return [uiText('p', strings['decoder.empty'])];
		case 'success':
			parts.push(uiText('p', strings['decoder.success']));
			break;
		case 'error':
			head = el('div', { className: 'decoder__code', text: fill('decoder.loading', { code: result.code ?? '' }) });
			parts.push(head);
			break;
		case 'unknown-code':
			parts.push(...unknownCode(result.code ?? '', result.classDigit, ctx));
			break;
		case 'api3': {
			const code = result.api3?.code ?? '';
			const answer = api3Details(
				code,
				Object.hasOwn(ctx.api3Map, code) ? ctx.api3Map[code] : undefined,
				locale,
				strings,
			);
			parts.push(...answer.parts);
			action = answer.action;
			break;
		}
		case 'message':
			parts.push(uiText('p', strings['decoder.message']));
			break;
		case 'sdk-local':
			parts.push(...localCode(result, ctx));
			break;
		case 'transport':
			parts.push(...transport(result, ctx));
			break;
		case 'not-a-response':
			parts.push(...notAResponse(result, ctx));
			break;
	}
	if (decoded) parts.push(...responseFields(result, ctx));
	parts.push(...action);
	if (head) {
		const body = el('div');
		parts.push(body);
		void fillDetails(result.code ?? '', head, body, ctx);
	}
	return parts;
}

async function fillDetails(code: string, head: HTMLElement, body: HTMLElement, ctx: RenderContext): Promise<void> {
	const record = await loadRecord(code).catch(() => null);
	if (!record) return head.replaceChildren(el('p', { text: interpolate(ctx.strings['decoder.loadFailed'], { code }) }));
	const [title, summary, ...rest] = codeDetails(record, code, ctx.locale, ctx.strings);
	head.replaceChildren(title, summary);
	body.replaceChildren(...rest);
}

function unknownCode(code: string, digit: string | undefined, ctx: RenderContext): HTMLElement[] {
	const { strings, locale } = ctx;
	const first = digit ?? code[0] ?? '';
	const names = ctx.classes.filter((c) => c.digit === first).map((c) => c.name);
	return [
		el('p', { className: 'decoder__verdict', text: interpolate(strings['decoder.unknown'], { code }) }),
		el('p', {
			text: names.length
				? interpolate(strings['decoder.unknownClass'], {
						digit: first,
						classes: names.join(locale === 'zh' ? '、' : ', '),
					})
				: interpolate(strings['decoder.unknownNoClass'], { digit: first }),
		}),
		el('p', { children: [el('a', { text: strings['decoder.toTable'], attrs: { href: pageUrl(locale, '') } })] }),
	];
}

function localCode(result: DecodeResult, ctx: RenderContext): HTMLElement[] {
	const { strings } = ctx;
	const code = result.localCode ?? '';
	const verdict = el('p', {
		className: 'decoder__verdict',
		text: interpolate(strings['decoder.local.verdict'], { code }),
	});
	if (result.via !== 'java') return [verdict, uiText('p', strings['decoder.local.php'])];
	const meaning = strings[`decoder.local.java${code.replace('-', '')}` as DecoderKey] ?? '';
	return [verdict, uiText('p', strings['decoder.local.java'], { meaning })];
}

function transport(result: DecodeResult, ctx: RenderContext): HTMLElement[] {
	const { strings, locale } = ctx;
	const parts = [uiText('p', strings['decoder.transport'])];
	parts[0].className = 'decoder__verdict';
	if (result.via === 'python' || result.via === 'qcloudcli')
		parts.push(uiText('p', strings[`decoder.transport.${result.via}`]));
	else parts.push(uiText('p', strings['decoder.transport.html']));
	parts.push(
		uiText('p', strings['decoder.transport.try']),
		el('p', {
			children: [
				el('a', { text: strings['decoder.transport.status'], attrs: { href: pageUrl(locale, 'clb-status/') } }),
			],
		}),
	);
	return parts;
}

function notAResponse(result: DecodeResult, ctx: RenderContext): HTMLElement[] {
	const { strings, locale } = ctx;
	const key =
		result.problem === 'no-code'
			? 'decoder.noCode'
			: result.problem === 'bad-code'
				? 'decoder.badCode'
				: 'decoder.noResponse';
	const parts = [uiText('p', strings[key])];
	if (result.jsonFields?.length)
		parts.push(
			uiText('p', strings['decoder.jsonFields'], { fields: result.jsonFields.join(locale === 'zh' ? '、' : ', ') }),
		);
	if (result.mentions?.length) {
		const items = result.mentions.map((code) => {
			const link = codeLink(code, locale);
			appendTitle(link, code, locale);
			return el('li', { children: [link] });
		});
		parts.push(
			el('p', { text: strings['decoder.mentions'] }),
			el('ul', { className: 'decoder__mentions', children: items }),
		);
	}
	parts.push(uiText('p', strings['decoder.tryNext']));
	return parts;
}

/** The response's own fields, decoded (\uXXXX, module code), whatever its API version. */
function responseFields(result: DecodeResult, ctx: RenderContext): HTMLElement[] {
	const { strings } = ctx;
	const parts: HTMLElement[] = [];
	if (result.codeType === 'string' && result.code)
		parts.push(uiText('p', strings['decoder.codeString'], { code: result.code }));
	const fields: [string, string, string?][] = [];
	if (result.message?.moduleCode)
		fields.push([strings['decoder.moduleCode'], result.message.moduleCode, 'module-code']);
	if (result.message?.text) fields.push([strings['decoder.messageText'], result.message.text, 'message-text']);
	if (result.codeDesc) fields.push([strings['decoder.codeDesc'], result.codeDesc, 'code-desc']);
	if (result.requestId) fields.push([strings['decoder.requestId'], result.requestId, 'request-id']);
	if (result.httpStatus) fields.push([strings['decoder.httpStatus'], result.httpStatus, 'http-status']);
	for (const field of result.otherFields) fields.push([field.name, field.value]);
	if (fields.length) parts.push(fieldList(fields));
	if (result.message?.unicodeDecoded) parts.push(uiText('p', strings['decoder.unicode']));
	return parts;
}

function fieldList(fields: [string, string, string?][]): HTMLElement {
	const list = el('dl', { className: 'decoder__fields' });
	for (const [name, value, key] of fields) {
		// A huge message is shown cut short: laying out a megabyte of text would freeze the page.
		const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}… (+${value.length - MAX_SHOWN})` : value;
		list.append(el('dt', { text: name }), el('dd', { text: shown, attrs: { 'data-field': key } }));
	}
	return list;
}
