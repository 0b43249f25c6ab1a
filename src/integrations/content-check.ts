/**
 * Checks all content before a build starts (src/data/load-content.ts: the collection schemas and
 * the cross-file rules), so that a broken file fails the build with one precise line per
 * problem — `file: field: message` — instead of a cascade of follow-on errors.
 */
import type { AstroIntegration } from 'astro';
import { dirname, resolve } from 'node:path';
import { loadContent } from '../data/load-content.ts';
import { formatIssues } from '../data/validate.ts';

export default function contentCheckIntegration(): AstroIntegration {
	return {
		name: 'content-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				const root = dirname(resolve(process.env.CONTENT_DIR ?? 'content'));
				const { set, issues } = loadContent(root);
				if (issues.length > 0) {
					throw new Error(`The content has ${issues.length} problem(s); fix them and build again:\n${formatIssues(issues)}`);
				}
				logger.info(`content OK: ${set.registry.length} codes, ${set.prose.length} prose files, ${set.sources.length} sources`);
			},
		},
	};
}
