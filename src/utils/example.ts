import type { CodeView } from '../pipeline/5-model.ts';

/**
 * The example error response shown on a code page: the documented one when the registry has
 * it (pretty-printed, as published), otherwise the response's shape with the `message` elided.
 */
export function exampleResponse(entry: Pick<CodeView, 'code' | 'facts'>): { json: string; source?: string } {
	const documented = entry.facts.example;
	if (documented) return { json: JSON.stringify(JSON.parse(documented.json), null, 2), source: documented.source };
	return { json: JSON.stringify({ code: Number(entry.code), message: '…' }, null, 2) };
}
