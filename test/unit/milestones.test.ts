import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { buildMilestones, placeDate } from '../../src/charts/milestones/milestonesOption';
import { timelineMilestones } from '../../src/model/exitTimeline';
import { testContext, testModel } from '../helpers/dataset';

const MS =
  'id,region_code,date,kind,title_zh,title_en,source_file,source_quote,quality_flag,quality_note';
const HOSTILE = '<img src=x onerror=alert(1)>';

const row = (id: string, region: string, date: string, kind: string, title: string, extra = ',,') =>
  `${id},${region},${date},${kind},"${title}",,doc.txt,quote ${id}${extra}`;
const files = (...rows: string[]) => ({ 'milestones.csv': [MS, ...rows].join('\n') });

const XIANNING = files(
  row('nat', '000000', '2020', 'national', '贫困村全部出列'),
  row('cy', '421223', '2019-04-29', 'county_exit', '崇阳县退出贫困县'),
  row('xa', '421202', '2018-12', 'deadline', '21个贫困村全部出列'),
  row('pref', '421200', '2012', 'event', '纳入连片开发地区'),
  row('village', '421202102238', '2017', 'village_exit', '河背村出列'),
);

type Item = { value: [number, number]; id: string; label: { position: string; formatter: string } };
type Series = { name: string; type: string; symbol: string; data: Item[]; silent?: boolean };
type Option = {
  xAxis: { type: string };
  series: Series[];
  tooltip: { formatter: (p: unknown) => string };
};

const build = (f: Record<string, string>, region = '421200', lang: 'zh' | 'en' = 'zh') => {
  const b = buildMilestones(testModel(f), testContext({ region, lang }));
  return { ...b, opt: b.option as unknown as Option | null };
};
/** The markers, oldest first; the labels are a series of their own. */
const items = (o: Option) =>
  o.series
    .filter((s) => !s.silent)
    .flatMap((s) => s.data)
    .sort((a, b) => a.value[0] - b.value[0]);
const labels = (o: Option) => o.series.filter((s) => s.silent).flatMap((s) => s.data);

describe('timelineMilestones', () => {
  it('takes the region, its ancestors and, from a prefecture down, its subdivisions above village level, oldest first', () => {
    const model = testModel(XIANNING);
    expect(timelineMilestones(model, '421200').map((p) => p.milestone.id)).toEqual([
      'pref',
      'xa',
      'cy',
      'nat',
    ]);
    // A county sees its ancestors' milestones but not a sibling county's exit.
    expect(timelineMilestones(model, '421202').map((p) => p.milestone.id)).toEqual([
      'pref',
      'xa',
      'nat',
    ]);
    // Villages count from their township only.
    expect(timelineMilestones(model, '421202102').map((p) => p.milestone.id)).toEqual([
      'pref',
      'village',
      'xa',
      'nat',
    ]);
    // The nation does not collect every county's rows.
    expect(timelineMilestones(model, '000000').map((p) => p.milestone.id)).toEqual(['nat']);
  });
});

describe('milestones chart', () => {
  it('places dates on a time axis, month and year precision at their start', () => {
    const { opt } = build(XIANNING);
    expect(opt!.xAxis.type).toBe('time');
    expect(items(opt!).map((i) => i.value[0])).toEqual([
      dayjs('2012-01-01').valueOf(),
      dayjs('2018-12-01').valueOf(),
      dayjs('2019-04-29').valueOf(),
      dayjs('2020-01-01').valueOf(),
    ]);
    expect(placeDate({ iso: '2019-09', precision: 'month' })).toBe(dayjs('2019-09-01').valueOf());
  });

  it('shows the precision of a date in its text', () => {
    const { opt, table } = build(XIANNING);
    expect(table.rows.map((r) => r.date)).toEqual([
      '2012年',
      '2018年12月',
      '2019年4月29日',
      '2020年',
    ]);
    expect(labels(opt!).map((l) => l.label.formatter)).toContain('2018年12月\n21个贫困村全部出列');
    const dec = items(opt!)[1]!;
    expect(opt!.tooltip.formatter({ data: dec })).toContain('日期仅知月份，标在月初');
  });

  it('gives each kind its own marker and legend entry, and labels each one above or below the track', () => {
    const { opt } = build(XIANNING);
    expect(opt!.series.filter((s) => !s.silent).map((s) => [s.name, s.symbol])).toEqual([
      ['全国节点', 'rect'],
      ['贫困县摘帽', 'diamond'],
      ['期限', 'triangle'],
      ['事件', 'emptyCircle'],
    ]);
    const shown = labels(opt!);
    expect(shown).toHaveLength(4);
    expect(new Set(shown.map((l) => l.label.position))).toEqual(new Set(['top', 'bottom']));
  });

  it('lists date, title, region and source in the table', () => {
    const { table, sourceFiles } = build(XIANNING);
    expect(table.rows[2]).toMatchObject({
      date: '2019年4月29日',
      title: '崇阳县退出贫困县',
      region: '崇阳县',
      source: 'quote cy',
      source_file: 'doc.txt',
    });
    expect(sourceFiles).toEqual(['doc.txt']);
  });

  it('escapes hostile titles in the tooltip and keeps them from becoming rich-text markup in labels', () => {
    const { opt } = build(files(row('h', '421200', '2016', 'event', `${HOSTILE}{b|x}`)));
    const item = items(opt!)[0]!;
    const tip = opt!.tooltip.formatter({ data: item });
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(labels(opt!)[0]!.label.formatter).not.toMatch(/[{}]/);
  });

  it('shows quality flags in the table and the flag list', () => {
    const { table, flags } = build(
      files(row('d', '421200', '2016', 'event', 'x', ',derived,year inferred')),
    );
    expect(table.rows[0]!.flag).toBe('⚠ 推算 year inferred');
    expect(flags).toEqual([{ id: 'd', flag: 'derived', note: 'year inferred', quote: 'quote d' }]);
  });

  it('has no option when there are no milestones, and speaks English', () => {
    const none = build(files(), '421202', 'en');
    expect(none.option).toBeNull();
    expect(none.description).toBe("No milestones for Xian'an District.");
    const en = build(XIANNING, '421200', 'en');
    expect(en.table.rows.map((r) => r.date)).toEqual(['2012', 'Dec 2018', '29 Apr 2019', '2020']);
    expect(en.description).toMatch(/^4 milestones for Xianning: 2012: /);
  });
});
