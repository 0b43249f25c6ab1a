/**
 * The decoder's answer (the site's answer parts, answer.ts) as terminal text, in the order and
 * with the words the page shows them: one line per paragraph, heading, field or list item (as
 * the page's "Copy result" has them), blank lines between sections, a list of the code pages it
 * links to at the end. Inline markdown becomes text: `code` without its backticks (coloured on a
 * terminal), a link as its text with its address in brackets. Pasted text never reaches the
 * terminal as control characters.
 */
import { interpolate } from '../../../../src/i18n/interpolate.ts';
import { localeKeys, locales, type Locale } from '../../../../src/i18n/locales.ts';
import { joinCjkAware } from '../../../../src/utils/cjk.ts';
import { inlineTokens, proseBlocks } from '../../../../src/utils/markdown.ts';
import type { AnswerPart, CodeItem, Tone } from '../../../../src/features/decoder/answer.ts';
import type { AnswerStrings } from '../shape.ts';
import type { Style } from './style.ts';
import { wrap } from './wrap.ts';

/** How output is written: language, strings, styles, width (Infinity: no wrapping), and URLs. */
export interface Out {
	locale: Locale;
	strings: AnswerStrings;
	style: Style;
	width: number;
	/** The absolute URL of a site page (its locale-less route) in a language, or null without the site's origin. */
	pageUrl(route: string, locale: Locale): string | null;
}

/** How a side remark is put in brackets in each language (as the page's copied text does). */
export const BRACKETS: Record<Locale, [string, string]> = { en: [' (', ')'], zh: ['（', '）'] };

/** Pasted text as one line of printable text: blanks collapsed, control characters (escapes) replaced. */
export function printable(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** Lines of output, with at most one blank line between sections. */
export class Lines {
	readonly lines: string[] = [];
	/** The last line heads what follows (a group of responses): no blank line after it. */
	#heads = false;
	readonly out: Out;
	constructor(out: Out) {
		this.out = out;
	}
	blank(): void {
		if (this.lines.length && this.lines.at(-1) !== '' && !this.#heads) this.lines.push('');
	}
	line(text: string, first = '', rest = first): void {
		this.lines.push(...wrap(text, this.out.width, first, rest));
		this.#heads = false;
	}
	/** A line that heads the lines after it. */
	head(text: string): void {
		this.line(text);
		this.#heads = true;
	}
	text(): string {
		while (this.lines.at(-1) === '') this.lines.pop();
		return this.lines.join('\n');
	}
}

/** One line of inline markdown as text; `values` (plain text) fill its placeholders. */
export function inline(markdown: string, out: Out, values?: Record<string, string>): string {
	const [open, close] = BRACKETS[out.locale];
	return inlineTokens(markdown)
		.map((token) => {
			const text = values ? interpolate(token.text, values) : token.text;
			if (token.type === 'code') return out.style.code(text);
			if (token.type === 'link') return `${out.style.link(text)}${open}${token.href}${close}`;
			return text;
		})
		.join('');
}

/** Paragraphs and "- " lists of inline markdown. */
export function prose(markdown: string, lines: Lines, indent = ''): void {
	for (const block of proseBlocks(markdown)) {
		if (block.list) for (const item of block.lines) lines.line(inline(item, lines.out), `${indent}- `, `${indent}  `);
		else lines.line(inline(joinCjkAware(block.lines), lines.out), indent);
	}
}

/** A heading with our badge: "What to do (Ours)". */
export function heading(text: string, ours: boolean, lines: Lines, indent = ''): void {
	const { style, strings, locale } = lines.out;
	const [open, close] = BRACKETS[locale];
	lines.blank();
	lines.line(`${style.heading(text)}${ours ? style.muted(`${open}${strings['badge.ours']}${close}`) : ''}`, indent);
}

const toned = (style: Style, tone: Tone | undefined, text: string) =>
	tone === 'verdict'
		? style.verdict(text)
		: tone === 'warning'
			? style.warning(text)
			: tone === 'muted'
				? style.muted(text)
				: text;

/** A link to a code page as the page shows it: the code, then its title. */
const codeRef = (item: CodeItem, style: Style) =>
	`${style.code(printable(item.code))}${item.title === undefined ? '' : ` ${item.title}`}`;

/** The answer's parts as lines; returns the codes whose pages it links to, in order. */
export function printParts(parts: readonly AnswerPart[], lines: Lines, indent = ''): string[] {
	const { style, strings, locale } = lines.out;
	const linked: string[] = [];
	const [open, close] = BRACKETS[locale];
	for (const part of parts) {
		switch (part.type) {
			case 'text': {
				const text = part.markdown
					? inline(part.text, lines.out, part.values && mapValues(part.values, printable))
					: printable(part.text);
				lines.line(toned(style, part.tone, text), indent);
				break;
			}
			case 'fields':
				lines.blank();
				for (const field of part.fields)
					lines.line(
						`${style.muted(`${printable(field.name)}${strings['punct.colon']}`)}${printable(field.value)}`,
						indent,
						`${indent}  `,
					);
				break;
			case 'link': {
				const url = lines.out.pageUrl(part.route, locale);
				lines.line(`${style.link(part.text)}${url ? `${open}${url}${close}` : ''}`, indent);
				break;
			}
			case 'codes':
				for (const item of part.items) {
					linked.push(item.code);
					lines.line(`${codeRef(item, style)}${item.note ? ` — ${item.note}` : ''}`, `${indent}- `, `${indent}  `);
				}
				break;
			case 'code-warning':
				linked.push(part.item.code);
				lines.line(`${style.warning(part.text)}${codeRef(part.item, style)}`, indent);
				break;
			case 'quote':
				lines.line(inline(part.markdown, lines.out), `${indent}  `);
				break;
			case 'title':
				linked.push(part.code);
				lines.blank();
				lines.line(style.title(`${part.code} ${part.title}`), indent);
				break;
			case 'heading':
				heading(part.text, part.ours, lines, indent);
				break;
			case 'prose':
				prose(part.markdown, lines, indent);
				break;
			case 'pending':
				// The package has every record at hand: nothing is pending.
				break;
		}
	}
	return linked;
}

/** "Code pages, in both languages:" and each linked code's page in each language (none without the site's origin). */
export function codePages(codes: readonly string[], lines: Lines): void {
	const { strings, locale, style } = lines.out;
	const [open, close] = BRACKETS[locale];
	const pages = [...new Set(codes)].flatMap((code) =>
		localeKeys.flatMap((each) => {
			const url = lines.out.pageUrl(`codes/${code}/`, each);
			return url ? [`${code}${open}${locales[each].label}${close}${strings['punct.colon']}${style.link(url)}`] : [];
		}),
	);
	if (!pages.length) return;
	lines.blank();
	lines.line(strings['decoder.keep.links']);
	for (const page of pages) lines.line(page);
}

function mapValues(values: Record<string, string>, f: (value: string) => string): Record<string, string> {
	return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, f(value)]));
}
