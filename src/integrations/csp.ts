/**
 * The Content-Security-Policy (Astro's `security.csp`). Astro adds the hashes of its own
 * scripts and styles; these directives close everything else: same origin only, no plugins,
 * no inline event handlers. Pagefind needs 'wasm-unsafe-eval' to compile its WebAssembly.
 */
export const cspConfig = {
	directives: [
		"default-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
};
