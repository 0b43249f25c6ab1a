/**
 * The small inline-markdown dialect our content uses: `code`, [text](https://…), paragraphs
 * separated by a blank line, and "- " list items. Everything is HTML-escaped first, so content
 * can never inject markup; only the constructs below become tags.
 */
import { joinCjkAware } from './cjk.ts';
import { escapeHtml } from './html.ts';

/** A piece of one line of inline markdown: text, a code span, or an http(s) link. */
export type InlineToken =
	{ type: 'text'; text: string } | { type: 'code'; text: string } | { type: 'link'; text: string; href: string };

const LINK = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

/** One line of inline markdown as its pieces, for any output (HTML here, a terminal's text elsewhere). */
export function inlineTokens(text: string): InlineToken[] {
	const tokens: InlineToken[] = [];
	// Split on code spans first so that link syntax inside `code` stays literal.
	for (const part of text.split(/(`[^`]+`)/)) {
		if (/^`[^`]+`$/.test(part)) {
			tokens.push({ type: 'code', text: part.slice(1, -1) });
			continue;
		}
		let at = 0;
		for (const match of part.matchAll(LINK)) {
			if (match.index > at) tokens.push({ type: 'text', text: part.slice(at, match.index) });
			tokens.push({ type: 'link', text: match[1], href: match[2] });
			at = match.index + match[0].length;
		}
		if (at < part.length) tokens.push({ type: 'text', text: part.slice(at) });
	}
	return tokens;
}

/** One line of inline markdown to HTML: code spans and http(s) links. */
export function renderInline(text: string): string {
	return inlineTokens(text)
		.map((token) =>
			token.type === 'code'
				? `<code>${escapeHtml(token.text)}</code>`
				: token.type === 'link'
					? `<a href="${escapeHtml(token.href)}">${escapeHtml(token.text)}</a>`
					: escapeHtml(token.text),
		)
		.join('');
}

/** Paragraphs and lists of inline markdown: a paragraph's lines, or a list's items without their "- ". */
export interface ProseBlock {
	list: boolean;
	lines: string[];
}

/** Blocks of inline markdown as paragraphs (blank-line separated) and lists of "- " lines. */
export function proseBlocks(text: string): ProseBlock[] {
	return text
		.trim()
		.split(/\n\s*\n/)
		.flatMap((block) =>
			groupLines(
				block
					.split('\n')
					.map((line) => line.trim())
					.filter(Boolean),
			),
		)
		.map(({ list, lines }) => ({ list, lines: list ? lines.map((line) => line.slice(2)) : lines }));
}

/** Blocks of inline markdown to HTML: paragraphs, and lists of "- " lines. */
export function renderProse(text: string): string {
	return proseBlocks(text)
		.map(({ list, lines }) =>
			list
				? `<ul>${lines.map((line) => `<li>${renderInline(line)}</li>`).join('')}</ul>`
				: `<p>${renderInline(joinCjkAware(lines))}</p>`,
		)
		.join('');
}

/** Consecutive "- " lines form a list; other consecutive lines form a paragraph. */
function groupLines(lines: string[]): { list: boolean; lines: string[] }[] {
	const groups: { list: boolean; lines: string[] }[] = [];
	for (const line of lines) {
		const list = line.startsWith('- ');
		const last = groups.at(-1);
		if (last && last.list === list) last.lines.push(line);
		else groups.push({ list, lines: [line] });
	}
	return groups;
}

/** Inline markdown reduced to plain text (for <title>, meta descriptions and search excerpts). */
export function plainText(text: string): string {
	return text.replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}
