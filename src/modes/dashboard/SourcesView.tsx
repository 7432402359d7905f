import { FLAG_LABELS } from '../../i18n/labels';
import { noteText, pick } from '../../i18n/pick';
import { sourceHref, sourceName } from '../../i18n/sourceName';
import type { ShownDataset } from './shownDataset';
import { COUNT_COLUMNS } from '../../view/load/ValidationReport';
import { TableHead } from '../../view/TableHead';

/** The source documents, per-file validation counts, and every data-quality flag. */
export function SourcesView({ model, result, lang }: ShownDataset) {
  const flagged = model.flaggedRows();
  return (
    <div className="sources-view">
      <h3>{pick(lang, '来源文件', 'Source documents')}</h3>
      <ul>
        {(model.manifest?.sources ?? []).map((s) => (
          <li key={s.file}>
            <a href={sourceHref(model.manifest, s.file)} target="_blank" rel="noopener">
              {sourceName(model.manifest, s.file, lang)}
            </a>{' '}
            <span className="muted">{s.date}</span>
          </li>
        ))}
      </ul>
      <h3>{pick(lang, '各文件校验结果', 'Validation per file')}</h3>
      <table className="data-table">
        <TableHead lang={lang} columns={[['文件', 'File'], ...COUNT_COLUMNS]} />
        <tbody>
          {result.report.files.map((f) => (
            <tr key={f.file}>
              <td>{f.file}</td>
              <td className="num">{f.present ? f.accepted : '—'}</td>
              <td className="num">{f.present ? f.rejected.length : '—'}</td>
              <td className="num">{f.present ? f.total : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        {pick(lang, `数据质量提示（${flagged.length}）`, `Data-quality flags (${flagged.length})`)}
      </h3>
      <ul className="flag-list">
        {flagged.map((r) => (
          <li key={r.id}>
            <strong>{FLAG_LABELS[r.qualityFlag!][lang]}</strong> <code>{r.id}</code>「
            {r.sourceQuote}」{noteText(r, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}
