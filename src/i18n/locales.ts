/** The site's languages: the URL segment is the key, `lang` is the BCP 47 tag for <html lang>. */
export const locales = {
	en: { lang: 'en', label: 'English', short: 'EN' },
	zh: { lang: 'zh-CN', label: '简体中文', short: '中文' },
} as const;

export type Locale = keyof typeof locales;
export const localeKeys = Object.keys(locales) as Locale[];
export const defaultLocale: Locale = 'en';

/** True when `value` is one of the site's locale keys. */
export function isLocale(value: unknown): value is Locale {
	// Own keys only: 'constructor' or '__proto__' are in every object, not locales.
	return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The other language of this bilingual site (the target of the EN/ZH toggle). */
export function otherLocale(locale: Locale): Locale {
	return locale === 'en' ? 'zh' : 'en';
}

/** Shared `getStaticPaths` for routes under src/pages/[lang]/ that have no other parameter. */
export function getStaticPaths() {
	return localeKeys.map((lang) => ({ params: { lang } }));
}
