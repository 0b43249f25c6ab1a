/**
 * UI strings handed from a feature's component (built with t()) to its browser code, as JSON in
 * a data-strings attribute. Each feature lists the keys it needs; both sides are typed by that
 * list, and the browser bundles never carry the dictionaries (type imports only here).
 */
import type { Translate } from './t.ts';
import type { UIKey } from './ui/en.ts';

/** The strings of a feature's key list, one per key. */
export type StringsOf<Keys extends readonly UIKey[]> = Record<Keys[number], string>;

/** The strings of `keys` in the component's language; `values` fill the placeholders of some keys. */
export function translateKeys<const Keys extends readonly UIKey[]>(
	t: Translate,
	keys: Keys,
	values: Partial<Record<Keys[number], Record<string, string>>> = {},
): Record<Keys[number], string> {
	return Object.fromEntries(keys.map((key: Keys[number]) => [key, t(key, values[key])])) as Record<
		Keys[number],
		string
	>;
}

/** The strings a component put into `element`'s data-strings attribute, typed by its feature's list. */
export function readStrings<Strings extends Partial<Record<UIKey, string>>>(element: HTMLElement): Strings {
	return JSON.parse(element.dataset.strings ?? '{}') as Strings;
}
