/**
 * /{lang}/manifest.webmanifest: the web app manifest, so that the site (which works offline
 * after one visit, src/sw/) can be installed as an app in the language of the page it was
 * installed from. Every URL in it is relative to the base path, so it needs no origin.
 */
import type { APIRoute } from 'astro';
import { locales, pageLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { pageUrl, withBase } from '../../utils/url.ts';

export { getStaticPaths } from '../../i18n/locales.ts';

/** The icons in public/ (drawn by scripts/make-icons.ts from the favicon). */
const ICONS = [
	{ src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
	{ src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
	{ src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
	{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
];

export const GET: APIRoute = ({ params }) => {
	const locale = pageLocale(params);
	const t = useTranslations(locale);
	const manifest = {
		id: pageUrl(locale, ''),
		name: t('site.name'),
		short_name: t('site.shortName'),
		description: t('site.tagline'),
		lang: locales[locale].lang,
		dir: 'ltr',
		start_url: pageUrl(locale, ''),
		// The whole site, both languages: the toggle stays inside the installed app.
		scope: withBase(''),
		display: 'standalone',
		// The light theme's page colour (the theme-color of the pages).
		background_color: '#f7f8fa',
		theme_color: '#f7f8fa',
		icons: ICONS.map((icon) => ({ ...icon, src: withBase(icon.src) })),
	};
	return new Response(`${JSON.stringify(manifest, null, '\t')}\n`, {
		headers: { 'content-type': 'application/manifest+json' },
	});
};
