/**
 * /search/words/{shard}.json: above QUICK_LIMIT codes, the quick index (src/features/search/quick.ts)
 * split by word key (src/features/search/word-shards.ts), so that a word query gets instant code
 * results from one shard however large the registry grows. No files at QUICK_LIMIT codes or
 * fewer: /search/quick.json holds every entry then.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../../pipeline/site-data.ts';
import { wordShardFiles } from '../../../features/search/quick-index.ts';

export async function getStaticPaths() {
	const site = await getSiteData();
	return [...wordShardFiles(site.codes)].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.entries), { headers: { 'content-type': 'application/json' } });
