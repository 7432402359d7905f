import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { TimelineController, yearIndex } from '../../../controllers/timelineController';
import { browserTimeouts, type TimeoutScheduler } from '../../../controllers/timeouts';
import type { Lang } from '../../../i18n/format';
import { pick } from '../../../i18n/pick';
import './timeline.css';

export interface YearPlayerProps {
  years: readonly number[];
  year: number;
  lang: Lang;
  onChange: (year: number) => void;
  intervalMs?: number;
  scheduler?: TimeoutScheduler;
}

// The control means "as of": each region shows its latest figure at or before this year.
const yearText = (year: number, lang: Lang) => pick(lang, `截至${year}年`, `as of ${year}`);

/** Play/pause, step and a year slider over the dataset's years; every control works by keyboard. */
export function YearPlayer({
  years,
  year,
  lang,
  onChange,
  intervalMs = 1000,
  scheduler = browserTimeouts,
}: YearPlayerProps) {
  const sliderId = useId();
  const [playing, setPlaying] = useState(false);
  // The controller outlives renders; it reads the latest props through this ref.
  const latest = useRef({ years, year, onChange });
  useLayoutEffect(() => {
    latest.current = { years, year, onChange };
  });
  const controller = useRef<TimelineController | null>(null);
  useEffect(() => {
    const c = new TimelineController(
      {
        get years() {
          return latest.current.years;
        },
        get year() {
          return latest.current.year;
        },
        setYear: (y) => latest.current.onChange(y),
      },
      scheduler,
      { intervalMs, onPlayingChange: setPlaying },
    );
    controller.current = c;
    return () => {
      c.dispose();
      controller.current = null;
    };
  }, [scheduler, intervalMs]);

  if (years.length === 0) return null;
  const index = yearIndex(years, year);
  const last = years.length - 1;
  const manual = (next: number) => {
    controller.current?.pause();
    onChange(next);
  };
  return (
    <div className="yp" role="group" aria-label={pick(lang, '年份', 'Year')}>
      <button
        type="button"
        className="yp-step"
        aria-label={pick(lang, '上一年', 'Previous year')}
        disabled={index === 0}
        onClick={() => manual(years[index - 1]!)}
      >
        <PlayerIcon shape="back" />
      </button>
      <button
        type="button"
        className="yp-play"
        aria-label={
          playing ? pick(lang, '暂停', 'Pause') : pick(lang, '播放各年份', 'Play through the years')
        }
        disabled={years.length < 2}
        onClick={() => controller.current?.toggle()}
      >
        <PlayerIcon shape={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="yp-step"
        aria-label={pick(lang, '下一年', 'Next year')}
        disabled={index === last}
        onClick={() => manual(years[index + 1]!)}
      >
        <PlayerIcon shape="forward" />
      </button>
      <label className="sr-only" htmlFor={sliderId}>
        {pick(lang, '选择年份', 'Choose a year')}
      </label>
      <input
        id={sliderId}
        className="yp-slider"
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        disabled={years.length < 2}
        aria-valuetext={yearText(year, lang)}
        onChange={(e) => manual(years[Number(e.currentTarget.value)]!)}
      />
      <span className="yp-year" aria-hidden="true">
        {yearText(year, lang)}
      </span>
    </div>
  );
}

const SHAPES = {
  back: 'M5 4h2v12H5zM16 4v12L8 10z',
  forward: 'M13 4h2v12h-2zM4 4v12l8-6z',
  play: 'M6 4v12l10-6z',
  pause: 'M5 4h4v12H5zM11 4h4v12h-4z',
} as const;

/** Drawn, not typed: media-control glyphs are missing from common CJK fonts. */
function PlayerIcon({ shape }: { shape: keyof typeof SHAPES }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width="1em" height="1em" fill="currentColor">
      <path d={SHAPES[shape]} />
    </svg>
  );
}
