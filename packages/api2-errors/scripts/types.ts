/**
 * The package's type declarations (types/): TypeScript's own declarations of the package's entry
 * and the site modules it exposes (the decoder's result types), laid out as
 * types/index.d.ts (the package's src/) and types/site/… (the repository's src/), with the
 * imports rewritten to .js; only the files the entry reaches are kept. Two declarations are
 * written from the data instead: record.d.ts (from the JSON Schema, so no zod) and
 * constants.d.ts (each code's literal type). Throws on any type error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { PackageData } from '../src/shape.ts';
import { recordDeclarations } from './record-types.ts';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(packageDir, '../..');
const entry = join(packageDir, 'src/index.ts');

const options: ts.CompilerOptions = {
	declaration: true,
	emitDeclarationOnly: true,
	allowImportingTsExtensions: true,
	strict: true,
	skipLibCheck: true,
	target: ts.ScriptTarget.ES2022,
	module: ts.ModuleKind.ESNext,
	moduleResolution: ts.ModuleResolutionKind.Bundler,
	types: ['node', 'vite/client'],
	rootDir: repo,
	outDir: join(repo, '.types'),
};

/** Where a declaration of a repository file goes in types/. */
function publishedPath(file: string): string {
	const path = relative(options.outDir!, file);
	const own = relative('packages/api2-errors/src', path);
	return own.startsWith('..') ? join('site', relative('src', path)) : own;
}

function fail(diagnostics: readonly ts.Diagnostic[]): never {
	const host: ts.FormatDiagnosticsHost = {
		getCanonicalFileName: (name) => name,
		getCurrentDirectory: () => repo,
		getNewLine: () => '\n',
	};
	throw new Error(`type errors:\n${ts.formatDiagnostics(diagnostics, host)}`);
}

/** constants.d.ts: Api2Code with each code's literal type, the union of the codes, the list of them. */
function constantDeclarations(data: PackageData): string {
	const title = new Map(data.codes.map((record) => [record.code, record.text.en.title]));
	const members = Object.entries(data.constants).map(
		([name, code]) => `\t/** ${code} ${title.get(code)} */\n\treadonly ${name}: ${code};`,
	);
	return [
		'/** Every documented code by name, its English title in PascalCase: `Api2Code.ReplayAttack === 4500`. */',
		`export declare const Api2Code: {\n${members.join('\n')}\n};`,
		'/** One of the documented codes. */',
		`export type Api2ErrorCode = ${data.codes.map((record) => record.code).join(' | ')};`,
		'/** Every documented code, in order. */',
		'export declare const API2_CODES: readonly Api2ErrorCode[];',
		'',
	].join('\n');
}

/** The relative imports of a declaration file. */
const IMPORT = /(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g;

/** The declarations, by path in types/. */
export function declarations(data: PackageData): Map<string, string> {
	const emitted = new Map<string, string>();
	const program = ts.createProgram([entry], options);
	const diagnostics = ts.getPreEmitDiagnostics(program);
	if (diagnostics.length) fail(diagnostics);
	const result = program.emit(undefined, (file, text) => emitted.set(publishedPath(file), text));
	if (result.diagnostics.length) fail(result.diagnostics);
	emitted.set('record.d.ts', recordDeclarations());
	emitted.set('constants.d.ts', constantDeclarations(data));
	checkRecordTypes(emitted.get('record.d.ts')!);

	// The files index.d.ts reaches, with their imports pointing at the published layout.
	const kept = new Map<string, string>();
	const visit = (path: string) => {
		if (kept.has(path)) return;
		const text = emitted.get(path);
		if (text === undefined) throw new Error(`types: ${path} is imported but has no declarations`);
		kept.set(path, text); // placeholder, so that cycles end
		const source = sourceOf(path);
		kept.set(
			path,
			text.replace(IMPORT, (_whole, lead: string, quote: string, specifier: string) => {
				const target = publishedPath(
					join(options.outDir!, relative(repo, resolve(dirname(source), specifier))),
				).replace(/\.ts$/, '.d.ts');
				visit(target);
				let rewritten = relative(dirname(path), target).replace(/\.d\.ts$/, '.js');
				if (!rewritten.startsWith('.')) rewritten = `./${rewritten}`;
				return `${lead}${quote}${rewritten}${quote}`;
			}),
		);
	};
	visit('index.d.ts');
	return kept;
}

/** The repository file a published declaration was made from. */
function sourceOf(path: string): string {
	const file = path.replace(/\.d\.ts$/, '.ts');
	return file.startsWith('site/') ? join(repo, 'src', file.slice('site/'.length)) : join(packageDir, 'src', file);
}

/** The published CodeRecord and the pipeline's are the same type (each is assignable to the other). */
function checkRecordTypes(published: string): void {
	const dir = mkdtempSync(join(tmpdir(), 'api2-errors-types-'));
	try {
		writeFileSync(join(dir, 'record.d.ts'), published);
		writeFileSync(
			join(dir, 'check.ts'),
			[
				"import type { CodeRecord as Published } from './record.js';",
				`import type { CodeRecord as Pipeline } from '${join(repo, 'src/pipeline/6-export/record-schema.ts')}';`,
				'export const published: Published = null as unknown as Pipeline;',
				'export const pipeline: Pipeline = null as unknown as Published;',
			].join('\n'),
		);
		const program = ts.createProgram([join(dir, 'check.ts')], { ...options, rootDir: undefined, noEmit: true });
		const diagnostics = ts.getPreEmitDiagnostics(program);
		if (diagnostics.length) fail(diagnostics);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
