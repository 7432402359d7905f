import { resolve } from 'node:path';
import { fsReader } from './fsReader';
import { readDataset } from '../data/readDataset';
import { formatIssue, hasErrors } from '../data/report';

/** npm run data:check [-- <folder>]: validates a dataset folder before anyone loads it. */
async function main(): Promise<number> {
  const folder = resolve(process.argv[2] ?? 'public/data');
  const result = await readDataset(fsReader(folder), { everyFormat: true });
  console.log(`Checking ${folder}${result.manifest?.synthetic ? ' (SYNTHETIC data)' : ''}`);
  for (const f of result.report.files) {
    const counts = f.present
      ? `${f.total} rows: ${f.accepted} accepted, ${f.rejected.length} rejected`
      : 'absent';
    console.log(`  ${(f.name ?? f.file).padEnd(20)} ${counts}`);
    for (const issue of f.issues) console.log(`    ${issue.severity}: ${formatIssue(issue)}`);
    // A rejected manifest repeats its file-level issues on its one row; print them once.
    const printed = new Set(f.issues);
    for (const row of f.rejected)
      for (const issue of row.issues)
        if (!printed.has(issue)) console.log(`    rejected: ${formatIssue(issue)}`);
  }
  const failed = hasErrors(result.report);
  console.log(failed ? 'FAILED: fix the rows above and check again.' : 'OK: every row accepted.');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
