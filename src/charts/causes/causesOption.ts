import { formatPercent, formatPeriod, type Lang } from '../../i18n/format';
import { labelOf, pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { causeBreakdown, type CauseBreakdown, type CauseShare } from '../../model/people';
import type { BuiltChart, ChartContext } from '../chartTypes';
import { PALETTE } from '../theme';
import { noDataChart } from '../builtChart';
import { panelChart } from '../rows/panelChart';
import { barItem, barsHeight, itemLabels } from '../rows/rowItems';
import { chartNames, sentences, unitName, valueText } from '../rows/rowText';
import { type Panel } from '../rows/stackPanels';

export const title = (lang: Lang) => pick(lang, '致贫原因', 'Causes of poverty');

/** Shares of inexact counts are inexact too, and say so. */
const shareText = (c: CauseShare, b: CauseBreakdown, lang: Lang) =>
  `${b.exact ? '' : pick(lang, '约', 'about ')}${formatPercent(c.share, lang)}`;

/** Category names must be unique on an axis; a repeated label gets its row id. */
const uniqueLabels = (b: CauseBreakdown, lang: Lang) => {
  const labels = b.causes.map((c) => labelOf(c.row, lang));
  return labels.map((l, i) => (labels.indexOf(l) !== i ? `${l} (${b.causes[i]!.row.id})` : l));
};

function describe(name: string, b: CauseBreakdown, lang: Lang): string {
  const top = b.causes[0]!;
  const when = formatPeriod(b.period, lang);
  return pick(
    lang,
    `${name}（${when}）${b.causes.length} 类致贫原因中，${labelOf(top.row, lang)}最多：${valueText(top.row, lang)}，占所列合计的${shareText(top, b, lang)}。`,
    `${name} (${when}): of ${b.causes.length} causes of poverty, ${labelOf(top.row, lang)} is the largest: ${valueText(top.row, lang)}, ${shareText(top, b, lang)} of the listed total.`,
  );
}

export function buildCauses(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const { name, title: builtTitle } = chartNames(model, ctx, title(lang));
  const breakdowns = causeBreakdown(model.facts(ctx.region).indicators, ctx.year);
  if (breakdowns.length === 0)
    return noDataChart(
      builtTitle,
      pick(lang, `${name}无致贫原因数据。`, `No breakdown by cause of poverty for ${name}.`),
    );

  const shareOf = new Map(
    breakdowns.flatMap((b) => b.causes.map((c) => [c.row.id, shareText(c, b, lang)])),
  );
  const panels: Panel[] = breakdowns.map((b) => ({
    title: pick(
      lang,
      `${name}致贫原因（${formatPeriod(b.period, lang)}，单位：${unitName(b.unit, lang)}）`,
      `${name}: causes of poverty (${formatPeriod(b.period, lang)}, ${unitName(b.unit, lang)})`,
    ),
    unit: b.unit,
    categoryAxis: 'y',
    categories: uniqueLabels(b, lang),
    plotHeight: barsHeight(b.causes.length, 1),
    series: [
      {
        name: title(lang),
        type: 'bar',
        barMaxWidth: 20,
        itemStyle: { color: PALETTE[0] },
        label: itemLabels('right'),
        data: b.causes.map((c) =>
          barItem(c.row, `${valueText(c.row, lang)}（${shareText(c, b, lang)}）`),
        ),
      },
    ],
  }));

  const drawn = breakdowns.flatMap((b) => b.causes.map((c) => c.row));
  const description = sentences(
    lang,
    breakdowns.map((b) => describe(name, b, lang)),
  );
  const shareLine = (id: string) =>
    pick(lang, `占所列合计：${shareOf.get(id)}`, `Share of listed total: ${shareOf.get(id)}`);
  return panelChart(ctx, builtTitle, description, {
    panels,
    drawn,
    legend: false,
    column: { key: 'share', label: pick(lang, '占比', 'Share'), cell: (r) => shareOf.get(r.id)! },
    tooltipExtra: (r) => [shareLine(r.id)],
  });
}
