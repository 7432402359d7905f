import { REQUIRED_FILES } from '../data/schema';
import type { FileReport } from '../data/report';
import type { LoadSummary } from './protocol';

/** What the report says about one file, and whether the load may replace the data showing. */

export type FileStatus = 'ok' | 'some-rejected' | 'rejected' | 'absent';

export function fileStatus(
  f: Pick<FileReport, 'present' | 'accepted' | 'total' | 'issues'>,
): FileStatus {
  const fatal = f.issues.some((i) => i.severity === 'error');
  if (!f.present) return fatal ? 'rejected' : 'absent';
  if (fatal || (f.total > 0 && f.accepted === 0)) return 'rejected';
  return f.accepted < f.total ? 'some-rejected' : 'ok';
}

/** Reasons the load cannot be used; empty when it can. */
export function applyBlockers(summary: LoadSummary): Array<{ en: string; zh: string }> {
  const out: Array<{ en: string; zh: string }> = [];
  for (const file of REQUIRED_FILES) {
    const f = summary.files.find((r) => r.file === file);
    const status = f ? fileStatus(f) : 'absent';
    if (
      status === 'rejected' ||
      status === 'absent' ||
      (file === 'regions.csv' && f?.accepted === 0)
    )
      out.push({
        en: `${file} is required and was not accepted, so this data cannot be used.`,
        zh: `${file} 为必需文件，未被接受，因此无法使用此数据。`,
      });
  }
  const usedOwn = summary.slots.some(
    (s) =>
      s.origin.kind === 'file' &&
      fileStatus(summary.files.find((f) => f.file === s.file)!) !== 'rejected',
  );
  if (!usedOwn)
    out.push({
      en: 'None of your files can be used; the data showing now stays.',
      zh: '你的文件均无法使用；当前数据保持不变。',
    });
  return out;
}
