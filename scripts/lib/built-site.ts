/**
 * A build read for the metadata checks: its pages with the <title>, <meta> and <link> tags of
 * their heads, the file a URL path serves, and the origin and base path it was built for.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/utils/list-files.ts';

export interface BuiltPage {
	/** The file, relative to the build ("en/codes/4500/index.html"). */
	file: string;
	/** The URL path it is served at, base path included ("/docs/errors/en/codes/4500/"). */
	path: string;
	/** <html lang>. */
	lang: string;
	title: string;
	/** The contents of each <meta name> or <meta property>, by that name. */
	meta: Map<string, string[]>;
	/** Every <link>, its attributes by name. */
	links: Record<string, string>[];
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };
const decode = (text: string) => text.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ENTITIES[name]);

/** The attributes of one tag ("<link rel=… href=…>"), decoded. */
function attributes(tag: string): Record<string, string> {
	return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, decode(value)]));
}

export function readPage(file: string, path: string, html: string): BuiltPage {
	const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
	const meta = new Map<string, string[]>();
	for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
		const { name, property, content } = attributes(tag);
		const key = name ?? property;
		if (key && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), content]);
	}
	return {
		file,
		path,
		lang: /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '',
		title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '').trim(),
		meta,
		links: [...head.matchAll(/<link\b[^>]*>/g)].map(([tag]) => attributes(tag)),
	};
}

export class BuiltSite {
	readonly dist: string;
	readonly base: string;
	readonly origin: string | undefined;
	readonly files: string[];
	readonly pages: BuiltPage[];

	/**
	 * @param dist the build folder
	 * @param base its base path ("/" or "/docs/errors/")
	 * @param origin the origin it was built for (SITE_URL), or undefined for a build without one
	 */
	constructor(dist: string, base: string, origin: string | undefined) {
		this.dist = dist;
		this.base = base;
		this.origin = origin;
		this.files = listFiles(dist);
		this.pages = this.files
			.filter((file) => file.endsWith('.html'))
			.map((file) => readPage(file, base + file.replace(/(^|\/)index\.html$/, '$1'), this.read(file)));
	}

	read(file: string): string {
		return readFileSync(join(this.dist, file), 'utf8');
	}

	/** The absolute URL of a site path on the build's origin (only meaningful with one). */
	url(path: string): string {
		return new URL(path, this.origin ?? 'http://origin.invalid').href;
	}

	/** The built file a URL (absolute, or a path) is served from, or null: folders by their index.html. */
	fileFor(url: string): string | null {
		const parsed = new URL(url, this.origin ?? 'http://origin.invalid');
		if (this.origin && parsed.origin !== new URL(this.origin).origin) return null;
		if (!parsed.pathname.startsWith(this.base)) return null;
		const rel = decodeURIComponent(parsed.pathname.slice(this.base.length));
		const direct = join(this.dist, rel);
		if (rel && existsSync(direct) && statSync(direct).isFile()) return rel;
		const index = `${rel}${rel && !rel.endsWith('/') ? '/' : ''}index.html`;
		return existsSync(join(this.dist, index)) ? index : null;
	}

	page(file: string): BuiltPage | undefined {
		return this.pages.find((page) => page.file === file);
	}
}

/** A page's one value of a <meta>, or undefined. */
export const metaOf = (page: BuiltPage, key: string) => page.meta.get(key)?.[0];

/** A page's <link rel=…> tags. */
export const linksOf = (page: BuiltPage, rel: string) => page.links.filter((link) => link.rel === rel);
