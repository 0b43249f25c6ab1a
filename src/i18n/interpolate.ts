/**
 * Fills `{name}` placeholders in a UI string; unknown placeholders stay as they are. One pass
 * over the template, with a replacer function: values are inserted as they are, never scanned
 * again for placeholders ("{count}" in a query) or read as replacement patterns ("$&"). Shared by
 * the build-time translator (t.ts) and the browser scripts, which get their strings from the page
 * (a module of its own, so that importing it never ships both dictionaries to the browser).
 */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}
