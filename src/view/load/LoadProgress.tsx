import { formatBytes } from '../../data/limits';
import type { Progress } from '../../load/protocol';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { countLabel } from './originLabel';

const PHASES: Record<Progress['phase'], [string, string]> = {
  read: ['正在读取文件', 'Reading files'],
  validate: ['正在校验每一行', 'Checking every row'],
  send: ['正在准备看板', 'Preparing the dashboard'],
};

/** A real progress bar: percent of the work, and the rows and bytes behind it. */
export function LoadProgress({ progress, lang }: { progress: Progress | null; lang: Lang }) {
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  const phase = progress
    ? pick(lang, ...PHASES[progress.phase])
    : pick(lang, '正在开始', 'Starting');
  const rows = progress ? countLabel(progress.rows, lang) : '0';
  const detail =
    progress?.phase === 'read'
      ? pick(lang, `已读 ${rows} 行`, `${rows} lines read`) +
        (progress.totalBytes > 0
          ? ` · ${formatBytes(progress.bytes)} / ${formatBytes(progress.totalBytes)}`
          : '')
      : progress?.phase === 'validate'
        ? pick(lang, `${rows} 行`, `${rows} rows`)
        : pick(lang, `已就绪 ${rows} 行`, `${rows} rows ready`);
  return (
    <div className="load-progress">
      <p className="load-progress-label" id="load-progress-label">
        {phase}… <strong>{percent}%</strong> <span className="muted">{detail}</span>
      </p>
      <progress max={100} value={percent} aria-labelledby="load-progress-label" />
    </div>
  );
}
