import type { Fund } from '../../data/types';
import { formatPeriod, type Lang } from '../../i18n/format';
import { labelOf, pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { fundsByUse } from '../../model/funds';
import type { BuiltChart, ChartContext } from '../chartTypes';
import { PALETTE } from '../theme';
import { noDataChart } from '../builtChart';
import { panelChart } from '../rows/panelChart';
import { barItem, barsHeight, hollowStyle, itemLabels } from '../rows/rowItems';
import { chartNames, measuredText, sentences, unitName, valueText } from '../rows/rowText';
import { type Panel } from '../rows/stackPanels';

export const title = (lang: Lang) =>
  pick(lang, '扶贫资金用途与户均标准', 'Funds by use and per household');

const USE_LABELS: Record<string, { zh: string; en: string }> = {
  industry: { zh: '产业', en: 'Industry' },
  housing: { zh: '住房', en: 'Housing' },
  relocation: { zh: '易地搬迁', en: 'Relocation' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗健康', en: 'Health' },
  employment: { zh: '就业', en: 'Employment' },
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
  other: { zh: '其他', en: 'Other' },
};
const labelOfUse = (use: string, lang: Lang) => USE_LABELS[use]?.[lang] ?? use;

/** Planned amounts are outlined. */
function item(row: Fund, lang: Lang, color: string) {
  const bar = barItem(row, measuredText(row, lang));
  return row.measure === 'actual' ? bar : { ...bar, itemStyle: hollowStyle(color) };
}

function panel(
  rows: Fund[],
  lang: Lang,
  color: string,
  heading: string,
  category: (r: Fund) => string,
): Panel {
  return {
    title: `${heading}${pick(lang, `（单位：${unitName(rows[0]!.unit, lang)}）`, ` (${unitName(rows[0]!.unit, lang)})`)}`,
    unit: rows[0]!.unit,
    categoryAxis: 'y',
    categories: rows.map(category),
    plotHeight: barsHeight(rows.length, 1),
    series: [
      {
        name: heading,
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color },
        label: itemLabels('right'),
        data: rows.map((r) => item(r, lang, color)),
      },
    ],
  };
}

export function buildFundsUse(model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const { name, title: builtTitle } = chartNames(model, ctx, title(lang));
  const { byUse, perHousehold, perPerson, perUnit } = fundsByUse(model.facts(ctx.region).funds);
  const drawn = [...byUse, ...perHousehold, ...perPerson, ...perUnit];
  if (drawn.length === 0)
    return noDataChart(
      builtTitle,
      pick(
        lang,
        `${name}无资金用途或户均标准数据。`,
        `No figures on fund uses or amounts per household for ${name}.`,
      ),
    );

  // The period on its own line, so truncating a long printed label never hides it.
  const rowName = (r: Fund) => `${labelOf(r, lang)}\n${formatPeriod(r.period, lang)}`;
  const panels: Panel[] = [];
  if (byUse.length > 0)
    panels.push(
      panel(
        byUse,
        lang,
        PALETTE[0]!,
        pick(lang, `${name}资金用途`, `${name}: funds by use`),
        (r) => `${labelOfUse(r.use, lang)}｜${rowName(r)}`,
      ),
    );
  if (perHousehold.length > 0)
    panels.push(
      panel(perHousehold, lang, PALETTE[2]!, pick(lang, '户均标准', 'Per household'), rowName),
    );
  if (perPerson.length > 0)
    panels.push(panel(perPerson, lang, PALETTE[3]!, pick(lang, '人均标准', 'Per person'), rowName));
  if (perUnit.length > 0)
    panels.push(
      panel(perUnit, lang, PALETTE[4]!, pick(lang, '单项补助标准', 'Rate per item'), rowName),
    );

  const list = (rows: Fund[]) =>
    rows
      .map((r) => `${labelOf(r, lang)}${pick(lang, '', ': ')}${valueText(r, lang)}`)
      .join(pick(lang, '；', '; '));
  const uses = [...new Set(byUse.map((r) => labelOfUse(r.use, lang)))];
  const description = sentences(lang, [
    byUse.length > 0
      ? pick(
          lang,
          `${name}按用途列出的资金 ${byUse.length} 笔，用途：${uses.join('、')}。`,
          `${name}: ${byUse.length} fund figures by use (${uses.join(', ')}).`,
        )
      : '',
    perHousehold.length > 0
      ? pick(lang, `户均标准：${list(perHousehold)}。`, `Per household: ${list(perHousehold)}.`)
      : '',
    perPerson.length > 0
      ? pick(lang, `人均标准：${list(perPerson)}。`, `Per person: ${list(perPerson)}.`)
      : '',
    perUnit.length > 0
      ? pick(
          lang,
          `单项补助标准（按每项计，非支出总额）：${list(perUnit)}。`,
          `Rates per item (not amounts spent): ${list(perUnit)}.`,
        )
      : '',
  ]);

  return panelChart(ctx, builtTitle, description, {
    panels,
    drawn,
    legend: false,
    column: {
      key: 'use',
      label: pick(lang, '用途', 'Use'),
      cell: (r) => (r.use ? labelOfUse(r.use, lang) : null),
    },
    tooltipExtra: (r) =>
      r.use
        ? [pick(lang, `用途：${labelOfUse(r.use, lang)}`, `Use: ${labelOfUse(r.use, lang)}`)]
        : [],
  });
}
