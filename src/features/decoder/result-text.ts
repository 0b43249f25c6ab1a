/** The decoder's answer as plain text to copy: one line per paragraph, heading or field, then its code pages in every language. */
import { localeKeys, locales, type Locale } from '../../i18n/locales.ts';
import { pageUrl, withBase } from '../../utils/url.ts';

/** Elements that start a line of their own. */
const BLOCKS = new Set([
	'ARTICLE',
	'BLOCKQUOTE',
	'DETAILS',
	'DIV',
	'DL',
	'FIGURE',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'LI',
	'OL',
	'P',
	'PRE',
	'SECTION',
	'SUMMARY',
	'TABLE',
	'TR',
	'UL',
]);
/** Controls and what is not shown are no part of the answer. */
const LEFT_OUT = 'button, input, select, textarea, script, style, template, [hidden], [aria-hidden="true"]';

/** How a side remark is put in brackets in each language. */
const BRACKETS: Record<Locale, [string, string]> = { en: [' (', ')'], zh: ['（', '）'] };

/** The lines of `root`'s shown text, and the links among them. */
function readLines(
	root: Element,
	colon: string,
	[open, close]: [string, string],
): { lines: string[]; links: HTMLAnchorElement[] } {
	const lines: string[] = [];
	const links: HTMLAnchorElement[] = [];
	let line = '';
	// "- " before the first line of a list item, however deep its text is.
	let bullet = '';
	const flush = () => {
		const text = line.replace(/\s+/g, ' ').trim();
		if (text) {
			lines.push(bullet + text);
			bullet = '';
		}
		line = '';
	};
	const walk = (parent: Element) => {
		for (const child of parent.childNodes) {
			// A closed <details> shows its summary only.
			if (
				parent instanceof HTMLDetailsElement &&
				!parent.open &&
				!(child instanceof HTMLElement && child.tagName === 'SUMMARY')
			)
				continue;
			if (child.nodeType === Node.TEXT_NODE) line += child.textContent ?? '';
			if (!(child instanceof HTMLElement) || child.matches(LEFT_OUT)) continue;
			if (child instanceof HTMLAnchorElement) links.push(child);
			if (child.classList.contains('badge'))
				line = `${line.trimEnd()}${open}${(child.textContent ?? '').trim()}${close}`;
			else if (child.tagName === 'DT') {
				// A field is one line: "name: value".
				flush();
				line = `${child.textContent ?? ''}${colon}`;
			} else if (child.tagName === 'DD') {
				walk(child);
				flush();
			} else if (!BLOCKS.has(child.tagName)) walk(child);
			else {
				flush();
				if (child.tagName === 'LI') bullet = '- ';
				walk(child);
				flush();
				bullet = '';
			}
		}
	};
	walk(root);
	flush();
	return { lines, links };
}

/** The code a link leads to when it is one of this site's code pages (in any language). */
function linkedCode(link: HTMLAnchorElement): string | null {
	const url = new URL(link.href, location.href);
	if (url.origin !== location.origin) return null;
	for (const locale of localeKeys) {
		const prefix = withBase(`${locale}/codes/`);
		const code = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length).replace(/\/$/, '') : '';
		if (/^\d+$/.test(code)) return code;
	}
	return null;
}

/** What the output shows as text, then absolute links to every code page it links to, in each language. */
export function resultText(output: HTMLElement, locale: Locale, colon: string, linksHeading: string): string {
	const [open, close] = BRACKETS[locale];
	const { lines, links } = readLines(output, colon, [open, close]);
	const codes = [...new Set(links.map(linkedCode).filter((code) => code !== null))];
	if (!codes.length) return lines.join('\n');
	const pages = codes.flatMap((code) =>
		localeKeys.map((each) => {
			const url = new URL(pageUrl(each, `codes/${code}/`), location.origin).href;
			return `${code}${open}${locales[each].label}${close}${colon}${url}`;
		}),
	);
	return [...lines, '', linksHeading, ...pages].join('\n');
}
