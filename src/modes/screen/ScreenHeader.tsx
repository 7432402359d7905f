import type { RotationStatus } from '../../controllers/rotationController';
import type { Manifest, Region } from '../../data/types';
import { formatDate, type Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import { sourceName } from '../../i18n/sourceName';
import { Clock } from './Clock';
import { Icon, IconButton } from './icons';
import { VIEW_LABELS } from '../../view/urlState';
import type { SlideView } from './screenParams';

// The wall's overview shows more than the map; the tour is the wall's own slide.
const SLIDE_LABELS: Record<SlideView, [string, string]> = {
  ...VIEW_LABELS,
  overview: ['总览', 'Overview'],
  tour: ['有数据的地区', 'Where the data is'],
};

const STATUS_LABELS: Record<RotationStatus, [string, string]> = {
  playing: ['轮播中', 'Rotating'],
  held: ['操作中，稍后继续轮播', 'In use: rotation resumes when idle'],
  paused: ['已暂停', 'Paused'],
};

export interface ScreenHeaderProps {
  lang: Lang;
  region: Region | null;
  path: readonly Region[];
  view: SlideView | null;
  manifest: Manifest | null;
  /** The documents behind what is on screen. */
  sourceFiles: readonly string[];
  position: { index: number; count: number };
  status: RotationStatus;
  fullscreen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onToggle: () => void;
  onFullscreen: () => void;
}

const nameOf = (r: Region, lang: Lang) => (lang === 'en' && r.nameEn ? r.nameEn : r.name);

/** Region and view, dataset date and sources, the clock, and the rotation controls. */
export function ScreenHeader(p: ScreenHeaderProps) {
  const { lang, region, manifest, status } = p;
  const playing = status !== 'paused';
  return (
    <header className="screen-header">
      <div className="screen-title">
        <p className="screen-kicker">
          {pick(lang, '精准扶贫进度', 'Targeted poverty alleviation')}
          {p.path.length > 0 && ` · ${p.path.map((r) => nameOf(r, lang)).join(' › ')}`}
        </p>
        <h1>
          {region
            ? nameOf(region, lang)
            : pick(lang, '精准扶贫进度看板', 'Poverty alleviation progress')}
          {p.view && <span className="screen-view"> · {pick(lang, ...SLIDE_LABELS[p.view])}</span>}
        </h1>
      </div>
      <div className="screen-meta">
        {manifest && (
          <p className="screen-asof">
            {pick(
              lang,
              `数据截至 ${formatDate(manifest.as_of, lang)}`,
              `Data as of ${formatDate(manifest.as_of, lang)}`,
            )}
          </p>
        )}
        {manifest?.synthetic && (
          <p className="screen-synthetic" role="note">
            {pick(
              lang,
              '合成数据，仅供测试，并非真实数字',
              'SYNTHETIC data for tests — not real figures',
            )}
          </p>
        )}
      </div>
      <Clock lang={lang} />
      <div className="screen-controls" role="group" aria-label={pick(lang, '轮播', 'Rotation')}>
        <IconButton
          icon="previous"
          label={pick(lang, '上一页', 'Previous')}
          keyName="←"
          onClick={p.onPrevious}
        />
        <IconButton
          icon={playing ? 'pause' : 'play'}
          className="screen-play"
          pressed={!playing}
          label={pick(
            lang,
            playing ? '暂停轮播' : '继续轮播',
            playing ? 'Pause rotation' : 'Resume rotation',
          )}
          keyName={pick(lang, '空格键', 'Space')}
          onClick={p.onToggle}
        />
        <IconButton
          icon="next"
          label={pick(lang, '下一页', 'Next')}
          keyName="→"
          onClick={p.onNext}
        />
        <p className="screen-position" data-status={status} aria-live="off">
          <span className="screen-status">{pick(lang, ...STATUS_LABELS[status])}</span>{' '}
          <span className="screen-index">
            {p.position.count === 0 ? 0 : p.position.index + 1}/{p.position.count}
          </span>
        </p>
        <button type="button" className="screen-fullscreen" onClick={p.onFullscreen} title="F">
          <Icon name={p.fullscreen ? 'exitFullscreen' : 'fullscreen'} />
          {p.fullscreen
            ? pick(lang, '退出全屏', 'Exit full screen')
            : pick(lang, '全屏', 'Full screen')}
        </button>
      </div>
      {p.sourceFiles.length > 0 && (
        // Short titles on the strip, read from across a room; the full names on hover.
        <p
          className="screen-sources"
          title={p.sourceFiles.map((f) => sourceName(manifest, f, lang)).join('\n')}
        >
          {pick(lang, '来源：', 'Sources: ')}
          {p.sourceFiles
            .map((f) => sourceName(manifest, f, lang, 'short'))
            .join(pick(lang, '；', '; '))}
        </p>
      )}
    </header>
  );
}
