/**
 * Wrapping text to the terminal's width: between words, and between any two Chinese characters
 * (which are two columns wide); colour sequences take no room. A word longer than the line is
 * left whole.
 */
import { textWidth } from '../../../../src/utils/first-steps.ts';
import { ANSI } from './style.ts';

/** Columns `text` takes on a terminal. */
export function columns(text: string): number {
	return textWidth(text.replace(ANSI, ''));
}

/** Escape sequences, blanks, one CJK character, or a run of anything else. */
const TOKEN =
	/\x1b\[[0-9;]*m|\s+|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\x1b\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\x1b/g;
/** Escape sequences that end a style (bold, dim, underline, colour) or reset all. */
const OFF = /^\x1b\[(?:0|22|23|24|27|39|49)?m$/;
const CLOSING = /^[，。、；：？！）」』》〉】,.;:?!)]/;

/** `text` as lines of at most `width` columns: the first after `first`, the others after `rest`. */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
	if (!Number.isFinite(width)) return [first + text];
	const lines: string[] = [];
	let line = first;
	let used = columns(first);
	let empty = true; // nothing but the indent on this line yet
	let space = false; // a blank is owed before the next word
	let opening = ''; // colours that start with the next word (after its blank, on its line)
	for (const token of text.match(TOKEN) ?? []) {
		if (token.startsWith('\x1b')) {
			// A colour's end stays with the word before it; a start waits for the word it colours.
			if (OFF.test(token)) line += token;
			else opening += token;
			continue;
		}
		if (/^\s+$/.test(token)) {
			space = !empty;
			continue;
		}
		// No line starts with a closing mark ("，", "。", "）"): it stays with what it closes.
		const closing = !space && CLOSING.test(token);
		const need = (space ? 1 : 0) + columns(token);
		if (!empty && !closing && used + need > width) {
			lines.push(line.trimEnd());
			line = rest;
			used = columns(rest);
			empty = true;
			space = false;
		}
		if (space) {
			line += ' ';
			used += 1;
		}
		line += opening + token;
		opening = '';
		used += columns(token);
		empty = false;
		space = false;
	}
	lines.push((line + opening).trimEnd());
	return lines;
}
