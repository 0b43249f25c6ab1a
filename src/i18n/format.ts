/** Locale-aware formatting of values inside UI strings: lists, small counts and durations. */
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

/** Duration units, largest first: seconds per unit and each language's symbol. */
const durationUnits: readonly { seconds: number; unit: Record<Locale, string> }[] = [
	{ seconds: 86400, unit: { en: 'd', zh: '天' } },
	{ seconds: 3600, unit: { en: 'h', zh: '小时' } },
	{ seconds: 60, unit: { en: 'min', zh: '分' } },
	{ seconds: 1, unit: { en: 's', zh: '秒' } },
];

/**
 * A duration in the language's units, zeros left out: "6 min 40 s", "6 分 40 秒" (a space
 * between digits and Chinese, as in the rest of the Chinese text). The sign is ignored and
 * seconds are rounded.
 */
export function formatDuration(seconds: number, locale: Locale): string {
	let rest = Math.abs(Math.round(seconds));
	const parts: string[] = [];
	for (const { seconds: size, unit } of durationUnits) {
		const value = Math.floor(rest / size);
		rest -= value * size;
		if (value > 0) parts.push(`${value} ${unit[locale]}`);
	}
	return parts.length ? parts.join(' ') : `0 ${durationUnits[durationUnits.length - 1].unit[locale]}`;
}
