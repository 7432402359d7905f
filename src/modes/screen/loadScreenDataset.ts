import { REQUIRED_FILES } from '../../data/schema';
import { readDataset, type ReadResult } from '../../data/readDataset';
import { fetchReader } from '../../load/datasetSource';
import type { FileReport } from '../../data/report';
import { DashboardModel } from '../../model/dashboardModel';

export interface ScreenData {
  model: DashboardModel;
  result: ReadResult;
}

const hasErrors = (f: FileReport) =>
  f.rejected.length > 0 || f.issues.some((i) => i.severity === 'error');

/**
 * The last good load of each folder. A wall runs for days: a reload is judged against what it
 * showed before, so a file cut off, gone, or answered with an error page never replaces it.
 */
const lastGood = new Map<string, ReadResult>();

/** Why a reload is worse than the last good one, file by file; empty when it is not. */
function regressions(now: ReadResult, before: ReadResult): string[] {
  const out: string[] = [];
  for (const f of now.report.files) {
    const was = before.report.files.find((b) => b.file === f.file);
    if (!was?.present || hasErrors(was)) continue;
    const name = f.name ?? f.file;
    // A file cut inside a character no longer decodes as it did: GBK mojibake, not new data.
    const encoding = now.encodings[f.file];
    if (!f.present) out.push(`${name}: missing now (it loaded before)`);
    else if (encoding !== before.encodings[f.file])
      out.push(`${name}: now reads as ${encoding}, it was ${before.encodings[f.file]} (cut off?)`);
    else if (hasErrors(f)) {
      const first = [...f.issues, ...f.rejected.flatMap((r) => r.issues)].find(
        (i) => i.severity === 'error',
      );
      out.push(
        `${name}: ${f.rejected.length} of ${f.total} rows rejected${first ? ` (${first.en})` : ''}`,
      );
    }
  }
  return out;
}

/**
 * Loads the dataset for a wall screen, all or nothing: a file that could not be fetched, a
 * manifest or region table rejected as a whole, or any file that now has errors where the
 * last good load had none fails the whole reload, so the screen keeps its last good data
 * (and says "stale since … (reason)") instead of showing a half-empty one.
 */
export async function loadScreenDataset(
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<ScreenData> {
  const read = fetchReader(url, fetchFn);
  const failures: string[] = [];
  const result = await readDataset(async (file) => {
    try {
      return await read(file);
    } catch (e) {
      failures.push(`${file}: ${(e as Error).message}`);
      throw e;
    }
  });
  if (failures.length > 0) throw new Error(failures.sort().join('; '));
  for (const report of result.report.files.filter((f) => REQUIRED_FILES.includes(f.file))) {
    const error = report.issues.find((i) => i.severity === 'error');
    if (error || report.accepted === 0)
      throw new Error(`${report.name ?? report.file}: ${error?.en ?? 'no rows accepted'}`);
  }
  const before = lastGood.get(url);
  const worse = before ? regressions(result, before) : [];
  if (worse.length > 0) throw new Error(worse.join('; '));
  lastGood.set(url, result);
  return { model: new DashboardModel(result), result };
}
