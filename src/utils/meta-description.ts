/**
 * Meta descriptions: what a search result or a link preview shows under the title. A code
 * page's says what the code means (its summary), then what fits of the first thing to do and
 * our retry verdict.
 */
import type { Locale } from '../i18n/locales.ts';
import { firstSteps, textWidth } from './first-steps.ts';
import { plainText } from './markdown.ts';

/**
 * How long a description may be, in Latin-character widths (a CJK character counts two): a
 * results page shows about 160 before cutting it off; under 50 says too little to choose by.
 */
export const DESCRIPTION_WIDTH = { min: 50, max: 160 } as const;

/**
 * The first of `parts` (always), then each later one, in order, that still fits `max` widths;
 * joined as the language writes sentences (Chinese: no space after the full-width stop).
 */
export function joinWithin(parts: string[], locale: Locale, max: number = DESCRIPTION_WIDTH.max): string {
	const separator = locale === 'zh' ? '' : ' ';
	let text = parts[0];
	for (const part of parts.slice(1)) {
		const longer = `${text}${separator}${part}`;
		if (textWidth(longer) <= max) text = longer;
	}
	return text;
}

/** A sentence from a label without its full stop ("Retry later" → "Retry later."). */
function sentence(label: string, locale: Locale): string {
	return /[.。]$/.test(label) ? label : `${label}${locale === 'zh' ? '。' : '.'}`;
}

/**
 * A code page's description: its summary (what the code means), then its first step and our
 * retry verdict (`verdict`, the label) where they fit.
 */
export function codeDescription(prose: { summary: string; action: string }, verdict: string, locale: Locale): string {
	const first = firstSteps(prose.action, 0).markdown.replace(/^- /, '');
	return joinWithin([plainText(prose.summary), plainText(first), sentence(verdict, locale)], locale);
}
