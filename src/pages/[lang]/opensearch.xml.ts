/**
 * /{lang}/opensearch.xml: an OpenSearch description, so that the browser's address bar can
 * search the site; it opens /{lang}/search/?q=…. Its URLs must be absolute, so it is built only
 * when the build knows its origin (SITE_URL): without one, neither the file nor the pages' link
 * to it exist, rather than send a visitor's searches to a guessed host.
 */
import type { APIRoute } from 'astro';
import { localeKeys, locales, pageLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { escapeHtml } from '../../utils/html.ts';
import { pageUrl, withBase } from '../../utils/url.ts';

export function getStaticPaths() {
	return import.meta.env.SITE ? localeKeys.map((lang) => ({ params: { lang } })) : [];
}

export const GET: APIRoute = ({ params, site }) => {
	if (!site) throw new Error('opensearch.xml is built only with SITE_URL');
	const locale = pageLocale(params);
	const t = useTranslations(locale);
	const absolute = (path: string) => escapeHtml(new URL(path, site).href);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
	<ShortName>${escapeHtml(t('site.shortName'))}</ShortName>
	<Description>${escapeHtml(t('search.description'))}</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Language>${locales[locale].lang}</Language>
	<Image width="32" height="32" type="image/svg+xml">${absolute(withBase('favicon.svg'))}</Image>
	<Url type="text/html" method="get" template="${absolute(pageUrl(locale, 'search/'))}?q={searchTerms}"/>
	<moz:SearchForm>${absolute(pageUrl(locale, 'search/'))}</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
