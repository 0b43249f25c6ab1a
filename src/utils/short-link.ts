/**
 * Short links (/4500/ → that code's page in the visitor's language) are one page per code that
 * differ only in the code and its titles. Astro renders the page once, with the placeholders
 * below (src/pages/short-link-template.astro); src/integrations/code-files.ts fills in a copy
 * per code. Rendering them one by one through Astro took 20 s of a 10,000-code build.
 */
import type { Locale } from '../i18n/locales.ts';
import { escapeHtml } from './html.ts';

/** Where Astro writes the template, relative to the output folder (removed after use). */
export const SHORT_LINK_TEMPLATE = 'short-link-template/index.html';

/** Placeholders: letters only, so that Astro writes them unescaped wherever they appear. */
export const SHORT_LINK_CODE = 'SHORTLINKCODE';
export const shortLinkTitle = (locale: Locale) => `SHORTLINKTITLE${locale.toUpperCase()}`;

/** The short-link page of one code, from the rendered template. */
export function fillShortLink(template: string, code: string, titles: Record<Locale, string>): string {
	if (!/^\d+$/.test(code)) throw new Error(`short link: "${code}" is not a code number`);
	let html = template.replaceAll(SHORT_LINK_CODE, code);
	for (const [locale, title] of Object.entries(titles) as [Locale, string][]) {
		// A function replacement: "$&" in a title must stay text, not a back-reference.
		html = html.replaceAll(shortLinkTitle(locale), () => escapeHtml(title));
	}
	if (/SHORTLINK[A-Z]/.test(html)) throw new Error(`short link ${code}: a placeholder is left in the template`);
	return html;
}
