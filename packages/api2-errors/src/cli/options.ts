/**
 * The command line: the command, its arguments, --lang, --json, --help and --version. The
 * language is --lang, else the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG: zh_CN.UTF-8 is
 * Chinese), else English.
 */
import { isLocale, type Locale } from '../../../../src/i18n/locales.ts';
import type { CliStrings } from './strings.ts';

export type Command = 'explain' | 'decode' | 'list' | 'search' | 'help' | 'version';

export interface Options {
	command: Command;
	/** The arguments after the command (for explain: the code as typed). */
	args: string[];
	locale: Locale;
	json: boolean;
}

/** A usage mistake: the message's key and values (printed in the language asked for). */
export interface UsageError {
	locale: Locale;
	key: keyof CliStrings;
	values: Record<string, string>;
}

const COMMANDS: Record<string, Command> = { decode: 'decode', list: 'list', search: 'search', help: 'help' };

/** The language a locale name ("zh_CN.UTF-8", "zh-Hans", "en_US", "C") asks for, or null for none of ours. */
export function localeOf(name: string | undefined): Locale | null {
	const primary = /^([A-Za-z]{2,3})(?:[-_.@]|$)/.exec(name ?? '')?.[1]?.toLowerCase();
	return isLocale(primary) ? primary : null;
}

/** The language of the environment: the first of LC_ALL, LC_MESSAGES, LANG that is set, if it is one of ours. */
export function environmentLocale(env: Record<string, string | undefined>): Locale {
	const name = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
	return localeOf(name) ?? 'en';
}

export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): Options | UsageError {
	let locale = environmentLocale(env);
	let json = false;
	let help = false;
	let version = false;
	let wrongLang: string | undefined;
	let wrongOption: string | undefined;
	const words: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--') {
			words.push(...argv.slice(i + 1));
			break;
		}
		if (arg === '--lang' || arg.startsWith('--lang=')) {
			const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
			const asked = localeOf(value);
			if (asked) locale = asked;
			else wrongLang = value ?? '';
		} else if (arg === '--json') json = true;
		else if (arg === '-h' || arg === '--help') help = true;
		else if (arg === '-v' || arg === '--version') version = true;
		// "-" is standard input; "-2700" is a number (an SDK's own code), not an option.
		else if (arg.startsWith('-') && arg !== '-' && !/^-\d+$/.test(arg)) wrongOption ??= arg;
		else words.push(arg);
	}
	if (wrongLang !== undefined) return { locale, key: 'badLang', values: { lang: wrongLang } };
	if (wrongOption !== undefined) return { locale, key: 'unknownOption', values: { option: wrongOption } };
	if (help) return { command: 'help', args: [], locale, json };
	if (version) return { command: 'version', args: [], locale, json };
	const [first, ...rest] = words;
	if (first === undefined) return { command: 'help', args: [], locale, json };
	const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
	return command ? { command, args: rest, locale, json } : { command: 'explain', args: words, locale, json };
}
