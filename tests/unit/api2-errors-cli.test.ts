/**
 * The api2-errors command-line tool, run from its sources on the content (the installed tarball
 * is tested by the `package` step): the language it picks, what it prints for a code and for
 * pastes, its exit statuses, colours only on a terminal, wrapping, and no URL without an origin.
 * Expectations come from the content and the UI strings, never from copies of them.
 */
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../../packages/api2-errors/src/cli/main.ts';
import { environmentLocale } from '../../packages/api2-errors/src/cli/options.ts';
import { columns, wrap } from '../../packages/api2-errors/src/cli/wrap.ts';
import { createRegistry } from '../../packages/api2-errors/src/registry.ts';
import { packageData } from '../../packages/api2-errors/scripts/data.ts';
import { decodeAll } from '../../src/features/decoder/many.ts';
import { localeKeys } from '../../src/i18n/locales.ts';
import { proseBlocks } from '../../src/utils/markdown.ts';
import { CLASSES, MANY } from '../fixtures/decoder-inputs.ts';

const ORIGIN = 'https://errors.example.com';
const registry = createRegistry(packageData({ SITE_URL: ORIGIN }));
const withoutOrigin = createRegistry(packageData({}));
const { codes, strings } = registry.data;

interface Run {
	env?: Record<string, string>;
	tty?: boolean;
	columns?: number;
	stdin?: string;
	files?: Record<string, string>;
	reg?: typeof registry;
}

async function cli(
	argv: string[],
	{ env = {}, tty = false, columns, stdin = '', files = {}, reg = registry }: Run = {},
) {
	let stdout = '';
	let stderr = '';
	const io: Io = {
		argv,
		env,
		stdout: { write: (text: string) => (stdout += text), isTTY: tty, columns },
		stderr: { write: (text: string) => (stderr += text) },
		stdinIsTTY: false,
		readStdin: async () => stdin,
		readFile: (path) => {
			if (path.endsWith('/')) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
			if (!Object.hasOwn(files, path)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
			return files[path];
		},
	};
	const status = await run(io, reg);
	return { status, stdout, stderr };
}

const ESC = '\x1b[';

/** Inline markdown as the tool prints it: code without backticks, a link as its text and its address in brackets. */
const shown = (markdown: string, locale: 'en' | 'zh') =>
	markdown
		.replace(/`([^`]+)`/g, '$1')
		.replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_whole, text, href) =>
			locale === 'zh' ? `${text}（${href}）` : `${text} (${href})`,
		);

describe('the language', () => {
	it('is LC_ALL, else LC_MESSAGES, else LANG; Chinese for any zh locale, English otherwise', () => {
		expect(environmentLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
		expect(environmentLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
		expect(environmentLocale({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('zh');
		expect(environmentLocale({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh');
		expect(environmentLocale({ LANG: 'C.UTF-8' })).toBe('en');
		expect(environmentLocale({})).toBe('en');
	});

	it('--lang overrides the environment; a language the site lacks is a usage error', async () => {
		const zh = await cli(['4500', '--lang', 'zh'], { env: { LANG: 'en_US.UTF-8' } });
		expect(zh.stdout).toContain(codes.find((r) => r.code === 4500)!.text.zh.title);
		expect((await cli(['4500', '--lang=en'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('Replay attack');
		const fr = await cli(['4500', '--lang', 'fr']);
		expect(fr.status).toBe(2);
		expect(fr.stdout).toBe('');
	});

	it('--help is in the language asked for, and names every command', async () => {
		for (const locale of localeKeys) {
			const help = await cli(['--help', '--lang', locale]);
			expect(help.status).toBe(0);
			for (const command of ['decode', 'list', 'search', '--json', '--lang', 'NO_COLOR'])
				expect(help.stdout).toContain(command);
		}
		expect((await cli(['--help', '--lang', 'zh'])).stdout).toContain('用法');
		expect((await cli([])).status).toBe(2);
	});
});

describe('a code', () => {
	for (const locale of localeKeys)
		it(`every code's answer has its title, meaning, every step, the verdict, the API 3.0 codes and its page, in ${locale}`, async () => {
			for (const record of codes) {
				const { status, stdout } = await cli([String(record.code), '--lang', locale]);
				expect(status).toBe(0);
				const lines = stdout.split('\n');
				const text = record.text[locale];
				expect(lines[0]).toContain(`${record.code} ${text.title}`);
				expect(lines).toContain(shown(text.summary, locale));
				for (const block of proseBlocks(text.action))
					if (block.list) for (const item of block.lines) expect(lines).toContain(`- ${shown(item, locale)}`);
				expect(lines).toContain(strings[locale][`retry.${record.retry}`]);
				for (const item of record.api3)
					expect(lines).toContain(`- ${item.code} — ${strings[locale][`match.${item.match}`]}`);
				expect(lines.at(-2)).toBe(new URL(record.urls[locale], ORIGIN).href);
			}
		});

	it('a link in the content shows its address; inline code loses its backticks', async () => {
		const linked = codes.find((record) => /\]\(https:/.test(record.text.en.action))!;
		const href = /\]\((https:[^)]+)\)/.exec(linked.text.en.action)![1];
		const { stdout } = await cli([String(linked.code)]);
		expect(stdout).toContain(` (${href})`);
		expect(stdout).not.toContain('`');
	});

	it('is read however it is written: E4500, 04500, "错误码 4500"', async () => {
		for (const written of [['E4500'], ['04500'], ['错误码', '4500'], ['code=4500']])
			expect((await cli(written)).stdout.split('\n')[0]).toBe('4500 Replay attack');
	});

	it('--json prints its record as /codes/{code}.json has it', async () => {
		const { stdout } = await cli(['4500', '--json']);
		expect(stdout).toBe(`${JSON.stringify(registry.record(4500), null, '\t')}\n`);
	});

	it('an unknown code exits 1 and names the nearest known codes; a word that is no code exits 2', async () => {
		const unknown = await cli(['4999']);
		expect(unknown.status).toBe(1);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toContain('4999');
		expect(unknown.stderr).toContain(strings.en['notFound.nearest']);
		expect(unknown.stderr).toMatch(/\b4[0-9]00\b/);
		const word = await cli(['replay']);
		expect(word.status).toBe(2);
		expect(word.stderr).toContain('api2-errors search replay');
	});
});

describe('colours and width', () => {
	it('colours only on a terminal, and never with NO_COLOR or TERM=dumb', async () => {
		expect((await cli(['4500'], { tty: true })).stdout).toContain(ESC);
		expect((await cli(['4500'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
		expect((await cli(['4500'], { tty: true, env: { TERM: 'dumb' } })).stdout).not.toContain(ESC);
		expect((await cli(['4500'], { tty: false })).stdout).not.toContain(ESC);
		// NO_COLOR set to nothing does not count (no-color.org).
		expect((await cli(['4500'], { tty: true, env: { NO_COLOR: '' } })).stdout).toContain(ESC);
	});

	it('wraps to the terminal in both languages, never in a pipe', async () => {
		for (const locale of localeKeys) {
			const narrow = await cli(['4100', '--lang', locale], { tty: true, columns: 40, env: { NO_COLOR: '1' } });
			// A line is at most 40 columns wide, unless it is one word too long to break (an address).
			for (const line of narrow.stdout.split('\n'))
				if (columns(line) > 40) expect(line.replace(/^[\s-]+/, ''), line).not.toMatch(/\s/);
			const piped = await cli(['4100', '--lang', locale]);
			expect(piped.stdout.split('\n').length).toBeLessThan(narrow.stdout.split('\n').length);
		}
	});

	it('wraps Chinese between characters, keeps closing marks on their line, and leaves long words whole', () => {
		expect(wrap('一二三四五六', 6)).toEqual(['一二三', '四五六']);
		expect(wrap('一二，三四', 4)).toEqual(['一二，', '三四']);
		expect(wrap('alpha beta', 3)).toEqual(['alpha', 'beta']);
		expect(wrap('alpha beta gamma', 10, '- ', '  ')).toEqual(['- alpha', '  beta', '  gamma']);
		expect(wrap(`${ESC}1mbold${ESC}22m word`, 4)).toEqual([`${ESC}1mbold${ESC}22m`, 'word']);
		// A colour starts with its word, after the blank; it ends before the next blank.
		expect(wrap(`a ${ESC}36mb${ESC}39m c`, 80)).toEqual([`a ${ESC}36mb${ESC}39m c`]);
		expect(wrap(`a ${ESC}36mbb${ESC}39m c`, 2)).toEqual(['a', `${ESC}36mbb${ESC}39m`, 'c']);
	});
});

describe('decode', () => {
	const inputs = [...Object.values(CLASSES).flatMap((cases) => cases.map((c) => c.input)), ...Object.values(MANY)];

	it('--json is the site decoder’s result for every input class and many-response paste', async () => {
		for (const input of inputs) {
			const { stdout } = await cli(['decode', '--json'], { stdin: input });
			expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(decodeAll(input, registry.isKnownCode))));
		}
	});

	it('reads a file or standard input ("-" or none) alike; exits 1 when nothing is recognised, 2 when a file cannot be read', async () => {
		const response = '{"code":4500,"message":"replay"}';
		const fromFile = await cli(['decode', 'r.json'], { files: { 'r.json': response } });
		expect(fromFile.status).toBe(0);
		expect(fromFile.stdout).toContain('4500 Replay attack');
		expect((await cli(['decode'], { stdin: response })).stdout).toBe(fromFile.stdout);
		expect((await cli(['decode', '-'], { stdin: response })).stdout).toBe(fromFile.stdout);
		expect((await cli(['decode'], { stdin: 'hello' })).status).toBe(1);
		expect((await cli(['decode'], { stdin: '' })).status).toBe(1);
		expect((await cli(['decode'], { stdin: '{"code":4999}' })).status).toBe(1);
		for (const file of ['missing.json', 'folder/']) {
			const unreadable = await cli(['decode', file]);
			expect(unreadable.status).toBe(2);
			expect(unreadable.stderr).toContain(file);
		}
		expect((await cli(['decode', 'a', 'b'])).status).toBe(2);
	});

	it('pasted control characters never reach the terminal', async () => {
		const { stdout } = await cli(['decode'], {
			stdin: JSON.stringify({ code: 4100, message: '\x1b[2J\x1b]0;owned\x07x', requestId: 'a\rb' }),
			tty: true,
		});
		expect(stdout).not.toContain('\x1b[2J');
		expect(stdout).not.toContain('\x1b]');
		expect(stdout).not.toContain('\r');
	});

	it('lists the code pages it links to, in both languages', async () => {
		const { stdout } = await cli(['decode'], { stdin: '{"code":4500}' });
		for (const locale of localeKeys)
			expect(stdout).toContain(new URL(registry.record(4500)!.urls[locale], ORIGIN).href);
	});
});

describe('list and search', () => {
	it('list has every code once, grouped by class; --json gives each with its title, class, verdict and page', async () => {
		const { stdout } = await cli(['list']);
		for (const record of codes) expect(stdout.match(new RegExp(`^  ${record.code}  `, 'gm'))).toHaveLength(1);
		const rows = JSON.parse((await cli(['list', '--json', '--lang', 'zh'])).stdout);
		expect(rows).toHaveLength(codes.length);
		expect(rows[0]).toEqual({
			code: codes[0].code,
			title: codes[0].text.zh.title,
			class: codes[0].class.zh,
			retry: codes[0].retry,
			url: new URL(codes[0].urls.zh, ORIGIN).href,
		});
	});

	it('search finds codes by title words in both languages, and by code; nothing found exits 1', async () => {
		const replay = codes.find((record) => record.code === 4500)!;
		expect((await cli(['search', ...replay.text.en.title.split(' ')])).stdout.split('\n')[0]).toContain('4500');
		expect((await cli(['search', replay.text.zh.title, '--lang', 'zh'])).stdout.split('\n')[0]).toContain('4500');
		expect((await cli(['search', '4500'])).stdout.split('\n')[0]).toContain('4500');
		const none = await cli(['search', 'zzzzqqqq']);
		expect(none.status).toBe(1);
		expect(none.stderr).toContain('zzzzqqqq');
		expect((await cli(['search'])).status).toBe(2);
	});
});

describe('without the site’s origin', () => {
	it('prints no addresses of the site (and docUrl gives null)', async () => {
		for (const argv of [['4500'], ['decode'], ['list', '--json']]) {
			const { stdout } = await cli(argv, { reg: withoutOrigin, stdin: '{"code":4500}' });
			expect(stdout).not.toMatch(/https?:\/\/(?!cloud\.tencent|intl\.cloud|console\.cloud)/);
		}
		expect(withoutOrigin.docUrl(4500, 'en')).toBeNull();
	});
});
