/**
 * The pure core of the clock check: finds the Timestamp in what was pasted and measures it
 * against a clock (no DOM, no clock of its own: the caller passes the time, so the arithmetic is
 * testable). It reads the `Timestamp` parameter by name, or a bare number, and never another
 * number: in a signed API 2.0 query the parameters are sorted, so `Nonce` comes first.
 */
import { decodeLeniently } from '../../utils/url.ts';

/** The documented windows, in seconds: 5 minutes and 2 hours (which sources state which: content/registry.yaml, 4500). */
export const WINDOWS = [300, 7200] as const;

/** A Timestamp measured against the clock. */
export interface ClockReading {
	/** Seconds since the epoch, as parsed (milliseconds are converted). */
	timestamp: number;
	/** timestamp - now, in seconds: negative when the timestamp is in the past. */
	offset: number;
	/** Where the timestamp is relative to now. */
	direction: 'ahead' | 'behind' | 'equal';
	/** True when the value had 13 digits and was read as milliseconds. */
	milliseconds: boolean;
	/** For each window: is |offset| within it? */
	within: boolean[];
	/** What was read: the `Timestamp` parameter by name, or the input as a bare number. */
	from: 'parameter' | 'number';
	/** The digits read, as pasted. */
	value: string;
}

// `Timestamp` as a key (not part of a longer name such as `RequestTimestamp`), in a query
// string or form body (`=`; a URL-encoded one is read decoded), JSON (`"Timestamp": "…"`), a log line
// (`Timestamp: …`, `Timestamp …`) or Chinese (`Timestamp：…`); its value may be quoted.
const NAMED = /(?<![\w-])["']?timestamp["']?(?:\s*(?:=|:|：)\s*|\s+)["']?(\d+)(?!\d)/i;
// The input is only a number, perhaps quoted.
const BARE = /^["']?(\d+)["']?$/;

/** Read the Timestamp in `input` ("Timestamp=1402992826", a JSON body, "1402992826", ms) against `nowSeconds`. */
export function readTimestamp(input: string, nowSeconds: number): ClockReading | null {
	const named = NAMED.exec(input) ?? NAMED.exec(decodeLeniently(input));
	const bare = named ? null : BARE.exec(input.trim());
	const digits = named?.[1] ?? bare?.[1];
	if (!digits || !/^(\d{9,10}|\d{13})$/.test(digits)) return null;
	const milliseconds = digits.length === 13;
	const timestamp = milliseconds ? Math.floor(Number(digits) / 1000) : Number(digits);
	const offset = timestamp - nowSeconds;
	const direction = offset > 0 ? 'ahead' : offset < 0 ? 'behind' : 'equal';
	const within = WINDOWS.map((window) => Math.abs(offset) <= window);
	return { timestamp, offset, direction, milliseconds, within, from: named ? 'parameter' : 'number', value: digits };
}
