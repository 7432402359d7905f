import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTargets, PERCENT_CAP } from '../../src/charts/targets/targetsOption';
import { regionTargets, sumAmounts, type TargetProgress } from '../../src/model/targets';
import { TEST_MANIFEST, testContext, testModel } from '../helpers/dataset';

const IND =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const FUND =
  'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const INFRA =
  'id,region_code,period,category,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const EXITS =
  'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note';

interface Ind {
  id: string;
  indicator?: string;
  category?: string;
  label?: string;
  measure?: 'actual' | 'target';
  period: string;
  deadline?: string;
  value: number;
  qualifier?: string;
  unit?: string;
  region?: string;
  flag?: string;
  quote?: string;
}
const ind = (r: Ind) =>
  [
    r.id,
    r.region ?? '421202',
    r.indicator ?? 'people_lifted',
    r.category ?? '',
    `"${r.label ?? '脱贫人口'}"`,
    '',
    r.measure ?? 'actual',
    r.period,
    r.deadline ?? '',
    r.value,
    r.qualifier ?? 'exact',
    '',
    r.unit ?? 'people',
    'doc.txt',
    r.quote ?? `quote ${r.id}`,
    r.flag ?? '',
    r.flag ? 'note' : '',
  ].join(',');
const indicators = (...rows: Ind[]) => ({ 'indicators.csv': [IND, ...rows.map(ind)].join('\n') });

const ctx = (o = {}) => testContext(o);
const targetsOf = (files: Record<string, string>, code = '421202') =>
  regionTargets(testModel(files), code);
const only = (files: Record<string, string>): TargetProgress => {
  const t = targetsOf(files);
  expect(t).toHaveLength(1);
  return t[0]!;
};

type Series = {
  name: string;
  data: unknown[];
  label: { formatter: (p: { dataIndex: number }) => string };
};
type Option = {
  series: Series[];
  title: Array<{ text: string }>;
  tooltip: { formatter: (p: unknown) => string };
  yAxis: Array<{ data: string[]; axisLabel: { show: boolean } }>;
};
const optionOf = (files: Record<string, string>, o = {}) => {
  const built = buildTargets(testModel(files), ctx(o));
  return { built, option: built.option as unknown as Option };
};
const series = (option: Option, name: string) => option.series.find((s) => s.name === name);
/** A label's text as one line: the chart breaks it to fit (between CJK characters, or at a space). */
const lineAt = (option: Option, i: number): string =>
  option.series[0]!.label.formatter({ dataIndex: i })
    .replace(/(?<=[\u2e80-\uffff])\n|\n(?=[\u2e80-\uffff])/gu, '')
    .replace(/\n/g, ' ');
const percentBars = (option: Option) =>
  series(option, '完成比例') ?? series(option, 'Percent complete');
const barAt = (option: Option, i: number) => {
  const d = percentBars(option)?.data[i];
  return d === undefined || d === '-' ? null : (d as { value: number }).value;
};
const listed = (option: Option) => {
  const list = series(option, 'list');
  return list ? list.data.map((_, i) => list.label.formatter({ dataIndex: i })) : [];
};

describe('regionTargets', () => {
  it('compares a fund target with the actual of the same source, year and unit (岳阳 credit: 103%)', () => {
    const t = only({
      'funds.csv': [
        FUND,
        '1,421202,2016,credit,,扶贫小额信贷,,target,376000000,exact,,yuan,doc.txt,q1,,',
        '2,421202,2016,credit,,扶贫小额信贷,,actual,387000000,exact,,yuan,doc.txt,q2,,',
        '3,421202,2016,social,,社会捐助,,actual,5000000,exact,,yuan,doc.txt,q3,,',
        '4,421202,2016,credit,,扶贫小额信贷,,planned,999000000,exact,,yuan,doc.txt,q4,,',
      ].join('\n'),
    });
    expect(t.actual?.value).toBe(387000000);
    expect(t.percent).toBeCloseTo(102.93, 2);
    expect(t.status).toBe('met');
    expect(t.deadline).toBe('2016-12-31');
    expect(t.daysLeft).toBeLessThan(0);
  });

  it('counts actuals inside a multi-year target and judges them at the date they cover, not as missed', () => {
    const t = only({
      'infrastructure.csv': [
        INFRA,
        'a,421202,2016-2020,relocated_people,易地扶贫搬迁,,target,63746,exact,,people,doc.txt,q,,',
        'b,421202,2016,relocated_people,易地扶贫搬迁,,actual,10494,exact,,people,doc.txt,q,,',
        'c,421202,2015,relocated_people,易地扶贫搬迁,,actual,9999,exact,,people,doc.txt,q,,',
        'd,421202,2017,relocated_people,易地扶贫搬迁,,actual,77,exact,,households,doc.txt,q,,',
      ].join('\n'),
    });
    expect(t.actual?.value).toBe(10494);
    expect(t.percent).toBeCloseTo(16.46, 2);
    expect(t.asOf).toBe('2016-12-31');
    expect(t.deadline).toBe('2020-12-31');
    expect(t.status).toBe('in_progress');
  });

  it('says missed only when the figures reach the deadline', () => {
    const t = only(
      indicators(
        { id: 't', measure: 'target', period: '2016-2017', value: 100 },
        { id: 'a', period: '2016', value: 30 },
        { id: 'b', period: '2017', value: 40 },
      ),
    );
    expect(t.actual?.value).toBe(70);
    expect(t.status).toBe('missed');
  });

  it('keeps indicator+category apart and uses the deadline column', () => {
    const t = only(
      indicators(
        {
          id: 't',
          measure: 'target',
          category: 'cause_illness_disability',
          period: '2019',
          deadline: '2019-06',
          value: 200,
        },
        { id: 'a', category: 'cause_illness_disability', period: '2019', value: 50 },
        { id: 'b', category: '', period: '2019', value: 500 },
      ),
    );
    expect(t.actual?.value).toBe(50);
    expect(t.deadline).toBe('2019-06-30');
  });

  it('meets an "at least" target at exactly the target, but not a "more than" one', () => {
    const atLeast = only(
      indicators(
        { id: 't', measure: 'target', period: '2016', value: 5000, qualifier: 'at_least' },
        { id: 'a', period: '2016', value: 5000 },
      ),
    );
    expect(atLeast.status).toBe('met');
    const moreThan = only(
      indicators(
        { id: 't', measure: 'target', period: '2016', value: 5000, qualifier: 'more_than' },
        { id: 'a', period: '2016', value: 5000 },
      ),
    );
    expect(moreThan.status).toBe('missed');
  });

  it('keeps an actual "more than X" as a lower bound', () => {
    const t = only(
      indicators(
        { id: 't', measure: 'target', period: '2016', value: 1000 },
        { id: 'a', period: '2016', value: 800, qualifier: 'more_than' },
      ),
    );
    expect(t.actual?.qualifier).toBe('more_than');
    expect(t.percentQualifier).toBe('more_than');
  });

  it('gives no progress for a target without actuals: null, not zero', () => {
    const t = only(
      indicators(
        { id: 't', measure: 'target', period: '2020', value: 1000 },
        { id: 'a', period: '2021', value: 900 },
      ),
    );
    expect(t.actual).toBeNull();
    expect(t.percent).toBeNull();
    expect(t.status).toBe('no_data');
  });

  it('does not add up overlapping actual periods twice', () => {
    const t = only(
      indicators(
        { id: 't', measure: 'target', period: '2016-2020', value: 1000 },
        { id: 'a', period: '2016-2018', value: 300 },
        { id: 'b', period: '2017', value: 100 },
        { id: 'c', period: '2019', value: 50 },
      ),
    );
    expect(t.actual?.value).toBe(350);
    expect(t.actualRows.map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('reads a level (incidence) at its latest figure and measures a ceiling from the starting point', () => {
    const row = (o: Partial<Ind> & { id: string; period: string; value: number }): Ind => ({
      indicator: 'poverty_incidence',
      unit: 'percent',
      label: '贫困发生率',
      ...o,
    });
    const t = only(
      indicators(
        row({ id: 't', measure: 'target', period: '2016-2020', value: 2, qualifier: 'less_than' }),
        row({ id: 'base', period: '2015', value: 10 }),
        row({ id: 'a', period: '2017', value: 6 }),
        row({ id: 'b', period: '2018', value: 4 }),
      ),
    );
    expect(t.ceiling).toBe(true);
    expect(t.actual?.value).toBe(4);
    expect(t.baseline?.value).toBe(10);
    expect(t.percent).toBeCloseTo(75, 5);
    expect(t.status).toBe('in_progress');
  });

  it('adds the village schedule as a target: villages planned by the deadline vs exited', () => {
    const t = only({
      'village_exits.csv': [
        EXITS,
        'v1,421202102238,桂花镇,421202,2017,2017-11,exited,doc.txt,q,,',
        'v2,421202102239,桂花镇,421202,2018,,planned,doc.txt,q,,',
      ].join('\n'),
    });
    expect(t.id).toBe('village-schedule');
    expect(t.target.value).toBe(2);
    expect(t.actual?.value).toBe(1);
    expect(t.percent).toBe(50);
    expect(t.deadline).toBe('2018-12-31');
  });

  it('takes the village schedule from the county list for a township, but sets none above the county', () => {
    const model = testModel({
      'village_exits.csv': [
        EXITS,
        'v1,421202102238,桂花镇,421202,2017,2017-11,exited,doc.txt,q,,',
      ].join('\n'),
    });
    const township = regionTargets(model, '421202102');
    expect(
      township.map((t) => [t.target.value, t.actual?.value, t.targetRows.map((r) => r.id)]),
    ).toEqual([[1, 1, ['v1']]]);
    // The prefecture's rolled-up list would hold only the counties that published one.
    expect(regionTargets(model, '421200')).toEqual([]);
  });

  it('sums qualifiers as exactly as the least exact part', () => {
    const m = (value: number, qualifier: TargetProgress['target']['qualifier']) => ({
      value,
      qualifier,
      valueMax: null,
      unit: 'people' as const,
    });
    expect(sumAmounts([m(1, 'exact'), m(2, 'exact')])).toMatchObject({
      value: 3,
      qualifier: 'exact',
    });
    expect(sumAmounts([m(1, 'exact'), m(2, 'more_than')]).qualifier).toBe('more_than');
    expect(sumAmounts([m(1, 'less_than'), m(2, 'more_than')]).qualifier).toBe('approx');
  });
});

describe('targets judged on the dataset date', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const withAsOf = (asOf: string | null, files: Record<string, string>) =>
    testModel({
      ...files,
      'manifest.json':
        asOf === null ? undefined! : JSON.stringify({ ...JSON.parse(TEST_MANIFEST), as_of: asOf }),
    });
  const plan = indicators(
    { id: 't', measure: 'target', period: '2016-2020', value: 1000 },
    { id: 'a', period: '2016', value: 100 },
  );

  it('reads the manifest as_of as a day: a year or a month as its last day, else the latest data year', () => {
    expect(withAsOf('2021-02-25', plan).asOf).toBe('2021-02-25');
    expect(withAsOf('2019', plan).asOf).toBe('2019-12-31');
    expect(withAsOf('2020-02', plan).asOf).toBe('2020-02-29');
    expect(withAsOf(null, plan).asOf).toBe('2020-12-31');
  });

  it('counts time past and left from as_of, whatever the clock says', () => {
    const model = withAsOf('2018-06-30', plan);
    const build = () => buildTargets(model, ctx());
    const before = build();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2049-10-01T00:00:00Z'));
    const later = build();
    expect(later.description).toBe(before.description);
    expect(later.table.rows).toEqual(before.table.rows);
    const option = later.option as unknown as Option;
    expect(lineAt(option, 0)).toBe(
      '10% · 截止 2020年12月31日（剩余 3 年） · ◐ 进行中，最近数据 2016年',
    );
    expect(option.title[0]!.text).toBe('剩余、已过时间与状态均按数据截至日 2018年6月30日 计');
    expect(regionTargets(model, '421202')[0]!.daysLeft).toBe(915);
  });

  it('calls a target whose deadline is past the last figure in progress, never behind or missed', () => {
    const t = only(plan);
    expect(t.status).toBe('in_progress');
    expect(t.asOf).toBe('2016-12-31');
    const { option } = optionOf(plan);
    expect(lineAt(option, 0)).toBe(
      '10% · 截止 2020年12月31日（已过 2 个月） · ◐ 进行中，最近数据 2016年',
    );
    const en = optionOf(plan, { lang: 'en' }).option;
    expect(lineAt(en, 0)).toBe(
      '10% · due 31 Dec 2020 (2 months earlier) · ◐ In progress, last reported 2016',
    );
    // Figures that reach the deadline can show it was missed.
    const reached = only(
      indicators(
        { id: 't', measure: 'target', period: '2016-2020', value: 1000 },
        { id: 'a', period: '2016-2020', value: 900 },
      ),
    );
    expect(reached.status).toBe('missed');
  });

  it('merges one target quoted twice (45692 and 4.57万, same quantity and deadline), keeping both quotes', () => {
    const files = indicators(
      {
        id: 'exact',
        measure: 'target',
        period: '2015-2017',
        deadline: '2017-12-31',
        value: 45692,
        quote: '全区贫困人口45692人分三年全部脱贫销号',
      },
      {
        id: 'rounded',
        measure: 'target',
        period: '2015-2017',
        deadline: '2017-12-31',
        value: 45700,
        qualifier: 'approx',
        quote: '4.57万建档立卡贫困人口全部脱贫销号',
      },
      // A different amount, or a different deadline, is another target.
      { id: 'other', measure: 'target', period: '2015-2017', deadline: '2017-12-31', value: 46000 },
      { id: 'later', measure: 'target', period: '2015-2018', value: 45692 },
    );
    const targets = targetsOf(files);
    expect(targets.map((t) => [t.id, t.target, t.targetRows.map((r) => r.id)])).toEqual([
      [
        'indicators:exact',
        { value: 45692, qualifier: 'exact', valueMax: null },
        ['exact', 'rounded'],
      ],
      ['indicators:other', expect.anything(), ['other']],
      ['indicators:later', expect.anything(), ['later']],
    ]);
    const { built, option } = optionOf(files);
    expect(listed(option)[0]).toContain('「全区贫困人口45692人分三年全部脱贫销号」等 2 处');
    const tip = option.tooltip.formatter({ seriesName: 'list', dataIndex: 0 });
    expect(tip).toContain('同一目标见于 2 处来源');
    expect(tip).toContain('全区贫困人口45692人分三年全部脱贫销号');
    expect(tip).toContain('4.57万建档立卡贫困人口全部脱贫销号');
    expect(built.table.rows[0]).toMatchObject({ quotes: 2, target_value: 45692 });
    expect(built.table.rows[0]!.source).toBe(
      '全区贫困人口45692人分三年全部脱贫销号 / 4.57万建档立卡贫困人口全部脱贫销号',
    );
  });

  it("merges a plan row with the county's village list that schedules the same villages", () => {
    const t = only({
      ...indicators({
        id: 'plan',
        measure: 'target',
        indicator: 'villages_exited',
        unit: 'villages',
        period: '2017-2018',
        deadline: '2018-12-31',
        value: 2,
      }),
      'village_exits.csv': [
        EXITS,
        'v1,421202102238,桂花镇,421202,2017,2017-11,exited,doc.txt,q1,,',
        'v2,421202102239,桂花镇,421202,2018,,planned,doc.txt,q2,,',
      ].join('\n'),
    });
    expect(t.targetRows.map((r) => r.id)).toEqual(['plan', 'v1']);
    expect(t.actual?.value).toBe(1);
    expect(t.status).toBe('in_progress');
  });
});

describe('targets chart', () => {
  const credit = {
    'funds.csv': [
      FUND,
      '1,421202,2016,credit,,扶贫小额信贷,Microcredit,target,376000000,exact,,yuan,doc.txt,目标3.76亿元,,',
      '2,421202,2016,credit,,扶贫小额信贷,Microcredit,actual,387000000,exact,,yuan,doc.txt,发放3.87亿元,,',
    ].join('\n'),
  };

  it('has no option and no rows when the region has no targets', () => {
    const { built } = optionOf(indicators({ id: 'a', period: '2016', value: 5 }));
    expect(built.option).toBeNull();
    expect(built.table.rows).toEqual([]);
  });

  it('draws percent complete with the real number, deadline and time since in the label', () => {
    const { built, option } = optionOf(credit);
    expect(barAt(option, 0)).toBeCloseTo(102.93, 2);
    expect(lineAt(option, 0)).toBe('102.9% · 截止 2016年12月31日（已过 4 年） · ● 已完成');
    expect(built.table.rows[0]).toMatchObject({
      target_value: 376000000,
      actual_value: 387000000,
      percent: 102.9,
      deadline: '2016-12-31',
      source_file: 'doc.txt',
    });
    expect(built.table.rows[0]!.source).toContain('发放3.87亿元');
    const en = optionOf(credit, { lang: 'en' }).option;
    expect(lineAt(en, 0)).toBe('102.9% · due 31 Dec 2016 (4 years earlier) · ● Met');
    expect(en.yAxis[0]!.data[0]).toBe('Microcredit (2016)');
  });

  it('caps the bar but keeps the real percent in the label and the table', () => {
    const { built, option } = optionOf(
      indicators(
        { id: 't', measure: 'target', period: '2016', value: 100 },
        { id: 'a', period: '2016', value: 500 },
      ),
    );
    expect(barAt(option, 0)).toBe(PERCENT_CAP);
    expect(lineAt(option, 0)).toContain('500%');
    expect(built.table.rows[0]!.percent).toBe(500);
  });

  it('lists a target without progress figures under the chart instead of drawing an empty bar', () => {
    const { built, option } = optionOf({
      ...indicators({
        id: 't',
        measure: 'target',
        period: '2020',
        value: 1000,
        quote: '到2020年脱贫1000人',
      }),
      ...credit,
    });
    expect(percentBars(option)!.data).toHaveLength(1);
    expect(option.yAxis[0]!.data).toEqual(['扶贫小额信贷（2016年）']);
    expect(listed(option)).toEqual([
      '○ 脱贫人口（2020年）\n目标 1000人 · 截止 2020年12月31日（已过 2 个月） · 「到2020年脱贫1000人」',
    ]);
    expect(option.title.map((t) => t.text)).toContain(
      '尚无进度数据的目标（1 项，只列出，不画进度条）',
    );
    const tip = option.tooltip.formatter({ seriesName: 'list', dataIndex: 0 });
    expect(tip).toContain('到2020年脱贫1000人');
    expect(built.table.rows.map((r) => [r.target, r.actual_value, r.percent])).toEqual([
      ['扶贫小额信贷', 387000000, 102.9],
      ['脱贫人口', null, null],
    ]);
  });

  it('draws no bars at all when no target has a figure, only the list', () => {
    const { option } = optionOf(
      indicators({ id: 't', measure: 'target', period: '2020', value: 1000 }),
    );
    expect(percentBars(option)).toBeUndefined();
    expect(option.yAxis).toHaveLength(1);
    expect(listed(option)).toHaveLength(1);
  });

  it('marks a lower-bound actual in the label and the tooltip, and flags data-quality issues', () => {
    const { built, option } = optionOf(
      indicators(
        { id: 't', measure: 'target', period: '2016', value: 1000 },
        { id: 'a', period: '2016', value: 800, qualifier: 'more_than', flag: 'doubtful' },
      ),
    );
    expect(lineAt(option, 0)).toMatch(/^>80%/);
    const tip = option.tooltip.formatter({ dataIndex: 0 });
    expect(tip).toContain('下限');
    expect(tip).toContain('存疑');
    expect(tip).toContain('来源：《t》「');
    expect(tip).not.toContain('doc.txt');
    expect(built.flags.map((f) => f.id)).toEqual(['a']);
    expect(built.table.rows[0]!.flag).toContain('存疑');
  });

  it('escapes hostile labels and quotes in the tooltip', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { option } = optionOf(
      indicators(
        { id: 't', measure: 'target', period: '2016', value: 10, label: evil, quote: evil },
        { id: 'a', period: '2016', value: 5, label: evil },
      ),
    );
    const tip = option.tooltip.formatter({ dataIndex: 0 });
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('grows in height with the number of targets and keeps table rows in drawn order', () => {
    const one = optionOf(
      indicators({ id: 't1', measure: 'target', period: '2016', value: 10 }),
    ).built;
    const three = optionOf(
      indicators(
        { id: 't1', measure: 'target', period: '2018', value: 10 },
        { id: 't2', measure: 'target', period: '2016', value: 10 },
        { id: 'a', period: '2016', value: 5 },
        {
          id: 't3',
          measure: 'target',
          period: '2017',
          value: 10,
          indicator: 'households_lifted',
          unit: 'households',
        },
      ),
    );
    expect(three.built.height).toBeGreaterThan(one.height);
    // Drawn bars first, then the listed targets, each part by deadline.
    expect(three.built.table.rows.map((r) => r.period)).toEqual(['2016年', '2017年', '2018年']);
    expect(barAt(three.option, 0)).toBe(50);
    expect(listed(three.option).map((l) => l.split('\n')[0])).toEqual([
      '○ 脱贫人口（2017年）',
      '○ 脱贫人口（2018年）',
    ]);
  });

  it('moves names off the axis on a phone, keeping name and progress text full width', () => {
    const { option } = optionOf(credit, { width: 343 });
    expect(option.yAxis[0]!.axisLabel.show).toBe(false);
    expect(lineAt(option, 0)).toBe('扶贫小额信贷（2016年）');
    expect(option.series[1]!.label.formatter({ dataIndex: 0 })).toContain('102.9%');
    expect(barAt(option, 0)).toBeCloseTo(102.93, 2);
  });
});
