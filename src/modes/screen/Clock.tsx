import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../i18n/format';

const TICK_MS = 250;

/**
 * A wall clock. One interval, cleared on unmount; it ticks four times a second but renders
 * only when the second changes, so a slow tick never skips a second on screen.
 */
export function Clock({ lang }: { lang: Lang }) {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const id = setInterval(() => setNow(Math.floor(Date.now() / 1000)), TICK_MS);
    return () => clearInterval(id);
  }, []);
  const format = useMemo(() => {
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    return {
      time: new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }),
      date: new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        weekday: 'short',
      }),
    };
  }, [lang]);
  const date = new Date(now * 1000);
  return (
    <time className="screen-clock" dateTime={date.toISOString()}>
      <span className="screen-clock-time">{format.time.format(date)}</span>
      <span className="screen-clock-date">{format.date.format(date)}</span>
    </time>
  );
}
