/**
 * The installed CLI says what the built site says. For every code in both languages, its answer
 * holds, line for line and in order, what the code's page shows: title, meaning, every step of
 * what to do, the retry verdict and advice, where the sources differ, the API 3.0 equivalents and
 * the page's address. For every input of the decoder's own tests (tests/fixtures/decoder-inputs.ts)
 * in both languages, `decode` prints the lines of the decoder page's "Copy result" (every group of
 * a summary opened first). The site is dist/, served by scripts/serve.ts, read in Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.ts';
import { localeKeys, type Locale } from '../../../src/i18n/locales.ts';
import { CLASSES, MANY } from '../../../tests/fixtures/decoder-inputs.ts';
import { cli, expected, nodes, origin } from './installed.ts';

const port = Number(process.env.E2E_PORT ?? 4330) + 2;
const site = `http://localhost:${port}`;
const node = nodes.at(-1)!.path;
const BRACKETS: Record<Locale, [string, string]> = { en: [' (', ')'], zh: ['（', '）'] };

let server: ChildProcess;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	server = spawn(process.execPath, ['scripts/serve.ts', String(port), 'dist'], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise<void>((resolve, reject) => {
		server.stdout?.once('data', () => resolve());
		server.once('exit', (code) => reject(new Error(`scripts/serve.ts exited (${code}) before it listened on ${port}`)));
	});
	browser = await chromium.launch(chromiumLaunchOptions());
	context = await browser.newContext({ serviceWorkers: 'block' });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
});

afterAll(async () => {
	await browser?.close();
	server?.kill();
});

/** Output as lines to compare: trimmed, without blank lines. */
const lines = (text: string) =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/** What a code page shows, in the order and form the CLI prints it (a link's address after its text). */
async function pageLines(page: Page, locale: Locale, code: number): Promise<string[]> {
	await page.goto(`${site}/${locale}/codes/${code}/`);
	const [open, close] = BRACKETS[locale];
	return page.evaluate(
		([open, close]) => {
			/** An element's text as one line, each link to another site followed by its address. */
			const text = (element: Element | null, drop = '') => {
				if (!element) return '';
				const copy = element.cloneNode(true) as Element;
				for (const gone of drop ? copy.querySelectorAll(drop) : []) gone.remove();
				for (const a of copy.querySelectorAll('a[href^="http"]'))
					a.replaceWith(`${a.textContent}${open}${a.getAttribute('href')}${close}`);
				return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
			};
			const ours = (heading: Element | null) =>
				`${text(heading, '.badge')}${open}${text(heading?.querySelector('.badge') ?? null)}${close}`;
			/** Paragraphs as lines, list items as "- " lines. */
			const prose = (element: Element | null) =>
				[...(element?.children ?? [])].flatMap((block) =>
					block.tagName === 'UL' ? [...block.children].map((li) => `- ${text(li)}`) : [text(block)],
				);
			const head = document.querySelector('.code-head')!;
			const badge = head.querySelector('.code-head__meta .badge');
			const out = [
				`${text(head.querySelector('.code-head__num'))} ${text(head.querySelector('.code-head__title'))}${badge ? `${open}${text(badge)}${close}` : ''}`,
				text(document.querySelector('.answer__meaning')),
				ours(document.querySelector('.answer__head')),
				// Every step: the full list when the answer shows only the first ones.
				...prose(document.querySelector('#all-steps + .prose') ?? document.querySelector('.answer__action .prose')),
				// The explanation, retrying included, is marked as ours as a whole (its note).
				`${text(document.querySelector('#retry'))}${open}${text(document.querySelector('.explanation__note .badge'))}${close}`,
				text(document.querySelector('#retry ~ .verdict')),
				...prose(document.querySelector('#retry ~ .verdict + .prose')),
				...[...document.querySelectorAll('.differ-note')].map((note) => text(note, 'a[href^="#"]')),
				ours(document.querySelector('#api3')),
			];
			const rows = [...document.querySelectorAll('.api3-table tbody tr')];
			if (!rows.length) out.push(text(document.querySelector('section[aria-labelledby="api3"] > p:not(.muted)')));
			for (const row of rows) {
				const [code, match, official] = row.querySelectorAll('td');
				out.push(`- ${text(code)} — ${text(match)}`, text(official));
			}
			out.push(...prose(document.querySelector('section[aria-labelledby="api3"] > .prose')));
			out.push(new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href).pathname);
			return out;
		},
		[open, close],
	);
}

describe('a code’s answer is its page', () => {
	for (const locale of localeKeys)
		it(`every code, in ${locale}`, async () => {
			const page = await context.newPage();
			for (const record of expected.data.codes) {
				const shown = await pageLines(page, locale, record.code);
				// The page's address, on the origin the package was built for.
				shown[shown.length - 1] = new URL(shown.at(-1)!, origin).href;
				const printed = cli(node, [String(record.code), '--lang', locale]);
				expect(printed.status).toBe(0);
				expect(lines(printed.stdout), `${record.code} ${locale}`).toEqual(shown);
			}
			await page.close();
		});
});

describe('decode gives the site decoder’s answer', () => {
	const inputs = [
		...Object.entries(CLASSES).flatMap(([name, cases]) => cases.map((c, i) => [`${name} #${i + 1}`, c.input])),
		...Object.entries(MANY),
	];

	/** The decoder page's "Copy result" for `input`, every group of a summary opened and every record loaded. */
	async function copied(page: Page, input: string): Promise<string> {
		await page.locator('main textarea').fill(input);
		await page.evaluate(() => {
			for (const group of document.querySelectorAll<HTMLDetailsElement>('#decoder-output details')) group.open = true;
		});
		await page.waitForFunction(
			() =>
				!document.querySelector('#decoder-output [data-pending]') &&
				[...document.querySelectorAll('#decoder-output .decoder__group-body')].every((body) => body.childElementCount),
		);
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await page.locator('[data-keep-action="copy"]').click();
		await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '');
		return page.evaluate(() => navigator.clipboard.readText());
	}

	for (const locale of localeKeys)
		it(`every input of the decoder's tests, in ${locale}`, async () => {
			const page = await context.newPage();
			await page.goto(`${site}/${locale}/decode/`);
			await page.waitForLoadState('networkidle');
			for (const [name, input] of inputs) {
				// The page links to its code pages on its own origin; the CLI on the package's.
				const shown = lines((await copied(page, input)).replaceAll(site, origin));
				const printed = cli(node, ['decode', '--lang', locale], { input });
				// The CLI adds a link's address after its text: the page's copy has the text alone.
				const withoutAddresses = printed.stdout.replace(/(?: \(|（)https?:\/\/[^\s)）]+(?:\)|）)/g, '');
				expect(lines(withoutAddresses), `${name} (${locale}): ${input.slice(0, 80)}`).toEqual(shown);
			}
			await page.close();
		});
});
