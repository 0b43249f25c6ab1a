/**
 * /{lang}/opensearch.xml: an OpenSearch description, so that the browser's address bar can
 * search the site; it opens /{lang}/search/?q=…. The template is absolute when SITE_URL is set
 * at build time (what browsers expect), else relative to the site's root.
 */
import type { APIRoute } from 'astro';
import { locales, pageLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { escapeHtml } from '../../utils/html.ts';
import { absoluteUrl, pageUrl, withBase } from '../../utils/url.ts';

export { getStaticPaths } from '../../i18n/locales.ts';

export const GET: APIRoute = ({ params, site }) => {
	const locale = pageLocale(params);
	const t = useTranslations(locale);
	const absolute = (path: string) => absoluteUrl(path, site);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
	<ShortName>${escapeHtml(t('opensearch.shortName'))}</ShortName>
	<Description>${escapeHtml(t('search.description'))}</Description>
	<InputEncoding>UTF-8</InputEncoding>
	<Language>${locales[locale].lang}</Language>
	<Image width="32" height="32" type="image/svg+xml">${escapeHtml(absolute(withBase('favicon.svg')))}</Image>
	<Url type="text/html" method="get" template="${escapeHtml(absolute(pageUrl(locale, 'search/')))}?q={searchTerms}"/>
	<moz:SearchForm>${escapeHtml(absolute(pageUrl(locale, 'search/')))}</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
