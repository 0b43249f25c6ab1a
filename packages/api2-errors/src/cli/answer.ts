/**
 * What `api2-errors decode` prints: the site decoder's answer for a paste, the same parts in the
 * same order as the page (answer.ts, answer-summary.ts). Several responses are summed up per
 * code like the page's summary, with every group open (a terminal cannot open one on request).
 */
import { answerParts, type AnswerContext } from '../../../../src/features/decoder/answer.ts';
import { summaryView } from '../../../../src/features/decoder/answer-summary.ts';
import type { Decoded, Summary } from '../../../../src/features/decoder/many.ts';
import { codePages, Lines, printable, printParts, type Out } from './print.ts';

export function decodedText(decoded: Decoded, ctx: AnswerContext, out: Out): string {
	const lines = new Lines(out);
	const linked = decoded.summary
		? printSummary(decoded.summary, ctx, lines)
		: printParts(answerParts(decoded.single, ctx), lines);
	codePages(linked, lines);
	return lines.text();
}

function printSummary(summary: Summary, ctx: AnswerContext, lines: Lines): string[] {
	const { style } = lines.out;
	const view = summaryView(summary, ctx);
	lines.line(style.verdict(view.verdict));
	const linked: string[] = [];
	for (const group of view.groups) {
		const label = [group.chip === undefined ? undefined : style.code(printable(group.chip)), group.name];
		lines.blank();
		lines.head(`${label.filter((part) => part !== undefined).join(' ')}${style.muted(` — ${group.where}`)}`);
		linked.push(...printParts(answerParts(group.first, ctx, true), lines, '  '));
	}
	return linked;
}
