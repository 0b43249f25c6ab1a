import type { StringsOf } from '../../i18n/feature-strings.ts';
import type { UIKey } from '../../i18n/ui/en.ts';

/** The UI strings the 404 page's script writes with (NotFound.astro fills them, ui.ts reads them). */
export const notFoundKeys = [
	'notFound.path',
	'notFound.meant',
	'notFound.unknownCode',
	'notFound.nearest',
] as const satisfies readonly UIKey[];

/** Those strings in one section's language, one per key. */
export type NotFoundStrings = StringsOf<typeof notFoundKeys>;
