import { describe, expect, it } from 'vitest';
import { nearestCodes, recover } from '../../src/features/not-found/recover.ts';
import { localeKeys } from '../../src/i18n/locales.ts';
import { codes } from '../../e2e/helpers.ts';
import { allRoutes, pageRoutes, variantRules } from '../../e2e/url-variants.ts';

const site = { codes, routes: pageRoutes.filter(Boolean) };

describe('recover: every mistyped form of every page, in both languages, finds that page', () => {
	for (const rule of variantRules) {
		it(rule.name, () => {
			let applied = 0;
			for (const locale of localeKeys) {
				for (const route of allRoutes) {
					const path = rule.make({ locale, route });
					if (path === null) continue;
					applied += 1;
					for (const base of ['/', '/docs/errors/']) {
						expect(recover(base + path, base, site), `${base}${path}`).toEqual({
							kind: 'page',
							locale: rule.dropsLanguage ? null : locale,
							route,
						});
					}
				}
			}
			expect(applied, 'the rule applies to some page').toBeGreaterThan(0);
		});
	}
});

describe('recover: a code that does not exist', () => {
	// Every unknown neighbour of a known code, in each form a code can be mistyped in.
	const unknown = [...new Set(codes.flatMap((c) => [Number(c) - 1, Number(c) + 1, Number(c) + 9].map(String)))].filter(
		(c) => !codes.includes(c),
	);

	it('is named, with the nearest known codes of its class, closest first', () => {
		expect(unknown.length).toBeGreaterThan(0);
		for (const code of unknown) {
			for (const path of [`/en/codes/${code}/`, `/zh/${code}`, `/codes/E0${code}.html`]) {
				const result = recover(path, '/', site);
				expect(result.kind, path).toBe('unknown-code');
				if (result.kind !== 'unknown-code') continue;
				expect(result.code).toBe(code);
				// Its class is its first digit; a class the site has none of (3999) falls back to every code.
				const ofClass = codes.filter((c) => c[0] === code[0] && c.length === code.length);
				const sameClass = ofClass.length ? ofClass : codes;
				const distance = (c: string) => Math.abs(Number(c) - Number(code));
				expect(result.nearest.length).toBe(Math.min(3, sameClass.length));
				expect(
					result.nearest.every((c) => sameClass.includes(c)),
					path,
				).toBe(true);
				// No code of the class left out is closer than the farthest one listed.
				const farthest = Math.max(...result.nearest.map(distance));
				for (const other of sameClass.filter((c) => !result.nearest.includes(c)))
					expect(distance(other), `${other} for ${code}`).toBeGreaterThanOrEqual(farthest);
				expect(result.nearest.map(distance)).toEqual([...result.nearest.map(distance)].sort((a, b) => a - b));
			}
		}
	});

	it('of a class the site has none of gets the nearest codes overall', () => {
		expect(nearestCodes('9999', ['4000', '6200', '5100'], 2)).toEqual(['6200', '5100']);
	});
});

describe('recover: addresses that name no page', () => {
	it.each([
		'/en/no-such-page/',
		'/en/codes/abc/',
		'/en/codes/45O0/',
		'/en/codes/4500/sources/',
		'/4500/sources/',
		'/en/codes/%3Cimg%20src=x%20onerror=alert(1)%3E/',
		'/en/codes/%E0%A4%A/',
		'/fr/codes/4500x/',
		'/constructor/',
		'/__proto__/decode/x',
	])('%s', (path) => {
		expect(recover(path, '/', site).kind).toBe('none');
	});

	it('a bare number of a length no code has (the 404 page opened directly) is not read as a code', () => {
		const lengths = new Set(codes.map((c) => c.length));
		const shorter = Math.min(...lengths) - 1;
		expect(lengths.has(3)).toBe(false);
		for (const path of ['/en/404.html', '/404.html', '/zh/404/', `/en/${'1'.repeat(shorter)}/`])
			expect(recover(path, '/', site).kind, path).toBe('none');
		// Named as a code, it still is one.
		expect(recover('/en/codes/404/', '/', site).kind).toBe('unknown-code');
	});

	it('takes the language from the address, or leaves it to the visitor', () => {
		expect(recover('/zh/nope/', '/', site)).toEqual({ kind: 'none', locale: 'zh' });
		expect(recover('/nope/', '/', site)).toEqual({ kind: 'none', locale: null });
		expect(recover('/constructor/decode/', '/', site).locale).toBeNull();
	});
});
