import { defaultLocale, isLocale, type Locale } from './locales.ts';

/** The key under which the visitor's chosen language is remembered in localStorage. */
export const LOCALE_STORAGE_KEY = 'preferred-locale';

/**
 * The language to send a visitor to: their remembered choice first, then the first browser
 * language we have (any "zh" variant counts as Chinese), else the default.
 */
export function preferredLocale(remembered: string | null | undefined, browserLanguages: readonly string[]): Locale {
	if (isLocale(remembered)) return remembered;
	for (const tag of browserLanguages) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return defaultLocale;
}
