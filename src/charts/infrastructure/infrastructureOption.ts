import { formatPeriod, type Lang } from '../../i18n/format';
import { labelOf, pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';
import { childComparisons, infrastructureByUnit, type InfraSlot } from './infrastructureModel';
import type { BuiltChart, ChartContext } from '../chartTypes';
import { THEMES } from '../theme';
import { noDataChart } from '../builtChart';
import { panelChart } from '../rows/panelChart';
import { barItem, barsHeight, hollowStyle, itemLabels } from '../rows/rowItems';
import {
  type ChartRow,
  chartNames,
  measureLabel,
  regionName,
  sentences,
  unitName,
  valueText,
} from '../rows/rowText';
import { type Panel } from '../rows/stackPanels';

/**
 * infrastructure.csv holds two kinds of figure: what was built or provided (roads, water, power,
 * housing, clinics, schools, relocation) and who helped and how (cadres and units paired,
 * trainings, donations, industry, jobs and credit). Each gets its own chart, so neither title
 * promises what the other shows. These keys are infrastructure and services; any other key,
 * including a dataset's own, is assistance.
 */
const INFRASTRUCTURE = new Set([
  'roads',
  'scenic_highway',
  'bridges',
  'ponds',
  'canals',
  'tap_water',
  'safe_water',
  'grid_upgrade',
  'solar_stations',
  'solar_stations_under_construction',
  'clinics',
  'township_clinics',
  'hospitals',
  'village_doctors',
  'family_doctor_signing',
  'medical_aid',
  'schools',
  'teachers_recruited',
  'rebuilt_houses',
  'housing_beneficiaries',
  'relocated_households',
  'relocated_households_centralized',
  'relocated_households_scattered',
  'relocated_people',
  'relocated_people_centralized',
  'relocated_people_scattered',
  'relocation_projects',
  'resettlement_sites',
  'village_greening',
  'ecommerce_stations',
  'financial_service_stations',
]);
export const isInfrastructure = (category: string): boolean => INFRASTRUCTURE.has(category);
const isAssistance = (category: string): boolean => !INFRASTRUCTURE.has(category);

interface Kind {
  keep: (category: string) => boolean;
  title: (lang: Lang) => string;
  /** "设施与服务" / "infrastructure and service": how the description counts the items. */
  items: (lang: Lang) => string;
}

const INFRA: Kind = {
  keep: isInfrastructure,
  title: (lang) => pick(lang, '基础设施与公共服务', 'Infrastructure and services'),
  items: (lang) => pick(lang, '设施与服务', 'infrastructure and service'),
};

const ASSISTANCE: Kind = {
  keep: isAssistance,
  title: (lang) =>
    pick(
      lang,
      '帮扶力量：结对、培训、捐助与产业就业',
      'Assistance: pairings, training, donations, jobs',
    ),
  items: (lang) => pick(lang, '帮扶', 'assistance'),
};

/** The period on its own line, so truncating a long printed label never hides it. */
function slotLabel(slot: InfraSlot, lang: Lang): string {
  return `${labelOf((slot.actual ?? slot.target)!, lang)}\n${formatPeriod(slot.period, lang)}`;
}

function buildKind(kind: Kind, model: DashboardModel, ctx: ChartContext): BuiltChart {
  const { lang } = ctx;
  const title = kind.title;
  const colors = THEMES[ctx.theme];
  const { name, title: builtTitle } = chartNames(model, ctx, title(lang));
  const groups = infrastructureByUnit(
    model.facts(ctx.region).infrastructure.filter((r) => kind.keep(r.category)),
  );
  const { comparisons, childrenWithData } = childComparisons(model, ctx.region, kind.keep);
  const drawn: ChartRow[] = [];
  const regionNames = new Map<string, string>();
  const panels: Panel[] = [];

  for (const g of groups) {
    const hasTarget = g.slots.some((s) => s.target);
    const items = (m: 'actual' | 'target') =>
      g.slots.map((s) => {
        const row = s[m];
        if (!row) return null;
        drawn.push(row);
        return barItem(row, valueText(row, lang));
      });
    const actual = {
      name: measureLabel('actual', lang),
      type: 'bar',
      data: items('actual'),
      itemStyle: { color: colors.actual },
    };
    const target = {
      name: measureLabel('target', lang),
      type: 'bar',
      data: items('target'),
      itemStyle: hollowStyle(colors.target),
    };
    const series = (hasTarget ? [actual, target] : [actual]).map((s) => ({
      ...s,
      barMaxWidth: 18,
      label: itemLabels('right'),
    }));
    panels.push({
      title: pick(
        lang,
        `${name}（单位：${unitName(g.unit, lang)}）`,
        `${name} (${unitName(g.unit, lang)})`,
      ),
      unit: g.unit,
      categoryAxis: 'y',
      categories: g.slots.map((s) => slotLabel(s, lang)),
      series,
      plotHeight: barsHeight(g.slots.length, series.length),
    });
  }

  for (const c of comparisons) {
    // Children may print one key differently ("红薯种植", "药材种植"): the title names them all.
    const labels = [...new Set(c.entries.map((e) => labelOf(e.row, lang)))];
    const heading =
      labels.length <= 2 ? labels.join(' / ') : `${labels[0]} ${pick(lang, '等', 'etc.')}`;
    panels.push({
      title: pick(
        lang,
        `下级比较：${heading}（单位：${unitName(c.unit, lang)}）`,
        `By subdivision: ${heading} (${unitName(c.unit, lang)})`,
      ),
      unit: c.unit,
      categoryAxis: 'y',
      categories: c.entries.map(
        (e) => `${regionName(model, e.region.code, lang)}\n${formatPeriod(e.row.period, lang)}`,
      ),
      series: [
        {
          name: measureLabel('actual', lang),
          type: 'bar',
          barMaxWidth: 18,
          itemStyle: { color: colors.actual },
          label: itemLabels('right'),
          data: c.entries.map((e) => {
            drawn.push(e.row);
            regionNames.set(e.row.id, regionName(model, e.region.code, lang));
            return barItem(e.row, valueText(e.row, lang));
          }),
        },
      ],
      plotHeight: barsHeight(c.entries.length, 1),
    });
  }

  const children = model.regions.children(ctx.region).length;
  const why =
    comparisons.length > 0
      ? pick(
          lang,
          `下级比较 ${comparisons.length} 项（类别与单位均一致）。`,
          `${comparisons.length} categories compared across subdivisions (same key and unit).`,
        )
      : childrenWithData >= 2
        ? pick(
            lang,
            '下级地区的设施类别或单位互不一致，不作横向比较。',
            'Subdivisions report different categories or units, so they are not compared.',
          )
        : children > 0
          ? pick(
              lang,
              '不足两个下级地区有设施数据，不作横向比较。',
              'Fewer than two subdivisions have figures, so none are compared.',
            )
          : '';
  if (panels.length === 0)
    return noDataChart(
      builtTitle,
      pick(
        lang,
        `${name}无${kind.items(lang)}数据。`,
        `No ${kind.items(lang)} figures for ${name}.`,
      ),
    );

  const own = groups.reduce((n, g) => n + g.slots.length, 0);
  const flagged = drawn.filter((r) => r.qualityFlag).length;
  const description = sentences(lang, [
    own > 0
      ? pick(
          lang,
          `${name}${kind.items(lang)} ${own} 项，按单位分 ${groups.length} 组（${groups.map((g) => unitName(g.unit, lang)).join('、')}），各组单独坐标。`,
          `${name}: ${own} ${kind.items(lang)} items in ${groups.length} unit groups (${groups.map((g) => unitName(g.unit, lang)).join(', ')}), each on its own axis.`,
        )
      : pick(
          lang,
          `${name}本级无${kind.items(lang)}数据。`,
          `${name} reports no figures of its own.`,
        ),
    flagged > 0 ? pick(lang, `${flagged} 项标有质量提示（⚠）。`, `${flagged} flagged (⚠).`) : '',
    why,
  ]);

  const regionOf = (r: ChartRow) => regionNames.get(r.id) ?? name;
  return panelChart(ctx, builtTitle, description, {
    panels,
    drawn,
    legend: true,
    column: { key: 'region', label: pick(lang, '地区', 'Region'), cell: regionOf },
    tooltipExtra: (r) => [regionOf(r)],
  });
}

export const buildInfrastructure = (model: DashboardModel, ctx: ChartContext): BuiltChart =>
  buildKind(INFRA, model, ctx);

export const buildAssistance = (model: DashboardModel, ctx: ChartContext): BuiltChart =>
  buildKind(ASSISTANCE, model, ctx);

export const infrastructureTitle = INFRA.title;
export const assistanceTitle = ASSISTANCE.title;
