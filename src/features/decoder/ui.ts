/**
 * The decoder page: decodes what is pasted as you type (decode.ts) and explains it
 * in the page's language. Pasted text is only ever set as text (textContent), never as HTML.
 * Code details come from /codes/{code}.json (details.ts).
 */
import { decodeResponse, type DecodeResult } from './decode.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { el } from '../../utils/dom.ts';
import { escapeHtml } from '../../utils/html.ts';
import { renderInline } from '../../utils/markdown.ts';
import { readStrings } from '../../i18n/feature-strings.ts';
import { pageUrl } from '../../utils/url.ts';
import { codeDetails, loadRecord } from './details.ts';
import { api3Details, type Api3Answer } from './api3-answer.ts';
import { attachKeep } from './keep.ts';
import type { DecoderKey, DecoderStrings } from './strings.ts';

const MAX_SHOWN = 2000;

/**
 * Our own UI strings may use inline markdown (`code`): the template is rendered, then the values
 * are filled in as escaped text, so a value (from the pasted response) is never read as markdown,
 * HTML or a placeholder.
 */
function uiText(tag: 'p' | 'span', template: string, values: Record<string, string> = {}): HTMLElement {
	const node = el(tag);
	const escaped = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, escapeHtml(value)]));
	node.innerHTML = interpolate(renderInline(template), escaped);
	return node;
}

/** Wire the decoder block ([data-decoder]): decode on every input and on the example buttons. */
export function attachDecoder(root: HTMLElement): void {
	const textarea = root.querySelector<HTMLTextAreaElement>('textarea');
	const out = root.querySelector<HTMLElement>('.decoder__output');
	const lang = document.documentElement.dataset.locale;
	if (!textarea || !out || !isLocale(lang)) return;
	// Narrowed once, for the closures below.
	const [input, output, locale]: [HTMLTextAreaElement, HTMLElement, Locale] = [textarea, out, lang];
	const strings = readStrings<DecoderStrings>(root);
	const known = new Set((root.dataset.codes ?? '').split(',').filter(Boolean));
	const api3Map = JSON.parse(root.dataset.api3 ?? '{}') as Record<string, Api3Answer>;
	const classes = JSON.parse(root.dataset.classes ?? '[]') as { digit: string; name: string }[];
	const fill = (key: DecoderKey, values: Record<string, string> = {}) => interpolate(strings[key], values);
	let sequence = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	async function show(result: DecodeResult): Promise<void> {
		const id = ++sequence;
		const parts: HTMLElement[] = [];
		const decoded = result.kind !== 'empty' && result.kind !== 'not-a-response';
		if (decoded && result.found !== 'whole') parts.push(uiText('p', strings[`decoder.found.${result.found}`]));
		// For a known code: its name first, then what the response itself says, then what to do.
		let head: HTMLElement | null = null;
		let body: HTMLElement | null = null;
		switch (result.kind) {
			case 'empty':
				output.replaceChildren(uiText('p', strings['decoder.empty']));
				output.dataset.kind = 'empty';
				return;
			case 'success':
				parts.push(uiText('p', strings['decoder.success']));
				break;
			case 'error': {
				head = el('div', {
					className: 'decoder__code',
					text: fill('decoder.loading', { code: result.code as string }),
				});
				parts.push(head);
				break;
			}
			case 'unknown-code': {
				const code = result.code as string;
				const digit = result.classDigit ?? code[0];
				const names = classes.filter((c) => c.digit === digit).map((c) => c.name);
				parts.push(el('p', { className: 'decoder__verdict', text: fill('decoder.unknown', { code }) }));
				parts.push(
					el('p', {
						text: names.length
							? fill('decoder.unknownClass', { digit, classes: names.join(locale === 'zh' ? '、' : ', ') })
							: fill('decoder.unknownNoClass', { digit }),
					}),
				);
				parts.push(
					el('p', { children: [el('a', { text: fill('decoder.toTable'), attrs: { href: pageUrl(locale, '') } })] }),
				);
				break;
			}
			case 'api3': {
				const code = result.api3?.code ?? '';
				parts.push(...api3Details(code, Object.hasOwn(api3Map, code) ? api3Map[code] : undefined, locale, strings));
				break;
			}
			case 'not-a-response':
				parts.push(
					uiText(
						'p',
						strings[
							result.problem === 'no-code'
								? 'decoder.noCode'
								: result.problem === 'bad-code'
									? 'decoder.badCode'
									: 'decoder.noResponse'
						],
					),
				);
				break;
		}
		// The response's own fields, decoded (\uXXXX, module code), whatever its API version.
		if (decoded) {
			if (result.codeType === 'string' && result.code)
				parts.push(uiText('p', strings['decoder.codeString'], { code: result.code }));
			const fields: [string, string, string?][] = [];
			if (result.message?.moduleCode)
				fields.push([fill('decoder.moduleCode'), result.message.moduleCode, 'module-code']);
			if (result.message && result.message.text)
				fields.push([fill('decoder.messageText'), result.message.text, 'message-text']);
			if (result.codeDesc) fields.push([fill('decoder.codeDesc'), result.codeDesc, 'code-desc']);
			if (result.requestId) fields.push([fill('decoder.requestId'), result.requestId, 'request-id']);
			for (const field of result.otherFields) fields.push([field.name, field.value]);
			if (fields.length) parts.push(fieldList(fields));
			if (result.message?.unicodeDecoded) parts.push(uiText('p', strings['decoder.unicode']));
		}
		if (head) {
			body = el('div');
			parts.push(body);
		}
		output.dataset.kind = result.kind;
		output.replaceChildren(...parts);
		if (result.kind === 'error' && head && body) {
			const code = result.code as string;
			const record = await loadRecord(code).catch(() => null);
			if (id !== sequence) return;
			if (!record) return head.replaceChildren(el('p', { text: fill('decoder.loadFailed', { code }) }));
			const [title, summary, ...rest] = codeDetails(record, code, locale, strings);
			head.replaceChildren(title, summary);
			body.replaceChildren(...rest);
		}
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

	const decode = () => void show(decodeResponse(input.value, (code) => known.has(code)));
	input.addEventListener('input', () => {
		clearTimeout(timer);
		// Decode small inputs at once; let a huge paste settle first so typing never stutters.
		if (input.value.length < 20_000) decode();
		else timer = setTimeout(decode, 150);
	});
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
		button.hidden = false;
		button.addEventListener('click', () => {
			input.value = button.dataset.example ?? '';
			decode();
			input.focus();
		});
	}
	// Fills the box (a share link, this tab's last input) and decodes it; wires copy, clear and share.
	attachKeep(root, input, output, decode, locale);
}
