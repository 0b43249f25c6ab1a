/**
 * /search/codes/{shard}.json: the codes whose first two digits are {shard}, with their titles
 * in both languages, for the search box's code layer (src/features/search/code-query.ts). Sharded so a
 * numeric query loads only a few hundred bytes however large the registry grows.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../pipeline/site-data.ts';
import type { CodeHit } from '../../../features/search/code-query.ts';
import { shardOf } from '../../../features/search/instant-data.ts';

export async function getStaticPaths() {
	const site = await getSiteData();
	const shards = new Map<string, CodeHit[]>();
	for (const entry of site.codes) {
		const shard = shardOf(entry.code) as string;
		const hits = shards.get(shard) ?? [];
		hits.push({ code: entry.code, titles: { en: entry.prose.en.title, zh: entry.prose.zh.title } });
		shards.set(shard, hits);
	}
	return [...shards].map(([shard, hits]) => ({ params: { shard }, props: { hits } }));
}

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.hits), { headers: { 'content-type': 'application/json' } });
