import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ChartDefinition } from '../../src/charts/chartTypes';
import fundsSourceChart from '../../src/charts/funds-source';
import fundsUseChart from '../../src/charts/funds-use';
import { validateDataset } from '../../src/data/validateDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import { fundsBySource, fundsByUse } from '../../src/model/funds';
import { testContext, testModel } from '../helpers/dataset';
import {
  drawnBars,
  drawnFigures,
  drawnIdsAndValues,
  tableIdsAndValues,
  tooltipOf,
} from '../helpers/drawnBars';

const HEADER =
  'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';

interface Row {
  id: string;
  period?: string;
  type?: string;
  use?: string;
  label?: string;
  measure?: string;
  value: string;
  qualifier?: string;
  unit?: string;
  region?: string;
}
const csv = (rows: Row[]) =>
  [
    HEADER,
    ...rows.map(
      (r) =>
        `${r.id},${r.region ?? '421202'},${r.period ?? '2016'},${r.type ?? 'central_provincial'},${r.use ?? ''},"${r.label ?? '专项扶贫资金'}",,${r.measure ?? 'actual'},${r.value},${r.qualifier ?? 'exact'},,${r.unit ?? 'yuan'},doc.txt,"quote ${r.id}",,`,
    ),
  ].join('\n');

const build = (def: ChartDefinition, rows: Row[], lang: 'zh' | 'en' = 'zh') =>
  def.build(testModel({ 'funds.csv': csv(rows) }), testContext({ lang }));

describe('fundsBySource', () => {
  it('keeps a multi-year period as one category and credit in its own panel', () => {
    const model = testModel({
      'funds.csv': csv([
        { id: 'a', period: '2016', value: '100' },
        { id: 'b', period: '2016-2020', value: '500' },
        { id: 'c', period: '2016', type: 'credit', value: '900' },
      ]),
    });
    const { budget, credit } = fundsBySource(model.facts('421202').funds);
    expect(budget.periods).toEqual([
      { start: 2016, end: 2016 },
      { start: 2016, end: 2020 },
    ]);
    expect(budget.series.flatMap((s) => s.rows.map((r) => r.id))).toEqual(['a', 'b']);
    expect(credit.series.flatMap((s) => s.rows.map((r) => r.id))).toEqual(['c']);
  });

  it('splits a source type by printed label only when two rows share a period', () => {
    const model = testModel({
      'funds.csv': csv([
        { id: 'a', type: 'other', label: '社会捐赠', value: '1' },
        { id: 'b', type: 'other', label: '企业帮扶', value: '2' },
        { id: 'c', type: 'county_budget', label: '县级A', period: '2015', value: '3' },
        { id: 'd', type: 'county_budget', label: '县级B', period: '2016', value: '4' },
      ]),
    });
    const { budget } = fundsBySource(model.facts('421202').funds);
    const other = budget.series.filter((s) => s.sourceType === 'other');
    expect(other.map((s) => s.labelRow?.labelZh)).toEqual(['社会捐赠', '企业帮扶']);
    const county = budget.series.filter((s) => s.sourceType === 'county_budget');
    expect(county).toHaveLength(1);
    expect(county[0]!.labelRow).toBeNull();
  });
});

describe('funds-source chart', () => {
  it('returns no option when the region has no fund rows', () => {
    const built = build(fundsSourceChart, []);
    expect(built.option).toBeNull();
    expect(built.table.rows).toEqual([]);
  });

  it('keeps qualifiers in labels and shows amounts in 万/亿 or M with the unit on the axis', () => {
    const rows = [
      { id: 'a', value: '120000000', qualifier: 'at_least' },
      { id: 'b', type: 'county_budget', value: '48000000', qualifier: 'approx' },
    ];
    const zh = build(fundsSourceChart, rows);
    const texts = drawnBars(zh).map((d) => d.text);
    expect(texts).toContain('约4800万元');
    expect(texts.find((t) => t.includes('1.2亿'))).toMatch(/以上/);
    const axis = (
      zh.option as {
        yAxis: Array<{ name: string; axisLabel: { formatter: (v: number) => string } }>;
      }
    ).yAxis[0]!;
    expect(axis.name).toBe('元');
    expect(axis.axisLabel.formatter(150000000)).toBe('1.5亿');
    const en = build(fundsSourceChart, rows, 'en');
    expect(drawnBars(en).map((d) => d.text)).toContain('about ¥48M');
    expect(zh.table.rows.find((r) => r.id === 'b')!.shown).toBe('约4800万元');
  });

  it('draws credit in its own grid and series, never with budget funds', () => {
    const built = build(fundsSourceChart, [
      { id: 'a', value: '100000000' },
      { id: 'a17', period: '2017', value: '200000000' },
      { id: 'loan', type: 'credit', value: '500000000' },
      { id: 'loan17', period: '2017', type: 'credit', value: '600000000' },
    ]);
    const items = drawnBars(built);
    const loan = items.find((d) => d.rowId === 'loan')!;
    const grant = items.find((d) => d.rowId === 'a')!;
    expect(loan.grid).not.toBe(grant.grid);
    expect(items.filter((d) => d.grid === loan.grid).map((d) => d.rowId)).toEqual([
      'loan',
      'loan17',
    ]);
    expect(built.description).toMatch(/信贷.*单独列示/);
    expect(JSON.stringify((built.option as { graphic: unknown[] }).graphic)).toContain('扶贫信贷');
  });

  it('draws planned amounts hollow and says "planned" in their label', () => {
    const built = build(fundsSourceChart, [
      { id: 'a', value: '100' },
      { id: 'p', measure: 'planned', value: '200' },
    ]);
    const p = drawnBars(built).find((d) => d.rowId === 'p')!;
    expect(p.seriesStyle.color).toBe('transparent');
    expect(p.text).toMatch(/^计划/);
    expect(p.series).toMatch(/计划/);
  });

  it('escapes hostile labels in tooltips', () => {
    const built = build(fundsSourceChart, [
      { id: 'x', label: '<img src=x onerror=alert(1)>', value: '5' },
      { id: 'y', period: '2017', value: '6' },
    ]);
    const html = tooltipOf(
      built,
      drawnBars(built).find((d) => d.rowId === 'x')!,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('lists exactly the drawn numbers in its table, with sources', () => {
    const built = build(fundsSourceChart, [
      { id: 'a', value: '100' },
      { id: 'b', period: '2016-2020', value: '200' },
      { id: 'c', type: 'credit', value: '300' },
      { id: 'u', unit: 'yuan_per_household', value: '6000' },
    ]);
    expect(tableIdsAndValues(built)).toEqual(drawnIdsAndValues(built));
    expect(tableIdsAndValues(built).map(([id]) => id)).toEqual(['a', 'b', 'c']);
    expect(built.table.rows[0]).toMatchObject({ source: 'quote a', source_file: 'doc.txt' });
  });
});

describe('funds-use chart', () => {
  it('returns no option when no row has a use or a per-household amount', () => {
    expect(build(fundsUseChart, [{ id: 'a', value: '100' }]).option).toBeNull();
  });

  it('puts per-household and per-person amounts on their own axes, apart from yuan', () => {
    const built = build(fundsUseChart, [
      { id: 'fund', use: 'industry', value: '12000000' },
      { id: 'fund2', use: 'housing', value: '8000000' },
      { id: 'hh', use: 'industry', unit: 'yuan_per_household', value: '6000' },
      { id: 'hh2', use: 'housing', unit: 'yuan_per_household', value: '20000' },
      { id: 'pp', unit: 'yuan_per_person', value: '300' },
      { id: 'pp2', use: 'education', unit: 'yuan_per_person', value: '500' },
    ]);
    const items = drawnBars(built);
    const gridOf = (id: string) => items.find((d) => d.rowId === id)!.grid;
    expect(new Set([gridOf('fund'), gridOf('hh'), gridOf('pp')]).size).toBe(3);
    const axes = (built.option as { xAxis: Array<{ name: string }> }).xAxis;
    expect(axes[gridOf('hh')]!.name).toBe('元/户');
    expect(axes[gridOf('pp')]!.name).toBe('元/人');
    expect(items.find((d) => d.rowId === 'hh')!.text).toBe('6000元/户');
    expect(built.description).toContain('户均标准');
    expect(tableIdsAndValues(built)).toEqual(drawnIdsAndValues(built));
  });

  it('groups amounts by use and escapes hostile labels', () => {
    const built = build(fundsUseChart, [
      { id: 'h', use: 'housing', value: '1', label: '<script>x</script>' },
      { id: 'i', use: 'industry', value: '2' },
    ]);
    expect(drawnBars(built).map((d) => d.rowId)).toEqual(['i', 'h']);
    const html = tooltipOf(
      built,
      drawnBars(built).find((d) => d.rowId === 'h')!,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('用途：住房');
  });

  it('orders rows by use in the model', () => {
    const model = testModel({
      'funds.csv': csv([
        { id: 'x', use: 'zzz_custom', value: '1' },
        { id: 'e', use: 'education', value: '1' },
        { id: 'i', use: 'industry', value: '1' },
      ]),
    });
    expect(fundsByUse(model.facts('421202').funds).byUse.map((r) => r.id)).toEqual(['i', 'e', 'x']);
  });
});

describe('aid given to other regions and rates per item', () => {
  const HEADER_RECIPIENT =
    'id,region_code,period,source_type,use,recipient,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
  const rows = [
    HEADER_RECIPIENT,
    'own,421202,2016,city_budget,,,市级财政,,actual,1000,exact,,yuan,doc.txt,q,,',
    'aid,421202,2016,pairing_aid,,保靖县,援助保靖县,,actual,600,exact,,yuan,doc.txt,q,,',
    'aidUse,421202,2015,pairing_aid,health,保靖县,援建医院,,actual,50,exact,,yuan,doc.txt,q,,',
    'rate,421202,2016,other,industry,,每建一个大棚补贴,,actual,25000,exact,,yuan_per_unit,doc.txt,q,,',
  ].join('\n');
  const model = testModel({ 'funds.csv': rows });
  const funds = model.facts('421202').funds;

  it("never counts outbound aid or a rate among the giver's funds or its yearly total", () => {
    const { budget, credit, outbound } = fundsBySource(funds);
    const ids = (p: typeof budget) => p.series.flatMap((s) => s.rows.map((r) => r.id));
    expect(ids(budget)).toEqual(['own']);
    expect(ids(credit)).toEqual([]);
    expect(ids(outbound).sort()).toEqual(['aid', 'aidUse']);
    expect(model.metric('funds', '421202', 2016)).toMatchObject({ value: 1000, derivation: null });
    expect(fundsByUse(funds).byUse.map((r) => r.id)).toEqual([]);
  });

  it('draws outbound aid in its own named panel, with the recipient in tooltip and table', () => {
    const built = fundsSourceChart.build(model, testContext({ lang: 'en' }));
    const bars = drawnBars(built);
    // The region's own funds, one number, are a figure: the aid bars are in a panel apart.
    expect(drawnFigures(built).map((f) => f.rowId)).toEqual(['own']);
    expect(bars.map((b) => b.rowId).sort()).toEqual(['aid', 'aidUse']);
    const aid = bars.find((b) => b.rowId === 'aid')!;
    expect(aid.series).toBe('Aid given to other regions');
    expect(tooltipOf(built, aid)).toContain('Recipient: 保靖县');
    const cell = built.table.rows.find((r) => r.id === 'aid')!.source_type;
    expect(cell).toBe('Aid given to other regions; Recipient: 保靖县');
    expect(bars.some((b) => b.rowId === 'rate')).toBe(false);
  });

  it('shows a rate per item as a rate, apart from amounts, never added up', () => {
    const { perUnit, perHousehold } = fundsByUse(funds);
    expect(perUnit.map((r) => r.id)).toEqual(['rate']);
    expect(perHousehold).toEqual([]);
    const built = fundsUseChart.build(model, testContext());
    const rate = drawnFigures(built).find((b) => b.rowId === 'rate')!;
    expect(rate.text).toBe('2.5万元/个');
  });
});

describe('conflicting fund figures', () => {
  it('never adds two readings of one amount: the bundled national funds count 667亿 in 2016', async () => {
    const read = (f: string) => readFile(`public/data/${f}`, 'utf8');
    const files = Object.fromEntries(
      await Promise.all(
        ['manifest.json', 'regions.csv', 'funds.csv'].map(async (f) => [f, await read(f)] as const),
      ),
    );
    const model = new DashboardModel(validateDataset(files));
    const y2016 = model.facts('000000').funds.filter((f) => f.period.start === 2016);
    // Both readings stay in the data, each flagged, for the table and the chart to show.
    expect(y2016.map((f) => [f.value, f.qualityFlag])).toEqual([
      [66700000000, 'inconsistent'],
      [66095000000, 'derived'],
    ]);
    const sum = model.metric('funds', '000000', 2016)!;
    expect(sum.value).toBe(66700000000);
    expect(sum.sources.map((s) => s.id)).toEqual(['n-fund-003']);
    expect(model.metric('funds', '000000', 2017)!.value).toBe(86095000000);
  });

  it('still adds parts of one source type when none is flagged inconsistent', () => {
    const m = testModel({
      'funds.csv': [
        HEADER,
        'a,421202,2016,social,,企业捐赠,,actual,100,exact,,yuan,doc.txt,q,,',
        'b,421202,2016,social,,个人捐赠,,actual,50,exact,,yuan,doc.txt,q,,',
      ].join('\n'),
    });
    expect(m.metric('funds', '421202', 2016)!.value).toBe(150);
  });
});
