import { describe, expect, it } from 'vitest';
import infrastructureChart from '../../src/charts/infrastructure';
import {
  childComparisons,
  infrastructureByUnit,
} from '../../src/charts/infrastructure/infrastructureModel';
import { testContext, testModel } from '../helpers/dataset';
import {
  drawnBars,
  drawnFigures,
  drawnIdsAndValues,
  tableIdsAndValues,
  tooltipOf,
} from '../helpers/drawnBars';

const HEADER =
  'id,region_code,period,category,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';

interface Row {
  id: string;
  region?: string;
  period?: string;
  category: string;
  label?: string;
  measure?: string;
  value: string;
  qualifier?: string;
  unit: string;
  flag?: string;
}
const csv = (rows: Row[]) =>
  [
    HEADER,
    ...rows.map(
      (r) =>
        `${r.id},${r.region ?? '421202'},${r.period ?? '2016'},${r.category},"${r.label ?? r.category}",,${r.measure ?? 'actual'},${r.value},${r.qualifier ?? 'exact'},,${r.unit},doc.txt,"quote ${r.id}",${r.flag ?? ''},${r.flag ? 'implausible' : ''}`,
    ),
  ].join('\n');

const model = (rows: Row[]) => testModel({ 'infrastructure.csv': csv(rows) });
const build = (rows: Row[], region = '421202') =>
  infrastructureChart.build(model(rows), testContext({ region }));

const ROWS: Row[] = [
  { id: 'roads', category: 'roads', label: '农村公路', value: '575', unit: 'km' },
  {
    id: 'roads-t',
    category: 'roads',
    label: '农村公路',
    measure: 'target',
    value: '600',
    unit: 'km',
  },
  { id: 'bridges', category: 'bridges', label: '桥梁', value: '33', unit: 'count' },
  { id: 'schools', category: 'schools', label: '学校', value: '12', unit: 'count' },
  {
    id: 'houses',
    category: 'rebuilt_houses',
    label: '危房改造',
    value: '1200',
    qualifier: 'more_than',
    unit: 'households',
  },
  {
    id: 'moved',
    category: 'relocated_households',
    label: '易地搬迁',
    value: '800',
    unit: 'households',
  },
];

describe('infrastructureByUnit', () => {
  it('groups rows by unit and pairs target with actual', () => {
    const groups = infrastructureByUnit(model(ROWS).facts('421202').infrastructure);
    expect(groups.map((g) => g.unit)).toEqual(['households', 'count', 'km']);
    const roads = groups.find((g) => g.unit === 'km')!.slots;
    expect(roads).toHaveLength(1);
    expect(roads[0]!.actual?.id).toBe('roads');
    expect(roads[0]!.target?.id).toBe('roads-t');
  });
});

describe('infrastructure chart', () => {
  it('returns no option without rows here or below', () => {
    const built = build([]);
    expect(built.option).toBeNull();
    expect(built.table.rows).toEqual([]);
  });

  it('never puts two units on one value axis', () => {
    const built = build(ROWS);
    const items = drawnBars(built);
    const unitOf = new Map(built.table.rows.map((r) => [r.id, r.unit]));
    const grids = new Map<number, Set<unknown>>();
    for (const d of items)
      grids.set(d.grid, (grids.get(d.grid) ?? new Set()).add(unitOf.get(d.rowId)));
    expect(grids.size).toBe(3);
    for (const units of grids.values()) expect(units.size).toBe(1);
    const axes = (built.option as { xAxis: Array<{ name: string }> }).xAxis;
    expect(axes.map((a) => a.name).sort()).toEqual(['个', '公里', '户']);
  });

  it('labels values with unit and qualifier, and draws target beside actual', () => {
    const items = drawnBars(build(ROWS));
    expect(items.find((d) => d.rowId === 'roads')!.text).toBe('575公里');
    expect(items.find((d) => d.rowId === 'houses')!.text).toBe('1200余户');
    const actual = items.find((d) => d.rowId === 'roads')!;
    const target = items.find((d) => d.rowId === 'roads-t')!;
    expect(target.category).toBe(actual.category);
    expect(target.grid).toBe(actual.grid);
    expect([actual.series, target.series]).toEqual(['实际', '目标']);
  });

  it('marks a flagged row in its label and its table row', () => {
    const built = build(
      [
        {
          id: 'x',
          region: '421200',
          category: 'roads',
          value: '1570000',
          unit: 'km',
          flag: 'doubtful',
        },
      ],
      '421200',
    );
    expect(drawnFigures(built).map((f) => f.text)).toEqual(['157万公里 ⚠ 存疑']);
    expect(built.table.rows[0]!.flag).toMatch(/^⚠ 存疑/);
    expect(built.flags).toEqual([expect.objectContaining({ id: 'x', flag: 'doubtful' })]);
  });

  it('compares children only on categories whose key and unit match in two of them', () => {
    const rows: Row[] = [
      { id: 'a-roads', region: '421202', category: 'roads', value: '575', unit: 'km' },
      { id: 'b-roads', region: '421223', category: 'roads', value: '300', unit: 'km' },
      { id: 'a-bridges', region: '421202', category: 'bridges', value: '33', unit: 'count' },
      { id: 'b-bridges', region: '421223', category: 'bridges', value: '2', unit: 'km' },
    ];
    const { comparisons } = childComparisons(model(rows), '421200');
    expect(comparisons.map((c) => [c.category, c.unit, c.entries.map((e) => e.row.id)])).toEqual([
      ['roads', 'km', ['a-roads', 'b-roads']],
    ]);
    const built = build(rows, '421200');
    expect(drawnBars(built).map((d) => d.category)).toEqual(['咸安区\n2016年', '崇阳县\n2016年']);
    expect(built.table.rows.map((r) => r.region)).toEqual(['咸安区', '崇阳县']);
  });

  it('leaves out a child with several rows for one key in its latest period', () => {
    const rows: Row[] = [
      { id: 'a-potato', region: '421202', category: 'planting', value: '1000', unit: 'hectare' },
      { id: 'a-herbs', region: '421202', category: 'planting', value: '80', unit: 'hectare' },
      { id: 'b-tea', region: '421223', category: 'planting', value: '280', unit: 'hectare' },
      { id: 'b-old', region: '421223', category: 'roads', period: '2015', value: '1', unit: 'km' },
      { id: 'b-new', region: '421223', category: 'roads', period: '2016', value: '2', unit: 'km' },
      {
        id: 'a-roads',
        region: '421202',
        category: 'roads',
        period: '2016',
        value: '3',
        unit: 'km',
      },
    ];
    const { comparisons } = childComparisons(model(rows), '421200');
    expect(comparisons.map((c) => c.entries.map((e) => e.row.id))).toEqual([['a-roads', 'b-new']]);
  });

  it('says why children are not compared when their units differ', () => {
    const built = build(
      [
        { id: 'a', region: '421202', category: 'roads', value: '575', unit: 'km' },
        { id: 'b', region: '421223', category: 'roads', value: '12', unit: 'count' },
        { id: 'own', region: '421200', category: 'roads', value: '900', unit: 'km' },
      ],
      '421200',
    );
    expect(drawnBars(built)).toEqual([]);
    expect(drawnFigures(built).map((d) => d.rowId)).toEqual(['own']);
    expect(built.description).toContain('类别或单位互不一致');
  });

  it('escapes hostile labels in tooltips', () => {
    const built = build([
      { id: 'x', category: 'roads', label: '<img src=x onerror=alert(1)>', value: '5', unit: 'km' },
      { id: 'y', category: 'roads', period: '2017', value: '6', unit: 'km' },
    ]);
    const html = tooltipOf(
      built,
      drawnBars(built).find((d) => d.rowId === 'x')!,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('lists exactly the drawn numbers in its table', () => {
    const built = build(ROWS);
    expect(tableIdsAndValues(built)).toEqual(drawnIdsAndValues(built));
    expect(tableIdsAndValues(built)).toHaveLength(ROWS.length);
    expect(
      built.table.rows.every(
        (r) => r.source_file === 'doc.txt' && String(r.source).startsWith('quote'),
      ),
    ).toBe(true);
  });
});
