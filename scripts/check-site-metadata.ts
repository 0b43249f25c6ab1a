/**
 * What search engines, link previews and browsers read from a build holds on every page: titles,
 * descriptions, robots, canonical and hreflang links, Open Graph and Twitter metadata, the
 * manifest, OpenSearch, the sitemap, robots.txt and the URLs of codes.json (scripts/lib/metadata/).
 * Run it in the environment of that build: SITE_URL (none for a build without an origin) and
 * BASE_PATH. Usage: node scripts/check-site-metadata.ts [dist]. Exits 1 when a check fails.
 */
import { resolve } from 'node:path';
import { normalizeBase } from '../src/utils/url.ts';
import { siteOrigin } from '../src/utils/site-origin.ts';
import { BuiltSite } from './lib/built-site.ts';
import { runMetadataChecks } from './lib/metadata/run.ts';

const site = new BuiltSite(
	resolve(process.argv[2] ?? 'dist'),
	normalizeBase(process.env.BASE_PATH || '/'),
	siteOrigin(process.env.SITE_URL),
);
process.exit(runMetadataChecks(site) ? 1 : 0);
