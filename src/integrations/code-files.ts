/**
 * Writes the two files every code has besides its pages, after the build, from the built
 * /codes.json (so the content is read once per build, by the collections' loader):
 * /codes/{code}.json (its record, as in /codes.json) and the short link /{code}/ (from the
 * template Astro rendered, src/utils/short-link.ts). As Astro routes they cost 34 s of a
 * 10,000-code build for 20,000 near-identical files; written here, the time is the disk's.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodesDocument } from '../pipeline/6-export/record-schema.ts';
import { localeKeys, type Locale } from '../i18n/locales.ts';
import { fillShortLink, SHORT_LINK_TEMPLATE } from '../utils/short-link.ts';

export default function codeFilesIntegration(): AstroIntegration {
	return {
		name: 'code-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const templatePath = join(out, SHORT_LINK_TEMPLATE);
				const template = readFileSync(templatePath, 'utf8');
				const { codes } = JSON.parse(readFileSync(join(out, 'codes.json'), 'utf8')) as CodesDocument;
				mkdirSync(join(out, 'codes'), { recursive: true });
				for (const record of codes) {
					const code = String(record.code);
					writeFileSync(join(out, 'codes', `${code}.json`), `${JSON.stringify(record, null, '\t')}\n`);
					const titles = Object.fromEntries(localeKeys.map((l) => [l, record.text[l].title])) as Record<Locale, string>;
					mkdirSync(join(out, code), { recursive: true });
					writeFileSync(join(out, code, 'index.html'), fillShortLink(template, code, titles));
				}
				rmSync(dirname(templatePath), { recursive: true });
				logger.info(`wrote ${codes.length} short links and ${codes.length} code records`);
			},
		},
	};
}
