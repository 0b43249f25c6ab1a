// Runs stage 1 of the content pipeline (src/pipeline/1-import/): the raw exports in
// <content>/raw/ become <content>/sources/<id>.json. The content folder is CONTENT_DIR or ./content.
//   node scripts/import-seeds.ts           write the JSON files
//   node scripts/import-seeds.ts --check   write nothing; exit 1 if any file is out of date
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSources } from '../src/pipeline/1-import/import-sources.ts';
import { contentDir } from '../src/pipeline/3-read.ts';

const dir = contentDir();
const outDir = join(dir, 'sources');
const built = buildSources(join(dir, 'raw'));
const shown = relative(process.cwd(), outDir) || outDir;
if (process.argv.includes('--check')) {
	const stale = Object.entries(built).filter(([name, json]) => {
		const path = join(outDir, name);
		return !existsSync(path) || readFileSync(path, 'utf8') !== json;
	});
	for (const [name] of stale) console.error(`${shown}/${name} is out of date — run npm run import-seeds`);
	process.exitCode = stale.length ? 1 : 0;
} else {
	mkdirSync(outDir, { recursive: true });
	for (const [name, json] of Object.entries(built)) writeFileSync(join(outDir, name), json);
	console.log(`wrote ${Object.keys(built).length} files to ${shown}/`);
}
