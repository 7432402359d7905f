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
  it('comes from the village schedule when it covers the region', () => {
    const m = testModel({ 'village_exits.csv': villages });
    expect(m.metric('exit_share', '421202', 2016)).toMatchObject({
      value: 50,
      derivation: { kind: 'village_schedule', exited: 1, villages: 2 },
    });
    expect(m.metric('exit_share', '421200', 2016)?.value).toBe(50);
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

  it('sums children for poor people and says how many contributed', () => {
    const ind = [
      IND,
      'a,421202,poor_people,,贫困人口,,actual,2015,,100,exact,,people,doc.txt,q,,',
    ].join('\n');
    const m = testModel({ 'indicators.csv': ind });
    expect(m.metric('poor_people', '421200', 2016)).toMatchObject({
      value: 100,
      qualifier: 'at_least',
      derivation: { kind: 'children_sum', contributing: 1, children: 2 },
    });
    expect(m.hasData('420000')).toBe(true);
    expect(m.hasData('421223')).toBe(false);
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
