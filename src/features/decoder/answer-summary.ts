/**
 * Many responses in one paste, as data: the count, then one group per code (how many, where the
 * first and last are), each opening onto the answer for its first response (answer.ts);
 * successes counted apart. When there is one error code, its answer is open. Pure, no DOM: the
 * page draws it (summary.ts), the command-line tool prints it.
 */
import { interpolate } from '../../i18n/interpolate.ts';
import type { DecodeResult } from './decode.ts';
import type { CodeGroup, Summary } from './many.ts';
import { titleOf, type AnswerContext } from './answer.ts';

/** At most this many groups are listed (a log with more distinct codes is rare; the count says so). */
const MAX_GROUPS = 50;

/** One group as shown: what it is, how many and where, and the response its answer explains. */
export interface GroupView {
	/** Stable id of the group: `code:4100`, `api3:AuthFailure`, `local:-2700`, `success`. */
	key: string;
	count: number;
	/** The first response of the group: its answer is the group's. */
	first: DecodeResult;
	/** Shown open at once (the only error code); otherwise it opens on request. */
	open: boolean;
	/** The code, shown as a code (API 2.0, API 3.0 or an SDK's own). */
	chip?: string;
	/** What follows the code: its title when known, or what the group is. */
	name?: string;
	/** A known code whose title is not at hand: the page adds it once the record has loaded. */
	titleOf?: string;
	/** How many and where: "2×, lines 2–4". */
	where: string;
}

export interface SummaryView {
	/** "4 responses found: 3 with an error, 1 successful." */
	verdict: string;
	groups: GroupView[];
}

export function summaryView(summary: Summary, ctx: AnswerContext): SummaryView {
	const { strings } = ctx;
	const successes = summary.successes?.count ?? 0;
	const verdict = interpolate(strings['decoder.many'], {
		total: String(summary.total),
		errors: String(summary.total - successes),
		successes: String(successes),
	});
	// One error code: its answer is open. Several: the list of codes is the answer, each opens.
	const openFirst = summary.groups.length === 1;
	const groups = summary.groups
		.slice(0, MAX_GROUPS)
		.map((group, i) => groupView(group, summary.unit, ctx, openFirst && i === 0));
	if (summary.successes) groups.push(groupView(summary.successes, summary.unit, ctx, false));
	return { verdict, groups };
}

function groupView(group: CodeGroup, unit: Summary['unit'], ctx: AnswerContext, open: boolean): GroupView {
	const { strings } = ctx;
	const r = group.first;
	const where = interpolate(strings['decoder.many.count'], {
		count: String(group.count),
		place: place(group, unit, ctx),
	});
	const base = { key: group.key, count: group.count, first: r, open, where };
	if (r.kind === 'success') return { ...base, name: strings['decoder.many.successes'] };
	if (r.kind === 'api3') return { ...base, chip: r.api3?.code ?? '' };
	if (r.kind === 'sdk-local') return { ...base, chip: r.localCode ?? '', name: strings['decoder.many.other'] };
	if (r.code === undefined) return { ...base, name: strings['decoder.many.other'] };
	if (r.kind !== 'error') return { ...base, chip: r.code };
	const { title } = titleOf(r.code, ctx);
	return title === undefined ? { ...base, chip: r.code, titleOf: r.code } : { ...base, chip: r.code, name: title };
}

/** "line 4", "lines 2–7", "item 3", "items 2–3". */
function place(group: CodeGroup, unit: Summary['unit'], ctx: AnswerContext): string {
	const first = String(group.at[0]);
	const last = String(group.last);
	const one = unit === 'item' ? 'decoder.many.item' : 'decoder.many.line';
	const range = unit === 'item' ? 'decoder.many.items' : 'decoder.many.lines';
	return first === last ? interpolate(ctx.strings[one], { first }) : interpolate(ctx.strings[range], { first, last });
}
