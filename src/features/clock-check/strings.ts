import type { StringsOf } from '../../i18n/feature-strings.ts';
import type { UIKey } from '../../i18n/ui/en.ts';

/** The UI strings the clock check explains a reading with (ClockCheck.astro fills them, ui.ts reads them). */
export const clockKeys = [
	'clock.invalid',
	'clock.readParameter',
	'clock.readNumber',
	'clock.ahead',
	'clock.behind',
	'clock.equal',
	'clock.milliseconds',
	'clock.inside',
	'clock.outside',
	'clock.window300',
	'clock.window7200',
] as const satisfies readonly UIKey[];

/** Those strings in the page's language, one per key. */
export type ClockStrings = StringsOf<typeof clockKeys>;
