import type { Indicator, Period, Unit } from '../../data/types';
import { formatPeriod, type Lang } from '../../i18n/format';
import { INDICATOR_LABELS } from '../../i18n/labels';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { periodKey } from '../../model/funds';
import {
  headcount,
  isFlow,
  type HeadcountIndicator,
  type HeadcountSeries,
} from '../../model/people';
import type { BuiltChart, ChartContext } from '../chartTypes';
import { isNarrow } from '../textFit';
import { PALETTE } from '../theme';
import { noDataChart } from '../builtChart';
import { panelChart } from '../rows/panelChart';
import { barItem, itemLabels } from '../rows/rowItems';
import { chartNames, sentences, unitName, valueText } from '../rows/rowText';
import { type Panel } from '../rows/stackPanels';

export const title = (lang: Lang) =>
  pick(lang, '贫困户与贫困人口变化', 'Poor households and people over time');

const COLORS: Record<HeadcountIndicator, string> = {
  poor_people: PALETTE[0]!,
  poor_households: PALETTE[2]!,
  people_lifted: PALETTE[1]!,
  households_lifted: PALETTE[3]!,
};

const seriesName = (s: HeadcountSeries, lang: Lang) => INDICATOR_LABELS[s.indicator][lang];

const isHouseholds = (s: HeadcountSeries) =>
  s.indicator === 'poor_households' || s.indicator === 'households_lifted';

/**
 * The title of what is drawn: a region whose sources count only people (the nation) gets no
 * title promising households, and the other way round.
 */
function drawnTitle(series: readonly HeadcountSeries[], lang: Lang): string {
  const households = series.some(isHouseholds);
  const people = series.some((s) => !isHouseholds(s));
  if (households && !people) return pick(lang, '贫困户变化', 'Poor households over time');
  if (people && !households) return pick(lang, '贫困人口变化', 'Poor people over time');
  return title(lang);
}

/**
 * Levels are lines broken at missing years (null, never zero); counts lifted out are bars. A
 * level known only once is a labelled bar, which reads better than a lone dot on an empty line.
 * On a phone or a narrow embed a line labels its first and last figures only: nine labels in
 * 300 px run over the line and each other. The others stay in the tooltip and the table.
 */
function toSeries(s: HeadcountSeries, periods: string[], ctx: ChartContext) {
  const { lang } = ctx;
  const color = COLORS[s.indicator];
  const items = periods.map((p) => {
    const row = s.points.get(p);
    return row ? barItem(row, valueText(row, lang)) : null;
  });
  const line = !isFlow(s.indicator) && items.filter(Boolean).length > 1;
  const ends = [items.findIndex(Boolean), items.findLastIndex(Boolean)];
  const data =
    line && isNarrow(ctx)
      ? items.map((item, i) =>
          item && !ends.includes(i) ? { ...item, label: { show: false } } : item,
        )
      : items;
  const label = itemLabels('top', 11);
  return line
    ? {
        name: seriesName(s, lang),
        type: 'line',
        data,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        itemStyle: { color },
        lineStyle: { color, width: 2 },
        label,
      }
    : {
        name: seriesName(s, lang),
        type: 'bar',
        data,
        barMaxWidth: 32,
        itemStyle: { color },
        label,
      };
}

function describeSeries(s: HeadcountSeries, lang: Lang): string {
  const rows = [...s.points.values()].sort(
    (a, b) => a.period.end - b.period.end || a.period.start - b.period.start,
  );
  const at = (r: Indicator) =>
    `${formatPeriod(r.period, lang)}${pick(lang, '', ': ')}${valueText(r, lang)}`;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const label = seriesName(s, lang);
  return rows.length === 1
    ? pick(lang, `${label}仅有一个数据：${at(first)}。`, `${label}: one figure only, ${at(first)}.`)
    : pick(
        lang,
        `${label} ${rows.length} 个数据，从${at(first)}到${at(last)}。`,
        `${label}: ${rows.length} figures, from ${at(first)} to ${at(last)}.`,
      );
}

export function buildHeadcount(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const { periods, series } = headcount(model.facts(ctx.region).indicators);
  const { name, title: builtTitle } = chartNames(model, ctx, drawnTitle(series, lang));
  if (series.length === 0)
    return noDataChart(
      builtTitle,
      pick(
        lang,
        `${name}无贫困户或贫困人口数据。`,
        `No figures on poor households or people for ${name}.`,
      ),
    );

  const keys = periods.map(periodKey);
  const isYear = (p: Period) => p.start === p.end;
  // A span (2013–2020) is not a year: on one axis with years it reads as one more year and, as
  // a total of many years, dwarfs them. Each unit gets a panel of years and one of spans.
  const panels: Panel[] = [...new Set(series.map((s) => s.unit))].flatMap((unit: Unit) =>
    [true, false].flatMap((years): Panel[] => {
      const inPanel = periods.filter((p) => isYear(p) === years);
      const panelKeys = inPanel.map(periodKey);
      const inUnit = series.filter(
        (s) => s.unit === unit && panelKeys.some((k) => s.points.has(k)),
      );
      if (inUnit.length === 0) return [];
      const names = inUnit.map((s) => seriesName(s, lang));
      return [
        {
          title: years
            ? pick(
                lang,
                `${name}${names.join('、')}（单位：${unitName(unit, lang)}）`,
                `${name}: ${names.join(', ')} (${unitName(unit, lang)})`,
              )
            : pick(
                lang,
                `${name}${names.join('、')}，多年合计（单位：${unitName(unit, lang)}）`,
                `${name}: ${names.join(', ')} over several years (${unitName(unit, lang)})`,
              ),
          unit,
          categoryAxis: 'x',
          categories: inPanel.map((p) => formatPeriod(p, lang)),
          plotHeight: years ? 180 : 120,
          series: inUnit.map((s) => toSeries(s, panelKeys, ctx)),
        },
      ];
    }),
  );

  const drawn = series.flatMap((s) =>
    keys.flatMap((k) => (s.points.has(k) ? [s.points.get(k)!] : [])),
  );
  const gaps =
    periods.length > 1 &&
    series.some((s) => !isFlow(s.indicator) && s.points.size > 1 && s.points.size < periods.length);
  const description = sentences(lang, [
    pick(lang, `${name}：`, `${name}:`),
    ...series.map((s) => describeSeries(s, lang)),
    gaps
      ? pick(
          lang,
          '缺少数据的年份留空，不按零计。',
          'Years without figures are left as gaps, not zero.',
        )
      : '',
  ]);

  return panelChart(ctx, builtTitle, description, {
    panels,
    drawn,
    legend: true,
    column: {
      key: 'indicator',
      label: pick(lang, '指标', 'Indicator'),
      cell: (r) => INDICATOR_LABELS[r.indicator][lang],
    },
  });
}
