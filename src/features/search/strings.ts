import type { StringsOf } from '../../i18n/feature-strings.ts';
import type { UIKey } from '../../i18n/ui/en.ts';

/** The UI strings search draws its results with (SearchForm.astro fills them, ui.ts reads them). */
export const searchKeys = [
	'search.codes',
	'search.pages',
	'search.other',
	'search.none',
	'search.count',
	'search.countOne',
	'search.loading',
	'search.error',
] as const satisfies readonly UIKey[];

/** Those strings in the page's language, one per key. */
export type SearchStrings = StringsOf<typeof searchKeys>;
