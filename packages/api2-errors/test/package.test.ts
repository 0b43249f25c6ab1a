/**
 * The tarball as a user gets it: what it holds, and the CLI and the package installed from it
 * into an empty project, run with the system Node (20) and the repository's (24), in both
 * languages. The answers must be the ones the package's sources give on the content, and a code's
 * --json the site's own /codes/{code}.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/main.ts';
import { cli, expected, installed, nodes, origin, project, tarball } from './installed.ts';

const ESC = '\x1b[';

/** What the package's sources print for `argv` (the same data as the tarball's build), piped, in a clean environment. */
async function fromSources(argv: string[], stdin = '', files: Record<string, string> = {}): Promise<string> {
	let stdout = '';
	const io: Io = {
		argv,
		env: {},
		stdout: { write: (text: string) => (stdout += text), isTTY: false },
		stderr: { write: () => true },
		stdinIsTTY: false,
		readStdin: async () => stdin,
		readFile: (path) => files[path] ?? readFileSync(join(project, path), 'utf8'),
	};
	await run(io, expected);
	return stdout;
}

describe('the tarball', () => {
	const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.map((path) => path.replace(/^package\//, ''));

	it('holds the compiled package, its declarations, package.json and README, nothing else', () => {
		for (const file of files)
			expect(file, file).toMatch(
				/^(package\.json|README\.md|index\.js|cli\.js|chunks\/[\w-]+\.js|types\/[\w/.-]+\.d\.ts)$/,
			);
		for (const file of ['package.json', 'README.md', 'index.js', 'cli.js', 'types/index.d.ts'])
			expect(files).toContain(file);
	});

	it('every chunk is imported by an entry, and every declaration is reached from types/index.d.ts', () => {
		const imported = (file: string) =>
			[...readFileSync(join(installed, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*(['"])(\.[^'"]+)\1/g)].map(
				(m) => normalize(join(dirname(file), m[2])),
			);
		const reached = new Set<string>();
		const visit = (file: string) => {
			if (reached.has(file)) return;
			reached.add(file);
			for (const next of imported(file))
				visit(next.endsWith('.js') && file.endsWith('.d.ts') ? next.replace(/\.js$/, '.d.ts') : next);
		};
		for (const entry of ['index.js', 'cli.js', 'types/index.d.ts']) visit(entry);
		for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.d.ts')))
			expect(reached, file).toContain(file);
	});

	it('has no runtime dependency, a bin and its types; installing it fetched nothing else', () => {
		const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(manifest.peerDependencies ?? {}).toEqual({});
		expect(manifest.bin).toEqual({ 'api2-errors': './cli.js' });
		expect(manifest.exports['.'].types).toBe('./types/index.d.ts');
		expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['api2-errors']);
	});

	it('cannot reach the network: no HTTP, socket or fetch in its code', () => {
		for (const file of files.filter((f) => f.endsWith('.js'))) {
			const code = readFileSync(join(installed, file), 'utf8');
			expect(code, file).not.toMatch(/node:(https?|net|tls|dgram|http2)|\bfetch\(|XMLHttpRequest|WebSocket/);
		}
	});

	it('README is the repository README’s two sections on it', () => {
		const readme = readFileSync(join(installed, 'README.md'), 'utf8');
		expect(readme).toContain('## From the terminal');
		expect(readme).toContain('## From your code');
	});
});

for (const node of nodes)
	describe(`installed, on Node ${node.version}`, () => {
		it('prints what the sources print: a code in each language, its --json, list, search, decode', async () => {
			const response = '2026-11-22T10:00:00Z ERROR {"code":4100,"message":"(100004) \\u7b7e\\u540d\\u9519\\u8bef"}';
			writeFileSync(join(project, 'response.log'), response);
			for (const argv of [
				['4500'],
				['4500', '--lang', 'zh'],
				['4500', '--json'],
				['list'],
				['list', '--json', '--lang', 'zh'],
				['search', 'replay'],
				['search', '签名', '--lang', 'zh'],
				['decode', 'response.log'],
				['decode', 'response.log', '--json'],
				['--help'],
				['--help', '--lang', 'zh'],
			]) {
				const ran = cli(node.path, argv);
				expect(ran.stderr, argv.join(' ')).toBe('');
				expect(ran.status, argv.join(' ')).toBe(0);
				expect(ran.stdout, argv.join(' ')).toBe(await fromSources(argv));
			}
			const piped = cli(node.path, ['decode'], { input: response });
			expect(piped.status).toBe(0);
			expect(piped.stdout).toBe(await fromSources(['decode'], response));
		});

		it('a code’s --json is the site’s /codes/{code}.json, byte for byte but for the origin each was built for', () => {
			for (const record of expected.data.codes) {
				const site = join('dist', 'codes', `${record.code}.json`);
				expect(existsSync(site), `${site}: build the site first`).toBe(true);
				const text = readFileSync(site, 'utf8');
				const built = new URL(JSON.parse(text).urls.en).origin;
				expect(cli(node.path, [String(record.code), '--json']).stdout).toBe(
					text.replaceAll(`"${built}/`, `"${origin}/`),
				);
			}
		});

		it('speaks the language of LANG (zh_CN.UTF-8), unless LC_ALL says otherwise', () => {
			const zh = expected.record(4500)!.text.zh.title;
			expect(cli(node.path, ['4500'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout.split('\n')[0]).toBe(`4500 ${zh}`);
			expect(cli(node.path, ['4500'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } }).stdout).not.toContain(
				zh,
			);
			expect(cli(node.path, ['--help'], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('用法');
		});

		it('exits 1 for an unknown code or nothing found, 2 for wrong usage or an unreadable file, with a message', () => {
			for (const [argv, status] of [
				[['4999'], 1],
				[['search', 'zzzzqqqq'], 1],
				[['replay'], 2],
				[['4500', '--colour'], 2],
				[['decode', 'missing.json'], 2],
				[['decode', '.'], 2],
			] as const) {
				const ran = cli(node.path, [...argv]);
				expect(ran.status, argv.join(' ')).toBe(status);
				expect(ran.stderr, argv.join(' ')).not.toBe('');
			}
			expect(cli(node.path, ['decode'], { input: 'hello' }).status).toBe(1);
		});

		it('colours on a terminal, never with NO_COLOR, never in a pipe', () => {
			const onTerminal = (env: Record<string, string>) =>
				spawnSync('script', ['-qec', 'node_modules/.bin/api2-errors 4500', '/dev/null'], {
					cwd: project,
					encoding: 'utf8',
					env: { PATH: [dirname(node.path), '/usr/bin', '/bin'].join(':'), HOME: project, TERM: 'xterm', ...env },
				}).stdout;
			const coloured = onTerminal({});
			expect(coloured).toContain(expected.record(4500)!.text.en.title);
			expect(coloured).toContain(ESC);
			const plain = onTerminal({ NO_COLOR: '1' });
			expect(plain).toContain(expected.record(4500)!.text.en.title);
			expect(plain).not.toContain(ESC);
			expect(cli(node.path, ['4500']).stdout).not.toContain(ESC);
		});

		it('imports: lookup, decode, retryVerdict, docUrl, search, Api2Error and the constants', () => {
			const probe = join(project, 'probe.mjs');
			writeFileSync(
				probe,
				`import * as api from 'api2-errors';
const error = api.Api2Error.fromResponse({ code: 4100, message: '(100004) \\\\u7b7e\\\\u540d\\\\u9519\\\\u8bef', requestId: 'r-1' }, 'zh');
console.log(JSON.stringify({
	version: api.VERSION, origin: api.SITE_ORIGIN, schemaVersion: api.SCHEMA_VERSION, codes: api.codes,
	en: api.lookup(4500), zh: api.lookup('E4500', 'zh'), unknown: api.lookup(4999) ?? null,
	retry: api.retryVerdict(4500), docEn: api.docUrl(4500), docZh: api.docUrl('4500', 'zh'), docUnknown: api.docUrl(4999),
	decoded: api.decode({ code: 4500, message: 'replay' }), search: api.search('replay'),
	constant: api.Api2Code.ReplayAttack, list: api.API2_CODES, isCode: [api.isApi2Code(4500), api.isApi2Code(4999)],
	error: { ...error, name: error.name, message: error.message, isError: error instanceof Error, isApi2Error: error instanceof api.Api2Error },
	success: api.Api2Error.fromResponse('{"code":0,"message":""}'),
	badLocale: (() => { try { api.lookup(4500, 'fr'); return null; } catch (e) { return e.name; } })(),
}));
`,
			);
			const ran = spawnSync(node.path, [probe], { cwd: project, encoding: 'utf8' });
			expect(ran.stderr).toBe('');
			const got = JSON.parse(ran.stdout);
			const replay = expected.record(4500)!;
			expect(got.version).toBe(expected.data.version);
			expect(got.origin).toBe(origin);
			expect(got.schemaVersion).toBe(expected.data.schemaVersion);
			expect(got.codes).toEqual(expected.data.codes);
			expect(got.en).toEqual(JSON.parse(JSON.stringify(expected.info(4500, 'en'))));
			expect(got.zh.title).toBe(replay.text.zh.title);
			expect(got.zh.retry.label).toBe(expected.data.strings.zh[`retry.${replay.retry}`]);
			expect(got.unknown).toBeNull();
			expect(got.retry).toBe(replay.retry);
			expect(got.docEn).toBe(new URL(replay.urls.en, origin).href);
			expect(got.docZh).toBe(new URL(replay.urls.zh, origin).href);
			expect(got.docUnknown).toBeNull();
			expect(got.decoded).toEqual(JSON.parse(JSON.stringify(expected.decode('{"code":4500,"message":"replay"}'))));
			expect(got.search[0].code).toBe('4500');
			expect(got.constant).toBe(4500);
			expect(got.list).toEqual(expected.data.codes.map((record) => record.code));
			expect(got.isCode).toEqual([true, false]);
			const signature = expected.record(4100)!;
			expect(got.error).toMatchObject({
				name: 'Api2Error',
				isError: true,
				isApi2Error: true,
				code: 4100,
				moduleCode: '100004',
				decodedMessage: '签名错误',
				requestId: 'r-1',
				known: true,
				title: signature.text.zh.title,
				retry: signature.retry,
				docUrl: new URL(signature.urls.zh, origin).href,
			});
			expect(got.error.message).toContain(signature.text.zh.title);
			expect(got.error.message).toContain(got.error.docUrl);
			expect(got.success).toBeNull();
			expect(got.badLocale).toBe('TypeError');
		});
	});

describe('the types', () => {
	let diagnostics: string[] = [];
	beforeAll(() => {
		const consumer = join(project, 'consumer.ts');
		writeFileSync(
			consumer,
			`import { Api2Code, Api2Error, API2_CODES, codes, decode, docUrl, lookup, retryVerdict, search } from 'api2-errors';
import type { Api2ErrorCode, CodeInfo, CodeRecord, DecodeResult, Locale, RetryVerdict } from 'api2-errors';
const replay: 4500 = Api2Code.ReplayAttack;
const code: Api2ErrorCode = API2_CODES[0];
const verdict: RetryVerdict | undefined = retryVerdict(replay);
const record: CodeRecord = codes[0];
const zh: Locale = 'zh';
const info: CodeInfo | undefined = lookup(code, zh);
const result: DecodeResult = decode('{"code":4500}').single;
const url: string | null = docUrl(4500);
const hits: { code: string }[] = search('replay');
const error: Api2Error | null = Api2Error.fromResponse({ code: 4500 });
const kind: 'api3' | 'error' | string = result.kind;
const retry: RetryVerdict | undefined = error?.retry;
// @ts-expect-error: no such language
lookup(4500, 'fr');
// @ts-expect-error: not a documented code
const unknown: Api2ErrorCode = 4999;
// @ts-expect-error: records have no such field
record.nothing;
export { verdict, info, url, hits, kind, retry, unknown };
`,
		);
		const program = ts.createProgram([consumer], {
			strict: true,
			noEmit: true,
			module: ts.ModuleKind.NodeNext,
			moduleResolution: ts.ModuleResolutionKind.NodeNext,
			target: ts.ScriptTarget.ES2022,
			lib: ['lib.es2022.d.ts'],
			types: [],
		});
		diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
	});

	it('a TypeScript project that uses the package type-checks (the constants are literal types; mistakes are errors)', () => {
		expect(diagnostics).toEqual([]);
	});
});
