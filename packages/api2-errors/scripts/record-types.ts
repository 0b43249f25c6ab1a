/**
 * The published declarations of a code's record (types/record.d.ts), written from the JSON Schema
 * the site publishes as /codes.schema.json (itself generated from the pipeline's zod schema), so
 * that the package's types need no zod and say what the schema says: each field's description
 * becomes its doc comment. Only the JSON Schema forms that schema uses are read; any other
 * throws, naming where.
 */
import { codesJsonSchema } from '../../../src/pipeline/6-export/json-schema.ts';

interface Schema {
	type?: string | string[];
	properties?: Record<string, Schema>;
	required?: string[];
	additionalProperties?: boolean | Schema;
	items?: Schema;
	enum?: unknown[];
	const?: unknown;
	anyOf?: Schema[];
	$ref?: string;
	description?: string;
	[other: string]: unknown;
}

const PRIMITIVES: Record<string, string> = {
	string: 'string',
	integer: 'number',
	number: 'number',
	boolean: 'boolean',
	null: 'null',
};

/** A doc comment at `indent`, or nothing. */
function doc(description: string | undefined, indent: string): string {
	return description ? `${indent}/** ${description.replace(/\*\//g, '*\\/')} */\n` : '';
}

/** The TypeScript type of `schema`, laid out at `indent`. */
function typeOf(schema: Schema, indent: string, where: string): string {
	if (schema.$ref) {
		if (schema.$ref === '#/$defs/code') return 'CodeRecord';
		throw new Error(`${where}: unknown $ref ${schema.$ref}`);
	}
	if (schema.const !== undefined) return JSON.stringify(schema.const);
	if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
	if (schema.anyOf) return schema.anyOf.map((each, i) => typeOf(each, indent, `${where}.anyOf[${i}]`)).join(' | ');
	if (Array.isArray(schema.type))
		return schema.type.map((type) => typeOf({ ...schema, type }, indent, where)).join(' | ');
	if (schema.type === 'array') {
		const item = typeOf(schema.items ?? {}, indent, `${where}[]`);
		return /^[\w"]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
	}
	if (schema.type === 'object') {
		if (schema.properties) {
			const inner = `${indent}\t`;
			const required = new Set(schema.required ?? []);
			const fields = Object.entries(schema.properties).map(
				([name, field]) =>
					`${doc(field.description, inner)}${inner}${name}${required.has(name) ? '' : '?'}: ${typeOf(field, inner, `${where}.${name}`)};`,
			);
			return `{\n${fields.join('\n')}\n${indent}}`;
		}
		if (typeof schema.additionalProperties === 'object')
			return `Record<string, ${typeOf(schema.additionalProperties, indent, `${where}{}`)}>`;
	}
	if (typeof schema.type === 'string' && Object.hasOwn(PRIMITIVES, schema.type)) return PRIMITIVES[schema.type];
	throw new Error(`${where}: a JSON Schema form this generator does not read: ${JSON.stringify(schema).slice(0, 200)}`);
}

/** types/record.d.ts: CodeRecord (`$defs/code`), RetryVerdict, Api3Match: the names src/record.ts exports. */
export function recordDeclarations(): string {
	const schema = codesJsonSchema() as unknown as Schema & { $defs: { code: Schema } };
	const { $defs } = schema;
	return [
		'/** The types of the site\u2019s /codes/{code}.json records, from its JSON Schema (/codes.schema.json, `$defs/code`). */',
		'',
		`/** One code: both languages\u2019 text, its facts, every source\u2019s row and the API 3.0 mapping (/codes/{code}.json). */`,
		`export interface CodeRecord ${typeOf($defs.code, '', 'code')}`,
		'',
		'/** Our retry verdict. */',
		"export type RetryVerdict = CodeRecord['retry'];",
		'',
		'/** How close an API 3.0 code is to an API 2.0 code: exact, close, partial, or a false friend (same name, different meaning). */',
		"export type Api3Match = CodeRecord['api3'][number]['match'];",
		'',
	].join('\n');
}
