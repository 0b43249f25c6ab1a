/**
 * The command-line tool: api2-errors CODE | decode [FILE] | list | search WORDS…, in English or
 * Chinese, as text or --json. Offline: everything it says comes from the package's data. Exit
 * status: 0 answered; 1 an unknown code, no search hit, or nothing the decoder could read; 2
 * wrong usage or unreadable input.
 */
import { interpolate } from '../../../../src/i18n/interpolate.ts';
import type { Locale } from '../../../../src/i18n/locales.ts';
import { pageUrl } from '../../../../src/utils/url.ts';
import { codeOf, type Registry } from '../registry.ts';
import { decodedText } from './answer.ts';
import { explainText } from './explain.ts';
import { parseOptions, type Options } from './options.ts';
import { Lines, printable, type Out } from './print.ts';
import { cliStrings, type CliStrings } from './strings.ts';
import { styleFor, wantsColour } from './style.ts';

/** Where the tool reads and writes: the process, or a test's stand-in. */
export interface Io {
	argv: readonly string[];
	env: Record<string, string | undefined>;
	stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
	stderr: { write(text: string): unknown; isTTY?: boolean };
	stdinIsTTY: boolean;
	readStdin(): Promise<string>;
	/** A file's text; throws an error with `code` (ENOENT, EISDIR…) when it cannot be read. */
	readFile(path: string): string;
}

/** Exit statuses. */
export const EXIT = { answered: 0, notFound: 1, usage: 2 } as const;

/** Lines are wrapped to the terminal, at most this wide (never when the output is not a terminal). */
const MAX_WIDTH = 100;

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

export async function run(io: Io, registry: Registry): Promise<number> {
	const parsed = parseOptions(io.argv, io.env);
	if (!('command' in parsed)) {
		const said = cliStrings[parsed.locale];
		io.stderr.write(`api2-errors: ${interpolate(said[parsed.key], parsed.values)}\n${said.usage}\n`);
		return EXIT.usage;
	}
	const options = parsed;
	const said = cliStrings[options.locale];
	const out = outFor(io, registry, options.locale);
	const fail = (key: keyof CliStrings, values: Record<string, string> = {}, status: number = EXIT.usage) => {
		io.stderr.write(
			`api2-errors: ${interpolate(said[key], values)}\n${status === EXIT.usage ? `${said.usage}\n` : ''}`,
		);
		return status;
	};
	switch (options.command) {
		case 'help':
			io.stdout.write(`${interpolate(said.help, { version: registry.data.version })}\n`);
			return io.argv.length ? EXIT.answered : EXIT.usage;
		case 'version':
			io.stdout.write(`${registry.data.version}\n`);
			return EXIT.answered;
		case 'explain':
			return explain(options, registry, out, io);
		case 'decode': {
			if (options.args.length > 1) return fail('tooMany', { count: String(options.args.length) });
			const file = options.args[0] ?? '-';
			let text: string;
			try {
				if (file === '-' && io.stdinIsTTY) io.stderr.write(`${said.stdinHint}\n`);
				text = file === '-' ? await io.readStdin() : io.readFile(file);
			} catch (error) {
				const code = (error as { code?: string }).code;
				const reason =
					code === 'ENOENT' ? said.notFound : code === 'EISDIR' ? said.isDirectory : String((error as Error).message);
				return fail('unreadable', { file: file === '-' ? 'stdin' : file, reason });
			}
			const decoded = registry.decode(text);
			const kind = decoded.summary ? 'many' : decoded.single.kind;
			io.stdout.write(
				options.json ? json(decoded) : `${decodedText(decoded, registry.answerContext(options.locale), out)}\n`,
			);
			return kind === 'empty' || kind === 'not-a-response' || kind === 'unknown-code' ? EXIT.notFound : EXIT.answered;
		}
		case 'list': {
			const rows = registry.data.codes.map((record) => ({
				code: record.code,
				title: record.text[options.locale].title,
				class: record.class[options.locale],
				retry: record.retry,
				url: registry.docUrl(record.code, options.locale),
			}));
			if (options.json) io.stdout.write(json(rows));
			else {
				const lines = new Lines(out);
				for (const group of registry.data.classes) {
					const members = registry.data.codes.filter((record) => record.class.id === group.id);
					if (!members.length) continue;
					lines.blank();
					lines.line(out.style.heading(group.name[options.locale]));
					for (const record of members)
						lines.line(
							`${out.style.code(String(record.code))}  ${record.text[options.locale].title}`,
							'  ',
							'        ',
						);
				}
				io.stdout.write(`${lines.text()}\n`);
			}
			return EXIT.answered;
		}
		case 'search': {
			const query = options.args.join(' ');
			if (!query.trim()) return fail('needsWords');
			const hits = registry.search(query, options.locale, 20).map((hit) => ({
				code: Number(hit.code),
				title: hit.titles[options.locale],
				url: registry.docUrl(hit.code, options.locale),
			}));
			if (options.json) io.stdout.write(json(hits));
			else if (!hits.length)
				io.stderr.write(`${interpolate(out.strings['search.none'], { query: printable(query) }).replace(/`/g, '')}\n`);
			else io.stdout.write(`${hits.map((hit) => `${out.style.code(String(hit.code))}  ${hit.title}`).join('\n')}\n`);
			return hits.length ? EXIT.answered : EXIT.notFound;
		}
	}
}

/** How output is written for this terminal (or pipe) and language. */
function outFor(io: Io, registry: Registry, locale: Locale): Out {
	const tty = Boolean(io.stdout.isTTY);
	return {
		locale,
		strings: registry.data.strings[locale],
		style: styleFor(wantsColour(tty, io.env)),
		width: tty ? Math.min(io.stdout.columns || 80, MAX_WIDTH) : Infinity,
		pageUrl: (route, each) =>
			registry.data.origin ? new URL(pageUrl(each, route, registry.data.base), registry.data.origin).href : null,
	};
}

/** One code (or several, or a code written in words: "错误码 4500"): each explained, or why not. */
function explain(options: Options, registry: Registry, out: Out, io: Io): number {
	const whole = codeOf(options.args.join(' '));
	const asked = whole !== null ? [whole] : options.args.map((word) => codeOf(word) ?? word);
	const said = cliStrings[options.locale];
	const found = [];
	let status: number = EXIT.answered;
	for (const [i, digits] of asked.entries()) {
		if (!/^\d+$/.test(digits)) {
			const word = printable(options.args[i] ?? digits);
			io.stderr.write(
				`api2-errors: ${interpolate(said.unknownCommand, { word })}\n${interpolate(said.searchHint, { word })}\n${said.usage}\n`,
			);
			return EXIT.usage;
		}
		const info = registry.info(digits, options.locale);
		if (info) {
			found.push(info);
			continue;
		}
		const near = registry
			.near(digits)
			.map((code) => `${code} ${registry.record(code)?.text[options.locale].title ?? ''}`);
		io.stderr.write(
			`${interpolate(out.strings['notFound.unknownCode'], { code: digits })}\n${out.strings['notFound.nearest']}\n${near.map((line) => `  ${line}`).join('\n')}\n`,
		);
		status = EXIT.notFound;
	}
	if (options.json && found.length)
		io.stdout.write(json(found.length === 1 ? found[0].record : found.map((info) => info.record)));
	else if (found.length) io.stdout.write(`${found.map((info) => explainText(info, out)).join('\n\n')}\n`);
	return status;
}
