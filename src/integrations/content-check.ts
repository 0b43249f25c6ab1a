/**
 * Checks all content before a build starts (src/data/load-content.ts: the collection schemas and
 * the cross-file rules), so that a broken file fails the build with one precise line per
 * problem — `file: field: message` — instead of a cascade of follow-on errors.
 */
import type { AstroIntegration } from 'astro';
import { checkedSiteData } from '../data/checked-content.ts';

export default function contentCheckIntegration(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				const { site, files } = checkedSiteData();
				logger.info(`content OK: ${site.codes.length} codes, ${files} prose files, ${site.sources.length} sources`);
			},
		},
	};
}
