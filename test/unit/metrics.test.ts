import { describe, expect, it } from 'vitest';
import { testModel } from '../helpers/dataset';

const VX =
  'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note';
const IND =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const villages = [
  VX,
  'v1,421202102238,,421202,2016,2016-10,exited,doc.txt,q,,',
  'v2,421202102239,,421202,2017,,planned,doc.txt,q,,',
].join('\n');

describe('metric exit_share', () => {
  it('comes from the village schedule of the county that published it', () => {
    const m = testModel({ 'village_exits.csv': villages });
    expect(m.metric('exit_share', '421202', 2016)).toMatchObject({
      value: 50,
      derivation: { kind: 'village_schedule', exited: 1, villages: 2 },
      coverage: { kind: 'own' },
    });
    // 咸宁 has two counties and only 咸安 published a list: no share of 咸宁's villages from it.
    expect(m.metric('exit_share', '421200', 2016)).toBeNull();
    expect(m.scheduleCoverage('421200')).toMatchObject({
      kind: 'part',
      contributors: [{ code: '421202' }],
      childrenWithData: 1,
      children: 2,
    });
    expect(m.scheduleCoverage('421202102')).toEqual({ kind: 'own' });
  });

  it('labels one year of exits as that year’s rate, never as progress to date', () => {
    const ind = [
      IND,
      'p,421200,poor_villages,,贫困村,,actual,2016,,319,exact,,villages,doc.txt,q,,',
      'x,421200,villages_exited,,出列,,actual,2016,,23,exact,,villages,doc.txt,q,,',
    ].join('\n');
    const m = testModel({ 'indicators.csv': ind });
    expect(m.metric('exit_share', '421200', 2018)).toMatchObject({
      year: 2016,
      derivation: { kind: 'year_rate', exited: 23, poorVillages: 319 },
    });
  });

  it('does not let a partial schedule stand for a region that reports more poor villages', () => {
    const ind = [
      IND,
      'p,421200,poor_villages,,贫困村,,actual,2014,,192,exact,,villages,doc.txt,q,,',
    ].join('\n');
    const m = testModel({ 'village_exits.csv': villages, 'indicators.csv': ind });
    expect(m.metric('exit_share', '421200', 2016)).toBeNull();
  });

  it('is no data, not zero, when nothing is known', () => {
    expect(testModel().metric('exit_share', '421202', 2016)).toBeNull();
    expect(testModel().metric('poor_people', '421202', 2016)).toBeNull();
  });

  it('shows a sum over some children as a part that names them, never as the total', () => {
    const ind = [
      IND,
      'a,421202,poor_people,,贫困人口,,actual,2015,,100,exact,,people,doc.txt,q,,',
    ].join('\n');
    const m = testModel({ 'indicators.csv': ind });
    expect(m.metric('poor_people', '421200', 2016)).toMatchObject({
      value: 100,
      year: 2015,
      qualifier: 'at_least',
      derivation: { kind: 'children_sum' },
      coverage: {
        kind: 'part',
        contributors: [{ name: '咸安区' }],
        childrenWithData: 1,
        children: 2,
      },
    });
    expect(m.hasData('420000')).toBe(true);
    expect(m.hasData('421223')).toBe(false);
  });

  it('lets the region’s own figure win over a sum of its children', () => {
    const ind = [
      IND,
      'a,421202,poor_people,,贫困人口,,actual,2015,,100,exact,,people,doc.txt,q,,',
      'b,421223,poor_people,,贫困人口,,actual,2015,,50,exact,,people,doc.txt,q,,',
      'own,421200,poor_people,,贫困人口,,actual,2014,,383000,more_than,,people,doc.txt,q,,',
    ].join('\n');
    const m = testModel({ 'indicators.csv': ind });
    expect(m.metric('poor_people', '421200', 2016)).toMatchObject({
      value: 383000,
      year: 2014,
      coverage: { kind: 'own' },
    });
    // Every child reports: their sum is the total, and says it was computed.
    expect(m.metric('poor_people', '421200', 2013)).toBeNull();
    const all = testModel({ 'indicators.csv': ind.split('\n').slice(0, 3).join('\n') });
    expect(all.metric('poor_people', '421200', 2016)).toMatchObject({
      value: 150,
      qualifier: 'exact',
      coverage: { kind: 'sum', children: 2 },
    });
  });

  it('never adds figures of different years', () => {
    const ind = [
      IND,
      'a,421202,poor_people,,贫困人口,,actual,2015,,100,exact,,people,doc.txt,q,,',
      'b,421223,poor_people,,贫困人口,,actual,2014,,50,exact,,people,doc.txt,q,,',
    ].join('\n');
    expect(
      testModel({ 'indicators.csv': ind }).metric('poor_people', '421200', 2016),
    ).toMatchObject({
      value: 100,
      year: 2015,
      coverage: { kind: 'part', contributors: [{ code: '421202' }] },
    });
  });

  it('prefers the exact statement of two for the same year (45692 over 约4.57万)', () => {
    const ind = [
      IND,
      'r,421202,poor_people,,贫困人口,,actual,2015,,45700,approx,,people,doc.txt,q,,',
      'e,421202,poor_people,,贫困人口,,actual,2015,,45692,exact,,people,doc.txt,q,,',
    ].join('\n');
    expect(testModel({ 'indicators.csv': ind }).metric('poor_people', '421202', 2016)?.value).toBe(
      45692,
    );
  });

  it('opens a region on the latest year with a reported figure for it or below it', () => {
    const ind = [
      IND,
      'a,421202,poor_people,,贫困人口,,actual,2015,,100,exact,,people,doc.txt,q,,',
      't,421202,poor_people,,贫困人口,,target,2019,,0,exact,,people,doc.txt,q,,',
      'n,000000,poor_people,,贫困人口,,actual,2019,,5510000,exact,,people,doc.txt,q,,',
    ].join('\n');
    const m = testModel({ 'indicators.csv': ind });
    expect(m.defaultYear('421202')).toBe(2015);
    expect(m.defaultYear('420000')).toBe(2015);
    expect(m.defaultYear('000000')).toBe(2019);
  });
});

describe('metric funds', () => {
  const FUNDS =
    'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
  it('adds budget sources only: never credit, nor breakdowns by use that overlap them', () => {
    const rows = [
      FUNDS,
      'a,421202,2016,central_provincial,,中央省级,,actual,189000000,exact,,yuan,doc.txt,q,,',
      'b,421202,2016,county_budget,,县级,,actual,120000000,more_than,,yuan,doc.txt,q,,',
      'c,421202,2016,credit,,小额信贷,,actual,387000000,exact,,yuan,doc.txt,q,,',
      'd,421202,2016,other,relocation,搬迁投入,,actual,630000000,exact,,yuan,doc.txt,q,,',
    ].join('\n');
    expect(testModel({ 'funds.csv': rows }).metric('funds', '421202', 2016)).toMatchObject({
      value: 309_000_000,
      qualifier: 'at_least',
      derivation: { kind: 'fund_sum', rows: 2 },
    });
  });
});
