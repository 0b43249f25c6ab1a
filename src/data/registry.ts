/** Loads the content collections once per build, checks them as a whole, and builds the views. */
import { getCollection } from 'astro:content';
import type { ContentSet } from './types.ts';
import { buildSiteData, type SiteData } from './model.ts';
import { formatIssues, validateContent } from './validate.ts';

let siteData: Promise<SiteData> | undefined;

/** The site's data; the build fails here, naming every bad file and field, if content is inconsistent. */
export function getSiteData(): Promise<SiteData> {
	siteData ??= load();
	return siteData;
}

async function load(): Promise<SiteData> {
	const [registry, prose, sources, classes, api3] = await Promise.all([
		getCollection('registry'),
		getCollection('prose'),
		getCollection('sources'),
		getCollection('classes'),
		getCollection('api3'),
	]);
	const set: ContentSet = { registry, prose, sources, classes, api3 };
	const issues = validateContent(set);
	if (issues.length > 0) {
		throw new Error(`The content is inconsistent (${issues.length} problem(s)):\n${formatIssues(issues)}`);
	}
	return buildSiteData(set);
}
