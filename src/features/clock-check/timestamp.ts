/**
 * The pure core of the clock check: reads a pasted Timestamp and measures it against a clock
 * (no DOM, no clock of its own: the caller passes the time, so the arithmetic is testable).
 */

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
	/** True when the input had 13 digits and was read as milliseconds. */
	milliseconds: boolean;
	/** For each window: is |offset| within it? */
	within: boolean[];
}

/** Read a pasted Timestamp ("1402992826", "Timestamp=1402992826", ms) against `nowSeconds`. */
export function readTimestamp(input: string, nowSeconds: number): ClockReading | null {
	const match = /(?:^|[^0-9])([0-9]{9,13})(?![0-9])/.exec(input.trim());
	if (!match) return null;
	const digits = match[1];
	const milliseconds = digits.length === 13;
	if (!milliseconds && digits.length > 10) return null;
	const timestamp = milliseconds ? Math.floor(Number(digits) / 1000) : Number(digits);
	const offset = timestamp - nowSeconds;
	const direction = offset > 0 ? 'ahead' : offset < 0 ? 'behind' : 'equal';
	return { timestamp, offset, direction, milliseconds, within: WINDOWS.map((window) => Math.abs(offset) <= window) };
}
