/**
 * The first steps of a code's "what to do" that fit the answer at the top of its page: whole
 * list items (or paragraphs), in order, while their text stays within a width budget, so that
 * the answer fits a phone's first screen. The page links to the full list when some are left out.
 */
import { plainText } from './markdown.ts';

/** How much text the answer block holds, in Latin-character widths (a CJK character counts two). */
export const ANSWER_BUDGET = 260;

/** The rendered width of a text in Latin-character units: CJK ideographs and full-width forms are twice as wide. */
export function textWidth(text: string): number {
	const wide = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0;
	return [...text].length + wide;
}

export interface FirstSteps {
	/** The markdown of the steps shown, in the form of the original (list items or paragraphs). */
	markdown: string;
	shown: number;
	total: number;
}

/** The leading steps of `action` (our markdown: "- " items or paragraphs) within `budget`; at least one. */
export function firstSteps(action: string, budget = ANSWER_BUDGET): FirstSteps {
	const lines = action
		.trim()
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	const isList = lines.every((line) => line.startsWith('- '));
	const steps = isList ? lines : action.trim().split(/\n\s*\n/);
	let used = 0;
	let shown = 0;
	for (const step of steps) {
		used += textWidth(plainText(isList ? step.slice(2) : step));
		if (shown > 0 && used > budget) break;
		shown += 1;
	}
	return { markdown: steps.slice(0, shown).join(isList ? '\n' : '\n\n'), shown, total: steps.length };
}
