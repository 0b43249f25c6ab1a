/** HTML escaping for the markup we write as strings: inline markdown, short links, the OpenSearch XML. */

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
