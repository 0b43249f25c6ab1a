/**
 * Fills `{name}` placeholders in a UI string; unknown placeholders stay as they are. One pass
 * over the template, with a replacer function: values are inserted as they are, never scanned
 * again for placeholders ("{count}" in a query) or read as replacement patterns ("$&"). Shared by
 * the build-time translator (t.ts) and the browser scripts, which get their strings from the page
 * (a module of its own, so that importing it never ships both dictionaries to the browser).
 * Where a value meets a Chinese character of the template, a value starting or ending with
 * Latin text or a digit gets a space on that side ("在 API 2.0 …", "的 12 份"), the spacing the
 * Chinese text uses everywhere; a Chinese value ("五") joins without one. Values are inserted
 * as given, never read as templates.
 */
import { CJK_LETTER, LATIN_OR_DIGIT } from '../utils/cjk.ts';

export function interpolate(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string, at: number) => {
		if (!Object.hasOwn(values, name)) return whole;
		const value = String(values[name]);
		const before = CJK_LETTER.test(template.charAt(at - 1)) && LATIN_OR_DIGIT.test(value.charAt(0)) ? ' ' : '';
		const after =
			CJK_LETTER.test(template.charAt(at + whole.length)) && LATIN_OR_DIGIT.test(value.charAt(value.length - 1))
				? ' '
				: '';
		return `${before}${value}${after}`;
	});
}
