/**
 * Colours for a terminal: only when the output is one, and never when NO_COLOR is set (to
 * anything but "", as no-color.org asks) or TERM is "dumb". Without colours every style is the
 * text itself, so piped output is plain text.
 */

/** How each kind of text is shown. */
export interface Style {
	title(text: string): string;
	heading(text: string): string;
	verdict(text: string): string;
	warning(text: string): string;
	muted(text: string): string;
	code(text: string): string;
	link(text: string): string;
}

const sgr = (on: number, off: number) => (text: string) => (text ? `\x1b[${on}m${text}\x1b[${off}m` : text);
const bold = sgr(1, 22);
const dim = sgr(2, 22);
const cyan = sgr(36, 39);
const yellow = sgr(33, 39);
const underline = sgr(4, 24);

const COLOURS: Style = {
	title: (text) => bold(cyan(text)),
	heading: bold,
	verdict: bold,
	warning: yellow,
	muted: dim,
	code: cyan,
	link: underline,
};

const same = (text: string) => text;
const PLAIN: Style = { title: same, heading: same, verdict: same, warning: same, muted: same, code: same, link: same };

/** Whether to colour output to a stream: a terminal, NO_COLOR unset or empty, TERM not "dumb". */
export function wantsColour(isTTY: boolean, env: Record<string, string | undefined>): boolean {
	return isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
}

export function styleFor(colour: boolean): Style {
	return colour ? COLOURS : PLAIN;
}

/** Escape sequences of the styles above (and any others), for measuring text as it shows. */
export const ANSI = /\x1b\[[0-9;]*m/g;
