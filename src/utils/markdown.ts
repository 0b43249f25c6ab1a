/**
 * The small inline-markdown dialect our content uses: `code`, [text](https://…), paragraphs
 * separated by a blank line, and "- " list items. Everything is HTML-escaped first, so content
 * can never inject markup; only the constructs below become tags.
 */
import { joinCjkAware } from './cjk.ts';
import { escapeHtml } from './html.ts';

/** One line of inline markdown to HTML: code spans and http(s) links. */
export function renderInline(text: string): string {
	// Split on code spans first so that link syntax inside `code` stays literal.
	return text
		.split(/(`[^`]+`)/)
		.map((part) => {
			if (/^`[^`]+`$/.test(part)) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
			return escapeHtml(part).replace(
				/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g,
				(_whole, label: string, href: string) => `<a href="${href}">${label}</a>`,
			);
		})
		.join('');
}

/** Blocks of inline markdown to HTML: paragraphs, and lists of "- " lines. */
export function renderProse(text: string): string {
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
		.map(({ list, lines }) =>
			list
				? `<ul>${lines.map((line) => `<li>${renderInline(line.slice(2))}</li>`).join('')}</ul>`
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
