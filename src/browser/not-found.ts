// Browser entry point of the 404 page: its <script> (src/pages/404.astro) runs describeUnknownCode.
/** The code an address names ("/en/codes/4999/", "/4999"), or null: the 404 page then says it is unknown. */
export function codeInPath(pathname: string): string | null {
	const match = /(?:^|\/)(?:codes\/)?([0-9]{3,6})\/?(?:index\.html)?$/.exec(pathname);
	return match ? match[1] : null;
}

/** Show the "code N is unknown" lines of the 404 page when `pathname` names a code. */
export function describeUnknownCode(pathname: string): void {
	const code = codeInPath(pathname);
	if (!code) return;
	for (const line of document.querySelectorAll<HTMLElement>('[data-unknown-code-template]')) {
		// textContent, never innerHTML: the address is visitor-controlled.
		line.textContent = (line.dataset.unknownCodeTemplate ?? '').replace('{code}', code);
		line.hidden = false;
	}
}
