/** Says, at the end of every build without SITE_URL, which absolute-URL features it left out (src/utils/site-origin.ts). */
import type { AstroIntegration } from 'astro';
import { MISSING_ORIGIN_WARNING } from '../utils/site-origin.ts';

export default function siteOriginIntegration(): AstroIntegration {
	let hasOrigin = false;
	return {
		name: 'site-origin',
		hooks: {
			'astro:config:done': ({ config }) => {
				hasOrigin = Boolean(config.site);
			},
			'astro:build:done': ({ logger }) => {
				if (!hasOrigin) logger.warn(MISSING_ORIGIN_WARNING);
			},
		},
	};
}
