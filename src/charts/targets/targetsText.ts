import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime.js';
import type { Manifest, Qualifier } from '../../data/types';
import {
  formatDate,
  formatPercent,
  formatPeriod,
  formatValue,
  unitLabel,
  type Lang,
} from '../../i18n/format';
import { FLAG_LABELS } from '../../i18n/labels';
import { labelOf, pick } from '../../i18n/pick';
import {
  TARGET_STATUSES,
  targetSources,
  type Amount,
  type TargetProgress,
  type TargetStatus,
} from '../../model/targets';
import { sourceName } from '../../i18n/sourceName';
import { flagsOf, sourceFilesOf, type Cell, type TableColumn } from '../chartTypes';
import { tooltipLines } from '../escapeHtml';

// The words of the targets chart: its lines, tooltips, list entries, table and description.
// Every time span is counted to the dataset's date (`on`), never to the reader's clock.

dayjs.extend(relativeTime);

/** Glyph, text and pattern per status, so colour is never the only cue. */
export const STATUS: Record<
  TargetStatus,
  { glyph: string; zh: string; en: string; decal: object | null }
> = {
  met: { glyph: '●', zh: '已完成', en: 'Met', decal: null },
  in_progress: {
    glyph: '◐',
    zh: '进行中',
    en: 'In progress',
    decal: { symbol: 'circle', symbolSize: 0.5, dashArrayX: 5, dashArrayY: 5 },
  },
  missed: {
    glyph: '×',
    zh: '未完成',
    en: 'Missed',
    decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
  },
  no_data: { glyph: '○', zh: '无进度数据', en: 'No progress data', decal: null },
};

/** "◐ 进行中，最近数据 2016年": an unfinished target says how old its latest figure is. */
export function statusText(t: TargetProgress, lang: Lang): string {
  const s = `${STATUS[t.status].glyph} ${STATUS[t.status][lang]}`;
  if (t.status !== 'in_progress') return s;
  return t.asOf === null
    ? pick(lang, `${s}，数据未注明年份`, `${s}, figures undated`)
    : pick(
        lang,
        `${s}，最近数据 ${t.asOf.slice(0, 4)}年`,
        `${s}, last reported ${t.asOf.slice(0, 4)}`,
      );
}

const BOUND_SIGN: Partial<Record<Qualifier, string>> = {
  more_than: '>',
  at_least: '≥',
  less_than: '<',
  up_to: '≤',
};

/** A shortfall never rounds up to "100%". */
const pct = (n: number, lang: Lang) => formatPercent(n < 100 ? Math.min(n, 99.9) : n, lang, 1);

export function percentText(t: TargetProgress, lang: Lang): string {
  if (t.percent === null)
    return t.actual === null
      ? STATUS.no_data[lang]
      : pick(lang, '无法计算完成比例', 'share cannot be computed');
  if (t.percentMax !== null) return `${pct(t.percent, lang)}–${pct(t.percentMax, lang)}`;
  const sign =
    t.percentQualifier === 'approx'
      ? pick(lang, '约', '≈')
      : (BOUND_SIGN[t.percentQualifier] ?? '');
  return `${sign}${pct(t.percent, lang)}`;
}

/** "剩余 3 年" / "已过 5 年" on the dataset's date, in the language's relative-time words. */
function timeText(t: TargetProgress, on: string, lang: Lang): string {
  if (t.daysLeft === 0) return pick(lang, '当天截止', 'due that day');
  const span = dayjs(t.deadline)
    .locale(lang === 'zh' ? 'zh-cn' : 'en')
    .from(dayjs(on), true);
  return t.daysLeft > 0
    ? pick(lang, `剩余 ${span}`, `${span} left`)
    : pick(lang, `已过 ${span}`, `${span} earlier`);
}

const deadlineText = (t: TargetProgress, on: string, lang: Lang) =>
  pick(
    lang,
    `截止 ${formatDate(t.deadline, lang)}（${timeText(t, on, lang)}）`,
    `due ${formatDate(t.deadline, lang)} (${timeText(t, on, lang)})`,
  );

/** Said once above the chart: what "past" and "left" are counted to. */
export const judgedOnText = (on: string, lang: Lang) =>
  pick(
    lang,
    `剩余、已过时间与状态均按数据截至日 ${formatDate(on, lang)} 计`,
    `Time left or past and status are as of the data date, ${formatDate(on, lang)}`,
  );

const amountText = (a: Amount, t: TargetProgress, lang: Lang) =>
  formatValue(a.value, t.unit, lang, a.qualifier, a.valueMax);

function actualText(t: TargetProgress, lang: Lang): string {
  if (!t.actual) return STATUS.no_data[lang];
  const q = t.actual.qualifier;
  const note =
    q === 'more_than' || q === 'at_least'
      ? pick(lang, '（下限：实际可能更多）', ' (a lower bound: the real figure may be higher)')
      : q === 'less_than' || q === 'up_to'
        ? pick(lang, '（上限：实际可能更少）', ' (an upper bound: the real figure may be lower)')
        : '';
  return `${amountText(t.actual, t, lang)}${note}`;
}

const targetText = (t: TargetProgress, lang: Lang) =>
  `${amountText(t.target, t, lang)}${t.ceiling ? pick(lang, '（上限：不高于此值）', ' (a ceiling: at most this)') : ''}`;

export const targetName = (t: TargetProgress, lang: Lang) =>
  pick(
    lang,
    `${labelOf(t, lang)}（${formatPeriod(t.period, lang)}）`,
    `${labelOf(t, lang)} (${formatPeriod(t.period, lang)})`,
  );

/** "2 处来源": shown when one target is quoted more than once. */
const quotedText = (t: TargetProgress, lang: Lang) =>
  t.targetRows.length > 1
    ? pick(lang, `${t.targetRows.length} 处来源`, `${t.targetRows.length} sources`)
    : '';

/** "103% · 截止 2016年12月31日（已过 4 年）· ● 已完成": the line drawn with each bar. */
export function progressLine(t: TargetProgress, on: string, lang: Lang): string {
  return [percentText(t, lang), deadlineText(t, on, lang), statusText(t, lang), quotedText(t, lang)]
    .filter(Boolean)
    .join(' · ');
}

/** A target without progress figures, in the list under the bars: what, how much, by when, quoted where. */
export function listEntry(t: TargetProgress, on: string, lang: Lang): string {
  const [first] = t.targetRows;
  const more = t.targetRows.length - 1;
  const quote = first
    ? `「${first.sourceQuote}」${more > 0 ? pick(lang, `等 ${more + 1} 处`, ` and ${more} more`) : ''}`
    : '';
  return `${targetName(t, lang)}\n${[
    pick(lang, `目标 ${targetText(t, lang)}`, `target ${targetText(t, lang)}`),
    deadlineText(t, on, lang),
    quote,
  ]
    .filter(Boolean)
    .join(' · ')}`;
}

const MAX_TOOLTIP_ACTUALS = 4;

export function tooltipFor(
  t: TargetProgress,
  on: string,
  lang: Lang,
  manifest: Manifest | null,
): string {
  const actuals = t.actualRows;
  const quote = (label: string) => (s: { sourceFile: string; sourceQuote: string }) =>
    `${label}${sourceName(manifest, s.sourceFile, lang, 'short')}「${s.sourceQuote}」`;
  return tooltipLines([
    targetName(t, lang),
    `${pick(lang, '目标：', 'Target: ')}${targetText(t, lang)}`,
    t.baseline
      ? `${pick(lang, '起点：', 'Starting point: ')}${amountText(t.baseline, t, lang)}`
      : null,
    `${pick(lang, '实际：', 'Actual: ')}${actualText(t, lang)}`,
    t.actual ? `${pick(lang, '完成：', 'Complete: ')}${percentText(t, lang)}` : null,
    `${pick(lang, '截止：', 'Deadline: ')}${formatDate(t.deadline, lang)}（${timeText(t, on, lang)}）`,
    `${pick(lang, '状态：', 'Status: ')}${statusText(t, lang)}`,
    t.targetRows.length > 1
      ? pick(
          lang,
          `同一目标见于 ${t.targetRows.length} 处来源：`,
          `The same target is quoted in ${t.targetRows.length} places:`,
        )
      : null,
    ...t.targetRows.map(quote(pick(lang, '目标来源：', 'Target source: '))),
    ...actuals
      .slice(0, MAX_TOOLTIP_ACTUALS)
      .map(quote(pick(lang, '实际来源：', 'Actual source: '))),
    actuals.length > MAX_TOOLTIP_ACTUALS
      ? pick(
          lang,
          `另有 ${actuals.length - MAX_TOOLTIP_ACTUALS} 条实际来源，见数据表`,
          `${actuals.length - MAX_TOOLTIP_ACTUALS} more actual sources in the table`,
        )
      : null,
    ...flagsOf(targetSources(t), lang).map((f) => `⚠ ${FLAG_LABELS[f.flag][lang]}：${f.note}`),
  ]);
}

export const targetColumns = (lang: Lang): TableColumn[] => [
  { key: 'target', label: pick(lang, '目标', 'Target') },
  { key: 'period', label: pick(lang, '时期', 'Period') },
  { key: 'target_text', label: pick(lang, '目标值', 'Target value') },
  { key: 'target_value', label: pick(lang, '目标值（数字）', 'Target (number)'), numeric: true },
  { key: 'actual_text', label: pick(lang, '实际值', 'Actual') },
  { key: 'actual_value', label: pick(lang, '实际值（数字）', 'Actual (number)'), numeric: true },
  { key: 'percent', label: pick(lang, '完成比例（%）', 'Complete (%)'), numeric: true },
  { key: 'unit', label: pick(lang, '单位', 'Unit') },
  { key: 'deadline', label: pick(lang, '截止日期', 'Deadline') },
  { key: 'as_of', label: pick(lang, '最近数据截至', 'Figures up to') },
  { key: 'status', label: pick(lang, '状态', 'Status') },
  { key: 'quotes', label: pick(lang, '目标来源数', 'Target sources'), numeric: true },
  { key: 'source', label: pick(lang, '来源原文', 'Source quote') },
  { key: 'source_file', label: pick(lang, '来源文件', 'Source file') },
  { key: 'flag', label: pick(lang, '数据质量', 'Data quality') },
];

const roundPercent = (n: number | null): number | null =>
  n === null ? null : Math.round(n * 10) / 10;

export function targetRow(t: TargetProgress, lang: Lang): Record<string, Cell> {
  const sources = targetSources(t);
  const flags = flagsOf(sources, lang);
  return {
    target: labelOf(t, lang),
    period: formatPeriod(t.period, lang),
    target_text: targetText(t, lang),
    target_value: t.target.value,
    actual_text: actualText(t, lang),
    actual_value: t.actual?.value ?? null,
    percent: roundPercent(t.percent),
    unit: unitLabel(t.unit, lang),
    deadline: t.deadline,
    as_of: t.asOf,
    status: statusText(t, lang),
    quotes: t.targetRows.length,
    source: [...new Set(sources.map((s) => s.sourceQuote))].join(' / '),
    source_file: sourceFilesOf(sources).join('; '),
    flag:
      flags.length > 0
        ? flags.map((f) => `${FLAG_LABELS[f.flag][lang]}：${f.note}`).join(' / ')
        : null,
  };
}

/** The screen-reader summary: counts per status, then every target in drawn order. */
export function describeTargets(
  drawn: readonly TargetProgress[],
  listed: readonly TargetProgress[],
  name: string,
  on: string,
  lang: Lang,
): string {
  const all = [...drawn, ...listed];
  const count = (s: TargetStatus) => all.filter((t) => t.status === s).length;
  const counts = TARGET_STATUSES.filter((s) => count(s) > 0)
    .map((s) =>
      pick(lang, `${STATUS[s].zh} ${count(s)} 项`, `${STATUS[s].en.toLowerCase()}: ${count(s)}`),
    )
    .join(pick(lang, '，', ', '));
  const each = [
    ...drawn.map(
      (t) => `${targetName(t, lang)}${pick(lang, '：', ': ')}${progressLine(t, on, lang)}`,
    ),
    ...listed.map((t) => listEntry(t, on, lang).replace('\n', pick(lang, '：', ': '))),
  ].join(pick(lang, '；', '; '));
  return pick(
    lang,
    `${name}共 ${all.length} 项目标（${counts}；${judgedOnText(on, lang)}）。${each}。`,
    `${name}: ${all.length} targets (${counts}; ${judgedOnText(on, lang)}). ${each}.`,
  );
}
