/**
 * The pages' access to the site model: the Astro collections (filled by loader.ts from the one
 * reader, already checked) turned into the views of stage 5, once per build.
 */
import { getCollection } from 'astro:content';
import type { ContentSet } from './types.ts';
import { buildSiteData, type SiteData } from './5-model.ts';

let siteData: Promise<SiteData> | undefined;

/** The site's data (the loader has already failed the build on any content problem). */
export function getSiteData(): Promise<SiteData> {
	siteData ??= load();
	return siteData;
}

async function load(): Promise<SiteData> {
	const [registry, prose, sources, classes, api3, synonyms] = await Promise.all([
		getCollection('registry'),
		getCollection('prose'),
		getCollection('sources'),
		getCollection('classes'),
		getCollection('api3'),
		getCollection('synonyms'),
	]);
	const set: ContentSet = { registry, prose, sources, classes, api3, synonyms };
	return buildSiteData(set);
}
