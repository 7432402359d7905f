import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fsReader } from './fsReader';
import { tableCells, writeTable, type OutputShape } from '../data/convertTable';
import { decodeBytes } from '../data/decode';
import { tableFileName } from '../data/fileSlots';
import { readDataset } from '../data/readDataset';
import { formatIssue, hasErrors } from '../data/report';
import { MANIFEST_FILE, TABLES } from '../data/schema';

const USAGE = `npm run data:convert -- --to <csv|json|compact|ndjson> <in-folder> <out-folder>

Writes every table of a dataset folder in one format: json (an array of objects), compact
({"columns": [...], "rows": [[...]]}, also saved as .json), ndjson (one object a line) or csv.
The folder must pass npm run data:check first, so what is written loads the same.`;

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--to');
  const shape = args[at + 1] as OutputShape;
  const [input, output] = args.filter((_, i) => i !== at && i !== at + 1);
  if (at === -1 || !['csv', 'json', 'compact', 'ndjson'].includes(shape) || !input || !output) {
    console.error(USAGE);
    return 2;
  }
  const from = resolve(input);
  const to = resolve(output);
  const checked = await readDataset(fsReader(from), { everyFormat: true });
  if (hasErrors(checked.report)) {
    for (const f of checked.report.files)
      for (const issue of [...f.issues, ...f.rejected.flatMap((r) => r.issues)])
        if (issue.severity === 'error') console.error(formatIssue(issue));
    console.error(`Not converted: ${from} has errors (npm run data:check -- ${input}).`);
    return 1;
  }
  await mkdir(to, { recursive: true });
  await copyFile(join(from, MANIFEST_FILE), join(to, MANIFEST_FILE));
  const format = shape === 'compact' ? 'json' : shape;
  for (const report of checked.report.files) {
    const spec = TABLES.find((t) => t.file === report.file);
    if (!spec || !report.present) continue;
    const name = report.name ?? report.file;
    const decoded = decodeBytes(await readFile(join(from, name)));
    if (!decoded.ok) throw new Error(`${name}: ${decoded.en}`);
    const out = tableFileName(spec.file, format);
    await writeFile(join(to, out), writeTable(spec, tableCells(name, decoded.text), shape));
    console.log(`  ${name} → ${out} (${report.total} rows)`);
  }
  console.log(`Wrote ${to}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
