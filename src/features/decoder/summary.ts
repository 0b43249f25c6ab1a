/**
 * Browser code: many responses in one paste, summed up. One line per code (how many, where the
 * first and last are), each opening onto the full answer for its first response; successes
 * counted apart. When there is one error code, its answer is open.
 */
import type { Summary, CodeGroup } from './many.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { el } from '../../utils/dom.ts';
import { appendTitle } from './details.ts';
import { renderResult, type RenderContext } from './render.ts';

/** At most this many groups are listed (a log with more distinct codes is rare; the count says so). */
const MAX_GROUPS = 50;

export function renderSummary(summary: Summary, ctx: RenderContext): HTMLElement[] {
	const { strings } = ctx;
	const successes = summary.successes?.count ?? 0;
	const head = el('p', {
		className: 'decoder__verdict',
		text: interpolate(strings['decoder.many'], {
			total: String(summary.total),
			errors: String(summary.total - successes),
			successes: String(successes),
		}),
	});
	const list = el('div', { className: 'decoder__groups' });
	// One error code: its answer is open. Several: the list of codes is the answer, each opens.
	const openFirst = summary.groups.length === 1;
	summary.groups
		.slice(0, MAX_GROUPS)
		.forEach((group, i) => list.append(groupView(group, summary.unit, ctx, openFirst && i === 0)));
	if (summary.successes) list.append(groupView(summary.successes, summary.unit, ctx, false));
	return [head, list];
}

function groupView(group: CodeGroup, unit: Summary['unit'], ctx: RenderContext, open: boolean): HTMLElement {
	const { strings, locale } = ctx;
	const r = group.first;
	const label = el('span', { className: 'decoder__group-name' });
	if (r.kind === 'success') label.append(strings['decoder.many.successes']);
	else if (r.kind === 'api3') label.append(el('span', { className: 'code-chip', text: r.api3?.code ?? '' }));
	else if (r.kind === 'sdk-local')
		label.append(el('span', { className: 'code-chip', text: r.localCode ?? '' }), ' ', strings['decoder.many.other']);
	else if (r.code !== undefined) {
		label.append(el('span', { className: 'code-chip', text: r.code }));
		if (r.kind === 'error') appendTitle(label, r.code, locale);
	} else label.append(strings['decoder.many.other']);
	const where = el('span', {
		className: 'muted',
		text: ` — ${interpolate(strings['decoder.many.count'], { count: String(group.count), place: place(group, unit, ctx) })}`,
	});
	const body = el('div', { className: 'decoder__group-body' });
	const details = el('details', {
		className: 'decoder__group',
		attrs: { 'data-group': group.key, 'data-count': String(group.count) },
		children: [el('summary', { children: [label, where] }), body],
	});
	// The full answer is drawn when the group is first opened: a log may hold dozens of codes.
	const fillBody = () => body.childElementCount || body.replaceChildren(...renderResult(r, ctx, true));
	details.addEventListener('toggle', () => details.open && fillBody());
	if (open) {
		details.open = true;
		fillBody();
	}
	return details;
}

/** "line 4", "lines 2–7", "item 3", "items 2–3". */
function place(group: CodeGroup, unit: Summary['unit'], ctx: RenderContext): string {
	const first = String(group.at[0]);
	const last = String(group.last);
	const one = unit === 'item' ? 'decoder.many.item' : 'decoder.many.line';
	const range = unit === 'item' ? 'decoder.many.items' : 'decoder.many.lines';
	return first === last ? interpolate(ctx.strings[one], { first }) : interpolate(ctx.strings[range], { first, last });
}
