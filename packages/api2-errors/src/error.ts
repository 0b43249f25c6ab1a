/**
 * Api2Error: what an SDK wrapper throws for an API 2.0 error response, with everything an
 * engineer needs attached: the code, the response's message as it came and decoded (\uXXXX
 * escapes, the product module's code split off), codeDesc and the request ID, our retry verdict,
 * and the code's page on the site.
 */
import type { Locale } from '../../../src/i18n/locales.ts';
import { decodeMessage } from '../../../src/features/decoder/message.ts';
import type { RetryVerdict } from './record.ts';
import { registry } from './instance.ts';

export interface Api2ErrorOptions {
	/** The response's `message`, as it came. */
	message?: string;
	/** The response's `codeDesc`: the product's own name for the error. */
	codeDesc?: string;
	requestId?: string;
	/** The language of the title in the error's message and of its page (default `en`). */
	locale?: Locale;
	/** The response, kept for inspection. */
	response?: unknown;
	cause?: unknown;
}

export class Api2Error extends Error {
	/** The API 2.0 code: `code` of the response. */
	readonly code: number;
	/** The response's message as it came, or "". */
	readonly rawMessage: string;
	/** The message with \uXXXX escapes decoded and the module code split off. */
	readonly decodedMessage: string;
	/** The product module's code at the start of the message ("(100004) …", "20108:…"), if any. */
	readonly moduleCode: string | undefined;
	readonly codeDesc: string | undefined;
	readonly requestId: string | undefined;
	/** Whether the code is one of the common codes this reference documents. */
	readonly known: boolean;
	/** The code's title, in the error's language, when known. */
	readonly title: string | undefined;
	/** Our retry verdict for the code, when known. */
	readonly retry: RetryVerdict | undefined;
	/** The code's page on the site; null for an unknown code, or a package built without the site's origin. */
	readonly docUrl: string | null;
	/** The response, when given. */
	readonly response: unknown;

	constructor(code: number, options: Api2ErrorOptions = {}) {
		const locale = options.locale ?? 'en';
		const found = registry.record(code);
		const decoded = decodeMessage(options.message ?? '');
		const title = found?.text[locale].title;
		const docUrl = registry.docUrl(code, locale);
		const colon = registry.data.strings[locale]['punct.colon'];
		super(
			`${code}${title ? ` ${title}` : ''}${decoded.text ? `${colon}${decoded.text}` : ''}${docUrl ? ` (${docUrl})` : ''}`,
			options.cause === undefined ? undefined : { cause: options.cause },
		);
		this.name = 'Api2Error';
		this.code = code;
		this.rawMessage = options.message ?? '';
		this.decodedMessage = decoded.text;
		this.moduleCode = decoded.moduleCode;
		this.codeDesc = options.codeDesc;
		this.requestId = options.requestId;
		this.known = found !== undefined;
		this.title = title;
		this.retry = found?.retry;
		this.docUrl = docUrl;
		this.response = options.response;
	}

	/**
	 * The error for an API 2.0 response (its parsed body, or its text), read by the site's decoder;
	 * null when the response is no API 2.0 error: a success (code 0), or no API 2.0 code in it.
	 */
	static fromResponse(response: unknown, locale: Locale = 'en'): Api2Error | null {
		let text: string;
		try {
			text = typeof response === 'string' ? response : (JSON.stringify(response) ?? '');
		} catch {
			return null;
		}
		const result = registry.decode(text).single;
		if ((result.kind !== 'error' && result.kind !== 'unknown-code') || result.code === undefined) return null;
		return new Api2Error(Number(result.code), {
			message: result.message?.raw,
			codeDesc: result.codeDesc,
			requestId: result.requestId,
			locale,
			response,
		});
	}
}
