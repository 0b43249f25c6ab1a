import type { StringsOf } from '../../i18n/feature-strings.ts';
import type { UIKey } from '../../i18n/ui/en.ts';

/** The UI strings of the offline control (OfflineStatus.astro fills them, download.ts reads them). */
export const offlineKeys = [
	'offline.offer',
	'offline.progress',
	'offline.short',
	'offline.failed',
	'offline.full',
] as const satisfies readonly UIKey[];

/** Those strings in the page's language, one per key. */
export type OfflineStrings = StringsOf<typeof offlineKeys>;
