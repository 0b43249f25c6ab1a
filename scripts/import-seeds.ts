// Turns the raw source exports (content/raw/*.txt, described by content/raw/sources.yaml) into
// the cleaned data the site is built from: content/sources/<id>.json.
//   node scripts/import-seeds.ts           write the JSON files
//   node scripts/import-seeds.ts --check   write nothing; exit 1 if any file is out of date
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { findDamage } from '../src/data/damage.ts';
import { parseSeed } from '../src/data/parse-seed.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const RAW_DIR = join(ROOT, 'content/raw');
export const OUT_DIR = join(ROOT, 'content/sources');

// How many rows each source's table has (see the seeds README); a parser regression that
// drops or merges rows must fail loudly rather than quietly shrink the site.
const EXPECTED_ROWS: Record<string, number> = { 'api2-intl': 22, 'api2-old': 16, 'api2-new': 16, 'clb-en': 22, 'api2-zh': 22 };

interface ManifestEntry {
  id: string;
  file: string;
  order: number;
  lang: 'en' | 'zh';
  kind: 'api2-common' | 'clb-legacy';
  name: { en: string; zh: string };
  summary: { en: string; zh: string };
}

/** Reads and sanity-checks the hand-written manifest. */
function readManifest(rawDir: string): ManifestEntry[] {
  const entries = parse(readFileSync(join(rawDir, 'sources.yaml'), 'utf8')) as ManifestEntry[];
  for (const e of entries) {
    const ok = /^[a-z0-9-]+$/.test(e.id) && typeof e.file === 'string' && Number.isInteger(e.order) &&
      ['en', 'zh'].includes(e.lang) && ['api2-common', 'clb-legacy'].includes(e.kind) &&
      !!e.name?.en && !!e.name?.zh && !!e.summary?.en && !!e.summary?.zh;
    if (!ok) throw new Error(`sources.yaml: malformed entry ${JSON.stringify(e)}`);
  }
  return entries;
}

/** Throws if any string in a built source still carries export damage, naming where it is. */
function assertNoDamage(file: string, data: { rows: { code: number; title: string; description: string }[] }): void {
  const visit = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      const damage = findDamage(value);
      if (damage) throw new Error(`${file}: ${where} still has export damage: ${damage}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, where ? `${where}.${k}` : k);
  };
  data.rows.forEach((row) => {
    visit(row.title, `row ${row.code} title`);
    visit(row.description, `row ${row.code} description`);
  });
  visit({ ...data, rows: undefined }, '');
}

/** Builds every content/sources JSON file from the raw exports: file name → JSON text. */
export function buildSources(rawDir: string = RAW_DIR): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readManifest(rawDir)) {
    const parsed = parseSeed(readFileSync(join(rawDir, entry.file), 'utf8'));
    // Explicit key order keeps the committed JSON stable and easy to diff.
    const data = {
      id: entry.id, file: entry.file, order: entry.order, lang: entry.lang, kind: entry.kind,
      name: { en: entry.name.en, zh: entry.name.zh }, summary: { en: entry.summary.en, zh: entry.summary.zh },
      intro: parsed.intro, notices: parsed.notices.map((n) => ({ kind: n.kind, text: n.text })),
      sample: parsed.sample, columns: parsed.columns,
      rows: parsed.rows.map((r) => ({ code: r.code, title: r.title, description: r.description })),
    };
    const expected = EXPECTED_ROWS[entry.id];
    if (data.rows.length !== expected) {
      throw new Error(`${entry.file}: expected ${expected ?? '(no expected count)'} rows, parsed ${data.rows.length}`);
    }
    assertNoDamage(entry.file, data);
    out[`${entry.id}.json`] = `${JSON.stringify(data, null, 2)}\n`;
  }
  return out;
}

function main(args: string[]): number {
  const built = buildSources();
  if (args.includes('--check')) {
    const stale = Object.entries(built).filter(([name, json]) => {
      const path = join(OUT_DIR, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== json;
    });
    for (const [name] of stale) console.error(`content/sources/${name} is out of date — run npm run import-seeds`);
    return stale.length ? 1 : 0;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, json] of Object.entries(built)) writeFileSync(join(OUT_DIR, name), json);
  console.log(`wrote ${Object.keys(built).length} files to content/sources/`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) process.exitCode = main(process.argv.slice(2));
