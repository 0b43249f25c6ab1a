/**
 * Writes the two files every code has besides its pages, after the build: /codes/{code}.json
 * (its record, as in /codes.json) and the short link /{code}/ (from the template Astro rendered,
 * src/utils/short-link.ts). As Astro routes they cost 34 s of a 10,000-code build for 20,000
 * near-identical files; written here, the time is the disk's (1 s for 2,000 codes here).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedSiteData } from '../data/checked-content.ts';
import { codeRecord } from '../data/export.ts';
import { localeKeys } from '../i18n/locales.ts';
import { fillShortLink, SHORT_LINK_TEMPLATE } from '../utils/short-link.ts';

export default function codeFilesIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'code-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const templatePath = join(out, SHORT_LINK_TEMPLATE);
				const template = readFileSync(templatePath, 'utf8');
				const { site } = checkedSiteData();
				mkdirSync(join(out, 'codes'), { recursive: true });
				for (const entry of site.codes) {
					const record = codeRecord(entry, base);
					writeFileSync(join(out, 'codes', `${entry.code}.json`), `${JSON.stringify(record, null, '\t')}\n`);
					const titles = Object.fromEntries(localeKeys.map((l) => [l, entry.prose[l].title])) as Record<(typeof localeKeys)[number], string>;
					mkdirSync(join(out, entry.code), { recursive: true });
					writeFileSync(join(out, entry.code, 'index.html'), fillShortLink(template, entry.code, titles));
				}
				rmSync(dirname(templatePath), { recursive: true });
				logger.info(`wrote ${site.codes.length} short links and ${site.codes.length} code records`);
			},
		},
	};
}
