// Thin on purpose: the pieces live in src/ (integrations in src/integrations/).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { cspConfig } from './src/integrations/csp.ts';
import codeFiles from './src/integrations/code-files.ts';
import notFoundPages from './src/integrations/not-found-pages.ts';
import siteOrigin from './src/integrations/site-origin.ts';
import sitemap from './src/integrations/sitemap.ts';
import nginxCsp from './src/integrations/nginx-csp.ts';
import { siteOrigin as originOf } from './src/utils/site-origin.ts';

// The public origin, or none: see src/utils/site-origin.ts (a build without it warns).
const site = originOf(process.env.SITE_URL);
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	// The public origin (SITE_URL): canonical, hreflang, og:url, OpenSearch, the sitemap and the
	// URLs of codes.json are made on it. `npm start` sets it to its own local server.
	site,
	// Set BASE_PATH to host the site under a sub-path, e.g. /docs/errors/.
	base,
	// Set OUT_DIR to build elsewhere (the reproducibility check builds twice side by side).
	outDir: process.env.OUT_DIR || './dist',
	// A separate cache for builds of other content (the scale benchmark), so stores never mix.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	// Render 16 pages at a time: page writes overlap rendering (a 10,000-code build spent 61 s on
	// its pages one at a time, 31 s with 16). The output is byte-identical either way.
	build: { inlineStylesheets: 'always', concurrency: 16 },
	// A strict Content-Security-Policy in a <meta> tag on every page: Astro hashes its scripts
	// and styles; nothing else may run, and nothing loads from another origin.
	security: { csp: cspConfig },
	// Order matters: the service worker precaches what code-files and Pagefind write; the nginx
	// CSP map comes after it (a file for the server, not for the browser).
	// No Shiki: its colours are inline style attributes, which the CSP (rightly) blocks.
	markdown: { syntaxHighlight: false },
	integrations: [
		mdx(),
		siteOrigin(),
		codeFiles(),
		notFoundPages(),
		sitemap(),
		// PAGEFIND_PART_PAGES lowers the pages in one part of a language's search index (tests).
		pagefind({ pagesPerPart: Number(process.env.PAGEFIND_PART_PAGES) || undefined }),
		// PRECACHE_LIMIT_BYTES lowers the size above which a first visit precaches only the core (tests).
		serviceWorker({ fullPrecacheLimit: Number(process.env.PRECACHE_LIMIT_BYTES) || undefined }),
		nginxCsp(),
	],
});
