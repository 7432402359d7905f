import { formatIssue } from '../../data/report';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { describeSource, type SourceDescription } from '../../load/datasetSource';
import { useDatasetHandle } from '../../view/load/DatasetContext';
import { formatLoadedAt } from '../../view/load/originLabel';
import '../../view/load/load.css';
import type { ShownDataset } from './shownDataset';

/** The user's files grouped by when they were loaded, oldest first. */
function loadGroups(
  files: SourceDescription['files'],
): Array<[string, SourceDescription['files']]> {
  const groups = new Map<string, SourceDescription['files']>();
  for (const f of files) groups.set(f.loadedAt, [...(groups.get(f.loadedAt) ?? []), f]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** Bundled, a URL, or the user's files by name and date: the banner always says which. */
function SourceLine({ lang }: { lang: Lang }) {
  const handle = useDatasetHandle();
  if (!handle || handle.status !== 'ready') return null;
  const d = describeSource(handle.slots);
  const from =
    d.kind === 'bundled'
      ? pick(lang, '内置数据', 'bundled data')
      : d.kind === 'url'
        ? pick(lang, `网址 ${d.url}`, `URL ${d.url}`)
        : pick(lang, '你的文件', 'your files');
  return (
    <p className="dataset-source">
      {pick(lang, '来源：', 'Source: ')}
      <strong>{from}</strong>
      {d.files.length > 0 && (
        <span>
          {' — '}
          {loadGroups(d.files)
            .map(([at, files]) =>
              pick(
                lang,
                `${formatLoadedAt(at, lang)} 加载：${files.map((f) => (f.name === f.file ? f.file : `${f.file}（“${f.name}”）`)).join('、')}`,
                `loaded ${formatLoadedAt(at, lang)}: ${files.map((f) => (f.name === f.file ? f.file : `${f.file} (“${f.name}”)`)).join(', ')}`,
              ),
            )
            .join(pick(lang, '；', '; '))}
          {d.others.length > 0 &&
            pick(
              lang,
              `；其余文件（${d.others.map((o) => o.file).join('、')}）来自${d.url ? `网址 ${d.url}` : '内置数据'}`,
              `; the other files (${d.others.map((o) => o.file).join(', ')}) from ${d.url ? `URL ${d.url}` : 'the bundled data'}`,
            )}
        </span>
      )}
      {handle.saved && !handle.savedProblem && (
        <button type="button" onClick={handle.clear}>
          {pick(lang, '清除我的数据', 'Clear my data')}
        </button>
      )}
      {handle.savedProblem && (
        <span role="alert" className="saved-problem">
          {' '}
          {pick(
            lang,
            `本浏览器中保存的数据无法使用，已显示${d.kind === 'url' ? '网址' : '内置'}数据：${handle.savedProblem.zh}`,
            `The data saved in this browser could not be used, so the ${d.kind === 'url' ? 'URL' : 'bundled'} data is showing: ${handle.savedProblem.en}`,
          )}{' '}
          <button type="button" onClick={handle.clear}>
            {pick(lang, '清除保存的数据', 'Clear the saved data')}
          </button>
        </span>
      )}
      {handle.saveError && (
        <span role="alert" className="muted">
          {' '}
          {pick(
            lang,
            `（未能保存到本浏览器：${handle.saveError}）`,
            `(could not be saved in this browser: ${handle.saveError})`,
          )}
        </span>
      )}
    </p>
  );
}

/** Says which dataset is showing, where it came from, whether it is synthetic, and which files had problems. */
export function DatasetBanner({ model, result, lang }: ShownDataset) {
  const m = model.manifest;
  const problems = result.report.files.filter(
    (f) => f.issues.some((i) => i.severity === 'error') || f.rejected.length > 0,
  );
  return (
    <div className="dataset-banner">
      <p className="dataset-name">
        {pick(lang, '数据集：', 'Dataset: ')}
        <strong>
          {m
            ? pick(lang, m.name_zh, m.name)
            : pick(lang, '（缺少 manifest.json）', '(manifest.json missing)')}
        </strong>
        {m && <span className="muted"> · {pick(lang, `截至 ${m.as_of}`, `as of ${m.as_of}`)}</span>}
        {model.synthetic && (
          <span className="synthetic-badge" role="note">
            {pick(
              lang,
              '合成数据，仅供规模测试，并非真实数字',
              'SYNTHETIC data for scale tests — not real figures',
            )}
          </span>
        )}
      </p>
      <SourceLine lang={lang} />
      {problems.length > 0 && (
        <div role="alert" className="dataset-problems">
          {problems.map((f) => (
            <details key={f.file}>
              <summary>
                {f.name ?? f.file}:{' '}
                {f.present
                  ? pick(
                      lang,
                      `${f.rejected.length} 行被拒绝（共 ${f.total} 行）`,
                      `${f.rejected.length} of ${f.total} rows rejected`,
                    )
                  : pick(lang, '无法读取', 'could not be read')}
                {f.issues
                  .filter((i) => i.severity === 'error')
                  .slice(0, 1)
                  .map((i) => ` — ${lang === 'zh' ? i.zh : i.en}`)}
              </summary>
              <ul>
                {[...f.issues, ...f.rejected.slice(0, 50).flatMap((r) => r.issues)]
                  .slice(0, 50)
                  .map((i, k) => (
                    <li key={k}>{formatIssue(i, lang)}</li>
                  ))}
              </ul>
            </details>
          ))}
        </div>
      )}
    </div>
  );
}
