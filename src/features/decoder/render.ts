/**
 * Browser code: the elements of the decoder's answer (answer.ts), in the page's language. Pasted
 * text is only ever set as text (textContent), never as HTML; our own strings may use inline
 * markdown, with values filled in as escaped text. A known code's record is loaded from
 * /codes/{code}.json and its parts drawn when it arrives (`data-pending` until then).
 */
import type { DecodeResult } from './decode.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { el } from '../../utils/dom.ts';
import { escapeHtml } from '../../utils/html.ts';
import { renderInline, renderProse } from '../../utils/markdown.ts';
import { pageUrl } from '../../utils/url.ts';
import { answerParts, type AnswerContext, type AnswerField, type AnswerPart, type Tone } from './answer.ts';
import { resolvePending } from './answer-code.ts';
import { appendTitle, codeLink, loadRecord, oursBadge } from './details.ts';

/** What the page gives the browser code: its language, UI strings, the API 3.0 map and the class names. */
export type RenderContext = Omit<AnswerContext, 'record'>;

const TONE_CLASS: Record<Tone, string> = {
	verdict: 'decoder__verdict',
	warning: 'decoder__warning',
	muted: 'muted',
	lead: 'lead',
};

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
	return renderParts(answerParts(result, ctx, inSummary), ctx);
}

export function renderParts(parts: readonly AnswerPart[], ctx: RenderContext): HTMLElement[] {
	return parts.map((part) => renderPart(part, ctx));
}

function renderPart(part: AnswerPart, ctx: RenderContext): HTMLElement {
	const { locale, strings } = ctx;
	switch (part.type) {
		case 'text': {
			const node = part.markdown ? uiText('p', part.text, part.values) : el('p', { text: part.text });
			if (part.tone) node.className = TONE_CLASS[part.tone];
			return node;
		}
		case 'fields':
			return fieldList(part.fields);
		case 'link':
			return el('p', { children: [el('a', { text: part.text, attrs: { href: pageUrl(locale, part.route) } })] });
		case 'codes': {
			const items = part.items.map((item) => {
				const link = codeLink(item.code, locale, item.title);
				if (part.role === 'mentions') {
					if (item.title === undefined) appendTitle(link, item.code, locale);
					return el('li', { children: [link] });
				}
				return el('li', { attrs: { 'data-match': item.match }, children: [link, ' — ', item.note ?? ''] });
			});
			return el('ul', { className: part.role === 'mentions' ? 'decoder__mentions' : undefined, children: items });
		}
		case 'code-warning':
			return el('p', {
				className: 'decoder__warning',
				attrs: { 'data-match': part.item.match },
				children: [part.text, codeLink(part.item.code, locale, part.item.title)],
			});
		case 'quote': {
			const quote = el('blockquote', { attrs: { 'data-field': 'api3-official' } });
			quote.innerHTML = renderInline(part.markdown); // our content (Tencent's wording), escaped by renderInline
			return quote;
		}
		case 'title':
			return el('h2', { className: 'decoder__title', children: [codeLink(part.code, locale, part.title)] });
		case 'heading':
			return el('h3', { text: `${part.text} `, children: part.ours ? [oursBadge(strings)] : [] });
		case 'prose': {
			const prose = el('div', { className: 'prose' });
			prose.innerHTML = renderProse(part.markdown); // our content, escaped by renderProse
			return prose;
		}
		case 'pending': {
			const holder =
				part.part === 'head'
					? el('div', {
							className: 'decoder__code',
							text: interpolate(strings['decoder.loading'], { code: part.code }),
						})
					: el('div');
			holder.dataset.pending = '';
			void loadRecord(part.code)
				.catch(() => null)
				.then((record) => {
					holder.replaceChildren(...renderParts(resolvePending(part.part, part.code, record, ctx), ctx));
					delete holder.dataset.pending;
				});
			return holder;
		}
	}
}

function fieldList(fields: readonly AnswerField[]): HTMLElement {
	const list = el('dl', { className: 'decoder__fields' });
	for (const { name, value, key } of fields)
		list.append(el('dt', { text: name }), el('dd', { text: value, attrs: { 'data-field': key } }));
	return list;
}
