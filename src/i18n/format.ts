/** Locale-aware formatting of values inside UI strings: lists and small counts. */
import { locales, type Locale } from './locales.ts';
import { dictionaries } from './t.ts';

const words: Record<Locale, string[]> = {
	en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
	zh: ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'],
};

/** A count as prose: a word up to ten ("five", "五"), digits above. */
export function formatCount(count: number, locale: Locale): string {
	return Number.isInteger(count) && count >= 0 && count <= 10
		? words[locale][count]
		: count.toLocaleString(locales[locale].lang);
}

/**
 * A list of names joined as the language joins them ("a; b", "a、b"): the separator is the
 * dictionary's `list.separator` (names of sources contain commas and parentheses, so English
 * uses semicolons).
 */
export function formatList(items: readonly string[], locale: Locale): string {
	return items.join(dictionaries[locale]['list.separator']);
}
