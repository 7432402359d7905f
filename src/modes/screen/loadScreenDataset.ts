import { fetchReader, readDataset, type ReadResult } from '../../data/readDataset';
import { DashboardModel } from '../../model/dashboardModel';

export interface ScreenData {
  model: DashboardModel;
  result: ReadResult;
}

const REQUIRED = ['manifest.json', 'regions.csv'];

/**
 * Loads the dataset for a wall screen, strictly: a file that could not be fetched, or a
 * manifest or region table rejected as a whole, fails the whole load, so the screen keeps its
 * last good data instead of showing a half-empty reload.
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
  for (const report of result.report.files.filter((f) => REQUIRED.includes(f.file))) {
    const error = report.issues.find((i) => i.severity === 'error');
    if (error || report.accepted === 0)
      throw new Error(`${report.file}: ${error?.en ?? 'no rows accepted'}`);
  }
  return { model: new DashboardModel(result), result };
}
