/**
 * Browser code: many responses in one paste, summed up (answer-summary.ts): one line per code
 * (how many, where the first and last are), each opening onto the full answer for its first
 * response; successes counted apart. When there is one error code, its answer is open.
 */
import type { Summary } from './many.ts';
import { el } from '../../utils/dom.ts';
import { summaryView, type GroupView } from './answer-summary.ts';
import { appendTitle } from './details.ts';
import { renderResult, type RenderContext } from './render.ts';

export function renderSummary(summary: Summary, ctx: RenderContext): HTMLElement[] {
	const view = summaryView(summary, ctx);
	const head = el('p', { className: 'decoder__verdict', text: view.verdict });
	const list = el('div', { className: 'decoder__groups' });
	for (const group of view.groups) list.append(groupElement(group, ctx));
	return [head, list];
}

function groupElement(group: GroupView, ctx: RenderContext): HTMLElement {
	const label = el('span', { className: 'decoder__group-name' });
	if (group.chip !== undefined) label.append(el('span', { className: 'code-chip', text: group.chip }));
	if (group.name !== undefined) label.append(...(group.chip !== undefined ? [' '] : []), group.name);
	if (group.titleOf !== undefined) appendTitle(label, group.titleOf, ctx.locale);
	const where = el('span', { className: 'muted', text: ` — ${group.where}` });
	const body = el('div', { className: 'decoder__group-body' });
	const details = el('details', {
		className: 'decoder__group',
		attrs: { 'data-group': group.key, 'data-count': String(group.count) },
		children: [el('summary', { children: [label, where] }), body],
	});
	// The full answer is drawn when the group is first opened: a log may hold dozens of codes.
	const fillBody = () => body.childElementCount || body.replaceChildren(...renderResult(group.first, ctx, true));
	details.addEventListener('toggle', () => details.open && fillBody());
	if (group.open) {
		details.open = true;
		fillBody();
	}
	return details;
}
