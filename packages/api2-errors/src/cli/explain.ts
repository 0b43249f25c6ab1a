/**
 * What `api2-errors CODE` prints: the code's answer as its page gives it, in one language: the
 * code and title, what it means, what to do (every step), our retry verdict and advice, where
 * the sources differ, the API 3.0 equivalents with how close each is, and the page's address.
 */
import type { CodeInfo } from '../info.ts';
import { BRACKETS, heading, inline, Lines, prose, type Out } from './print.ts';

export function explainText(info: CodeInfo, out: Out): string {
	const { style, strings, locale } = out;
	const [open, close] = BRACKETS[locale];
	const lines = new Lines(out);
	const translated = info.record.text[locale].titleSource === 'project';
	const badge = translated ? style.muted(`${open}${strings['badge.translation']}${close}`) : '';
	lines.line(`${style.title(`${info.code} ${info.title}`)}${badge}`);
	lines.line(inline(info.summary, out));
	heading(strings['code.action'], true, lines);
	prose(info.action, lines);
	heading(strings['code.retry'], true, lines);
	lines.line(style.verdict(info.retry.label));
	prose(info.retry.advice, lines);
	if (info.record.disagreements.length) lines.blank();
	for (const d of info.record.disagreements)
		lines.line(
			`${style.warning(strings[`disagreement.heading.${d.kind}`])}${strings['punct.colon']}${inline(d.label[locale], out)}`,
		);
	heading(strings['code.api3'], true, lines);
	if (!info.api3.length) lines.line(strings['code.api3None']);
	for (const item of info.api3) {
		lines.line(`${style.code(item.code)} — ${item.label}`, '- ', '  ');
		lines.line(inline(item.description, out), '  ');
	}
	prose(info.api3Note, lines);
	if (info.url) {
		lines.blank();
		lines.line(style.link(info.url));
	}
	return lines.text();
}
