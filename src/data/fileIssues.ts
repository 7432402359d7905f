import { BOUNDARIES_FILE, boundariesReport } from './boundaries';
import { issueAt, refuse, type DatasetReport, type Issue } from './report';

/**
 * The problems a file can have before its rows are read, worded once and put into the report
 * one way, so `npm run data:check` and the page tell a clerk the same thing about a file.
 */

export const fileIssue = (file: string, en: string, zh: string): Issue =>
  issueAt(file, null, null, null, en, zh);

export const unreadable = (file: string, why: string): Issue =>
  fileIssue(file, `Could not be read: ${why}`, `无法读取：${why}`);

export const twoFilesForOneTable = (slot: string, first: string, second: string): Issue =>
  fileIssue(
    slot,
    `Two files for one table: "${first}" and "${second}". Give only one of them; neither was used.`,
    `同一张表有两个文件：“${first}”和“${second}”。只能提供其中一个；两者均未使用。`,
  );

export const encodingGuessed = (file: string): Issue =>
  issueAt(
    file,
    null,
    null,
    null,
    'The encoding was guessed as GBK/GB18030; check that names read correctly.',
    '编码推测为 GBK/GB18030，请检查名称是否显示正确。',
    'warning',
  );

/**
 * Adds each file's own problems to its report. A file given but unreadable shows the reason
 * instead of "missing"; a file that was read keeps its problems ahead of its rows'.
 */
export function addFileIssues(
  report: DatasetReport,
  issues: ReadonlyMap<string, Issue[]>,
  read: (file: string) => boolean,
  names: Readonly<Record<string, string | undefined>>,
): void {
  // Boundaries that could not be read have no report of their own yet: they get one.
  if (issues.has(BOUNDARIES_FILE) && !report.files.some((f) => f.file === BOUNDARIES_FILE))
    report.files.push(boundariesReport(names[BOUNDARIES_FILE] ?? BOUNDARIES_FILE));
  for (const file of report.files) {
    const extra = issues.get(file.file);
    if (!extra) continue;
    if (!read(file.file)) refuse(file, extra, names[file.file]);
    else file.issues = [...extra, ...file.issues];
  }
}
