/** interpolate() fills placeholders from the template only: values are never re-read as templates. */
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/i18n/interpolate.ts';
import { dictionaries } from '../../src/i18n/t.ts';

const hostile = [
	'{count}',
	'{query}',
	'{reason}',
	'$&',
	'$1',
	'$$',
	"$'",
	'$`',
	'$<name>',
	'<img src=x onerror=alert(1)>',
	'</script>',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('interpolate', () => {
	it.each(hostile)('puts %j in literally, whichever placeholder it fills and in whatever order', (value) => {
		expect(interpolate('{query} / {count}', { query: value, count: '3' })).toBe(`${value} / 3`);
		expect(interpolate('{count} / {query}', { query: value, count: value })).toBe(`${value} / ${value}`);
	});

	it('fills every UI string of both languages with hostile values literally', () => {
		for (const strings of Object.values(dictionaries))
			for (const template of Object.values(strings)) {
				const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
				for (const value of hostile) {
					const values = Object.fromEntries(names.map((name) => [name, value]));
					// The value goes in verbatim; only the CJK spacing rule may add one space on either side.
					const literal = template
						.split(/\{\w+\}/)
						.map(escapeRegExp)
						.join(` ?${escapeRegExp(value)} ?`);
					expect(interpolate(template, values)).toMatch(new RegExp(`^${literal}$`));
				}
			}
	});

	it('leaves unknown placeholders as they are', () => {
		expect(interpolate('{a} {b}', { a: '{b}' })).toBe('{b} {b}');
	});
});
