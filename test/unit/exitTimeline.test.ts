import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildExitTimeline } from '../../src/charts/exit-timeline/exitTimelineOption';
import { exitTimeline } from '../../src/model/exitTimeline';
import { villagesByTownship } from '../../src/model/villageList';
import { VillageList } from '../../src/modes/dashboard/views/VillageList';
import { testContext, testModel, TEST_REGIONS } from '../helpers/dataset';

const EXITS =
  'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note';
const IND =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const MS =
  'id,region_code,date,kind,title_zh,title_en,source_file,source_quote,quality_flag,quality_note';
const HOSTILE = '<img src=x onerror=alert(1)>';

interface Exit {
  id: string;
  village?: string;
  planned?: number;
  actual?: string;
  status?: 'planned' | 'exited' | 'unknown';
  flag?: string;
  quote?: string;
  township?: string;
}
const exit = (e: Exit) =>
  [
    e.id,
    e.village ?? '421202102238',
    e.township ?? '',
    '421202',
    e.planned ?? '',
    e.actual ?? '',
    e.status ?? 'planned',
    'doc.txt',
    `"${e.quote ?? `quote ${e.id}`}"`,
    e.flag ?? '',
    e.flag ? 'note' : '',
  ].join(',');
const exits = (...rows: Exit[]) => ({ 'village_exits.csv': [EXITS, ...rows.map(exit)].join('\n') });

interface Ind {
  id: string;
  indicator?: string;
  measure?: 'actual' | 'target';
  period: string;
  value: number;
  qualifier?: string;
  region?: string;
  deadline?: string;
  quote?: string;
  flag?: string;
}
const ind = (r: Ind) =>
  [
    r.id,
    r.region ?? '421202',
    r.indicator ?? 'villages_exited',
    '',
    'label',
    '',
    r.measure ?? 'target',
    r.period,
    r.deadline ?? '',
    r.value,
    r.qualifier ?? 'exact',
    '',
    'villages',
    'doc.txt',
    `"${r.quote ?? `quote ${r.id}`}"`,
    r.flag ?? '',
    r.flag ? 'note' : '',
  ].join(',');
const indicators = (...rows: Ind[]) => ({ 'indicators.csv': [IND, ...rows.map(ind)].join('\n') });
const milestones = (...rows: string[]) => ({ 'milestones.csv': [MS, ...rows].join('\n') });

type Series = {
  name: string;
  type: string;
  data: Array<number | null>;
  yAxisIndex?: number;
  itemStyle: Record<string, unknown>;
  markLine?: { data: Array<{ xAxis: string }> };
};
type Option = {
  series: Series[];
  xAxis: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
};

function built(files: Record<string, string>, code = '421202', lang: 'zh' | 'en' = 'zh') {
  const b = buildExitTimeline(testModel(files), testContext({ region: code, lang }));
  return { ...b, opt: b.option as unknown as Option | null };
}

describe('exitTimeline model', () => {
  const schedule = exits(
    { id: 'a', planned: 2016 },
    { id: 'b', village: '421202102239', planned: 2018 },
  );

  it('counts planned exits per year from the village schedule, with null (not 0) for a year without any', () => {
    const t = exitTimeline(testModel(schedule), '421202')!;
    expect(t.years).toEqual([2016, 2017, 2018]);
    expect(t.planned!.source).toBe('schedule');
    expect(t.planned!.byYear.map((f) => f?.value ?? null)).toEqual([1, null, 1]);
    expect(t.actual).toBeNull();
    expect(t.total).toMatchObject({ value: 2, basis: 'schedule' });
    expect(t.deadline).toMatchObject({ year: 2018, basis: 'plan' });
  });

  it('shows one county’s list at the prefecture as a part that names it, with no share or plan deadline', () => {
    const t = exitTimeline(testModel(schedule), '421200')!;
    expect(t.coverage).toMatchObject({
      kind: 'part',
      contributors: [{ code: '421202' }],
      childrenWithData: 1,
      children: 2,
    });
    // The county's plan is not the prefecture's: the deadline is the national one.
    expect(t.deadline.basis).toBe('national');
    expect(t.total).toBeNull();
    expect(t.planned!.byYear.map((f) => f?.value ?? null)).toEqual([1, null, 1, null, null]);
    expect(t.planned!.byYear[0]!.rows.map((r) => r.id)).toEqual(['a']);
    expect(t.rows.map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('adds the lists up to the prefecture’s total when every county has one', () => {
    const both = exits(
      { id: 'a', planned: 2016 },
      { id: 'b', village: '421223100200', planned: 2018 },
    );
    const regions =
      TEST_REGIONS +
      '421223100,stats,某镇,,township,421223,,,x\n421223100200,stats,某村,,village,421223100,,,x\n';
    const files = {
      ...both,
      'regions.csv': regions,
      'village_exits.csv': both['village_exits.csv'].replace(/421202(,2018)/, '421223$1'),
    };
    const t = exitTimeline(testModel(files), '421200')!;
    expect(t.coverage).toEqual({ kind: 'sum', children: 2 });
    expect(t.total).toMatchObject({ value: 2, basis: 'schedule' });
    expect(t.deadline).toMatchObject({ year: 2018, basis: 'plan' });
  });

  it('names every flagged village and each document once, not every village of a large schedule', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: `v${i}`,
      planned: 2016 + (i % 3),
      flag: i === 150 ? 'doubtful' : undefined,
    }));
    const t = exitTimeline(testModel(exits(...many)), '421202')!;
    expect(t.total).toMatchObject({ value: 200, basis: 'schedule' });
    const ids = t.rows.map((r) => r.id);
    expect(ids).toContain('v150');
    expect(ids.length).toBeLessThan(10);
    expect(new Set(t.rows.map((r) => r.sourceFile))).toEqual(new Set(['doc.txt']));
  });

  it('places actual exits on the year of their date and counts undated exits apart', () => {
    const t = exitTimeline(
      testModel(
        exits(
          { id: 'a', planned: 2016, actual: '2017-06', status: 'exited' },
          { id: 'b', village: '421202102239', status: 'exited' },
        ),
      ),
      '421202',
    )!;
    expect(t.actual!.source).toBe('schedule');
    expect(t.years.map((y, i) => [y, t.actual!.byYear[i]?.value ?? null])).toContainEqual([
      2017, 1,
    ]);
    expect(t.exitedUndated).toBe(1);
  });

  it('falls back to villages_exited indicators and to the latest poor_villages count as total', () => {
    const t = exitTimeline(
      testModel(
        indicators(
          { id: 't16', period: '2016', value: 20 },
          { id: 't17', period: '2017', value: 23 },
          { id: 'pv', indicator: 'poor_villages', measure: 'actual', period: '2016', value: 54 },
          { id: 'span', period: '2016-2017', value: 43 },
        ),
      ),
      '421202',
    )!;
    expect(t.planned!.source).toBe('indicators');
    expect(t.total).toMatchObject({ value: 54, basis: 'poor_villages' });
    // 43 of 54: the plan does not cover every village, so its last year is no deadline.
    expect(t.deadline).toMatchObject({ year: 2020, basis: 'national' });
    expect(t.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(t.planned!.byYear.map((f) => f?.value ?? null)).toEqual([20, 23, null, null, null]);
    expect(t.planned!.cumulative.map((c) => c?.value ?? null)).toEqual([20, 43, null, null, null]);
  });

  it('takes the deadline from a due date, then from a deadline milestone about poor villages', () => {
    const withDue = exitTimeline(
      testModel(
        indicators(
          { id: 't', period: '2016', value: 5, deadline: '2019-12-31' },
          { id: 'pv', indicator: 'poor_villages', measure: 'actual', period: '2015', value: 9 },
        ),
      ),
      '421202',
    )!;
    expect(withDue.deadline).toMatchObject({ year: 2019, basis: 'target' });

    const withMilestone = exitTimeline(
      testModel({
        ...indicators(
          { id: 't', period: '2016', value: 5 },
          { id: 'pv', indicator: 'poor_villages', measure: 'actual', period: '2015', value: 9 },
        ),
        ...milestones(
          'm1,421202,2018,deadline,贫困村全部出列,,doc.txt,q,,',
          'm2,421202,2020,deadline,村庄全域绿化,,doc.txt,q,,',
        ),
      }),
      '421202',
    )!;
    expect(withMilestone.deadline).toMatchObject({ year: 2018, basis: 'milestone' });
    expect(withMilestone.rows.map((r) => r.id)).toContain('m1');
  });

  it('marks a running total with a missing year as a lower bound', () => {
    const t = exitTimeline(
      testModel(
        indicators(
          { id: 'a', measure: 'actual', period: '2016', value: 3 },
          { id: 'b', measure: 'actual', period: '2018', value: 4, qualifier: 'more_than' },
        ),
      ),
      '421202',
    )!;
    expect(t.actual!.cumulative.slice(0, 3)).toEqual([
      { value: 3, qualifier: 'exact' },
      { value: 3, qualifier: 'at_least' },
      { value: 7, qualifier: 'at_least' },
    ]);
  });

  it('uses the region’s own poor-village count when the schedule lists fewer villages', () => {
    const files = {
      ...exits({ id: 'a', planned: 2016 }),
      ...indicators({
        id: 'pv',
        region: '421200',
        indicator: 'poor_villages',
        measure: 'actual',
        period: '2014',
        value: 192,
      }),
    };
    const t = exitTimeline(testModel(files), '421200')!;
    // 1 village of one county's list is never divided by the prefecture's 192.
    expect(t.coverage.kind).toBe('part');
    expect(t.total).toBeNull();
    expect(t.scheduled).toBe(1);
    expect(t.deadline.basis).toBe('national');
  });

  it('takes an exit count over the whole campaign as total, never one year’s count', () => {
    const campaign = indicators(
      { id: 'y', measure: 'actual', period: '2016', value: 23 },
      { id: 'all', region: '000000', measure: 'actual', period: '2013-2020', value: 128000 },
    );
    expect(exitTimeline(testModel(campaign), '421202')!.total).toBeNull();
    const national = exitTimeline(
      testModel({ ...campaign, ...exits({ id: 'a', planned: 2016 }) }),
      '000000',
    )!;
    expect(national.total).toMatchObject({ value: 128000, basis: 'villages_exited' });
    // The nation's own count is drawn; the county's list is named as an undrawn part.
    expect(national.years).toEqual([]);
    expect(national.spans.map((s) => s.row.value)).toEqual([128000]);
    expect(national.planned).toBeNull();
    expect(national.undrawnParts).toMatchObject({
      kind: 'part',
      contributors: [{ code: '421202' }],
    });
  });

  it('is null when the region has no exit figure at all', () => {
    expect(
      exitTimeline(
        testModel(
          indicators({
            id: 'pv',
            indicator: 'poor_villages',
            measure: 'actual',
            period: '2016',
            value: 9,
          }),
        ),
        '421202',
      ),
    ).toBeNull();
  });
});

describe('exit-timeline chart', () => {
  it('draws planned bars, a cumulative share line and a deadline mark, and the table holds exactly those numbers', () => {
    const { opt, table, sourceFiles } = built(
      exits({ id: 'a', planned: 2016 }, { id: 'b', village: '421202102239', planned: 2018 }),
    );
    expect(opt).not.toBeNull();
    expect(opt!.xAxis.data).toEqual(['2016', '2017', '2018']);
    const [bars, line] = opt!.series;
    expect(bars!.type).toBe('bar');
    expect(bars!.data).toEqual([1, null, 1]);
    expect(line!.type).toBe('line');
    expect(line!.yAxisIndex).toBe(1);
    expect(line!.data).toEqual([50, 50, 100]);
    expect(bars!.markLine!.data).toEqual([{ xAxis: '2018' }]);

    const drawn = opt!.series.flatMap((s) => s.data.filter((v) => v !== null));
    expect(table.rows.map((r) => r.value).sort()).toEqual([...drawn].sort());
    for (const r of table.rows) {
      expect(r.source).toBeTruthy();
      expect(r.source_file).toBe('doc.txt');
    }
    expect(sourceFiles).toEqual(['doc.txt']);
  });

  it('tells planned from actual by pattern as well as colour', () => {
    const { opt } = built(
      indicators(
        { id: 'p', period: '2016', value: 5 },
        { id: 'a', measure: 'actual', period: '2016', value: 4 },
      ),
    );
    const [planned, actual] = opt!.series;
    expect(planned!.name).toBe('计划出列');
    expect(actual!.name).toBe('实际出列');
    expect(planned!.itemStyle.decal).toBeTruthy();
    expect(actual!.itemStyle.decal).toBeUndefined();
    expect(planned!.itemStyle.borderColor).not.toBe(actual!.itemStyle.color);
  });

  it('keeps qualifiers and flags in the table and tooltip', () => {
    const { opt, table, flags } = built(
      indicators({ id: 'p', period: '2016', value: 20, qualifier: 'approx', flag: 'doubtful' }),
    );
    const row = table.rows.find((r) => r.series === '计划出列（统计数字）')!;
    expect(row.shown).toBe('约20个村');
    expect(row.flag).toContain('存疑');
    expect(flags.map((f) => f.id)).toEqual(['p']);
    const tip = opt!.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).toContain('约20个村');
    expect(tip).toContain('存疑');
  });

  it('escapes hostile source text in the tooltip', () => {
    const { opt } = built(exits({ id: 'a', planned: 2016, quote: HOSTILE }));
    const tip = opt!.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says "no data" instead of drawing zeros', () => {
    const b = built(
      indicators({
        id: 'pv',
        indicator: 'poor_villages',
        measure: 'actual',
        period: '2016',
        value: 9,
      }),
    );
    expect(b.option).toBeNull();
    expect(b.table.rows).toEqual([]);
    expect(b.description).toContain('无贫困村出列数据');
    const en = built({}, '421202', 'en');
    expect(en.description).toBe("No village-exit figures for Xian'an District.");
  });

  it('describes the figures and the deadline basis in English', () => {
    const { description } = built(
      indicators(
        { id: 'a', measure: 'actual', period: '2016', value: 23 },
        { id: 'pv', indicator: 'poor_villages', measure: 'actual', period: '2016', value: 319 },
      ),
      '421202',
      'en',
    );
    expect(description).toContain('Actual exits (reported figures): 2016: 23 villages.');
    expect(description).toContain('319 villages in total');
    expect(description).toContain('Deadline: 2020 (national target)');
  });
});

describe('villagesByTownship', () => {
  const files = exits(
    { id: 'b', village: '421202102239', planned: 2017, flag: 'unmatched' },
    { id: 'a', planned: 2016, actual: '2016-11', status: 'exited' },
  );

  it('groups the villages of a county by township, with names, dates, flags and quotes', () => {
    const g = villagesByTownship(testModel(files), '421202');
    expect(g).toMatchObject({ total: 2, shown: 2 });
    expect(g.groups).toHaveLength(1);
    expect(g.groups[0]!.township).toBe('桂花镇');
    expect(
      g.groups[0]!.villages.map((v) => [
        v.name,
        v.plannedYear,
        v.actualDate?.iso ?? null,
        v.status,
        v.flag,
        v.quote,
      ]),
    ).toEqual([
      ['河背村', 2016, '2016-11', 'exited', null, 'quote a'],
      ['刘家桥村', 2017, null, 'planned', 'unmatched', 'quote b'],
    ]);
  });

  it('lists the villages of a higher region or a township, and stops at the limit', () => {
    const model = testModel(files);
    expect(villagesByTownship(model, '000000').shown).toBe(2);
    expect(villagesByTownship(model, '421202102').shown).toBe(2);
    expect(villagesByTownship(model, '421223').total).toBe(0);
    expect(villagesByTownship(model, '421200', 1)).toMatchObject({ total: 2, shown: 1 });
  });

  it('lists all of a county but only the first hundred above it', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ id: `v${i}`, planned: 2016 }));
    const model = testModel(exits(...many));
    expect(villagesByTownship(model, '421202')).toMatchObject({ total: 150, shown: 150 });
    expect(villagesByTownship(model, '421200')).toMatchObject({ total: 150, shown: 100 });
  });

  it('renders names as text with an unmatched-code badge', () => {
    const regions = TEST_REGIONS.replace('河背村', '"<img src=x onerror=alert(1)>"');
    const model = testModel({ 'regions.csv': regions, ...files });
    const html = renderToStaticMarkup(
      createElement(VillageList, {
        groups: villagesByTownship(model, '421202'),
        lang: 'zh',
        manifest: model.manifest,
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('⚠ 未匹配代码');
    expect(html).toContain('<caption>');
    // Each village's source by its document's title, not its file name.
    expect(html).toContain('>《t》</span>');
    expect(html).not.toContain('doc.txt');
  });
});
