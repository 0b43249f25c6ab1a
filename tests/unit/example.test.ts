import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/pipeline/3-read.ts';
import { buildSiteData } from '../../src/pipeline/5-model.ts';
import type { RegistryData } from '../../src/pipeline/types.ts';
import { exampleResponse } from '../../src/utils/example.ts';

/** Registry facts for a test code: exampleResponse reads only `example`, so the rest is left out. */
const facts = (example?: RegistryData['example']): RegistryData => (example ? { example } : {}) as RegistryData;

describe('exampleResponse', () => {
	it('pretty-prints a documented response with two-space indentation and keeps its source', () => {
		const result = exampleResponse({
			code: '4106',
			facts: facts({ json: '{"code": 4106, "message": "(60006)MFA Invalid", "data": []}', source: 'CAM docs' }),
		});
		expect(result.json).toBe('{\n  "code": 4106,\n  "message": "(60006)MFA Invalid",\n  "data": []\n}');
		expect(result.source).toBe('CAM docs');
	});

	it('keeps the documented value types as published (a string code stays a string)', () => {
		const result = exampleResponse({
			code: '5100',
			facts: facts({ json: '{"code": "5100", "message": "x"}', source: 'CLB' }),
		});
		expect(JSON.parse(result.json)).toEqual({ code: '5100', message: 'x' });
	});

	it('shows the shape {code: <number>, message: "…"} with no source when nothing is documented', () => {
		const result = exampleResponse({ code: '4500', facts: facts() });
		expect(JSON.parse(result.json)).toEqual({ code: 4500, message: '…' });
		expect(result.json).toBe('{\n  "code": 4500,\n  "message": "…"\n}');
		expect(result.source).toBeUndefined();
	});

	it('gives valid JSON for every code of the real content, documented or not', () => {
		const { set, issues } = readContent();
		expect(issues).toEqual([]);
		const site = buildSiteData(set);
		const documented = site.codes.filter((view) => view.facts.example);
		expect(documented.length).toBeGreaterThan(0);
		expect(documented.length).toBeLessThan(site.codes.length);
		for (const view of site.codes) {
			const result = exampleResponse(view);
			const parsed = JSON.parse(result.json);
			if (view.facts.example) {
				expect(parsed, view.code).toEqual(JSON.parse(view.facts.example.json));
				expect(result.source, view.code).toBe(view.facts.example.source);
			} else {
				expect(parsed, view.code).toEqual({ code: Number(view.code), message: '…' });
			}
		}
	});
});
