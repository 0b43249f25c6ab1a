// Parses one raw source export (Markdown prose around one HTML table) into structured,
// cleaned data. Works on the shapes of the markup, never on a file's name.
import { cleanCell } from './clean.ts';
import { joinCjkAware } from '../../utils/cjk.ts';

export type NoticeKind = 'legacy' | 'unicode-escapes' | 'module-codes';
export interface Notice {
	kind: NoticeKind;
	text: string;
}
export interface SeedRow {
	code: number;
	title: string;
	description: string;
}
export interface ParsedSeed {
	intro: string;
	notices: Notice[];
	sample: string | null;
	columns: [string, string, string];
	rows: SeedRow[];
}

/** One run of Markdown prose, cut into the pieces this parser cares about. */
interface Prose {
	paragraphs: string[][]; // each paragraph as its raw lines
	quotes: string[][]; // blockquotes (`>` / `>?` notes), as raw lines
	sections: { heading: string; lines: string[] }[]; // non-blank lines under each heading
	sample: string | null; // the first fenced code block
}

/** Joins the lines of one paragraph the way Markdown does: a space, except next to Chinese text. */
const joinLines = (lines: string[]) => joinCjkAware(lines, 'either');

/** Splits Markdown prose into paragraphs, blockquotes, heading sections and the sample block. */
function readProse(text: string): Prose {
	const prose: Prose = { paragraphs: [], quotes: [], sections: [], sample: null };
	let paragraph: string[] = [];
	let quote: string[] = [];
	let fence: string[] | null = null;
	const flush = () => {
		if (paragraph.length) prose.paragraphs.push(paragraph);
		if (quote.length) prose.quotes.push(quote);
		paragraph = [];
		quote = [];
	};
	for (const rawLine of text.split('\n')) {
		const line = rawLine.trim();
		if (fence) {
			if (line.startsWith('```')) {
				prose.sample ??= fence
					.map((l) => l.trimEnd())
					.join('\n')
					.trimEnd();
				fence = null;
			} else fence.push(rawLine);
			continue;
		}
		if (line.startsWith('```')) {
			// The line that introduces the sample ("Example:", "示例如下：") labels the block, and the
			// site labels the sample itself, so it is not kept as part of the intro.
			flush();
			const last = prose.paragraphs[prose.paragraphs.length - 1];
			if (last && /[:：]$/.test(last[last.length - 1])) last.pop();
			if (last?.length === 0) prose.paragraphs.pop();
			fence = [];
		} else if (line === '' || /^\[\/\/\]: #/.test(line)) {
			flush(); // blank line, or a Markdown comment such as "[//]: # (chinagitpath:…)"
		} else if (/^#{1,6}\s/.test(line) || /^\*\*[^*]+\*\*$/.test(line)) {
			// A heading — or a bold line on its own, which the newer page uses as the table's caption.
			flush();
			prose.sections.push({ heading: line.replace(/^#+\s*|\*\*/g, ''), lines: [] });
		} else if (line.startsWith('>')) {
			if (paragraph.length) flush();
			const content = line.replace(/^>\??\s*/, '');
			if (content) quote.push(content);
		} else {
			if (quote.length) flush();
			paragraph.push(line);
			prose.sections[prose.sections.length - 1]?.lines.push(line);
		}
	}
	flush();
	return prose;
}

/** Splits prose into sentences, each keeping its trailing space, so joining them restores it. */
function sentencesOf(text: string): string[] {
	return text.match(/.+?(?:[.!?](?=\s|$)|[。！？]|$)\s*/g) ?? [];
}

/** The cell contents of one `<tr>`: `<td>` or `<th>`, closed or not (one export lost a `</td>`). */
function cellsOf(row: string): string[] {
	return row
		.split(/<t[dh]\b[^>]*>/i)
		.slice(1)
		.map((cell) => cell.split(/<\/t[dh]\s*>/i)[0]);
}

/** Parses a raw source export into its intro, notices, sample response, columns and rows. */
export function parseSeed(raw: string): ParsedSeed {
	const text = raw.replace(/\r\n?/g, '\n');
	const table = /<table\b[\s\S]*?<\/table\s*>/i.exec(text);
	if (!table) throw new Error('no <table> found');
	const before = readProse(text.slice(0, table.index));
	const after = readProse(text.slice(table.index + table[0].length));

	const [header, ...body] = table[0]
		.split(/<tr\b[^>]*>/i)
		.slice(1)
		.map((tr) => cellsOf(tr.split(/<\/tr\s*>/i)[0]).map(cleanCell));
	if (header?.length !== 3) throw new Error(`expected a 3-column header row, got ${JSON.stringify(header)}`);
	const rows = body.map((cells) => {
		if (cells.length !== 3 || !/^\d+$/.test(cells[0])) throw new Error(`malformed row ${JSON.stringify(cells)}`);
		return { code: Number(cells[0]), title: cells[1], description: cells[2] };
	});

	const notices: Notice[] = [];
	for (const quote of before.quotes) {
		const noteText = cleanCell(joinLines(quote)).replace(/\*\*/g, '').trim();
		if (!/legacy|deprecated|旧版|废弃/i.test(noteText)) throw new Error(`unrecognised note: ${noteText}`);
		notices.push({ kind: 'legacy', text: noteText });
	}

	// The remark that Chinese messages may arrive as Unicode escapes is a notice, not intro text.
	const intro: string[] = [];
	for (const paragraph of before.paragraphs) {
		const sentences = sentencesOf(cleanCell(joinLines(paragraph)));
		const isEscapes = (s: string) => /\bunicode\b/i.test(s);
		for (const s of sentences.filter(isEscapes)) notices.push({ kind: 'unicode-escapes', text: s.trim() });
		const rest = sentences
			.filter((s) => !isEscapes(s))
			.join('')
			.trim();
		if (rest) intro.push(rest);
	}

	// After the table only a module-error-code section is expected; anything else is an error
	// rather than silently dropped text.
	if (after.quotes.length || after.sample !== null) throw new Error('unexpected note or code block after the table');
	for (const section of after.sections) {
		if (!/module/i.test(section.heading)) throw new Error(`unrecognised section after the table: ${section.heading}`);
		notices.push({ kind: 'module-codes', text: section.lines.map(cleanCell).join('\n') });
	}
	if (after.paragraphs.flat().length !== after.sections.flatMap((s) => s.lines).length) {
		throw new Error('unexpected text after the table outside a section');
	}

	return {
		intro: intro.join('\n\n'),
		notices,
		sample: before.sample,
		columns: header as [string, string, string],
		rows,
	};
}
