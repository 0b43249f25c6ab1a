/** Build time: the quick index (quick.ts) of the site's codes, as /search/quick.json serves it. */
import type { CodeView } from '../../pipeline/5-model.ts';
import { plainText } from '../../utils/markdown.ts';
import { QUICK_LIMIT, type QuickEntry } from './quick.ts';

/** One entry per code; none above QUICK_LIMIT codes (Pagefind alone answers those registries). */
export function quickEntries(codes: readonly CodeView[]): QuickEntry[] {
	if (codes.length > QUICK_LIMIT) return [];
	return codes.map((entry) => [
		entry.code,
		entry.prose.en.title,
		entry.prose.zh.title,
		plainText(entry.prose.en.summary),
		plainText(entry.prose.zh.summary),
		entry.searchNames.en,
		entry.searchNames.zh,
	]);
}
