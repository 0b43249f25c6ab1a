/**
 * The decoder page: decodes what is pasted as you type (decode.ts) and explains it
 * in the page's language. Pasted text is only ever set as text (textContent), never as HTML.
 * Code details come from /codes/{code}.json, which the service worker keeps offline.
 */
import { decodeResponse, type DecodeResult } from './decode.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { renderInline, renderProse } from '../../utils/markdown.ts';
import { pageUrl, withBase } from '../../utils/url.ts';

interface CodeRecord {
	code: number;
	text: Record<Locale, { title: string; summary: string; action: string; retry: string }>;
}

type Strings = Record<string, string>;

const MAX_SHOWN = 2000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** Our own UI strings may use inline markdown (`code`); they are escaped before rendering. */
function uiText(tag: 'p' | 'span', text: string): HTMLElement {
	const node = document.createElement(tag);
	node.innerHTML = renderInline(text);
	return node;
}

const records = new Map<string, Promise<CodeRecord | null>>();
function loadRecord(code: string): Promise<CodeRecord | null> {
	let record = records.get(code);
	if (!record) {
		record = fetch(withBase(`codes/${code}.json`)).then((r) => (r.ok ? (r.json() as Promise<CodeRecord>) : null));
		record.catch(() => records.delete(code));
		records.set(code, record);
	}
	return record;
}

export function attachDecoder(root: HTMLElement): void {
	const textarea = root.querySelector<HTMLTextAreaElement>('textarea');
	const out = root.querySelector<HTMLElement>('.decoder__output');
	const lang = document.documentElement.dataset.locale;
	if (!textarea || !out || !isLocale(lang)) return;
	// Narrowed once, for the closures below.
	const [input, output, locale]: [HTMLTextAreaElement, HTMLElement, Locale] = [textarea, out, lang];
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
	const known = new Set((root.dataset.codes ?? '').split(',').filter(Boolean));
	const api3Map = JSON.parse(root.dataset.api3 ?? '{}') as Record<string, string[]>;
	const classes = JSON.parse(root.dataset.classes ?? '[]') as { digit: string; name: string }[];
	const fill = (key: string, values: Record<string, string> = {}) => interpolate(strings[key] ?? key, values);
	let sequence = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const codeLink = (code: string, title?: string) => {
		const link = el('a');
		link.href = pageUrl(locale, `codes/${code}/`);
		link.append(el('span', code, 'code-chip'));
		if (title) link.append(' ', title);
		return link;
	};

	async function show(result: DecodeResult): Promise<void> {
		const id = ++sequence;
		const parts: HTMLElement[] = [];
		const decoded = result.kind !== 'empty' && result.kind !== 'not-a-response';
		if (decoded && result.found !== 'whole') parts.push(uiText('p', fill(`decoder.found.${result.found}`)));
		// For a known code: its name first, then what the response itself says, then what to do.
		let head: HTMLElement | null = null;
		let body: HTMLElement | null = null;
		switch (result.kind) {
			case 'empty':
				output.replaceChildren(uiText('p', fill('decoder.empty')));
				output.dataset.kind = 'empty';
				return;
			case 'success':
				parts.push(uiText('p', fill('decoder.success')));
				break;
			case 'error': {
				head = el('div', fill('decoder.loading', { code: result.code as string }), 'decoder__code');
				parts.push(head);
				break;
			}
			case 'unknown-code': {
				const code = result.code as string;
				const digit = result.classDigit ?? code[0];
				const names = classes.filter((c) => c.digit === digit).map((c) => c.name);
				parts.push(el('p', fill('decoder.unknown', { code }), 'decoder__verdict'));
				parts.push(el('p', names.length ? fill('decoder.unknownClass', { digit, classes: names.join(locale === 'zh' ? '、' : ', ') }) : fill('decoder.unknownNoClass', { digit })));
				const table = el('a', fill('decoder.toTable'));
				table.href = pageUrl(locale, '');
				parts.push(el('p'));
				parts.at(-1)?.append(table);
				break;
			}
			case 'api3': {
				const api3 = result.api3 ?? { code: '' };
				parts.push(el('p', fill('decoder.api3', { code: api3.code }), 'decoder__verdict'));
				const mapped = api3Map[api3.code] ?? [];
				if (mapped.length) {
					const list = el('ul');
					for (const code of mapped) {
						const li = el('li');
						li.append(codeLink(code));
						list.append(li);
					}
					parts.push(el('p', fill('decoder.api3Map')), list);
				} else parts.push(el('p', fill('decoder.api3None')));
				break;
			}
			case 'not-a-response':
				parts.push(uiText('p', fill(result.problem === 'no-code' ? 'decoder.noCode' : result.problem === 'bad-code' ? 'decoder.badCode' : 'decoder.noResponse')));
				break;
		}
		// The response's own fields, decoded (\uXXXX, module code), whatever its API version.
		if (decoded) {
			if (result.codeType === 'string' && result.code) parts.push(uiText('p', fill('decoder.codeString', { code: result.code })));
			const fields: [string, string, string?][] = [];
			if (result.message?.moduleCode) fields.push([fill('decoder.moduleCode'), result.message.moduleCode, 'module-code']);
			if (result.message && result.message.text) fields.push([fill('decoder.messageText'), result.message.text, 'message-text']);
			if (result.codeDesc) fields.push([fill('decoder.codeDesc'), result.codeDesc, 'code-desc']);
			if (result.requestId) fields.push([fill('decoder.requestId'), result.requestId, 'request-id']);
			for (const field of result.otherFields) fields.push([field.name, field.value]);
			if (fields.length) parts.push(fieldList(fields));
			if (result.message?.unicodeDecoded) parts.push(uiText('p', fill('decoder.unicode')));
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
			if (!record) return head.replaceChildren(el('p', fill('decoder.loadFailed', { code })));
			const [title, summary, ...rest] = codeDetails(record, code);
			head.replaceChildren(title, summary);
			body.replaceChildren(...rest);
		}
	}

	function codeDetails(record: CodeRecord, code: string): HTMLElement[] {
		const text = record.text[locale];
		const heading = el('h2', undefined, 'decoder__title');
		heading.append(codeLink(code, text.title));
		const summary = el('p', undefined, 'lead');
		summary.innerHTML = renderInline(text.summary); // our content, escaped by renderInline
		const action = el('div', undefined, 'prose');
		action.innerHTML = renderProse(text.action);
		const retry = el('div', undefined, 'prose');
		retry.innerHTML = renderProse(text.retry);
		const ours = () => {
			const badge = el('span', strings['badge.ours'], 'badge badge--ours');
			badge.title = strings['badge.oursTitle'] ?? '';
			return badge;
		};
		const whatToDo = el('h3', `${fill('decoder.whatToDo')} `);
		whatToDo.append(ours());
		const retrying = el('h3', `${fill('code.retry')} `);
		retrying.append(ours());
		return [heading, summary, whatToDo, action, retrying, retry];
	}

	function fieldList(fields: [string, string, string?][]): HTMLElement {
		const list = el('dl', undefined, 'decoder__fields');
		for (const [name, value, key] of fields) {
			// A huge message is shown cut short: laying out a megabyte of text would freeze the page.
			const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}… (+${value.length - MAX_SHOWN})` : value;
			const dd = el('dd', shown);
			if (key) dd.dataset.field = key;
			list.append(el('dt', name), dd);
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
	decode();
}
