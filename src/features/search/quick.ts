/**
 * Instant results from the registry while Pagefind loads: the words of a query are looked up in
 * every code's title and summary (both languages; substring matching, which also suits Chinese).
 * Titles weigh more than summaries, the page's language more than the other one.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { CodeHit } from './code-query.ts';

/** Above this many codes, the quick index is not built (Pagefind alone answers). */
export const QUICK_LIMIT = 2000;

/** [code, title en, title zh, summary en, summary zh] */
export type QuickEntry = [string, string, string, string, string];

/** Codes whose title or summary contains every word of the query, best first. */
export function quickMatch(query: string, entries: readonly QuickEntry[], locale: Locale, limit = 5): CodeHit[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	// One Latin letter (or none) matches too much to be useful; one Chinese character is a word.
	if (words.length === 0 || (words.join('').length < 2 && !/[\u3400-\u9fff]/.test(query))) return [];
	const own = locale === 'en' ? 0 : 1;
	const scored: { hit: CodeHit; score: number }[] = [];
	for (const [code, titleEn, titleZh, summaryEn, summaryZh] of entries) {
		const titles = [titleEn.toLowerCase(), titleZh.toLowerCase()];
		const summaries = [summaryEn.toLowerCase(), summaryZh.toLowerCase()];
		let score = 0;
		for (const word of words) {
			const best = Math.max(
				titles[own].includes(word) ? 8 : 0,
				titles[1 - own].includes(word) ? 4 : 0,
				summaries[own].includes(word) ? 2 : 0,
				summaries[1 - own].includes(word) ? 1 : 0,
			);
			if (best === 0) {
				score = 0;
				break;
			}
			score += best;
		}
		if (score > 0) scored.push({ hit: { code, titles: { en: titleEn, zh: titleZh } }, score });
	}
	return scored
		.sort((a, b) => b.score - a.score || Number(a.hit.code) - Number(b.hit.code))
		.slice(0, limit)
		.map((entry) => entry.hit);
}
