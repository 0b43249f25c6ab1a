/** The decoder's share link: what was pasted, in the URL fragment (#input=…), which browsers never send to a server. */
import { decodeLeniently } from '../../utils/url.ts';

const PREFIX = '#input=';

/**
 * The longest link made: RFC 9110 asks every sender and recipient to support URIs of at least
 * 8,000 octets, so a link this long survives mail, chats and trackers.
 */
export const MAX_LINK_LENGTH = 8000;

/** The link to the decoder page `page` (its current URL) that carries `text`; its length instead when too long. */
export function shareLink(page: string, text: string): { link: string } | { tooLong: number } {
	const url = new URL(page);
	url.hash = '';
	const link = `${url.href}${PREFIX}${encodeURIComponent(text)}`;
	return link.length <= MAX_LINK_LENGTH ? { link } : { tooLong: link.length };
}

/** The text a share fragment (`location.hash`) carries, null for any other fragment; invalid %-escapes are kept as written. */
export function sharedInput(hash: string): string | null {
	return hash.startsWith(PREFIX) ? decodeLeniently(hash.slice(PREFIX.length)) : null;
}
