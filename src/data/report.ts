/** What validation says about a dataset: every problem located, every row accounted for. */

export interface Issue {
  file: string;
  /** 1-based line in the file; null for a problem with the whole file. */
  line: number | null;
  /** 1-based field position in the row; null when no single column is at fault. */
  column: number | null;
  columnName: string | null;
  /** The record's number from 1, for a JSON table (where a line can hold many records). */
  record?: number;
  severity: 'error' | 'warning';
  en: string;
  zh: string;
}

export interface RejectedRow {
  line: number;
  /** The row's cells as read, so a clerk can fix and reload them. */
  fields: string[];
  issues: Issue[];
  /** A JSON table's record as the file has it, so the download keeps its values' types. */
  record?: unknown;
}

export interface FileReport {
  /** The dataset file this is: `funds.csv` names the funds table whatever its format. */
  file: string;
  /** The file's own name when it is not `file`: `funds.json`, `funds.ndjson`. */
  name?: string;
  /** A JSON table in the compact `{columns, rows}` form, which its rejected rows keep. */
  compact?: true;
  present: boolean;
  /** Data rows read (blank lines excluded): accepted + rejected.length. */
  total: number;
  accepted: number;
  rejected: RejectedRow[];
  /** Problems with the file as a whole (missing columns, encoding, size). */
  issues: Issue[];
  header: string[];
  delimiter: string;
}

export interface DatasetReport {
  files: FileReport[];
}

/** The report of a file found and about to be read: nothing counted yet. */
export const presentFileReport = (file: string, name: string): FileReport => ({
  file,
  ...(name === file ? {} : { name }),
  present: true,
  total: 0,
  accepted: 0,
  rejected: [],
  issues: [],
  header: [],
  delimiter: '',
});

export function issueAt(
  file: string,
  line: number | null,
  column: number | null,
  columnName: string | null,
  en: string,
  zh: string,
  severity: Issue['severity'] = 'error',
): Issue {
  return { file, line, column, columnName, severity, en, zh };
}

/** "funds.csv:12:7 record 3 (value)": where a problem is, in the form editors can jump to. */
export function issueWhere(issue: Issue, lang: 'en' | 'zh' = 'en'): string {
  const where = [issue.file, issue.line, issue.column].filter((p) => p !== null).join(':');
  const record =
    issue.record === undefined
      ? ''
      : lang === 'zh'
        ? ` 第 ${issue.record} 条记录`
        : ` record ${issue.record}`;
  const col = issue.columnName ? ` (${issue.columnName})` : '';
  return `${where}${record}${col}`;
}

/** "funds.csv:12:7 (value): ..." — the form clerks and editors can jump to. */
export function formatIssue(issue: Issue, lang: 'en' | 'zh' = 'en'): string {
  return `${issueWhere(issue, lang)}: ${lang === 'zh' ? issue.zh : issue.en}`;
}

/**
 * Marks a file that was given but could not be read: present, with only the reasons why, so
 * it is never listed as absent nor told to be "missing" right after its reason.
 */
export function refuse(report: FileReport, issues: Issue[], name?: string): void {
  report.present = true;
  report.issues = issues;
  if (name && name !== report.file) report.name = name;
}

export function hasErrors(report: DatasetReport): boolean {
  return report.files.some(
    (f) => f.rejected.length > 0 || f.issues.some((i) => i.severity === 'error'),
  );
}

/**
 * Why a dataset has no regions to show, naming the file and its reason: a bare "no regions"
 * hid that regions.csv was refused, and an embed blamed the region code instead.
 */
export function whyNoRegions(report: DatasetReport): { en: string; zh: string } {
  const regions = report.files.find((f) => f.file === 'regions.csv');
  const name = regions?.name ?? 'regions.csv';
  if (report.files.every((f) => !f.present))
    return {
      en: 'No file of the dataset was found (manifest.json, regions.csv, …). Is the folder’s address right?',
      zh: '未找到数据集的任何文件（manifest.json、regions.csv 等）。请检查文件夹地址是否正确。',
    };
  if (!regions?.present)
    return {
      en: `${name} is missing, so there are no regions to show.`,
      zh: `缺少 ${name}，因此没有可显示的地区。`,
    };
  const fatal = regions.issues.find((i) => i.severity === 'error');
  if (fatal)
    return {
      en: `The regions file could not be used: ${formatIssue(fatal, 'en')}`,
      zh: `地区文件无法使用：${formatIssue(fatal, 'zh')}`,
    };
  const first = regions.rejected[0]?.issues[0];
  return {
    en: `No row of ${name} was accepted (0 of ${regions.total})${first ? `; the first problem: ${formatIssue(first, 'en')}` : '.'}`,
    zh: `${name} 没有一行被接受（${regions.total} 行中 0 行）${first ? `；第一个问题：${formatIssue(first, 'zh')}` : '。'}`,
  };
}
