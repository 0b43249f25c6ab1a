/** Building DOM elements in the browser code: texts are set as text, never parsed as HTML. */

/** What `el` puts on a new element; every option may be left out. */
export interface ElementOptions {
	className?: string;
	/** Set as textContent, before the children. */
	text?: string;
	/** Attributes by name (href, lang, data-code, role…); undefined values are left out. */
	attrs?: Record<string, string | undefined>;
	children?: readonly (Node | string)[];
}

/** A new element: `el('p', { className, text, attrs, children })`. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	{ className, text, attrs = {}, children = [] }: ElementOptions = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
	if (text !== undefined) node.textContent = text;
	node.append(...children);
	return node;
}
