/** On the 404 page: if the address names a code ("/en/codes/4999/", "/4999"), say it is unknown. */
export function codeInPath(pathname: string): string | null {
	const match = /(?:^|\/)(?:codes\/)?([0-9]{3,6})\/?(?:index\.html)?$/.exec(pathname);
	return match ? match[1] : null;
}

export function describeUnknownCode(pathname: string): void {
	const code = codeInPath(pathname);
	if (!code) return;
	for (const line of document.querySelectorAll<HTMLElement>('[data-unknown-code-template]')) {
		// textContent, never innerHTML: the address is visitor-controlled.
		line.textContent = (line.dataset.unknownCodeTemplate ?? '').replace('{code}', code);
		line.hidden = false;
	}
}
