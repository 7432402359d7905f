import type { Fund, Period } from '../../data/types';
import { formatPeriod, type Lang } from '../../i18n/format';
import { FUND_SOURCE_LABELS } from '../../i18n/labels';
import { labelOf, pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { fundsBySource, periodKey, type FundPanel, type FundSeries } from '../../model/funds';
import type { BuiltChart, ChartContext } from '../chartTypes';
import { PALETTE, THEMES } from '../theme';
import { noDataChart } from '../builtChart';
import { panelChart } from '../rows/panelChart';
import { barItem, hollowStyle, itemLabels } from '../rows/rowItems';
import { chartNames, measureLabel, measuredText, sentences, valueText } from '../rows/rowText';
import { type Panel } from '../rows/stackPanels';

export const title = (lang: Lang) => pick(lang, '扶贫资金来源', 'Funds by source');

const isYear = (p: Period) => p.start === p.end;

/**
 * The part of a panel in single years, or in multi-year spans. A span (1995–2016) is not a
 * year: on one axis with years it reads as one, out of order. Spans get a panel of their own.
 */
const ofYears = (panel: FundPanel, years: boolean): FundPanel => ({
  periods: panel.periods.filter((p) => isYear(p) === years),
  series: panel.series
    .map((s) => ({ ...s, rows: s.rows.filter((r) => isYear(r.period) === years) }))
    .filter((s) => s.rows.length > 0),
});

/** Credit keeps one colour of its own; budget sources share the rest (black is lost on dark). */
const CREDIT_COLOR = PALETTE[5]!;
const SOURCE_COLORS = PALETTE.filter((c, i) => c !== CREDIT_COLOR && i < 7);

const outboundName = (lang: Lang) => pick(lang, '对口支援外地', 'Aid given to other regions');

const sourceName = (s: FundSeries, lang: Lang) => {
  const printed = s.labelRow ? labelOf(s.labelRow, lang) : null;
  if (s.rows[0]?.recipient)
    return printed
      ? `${outboundName(lang)}${pick(lang, '：', ': ')}${printed}`
      : outboundName(lang);
  return printed ?? FUND_SOURCE_LABELS[s.sourceType][lang];
};

const seriesName = (s: FundSeries, lang: Lang) =>
  s.measure === 'actual'
    ? sourceName(s, lang)
    : `${sourceName(s, lang)}${pick(lang, `（${measureLabel(s.measure, lang)}）`, ` (${measureLabel(s.measure, lang)})`)}`;

/** Once the palette runs out, repeated colours get dots so the legend still tells them apart. */
const DOTS = {
  symbol: 'circle',
  symbolSize: 0.5,
  color: 'rgba(255,255,255,0.7)',
  dashArrayX: 5,
  dashArrayY: 5,
};

interface Look {
  color: string;
  repeat: boolean;
}

function panelSeries(panel: FundPanel, lang: Lang, lookOf: (s: FundSeries) => Look) {
  return panel.series.map((s) => {
    const { color, repeat } = lookOf(s);
    const at = new Map(s.rows.map((r) => [periodKey(r.period), r]));
    return {
      name: seriesName(s, lang),
      type: 'bar',
      barMaxWidth: 28,
      itemStyle:
        s.measure !== 'actual' ? hollowStyle(color) : repeat ? { color, decal: DOTS } : { color },
      label: itemLabels('top', 10),
      labelLayout: { hideOverlap: true },
      data: panel.periods.map((p) => {
        const row = at.get(periodKey(p));
        return row ? barItem(row, measuredText(row, lang)) : null;
      }),
    };
  });
}

export function buildFundsSource(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const { name, title: builtTitle } = chartNames(model, ctx, title(lang));
  const { budget, credit, outbound } = fundsBySource(model.facts(ctx.region).funds);
  const budgetRows = budget.series.flatMap((s) => s.rows);
  const creditRows = credit.series.flatMap((s) => s.rows);
  const outboundRows = outbound.series.flatMap((s) => s.rows);
  const drawn = [...budgetRows, ...creditRows, ...outboundRows];
  if (drawn.length === 0)
    return noDataChart(
      builtTitle,
      pick(lang, `${name}无扶贫资金数据。`, `No fund figures for ${name}.`),
    );

  // Actual and planned bars of one source share its colour; the outline tells them apart.
  const sourceKeys = [...new Set(budget.series.map((s) => s.sourceKey))];
  const lookOf = (s: FundSeries): Look => {
    const i = sourceKeys.indexOf(s.sourceKey);
    return { color: SOURCE_COLORS[i % SOURCE_COLORS.length]!, repeat: i >= SOURCE_COLORS.length };
  };
  const periodNames = (p: FundPanel) => p.periods.map((x) => formatPeriod(x, lang));
  const panels: Panel[] = [];
  const annual = ofYears(budget, true);
  const spans = ofYears(budget, false);
  if (annual.periods.length > 0)
    panels.push({
      title: pick(
        lang,
        `${name}扶贫资金（按年度，不含信贷）`,
        `${name}: funds by year (excluding credit)`,
      ),
      unit: 'yuan',
      categoryAxis: 'x',
      categories: periodNames(annual),
      series: panelSeries(annual, lang, lookOf),
      plotHeight: 240,
    });
  if (spans.periods.length > 0)
    panels.push({
      title: pick(
        lang,
        `${name}扶贫资金（多年合计，按起止年份，不含信贷）`,
        `${name}: funds over several years (excluding credit)`,
      ),
      unit: 'yuan',
      categoryAxis: 'x',
      categories: periodNames(spans),
      series: panelSeries(spans, lang, lookOf),
      plotHeight: 160,
    });
  if (creditRows.length > 0)
    panels.push({
      title: pick(
        lang,
        '扶贫信贷（贷款，单独列示，不计入财政资金）',
        'Credit (loans, shown apart, not added to budget funds)',
      ),
      unit: 'yuan',
      categoryAxis: 'x',
      categories: periodNames(credit),
      series: panelSeries(credit, lang, () => ({ color: CREDIT_COLOR, repeat: false })),
      plotHeight: 110,
    });
  // Money the region gave away: drawn in grey, in its own panel, so it never reads as a source.
  if (outboundRows.length > 0)
    panels.push({
      title: pick(
        lang,
        `${name}对口支援外地（援出资金，不计入本地扶贫资金）`,
        `${name}: aid given to other regions (paid out, not counted as its own funds)`,
      ),
      unit: 'yuan',
      categoryAxis: 'x',
      categories: periodNames(outbound),
      series: panelSeries(outbound, lang, () => ({
        color: THEMES[ctx.theme].muted,
        repeat: false,
      })),
      plotHeight: 110,
    });

  const largest = budgetRows.reduce<Fund | null>((m, r) => (m && m.value >= r.value ? m : r), null);
  const planned = drawn.filter((r) => r.measure !== 'actual').length;
  const description = sentences(lang, [
    largest
      ? pick(
          lang,
          `${name}扶贫资金 ${budgetRows.length} 笔，涉及 ${budget.periods.length} 个时期、${sourceKeys.length} 类来源；最大一笔为${formatPeriod(largest.period, lang)}${labelOf(largest, lang)}${valueText(largest, lang)}（${measureLabel(largest.measure, lang)}）。`,
          `${name}: ${budgetRows.length} fund figures over ${budget.periods.length} periods from ${sourceKeys.length} sources; the largest is ${labelOf(largest, lang)}, ${formatPeriod(largest.period, lang)}: ${valueText(largest, lang)} (${measureLabel(largest.measure, lang)}).`,
        )
      : '',
    planned > 0
      ? pick(
          lang,
          `${planned} 笔为计划或目标数（虚线空心柱）。`,
          `${planned} are planned or target amounts (dashed outline).`,
        )
      : '',
    creditRows.length > 0
      ? pick(
          lang,
          `扶贫信贷 ${creditRows.length} 笔单独列示，未与财政资金相加。`,
          `${creditRows.length} credit figures are shown apart and not added to budget funds.`,
        )
      : '',
    outboundRows.length > 0
      ? pick(
          lang,
          `对口支援外地的援出资金 ${outboundRows.length} 笔单独列示，不计入${name}的扶贫资金。`,
          `${outboundRows.length} amounts of aid given to other regions are shown apart and not counted as ${name}'s funds.`,
        )
      : '',
  ]);

  const sourceOf = new Map(
    [...budget.series, ...credit.series, ...outbound.series].flatMap((s) =>
      s.rows.map((r) => [r, sourceName(s, lang)]),
    ),
  );
  const recipientLine = (r: Fund) =>
    r.recipient ? [pick(lang, `受援地：${r.recipient}`, `Recipient: ${r.recipient}`)] : [];
  return panelChart(ctx, builtTitle, description, {
    panels,
    drawn,
    legend: true,
    column: {
      key: 'source_type',
      label: pick(lang, '资金来源', 'Source of funds'),
      cell: (r) => [sourceOf.get(r)!, ...recipientLine(r)].join(pick(lang, '；', '; ')),
    },
    tooltipExtra: recipientLine,
  });
}
