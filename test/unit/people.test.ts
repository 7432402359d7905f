import { describe, expect, it } from 'vitest';
import type { BuiltChart } from '../../src/charts/chartTypes';
import type { ChartDefinition } from '../../src/charts/chartTypes';
import causesChart from '../../src/charts/causes';
import headcountChart from '../../src/charts/headcount';
import { causeBreakdown, headcount } from '../../src/model/people';
import { testContext, testModel } from '../helpers/dataset';
import {
  drawnBars,
  drawnFigures,
  drawnIdsAndValues,
  tableIdsAndValues,
  tooltipOf,
  type DrawnBar,
} from '../helpers/drawnBars';

const HEADER =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';

interface Row {
  id: string;
  indicator?: string;
  category?: string;
  label?: string;
  labelEn?: string;
  measure?: string;
  period?: string;
  value: string;
  qualifier?: string;
  unit?: string;
}
const csv = (rows: Row[]) =>
  [
    HEADER,
    ...rows.map(
      (r) =>
        `${r.id},421202,${r.indicator ?? 'other'},${r.category ?? ''},"${r.label ?? r.id}",${r.labelEn ?? ''},${r.measure ?? 'actual'},${r.period ?? '2015'},,${r.value},${r.qualifier ?? 'exact'},,${r.unit ?? 'households'},doc.txt,"quote ${r.id}",,`,
    ),
  ].join('\n');

const model = (rows: Row[]) => testModel({ 'indicators.csv': csv(rows) });
const build = (def: ChartDefinition, rows: Row[], lang: 'zh' | 'en' = 'zh') =>
  def.build(model(rows), testContext({ lang }));

interface Series {
  name: string;
  type: string;
  xAxisIndex: number;
  data: Array<DrawnBar | null>;
}
const seriesOf = (built: BuiltChart) => (built.option as { series: Series[] }).series;
const sameAsTable = (built: BuiltChart) =>
  expect(tableIdsAndValues(built)).toEqual(drawnIdsAndValues(built));

const CAUSES: Row[] = [
  { id: 'edu', category: 'cause_education', label: '因学致贫', value: '346' },
  {
    id: 'welfare',
    category: 'cause_welfare',
    label: '低保户、五保户',
    labelEn: 'Welfare',
    value: '9465',
  },
  {
    id: 'ill',
    category: 'cause_illness_disability',
    label: '因病、因残致贫、缺劳力',
    value: '5075',
  },
  {
    id: 'land',
    category: 'cause_land_capital_skills',
    label: '缺土地、缺资金、缺技术',
    value: '1162',
  },
  { id: 'house', category: 'cause_housing_relocation', label: '扶贫搬迁户、缺住房', value: '251' },
];

describe('causeBreakdown', () => {
  it('sorts causes largest first with shares of the listed total', () => {
    const [b] = causeBreakdown(model(CAUSES).facts('421202').indicators, 2020);
    expect(b!.causes.map((c) => c.row.id)).toEqual(['welfare', 'ill', 'land', 'edu', 'house']);
    expect(b!.total).toBe(16299);
    expect(b!.causes[0]!.share).toBeCloseTo((9465 / 16299) * 100, 5);
  });

  it('never adds households and people into one total', () => {
    const rows = [
      ...CAUSES,
      { id: 'p', category: 'cause_education', value: '1000', unit: 'people' },
    ];
    const breakdowns = causeBreakdown(model(rows).facts('421202').indicators, 2020);
    expect(breakdowns.map((b) => [b.unit, b.total])).toEqual([
      ['households', 16299],
      ['people', 1000],
    ]);
  });
});

describe('causes chart', () => {
  it('returns no option without cause rows', () => {
    expect(
      build(causesChart, [{ id: 'x', indicator: 'poor_people', value: '5', unit: 'people' }])
        .option,
    ).toBeNull();
  });

  it('draws sorted bars labelled with value and share, and describes the largest', () => {
    const built = build(causesChart, CAUSES);
    const items = drawnBars(built);
    expect(items.map((d) => d.rowId)).toEqual(['welfare', 'ill', 'land', 'edu', 'house']);
    expect(items[0]!.text).toBe('9465户（58.1%）');
    const axis = (built.option as { yAxis: Array<{ data: string[] }> }).yAxis[0]!;
    expect(axis.data[0]).toBe('低保户、五保户');
    expect(built.description).toContain('5 类致贫原因中，低保户、五保户最多：9465户');
    expect(build(causesChart, CAUSES, 'en').description).toContain(
      'Welfare is the largest: 9,465 households',
    );
    sameAsTable(built);
  });

  it('says a share is approximate when a count is', () => {
    const rows = CAUSES.map((r) => (r.id === 'edu' ? { ...r, qualifier: 'approx' } : r));
    expect(drawnBars(build(causesChart, rows))[0]!.text).toBe('9465户（约58.1%）');
  });

  it('escapes hostile labels in tooltips', () => {
    const built = build(causesChart, [
      { id: 'x', category: 'cause_other', label: '<img src=x onerror=alert(1)>', value: '3' },
      { id: 'y', category: 'cause_illness', label: '因病', value: '5' },
    ]);
    const html = tooltipOf(
      built,
      drawnBars(built).find((d) => d.rowId === 'x')!,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

const HEAD: Row[] = [
  {
    id: 'p14',
    indicator: 'poor_people',
    period: '2014',
    value: '38300',
    qualifier: 'approx',
    unit: 'people',
  },
  { id: 'p16', indicator: 'poor_people', period: '2016', value: '21000', unit: 'people' },
  { id: 'p17', indicator: 'poor_people', period: '2017', value: '12000', unit: 'people' },
  { id: 'h14', indicator: 'poor_households', period: '2014', value: '14299', unit: 'households' },
  { id: 'h17', indicator: 'poor_households', period: '2017', value: '4299', unit: 'households' },
  {
    id: 'l16',
    indicator: 'people_lifted',
    period: '2016',
    value: '8000',
    qualifier: 'more_than',
    unit: 'people',
  },
  {
    id: 'tgt',
    indicator: 'poor_people',
    measure: 'target',
    period: '2020',
    value: '0',
    unit: 'people',
  },
];

describe('headcount', () => {
  it('fills missing years as empty categories and keeps actuals only', () => {
    const h = headcount(model(HEAD).facts('421202').indicators);
    expect(h.periods.map((p) => p.start)).toEqual([2014, 2015, 2016, 2017]);
    const people = h.series.find((s) => s.indicator === 'poor_people')!;
    expect([...people.points.keys()]).toEqual(['2014-2014', '2016-2016', '2017-2017']);
  });
});

describe('headcount chart', () => {
  it('returns no option without headcount rows', () => {
    expect(build(headcountChart, CAUSES).option).toBeNull();
  });

  it('leaves missing years as gaps, never zeros', () => {
    const built = build(headcountChart, HEAD);
    const people = seriesOf(built).find((s) => s.name === '贫困人口')!;
    expect(people.type).toBe('line');
    expect(people.data.map((d) => d?.value ?? null)).toEqual([38300, null, 21000, 12000]);
    expect((people as unknown as { connectNulls: boolean }).connectNulls).toBe(false);
    expect(drawnBars(built).some((d) => d.value === 0)).toBe(false);
  });

  it('puts people and households on different grids with their own axes', () => {
    const built = build(headcountChart, HEAD);
    const grid = (name: string) => seriesOf(built).find((s) => s.name === name)!.xAxisIndex;
    expect(grid('贫困人口')).toBe(grid('脱贫人口'));
    expect(grid('贫困户')).not.toBe(grid('贫困人口'));
    const axes = (built.option as { yAxis: Array<{ name: string }> }).yAxis;
    expect(axes[grid('贫困户')]!.name).toBe('户');
    expect(axes[grid('贫困人口')]!.name).toBe('人');
  });

  it('titles what it draws: households only when the sources count households', () => {
    expect(build(headcountChart, HEAD).title).toContain('贫困户与贫困人口变化');
    const people = HEAD.filter((r) => !r.indicator?.includes('households'));
    const households = HEAD.filter((r) => r.indicator?.includes('households'));
    expect(people.length).toBeGreaterThan(0);
    expect(households.length).toBeGreaterThan(0);
    expect(build(headcountChart, people).title).toMatch(/贫困人口变化$/);
    expect(build(headcountChart, households).title).toMatch(/贫困户变化$/);
  });

  it('draws a single figure as a figure, not a lone bar, qualifier kept', () => {
    const built = build(headcountChart, [
      {
        id: 'one',
        indicator: 'poor_people',
        period: '2016',
        value: '1068',
        qualifier: 'approx',
        unit: 'people',
      },
    ]);
    expect(seriesOf(built)).toEqual([]);
    expect(drawnFigures(built)).toEqual([
      expect.objectContaining({ rowId: 'one', text: '约1068人' }),
    ]);
    expect(built.description).toContain('仅有一个数据');
    sameAsTable(built);
  });

  it('escapes hostile labels in tooltips and lists exactly the drawn numbers', () => {
    const rows = [
      ...HEAD,
      {
        id: 'evil',
        indicator: 'poor_households',
        period: '2016',
        label: '<b onmouseover=x>',
        value: '9',
        unit: 'households',
      },
    ];
    const built = build(headcountChart, rows);
    const html = tooltipOf(
      built,
      drawnBars(built).find((d) => d.rowId === 'evil')!,
    );
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;b onmouseover=x&gt;');
    sameAsTable(built);
    expect(built.table.rows.map((r) => r.id)).not.toContain('tgt');
  });
});
