/**
 * Moves each language's 404 page from /{lang}/404/index.html, where Astro writes the route
 * src/pages/[lang]/404.astro, to /{lang}/404.html, beside the site's /404.html: a host serves it
 * for misses under /{lang}/, and /{lang}/404/ is then not a page of its own. Runs before Pagefind
 * and the service worker, which list the built files.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeKeys } from '../i18n/locales.ts';

export default function notFoundPagesIntegration(): AstroIntegration {
	return {
		name: 'not-found-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const locale of localeKeys) {
					const built = join(out, locale, '404', 'index.html');
					if (!existsSync(built)) throw new Error(`not-found-pages: ${built} was not built`);
					renameSync(built, join(out, locale, '404.html'));
					rmdirSync(join(out, locale, '404'));
				}
				logger.info(`moved ${localeKeys.length} language 404 pages to /{lang}/404.html`);
			},
		},
	};
}
