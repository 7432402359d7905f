import type PptxGenJS from 'pptxgenjs';
import { derivationText, partText, regionNameOf } from '../i18n/figureNotes';
import { formatPeriod, formatValue, type Lang } from '../i18n/format';
import { figureLabel, HEADLINE_LABELS } from '../i18n/headlineLabels';
import { FLAG_LABELS, onNumber } from '../i18n/labels';
import { pick } from '../i18n/pick';
import { sourceName } from '../i18n/sourceName';
import type { DashboardModel } from '../model/dashboardModel';
import { isWhole } from '../model/coverage';
import { headlineFigures, OCCASIONAL_KEYS, type HeadlineFigure } from '../model/headline';

/** Where the front page may draw, in inches, and the text style of the deck. */
export interface FrontBox {
  x: number;
  y: number;
  w: number;
  h: number;
  text: Record<string, unknown>;
  muted: string;
  warn: string;
}

const COLUMNS = 4;
const MAX_CARD_H = 1.75;
const GAP = 0.12;
/** A card names at most this many sources; the sources slide lists them all. */
const SOURCES_SHOWN = 2;

/** "人民日报 2020-01-25 第1版；新华社 2016-12-27 等3个来源": who says so, in a card's few lines. */
function sourcesText(f: HeadlineFigure, model: DashboardModel, lang: Lang): string {
  const files = [...new Set(f.sources.map((s) => s.sourceFile))];
  const names = files.slice(0, SOURCES_SHOWN).map((file) => sourceName(model.manifest, file, lang));
  const more = files.length - SOURCES_SHOWN;
  const list = names.join(pick(lang, '；', '; '));
  const tail = more > 0 ? pick(lang, ` 等${files.length}个来源`, ` and ${more} more`) : '';
  return pick(lang, `来源：${list}${tail}`, `Source: ${list}${tail}`);
}

/** The lines under a figure: its year, what it covers, how it was computed, flags, sources. */
function cardLines(f: HeadlineFigure, model: DashboardModel, lang: Lang): string[] {
  const year = f.period
    ? formatPeriod(f.period, lang)
    : pick(lang, '据出列名单', 'from the village list');
  const flags = [...new Set(f.sources.flatMap((s) => (onNumber(s.qualityFlag) ? [s] : [])))];
  return [
    year,
    partText(f.coverage, lang),
    derivationText(f.derivation, f.coverage, lang),
    ...flags.map((s) => `⚠ ${FLAG_LABELS[s.qualityFlag!][lang]}`),
    sourcesText(f, model, lang),
  ].filter((l): l is string => Boolean(l));
}

/**
 * The front page's summary: the region's headline figures at `year`, each with its years,
 * what it covers and its sources, then what the sources are silent on. The as-of date is the
 * page's dataset line above it.
 * The figures are the dashboard's own (headlineFigures), so the deck never says otherwise.
 */
export function addFrontSummary(
  slide: PptxGenJS.Slide,
  model: DashboardModel,
  region: string,
  year: number,
  lang: Lang,
  box: FrontBox,
): void {
  const figures = headlineFigures(model, region, year);
  const here = model.region(region);
  const name = here ? regionNameOf(here, lang) : region;
  const shown = figures.filter((f) => f.value !== null);
  const missing = figures
    .filter((f) => f.value === null && !OCCASIONAL_KEYS.has(f.key))
    .map((f) => HEADLINE_LABELS[f.key][lang]);
  const rows = Math.max(1, Math.ceil(shown.length / COLUMNS));
  const footH = 0.5;
  const cardW = (box.w - GAP * (COLUMNS - 1)) / COLUMNS;
  // Tall enough for label, value and five short lines; a single row does not stretch to the foot.
  const cardH = Math.min(MAX_CARD_H, (box.h - footH - GAP * (rows - 1)) / rows);
  shown.forEach((f, i) => {
    const x = box.x + (i % COLUMNS) * (cardW + GAP);
    const y = box.y + Math.floor(i / COLUMNS) * (cardH + GAP);
    const v = f.value!;
    slide.addShape('rect', {
      x,
      y,
      w: cardW,
      h: cardH,
      fill: { color: 'F4F6F8' },
      line: { color: 'DDDDDD', width: 0.5 },
    });
    slide.addText(
      [
        {
          text: figureLabel(f, lang),
          options: { fontSize: 10, color: box.muted, breakLine: true },
        },
        {
          text: formatValue(v.value, v.unit, lang, v.qualifier, v.valueMax),
          options: { fontSize: 18, bold: true, breakLine: true },
        },
        ...cardLines(f, model, lang).map((line) => ({
          text: line,
          options: {
            fontSize: 8,
            color: line.startsWith('⚠') ? box.warn : box.muted,
            breakLine: true,
          },
        })),
      ],
      {
        ...box.text,
        x: x + 0.08,
        y: y + 0.06,
        w: cardW - 0.16,
        h: cardH - 0.12,
        valign: 'top',
        fit: 'shrink',
      },
    );
  });
  // What the figures cover: a part names its contributors on its card; say so when none is.
  const whole = shown.length > 0 && shown.every((f) => isWhole(f.coverage));
  const foot = [
    whole
      ? pick(lang, `以上指标均覆盖${name}全部范围`, `Every figure above covers all of ${name}`)
      : null,
    missing.length > 0
      ? pick(
          lang,
          `截至${year}年无数据：${missing.join('、')}`,
          `No figures up to ${year}: ${missing.join(', ')}`,
        )
      : null,
  ].filter(Boolean);
  slide.addText(foot.join(pick(lang, '。', '. ')), {
    ...box.text,
    x: box.x,
    y: box.y + rows * (cardH + GAP),
    w: box.w,
    h: footH - 0.1,
    fontSize: 10,
    color: box.muted,
    valign: 'top',
  });
}
