/**
 * Error texts of API 2.0 SDKs and tools that are not a JSON response: the Terraform provider's
 * `[APIError] Code=…, Message=…, CodeNumber=…`, and failures that never reached the API (the
 * Python SDK's network exceptions, qcloudcli's HTTP status error, an HTML error page).
 */
import type { DecodeResult } from './decode.ts';
import { decodeMessage } from './message.ts';
import { withCode } from './result.ts';

const TERRAFORM = '[APIError] Code=';

/** The Terraform provider's error string; CodeNumber=-1 marks an API 3.0 error. */
export function terraformError(text: string, isKnownCode: (code: string) => boolean): DecodeResult | undefined {
	const at = text.indexOf(TERRAFORM);
	if (at === -1) return undefined;
	const eol = text.indexOf('\n', at);
	const line = text.slice(at + TERRAFORM.length, eol === -1 ? text.length : eol);
	const m = line.indexOf(', Message=');
	const n = line.lastIndexOf(', CodeNumber=');
	if (m === -1 || n < m) return undefined;
	const number = /^-?[0-9]{1,9}/.exec(line.slice(n + ', CodeNumber='.length))?.[0];
	if (number === undefined) return undefined;
	const name = line.slice(0, m).trim();
	const r: DecodeResult = { kind: 'not-a-response', otherFields: [], found: 'text', via: 'terraform' };
	const message = line.slice(m + ', Message='.length, n);
	if (message !== '') r.message = decodeMessage(message);
	if (number === '-1') return { ...r, kind: 'api3', api3: { code: name } };
	if (name !== '') r.codeDesc = name;
	return withCode(r, number, 'number', isKnownCode);
}

/** How far into the text a transport failure is looked for (its marker comes first in practice). */
const HEAD = 65_536;

/** An HTTP status or network failure an SDK reported instead of a response. */
export function transportError(text: string): DecodeResult | undefined {
	const head = text.slice(0, HEAD);
	const r: DecodeResult = { kind: 'transport', otherFields: [], found: 'text' };
	const server = head.indexOf('ApiServerNetworkException');
	if (server !== -1) {
		const status = /Status:\s*([0-9]{3})/.exec(head.slice(server, server + 400))?.[1];
		return { ...r, via: 'python', ...(status ? { httpStatus: status } : {}) };
	}
	const client = head.indexOf('ApiClientNetworkException');
	if (client !== -1) {
		const said = /Error Message:\s*([^\n]{1,500})/.exec(head.slice(client, client + 800))?.[1];
		return { ...r, via: 'python', ...(said ? { message: decodeMessage(said) } : {}) };
	}
	const cli = head.indexOf(' Http Response Status Error');
	if (cli !== -1) {
		const status = /([0-9]{3})$/.exec(head.slice(Math.max(0, cli - 3), cli))?.[1];
		return { ...r, via: 'qcloudcli', ...(status ? { httpStatus: status } : {}) };
	}
	if (/<html[\s>]|<!doctype html/i.test(head)) {
		const status = /<title>\s*([0-9]{3})\b/i.exec(head)?.[1];
		return { ...r, ...(status ? { httpStatus: status } : {}) };
	}
	return undefined;
}
