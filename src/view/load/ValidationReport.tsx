import { useState } from 'react';
import { issueWhere, type Issue } from '../../data/report';
import { formatOf } from '../../data/jsonTable';
import type { RejectedDownload } from '../../load/rejectedRows';
import type { LoadSummary, Progress, UnusedInput } from '../../load/protocol';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { LoadedDataset } from '../../load/client';
import { LoadProgress } from './LoadProgress';
import { countLabel, originLabel } from './originLabel';
import { RejectedRows } from './RejectedRows';
import { applyBlockers, fileStatus, type FileStatus } from '../../load/reportStatus';
import { LoadActions } from './LoadActions';
import { TableHead, type HeadColumn } from '../TableHead';

const STATUS: Record<FileStatus, [string, string, string]> = {
  ok: ['✓', '已接受', 'accepted'],
  'some-rejected': ['!', '部分行被拒绝', 'some rows rejected'],
  rejected: ['✗', '被拒绝', 'rejected'],
  absent: ['–', '未提供', 'not supplied'],
};

const ISSUES_SHOWN = 8;
const FORMAT_LABEL = { csv: 'CSV', json: 'JSON', ndjson: 'NDJSON' } as const;

const issueText = (i: Issue, lang: Lang) => (lang === 'zh' ? i.zh : i.en);

/**
 * A problem with the whole file, with its position when it has one (a JSON syntax error's
 * line:column, a duplicated header column) as data:check prints it.
 */
function fileIssueText(i: Issue, lang: Lang): string {
  const where = i.line === null ? '' : `${issueWhere(i, lang)}${pick(lang, '：', ': ')}`;
  return `${where}${issueText(i, lang)}`;
}

/** "rejected: <why>", "3 rows rejected" or "2 notes", for a file's collapsible section. */
function fileSummary(f: LoadSummary['files'][number], lang: Lang): string {
  const fatal = f.issues.find((i) => i.severity === 'error');
  if (fatal && f.accepted === 0)
    return `${pick(lang, '被拒绝', 'rejected')} — ${fileIssueText(fatal, lang)}`;
  const n = countLabel(f.rejectedCount, lang);
  if (f.rejectedCount > 0)
    return pick(
      lang,
      `${n} 行被拒绝`,
      f.rejectedCount === 1 ? '1 row rejected' : `${n} rows rejected`,
    );
  const k = f.issues.length;
  return pick(lang, `${k} 条提示`, k === 1 ? '1 note' : `${k} notes`);
}

/** The file as the user named it: funds.json, not the table's funds.csv. */
const ownName = (f: { file: string; name?: string }) => f.name ?? f.file;

function download({ text, name, type }: RejectedDownload) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file's rows, as every table of validation results counts them: accepted + rejected = total. */
export const COUNT_COLUMNS: readonly HeadColumn[] = [
  ['接受', 'Accepted', 'num'],
  ['拒绝', 'Rejected', 'num'],
  ['总行数', 'Total', 'num'],
];

export interface ValidationReportProps {
  summary: LoadSummary;
  refused: UnusedInput[];
  loaded: LoadedDataset | null;
  progress: Progress | null;
  lang: Lang;
  rejectedRows: (file: string, lang: Lang) => Promise<RejectedDownload>;
  onUse: (loaded: LoadedDataset) => void;
  onCancel: () => void;
}

/** Every file's counts and problems, before anything replaces the data showing. */
export function ValidationReport({
  summary,
  refused,
  loaded,
  progress,
  lang,
  rejectedRows,
  onUse,
  onCancel,
}: ValidationReportProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const blockers = applyBlockers(summary);
  const unused = [...refused, ...summary.unused];
  const rejectedOf = (file: string) =>
    loaded?.result.report.files.find((f) => f.file === file)?.rejected ?? null;
  const saveRejected = (file: string) => {
    setBusy(file);
    rejectedRows(file, lang)
      .then(download)
      .finally(() => setBusy(null));
  };
  const m = summary.manifest;

  return (
    <div className="validation-report">
      <h3>{pick(lang, '校验报告', 'Validation report')}</h3>
      {m && (
        <p>
          {pick(lang, '数据集：', 'Dataset: ')}
          <strong>{pick(lang, m.name_zh, m.name)}</strong>
          {m.synthetic && (
            <span className="synthetic-badge">{pick(lang, '合成数据', 'SYNTHETIC')}</span>
          )}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table report-table">
          <TableHead
            lang={lang}
            columns={[['文件（来源）', 'File (from)'], ['结果', 'Result'], ...COUNT_COLUMNS]}
          />
          <tbody>
            {summary.files.map((f) => {
              const status = fileStatus(f);
              const [icon, zh, en] = STATUS[status];
              const slot = summary.slots.find((s) => s.file === f.file);
              return (
                <tr key={f.file} data-file={f.file} className={`status-${status}`}>
                  <th scope="row">
                    <span className="report-file-name">{ownName(f)}</span>
                    <span className="report-origin">{originLabel(slot?.origin ?? null, lang)}</span>
                  </th>
                  <td>
                    <span aria-hidden="true">{icon}</span> {pick(lang, zh, en)}
                  </td>
                  <td className="num">{f.present ? countLabel(f.accepted, lang) : '—'}</td>
                  <td className="num">{f.present ? countLabel(f.rejectedCount, lang) : '—'}</td>
                  <td className="num">{f.present ? countLabel(f.total, lang) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {unused.length > 0 && (
        <div className="report-unused" role="alert">
          <h4>{pick(lang, '未使用的文件', 'Files not used')}</h4>
          <ul>
            {unused.map((u, k) => (
              <li key={k}>{issueText(u.issue, lang)}</li>
            ))}
          </ul>
        </div>
      )}

      {summary.files
        .filter((f) => f.issues.length > 0 || f.rejectedCount > 0)
        .map((f) => (
          <details
            key={f.file}
            className="report-file"
            data-file={f.file}
            open={fileStatus(f) !== 'ok' || undefined}
          >
            <summary>
              {ownName(f)}
              {pick(lang, '：', ': ')}
              {fileSummary(f, lang)}
            </summary>
            {f.issues.length > 0 && (
              <ul className="file-issues">
                {f.issues.slice(0, ISSUES_SHOWN).map((i, k) => (
                  <li key={k} className={i.severity}>
                    {i.severity === 'error'
                      ? pick(lang, '错误：', 'Error: ')
                      : pick(lang, '提示：', 'Note: ')}
                    {fileIssueText(i, lang)}
                  </li>
                ))}
                {f.issues.length > ISSUES_SHOWN && (
                  <li>
                    {pick(
                      lang,
                      `另有 ${f.issues.length - ISSUES_SHOWN} 条`,
                      `and ${f.issues.length - ISSUES_SHOWN} more`,
                    )}
                  </li>
                )}
              </ul>
            )}
            {f.rejectedCount > 0 && (
              <>
                <button
                  type="button"
                  className="download-rejected"
                  disabled={busy !== null}
                  onClick={() => saveRejected(f.file)}
                >
                  {pick(
                    lang,
                    `下载被拒绝的行（${FORMAT_LABEL[formatOf(ownName(f))]}）`,
                    `Download rejected rows (${FORMAT_LABEL[formatOf(ownName(f))]})`,
                  )}
                </button>
                <RejectedRows rows={rejectedOf(f.file)} total={f.rejectedCount} lang={lang} />
              </>
            )}
          </details>
        ))}

      {blockers.length > 0 && (
        <div className="report-blockers" role="alert">
          {blockers.map((b, k) => (
            <p key={k}>{pick(lang, b.zh, b.en)}</p>
          ))}
        </div>
      )}
      {!loaded && blockers.length === 0 && <LoadProgress progress={progress} lang={lang} />}
      <LoadActions
        primary={{
          label: pick(lang, '使用此数据', 'Use this data'),
          disabled: blockers.length > 0 || !loaded,
          onClick: () => loaded && onUse(loaded),
          className: 'use-data',
        }}
        onCancel={onCancel}
        lang={lang}
      />
    </div>
  );
}
