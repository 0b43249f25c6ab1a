/**
 * The site's languages, the one place they are declared. The key is the URL segment; `lang` the
 * BCP 47 tag for <html lang> and hreflang; `label` the language's own name (the chooser pages);
 * `toggle` the text of the header's language toggle that leads to it; `tag` the tag that marks a
 * source written in it; `og` the Open Graph locale (language_TERRITORY) for og:locale.
 */
export const locales = {
	en: { lang: 'en', label: 'English', toggle: 'EN', tag: 'EN', og: 'en_US' },
	zh: { lang: 'zh-CN', label: '简体中文', toggle: '中文', tag: '中文', og: 'zh_CN' },
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

/** The locale of a page under src/pages/[lang]/, from its `lang` parameter; throws on anything else. */
export function pageLocale(params: Record<string, string | undefined>): Locale {
	const { lang } = params;
	if (!isLocale(lang)) throw new Error(`"${lang}" is not a locale of this site: use one of ${localeKeys.join(', ')}`);
	return lang;
}

/** Shared `getStaticPaths` for routes under src/pages/[lang]/ that have no other parameter. */
export function getStaticPaths() {
	return localeKeys.map((lang) => ({ params: { lang } }));
}
