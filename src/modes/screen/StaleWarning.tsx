import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';

const stamp = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

/** Says the figures on screen are the last good ones, from when, and why the reload failed. */
export function StaleWarning({
  loadedAt,
  failedAt,
  error,
  lang,
}: {
  loadedAt: number;
  failedAt: number;
  error: string;
  lang: Lang;
}) {
  return (
    <p className="screen-stale" role="alert">
      <strong>
        ⚠{' '}
        {pick(
          lang,
          `数据更新失败，显示的是 ${stamp(loadedAt)} 的数据（自 ${stamp(failedAt)} 起未能更新）`,
          `Data refresh failed: showing the data loaded at ${stamp(loadedAt)} (stale since ${stamp(failedAt)})`,
        )}
      </strong>{' '}
      <span className="screen-stale-reason">{error}</span>
    </p>
  );
}
