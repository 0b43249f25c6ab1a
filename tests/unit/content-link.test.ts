import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentLink } from '../../src/utils/content-link.ts';
import { isLocale } from '../../src/i18n/locales.ts';

const pagesDir = join(process.cwd(), 'content/pages');
/** Every markdown link target of every MDX page, with the page's language. */
const links = readdirSync(pagesDir).flatMap((locale) =>
	readdirSync(join(pagesDir, locale))
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) =>
			[...readFileSync(join(pagesDir, locale, file), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({
				file: `${locale}/${file}`,
				locale,
				href: m[1],
			})),
		),
);

describe('links in the MDX pages', () => {
	it('link other pages of the site by route, never relatively', () => {
		expect(links.some((link) => link.href.startsWith('route:'))).toBe(true);
		for (const { file, locale, href } of links) {
			expect(isLocale(locale), file).toBe(true);
			if (!isLocale(locale)) continue;
			const url = resolveContentLink(href, locale, '/docs/errors/');
			expect(url, `${file}: ${href}`).toMatch(/^(\/docs\/errors\/|https?:|mailto:|#)/);
		}
	});

	it('become URLs of the page’s language under the base path', () => {
		expect(resolveContentLink('route:sources/#api2-old', 'zh', '/')).toBe('/zh/sources/#api2-old');
		expect(resolveContentLink('route:codes/4500/', 'en', '/docs/errors/')).toBe('/docs/errors/en/codes/4500/');
		expect(resolveContentLink('https://cloud.tencent.com/document/api/214/82364', 'en', '/')).toBe(
			'https://cloud.tencent.com/document/api/214/82364',
		);
	});

	it.each(['../sources/', './x/', 'sources/', '/en/sources/', '../codes/4000/#retry', '?q=1'])(
		'fail the build on a link that depends on the page’s address: %s',
		(href) => {
			expect(() => resolveContentLink(href, 'en', '/')).toThrow(/route:/);
		},
	);
});
