import { interpolate } from './interpolate.ts';
import type { Locale } from './locales.ts';
import { en, type UIKey, type UIStrings } from './ui/en.ts';
import { zh } from './ui/zh.ts';

const dictionaries: Record<Locale, UIStrings> = { en, zh };

/** A translator for one locale: `t('code.permalink', { code: '4500' })`. */
export function useTranslations(locale: Locale) {
	const strings = dictionaries[locale];
	return function t(key: UIKey, values: Record<string, string | number> = {}): string {
		return interpolate(strings[key], values);
	};
}

export type Translate = ReturnType<typeof useTranslations>;
export { dictionaries };
