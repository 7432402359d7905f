import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Manifest } from '../src/data/types';

/**
 * npm run data:quotes [-- <data folder> <sources folder>]: every source_quote must appear
 * verbatim in the document its source_file names, so a reader can find it there. Rows citing
 * a publication (a `citation` in manifest.json) are skipped: the project holds no text of it.
 */
const dataDir = resolve(process.argv[2] ?? 'public/data');
const sourcesDir = resolve(process.argv[3] ?? 'public/sources');

const manifest = JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
const citations = new Set(manifest.sources.filter((s) => s.kind === 'citation').map((s) => s.file));

const docs = new Map<string, string>();
for (const f of await readdir(sourcesDir)) docs.set(f, await readFile(join(sourcesDir, f), 'utf8'));

let checked = 0;
let cited = 0;
const failures: string[] = [];
for (const file of (await readdir(dataDir)).filter((f) => f.endsWith('.csv')).sort()) {
  const text = await readFile(join(dataDir, file), 'utf8');
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  data.forEach((row, i) => {
    const doc = row.source_file;
    const quote = row.source_quote;
    if (doc === undefined || quote === undefined) return;
    if (citations.has(doc)) {
      cited++;
      return;
    }
    checked++;
    const body = docs.get(doc);
    if (body === undefined)
      failures.push(`${file}:${i + 2}: source_file ${doc} is not in ${sourcesDir}`);
    else if (!body.includes(quote))
      failures.push(`${file}:${i + 2}: quote not found verbatim in ${doc}: 「${quote}」`);
  });
}
for (const f of failures) console.error(f);
console.log(
  `quotes: ${checked} checked, ${failures.length} not found; ${cited} rows cite a publication (no text held, not checked)`,
);
process.exit(failures.length > 0 ? 1 : 0);
