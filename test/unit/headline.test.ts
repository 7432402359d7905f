import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Headline } from '../../src/modes/dashboard/views/Headline';
import { headlineFigures, type HeadlineFigure, type HeadlineKey } from '../../src/model/headline';
import { TEST_MANIFEST, testModel } from '../helpers/dataset';

const IND =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const FUND =
  'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const EXITS =
  'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note';

const files = {
  'indicators.csv': [
    IND,
    'p15,421202,poor_people,,贫困人口,,actual,2015,,45700,exact,,people,doc.txt,贫困人口4.57万人,,',
    'p17,421202,poor_people,,贫困人口,,actual,2017,,12000,more_than,,people,doc.txt,尚有1.2万余人,,',
    'h15,421202,poor_households,,贫困户,,actual,2015,,15000,approx,,households,doc.txt,约1.5万户,doubtful,与另一来源不符',
    'l,421202,people_lifted,,脱贫人口,,actual,2014-2016,,30000,at_least,,people,doc.txt,"<script>alert(1)</script>",,',
  ].join('\n'),
  'funds.csv': [
    FUND,
    'f,421202,2016,central_provincial,,中央省级资金,,actual,189000000,exact,,yuan,doc.txt,1.89亿元,,',
  ].join('\n'),
  'village_exits.csv': [
    EXITS,
    'v1,421202102238,桂花镇,421202,2017,2017-11,exited,doc.txt,河背村2017年出列,,',
    'v2,421202102239,桂花镇,421202,2018,,planned,doc.txt,刘家桥村2018年出列,,',
  ].join('\n'),
};

const byKey = (figures: HeadlineFigure[]) =>
  new Map<HeadlineKey, HeadlineFigure>(figures.map((f) => [f.key, f]));
const render = (figures: HeadlineFigure[], lang: 'zh' | 'en' = 'zh') =>
  renderToStaticMarkup(
    createElement(Headline, { figures, lang, manifest: JSON.parse(TEST_MANIFEST) }),
  );
const card = (html: string, key: HeadlineKey) =>
  html.split('<li class="hl-card').find((c) => c.includes(`data-figure="${key}"`)) ?? '';

describe('headlineFigures', () => {
  const model = testModel(files);

  it('reads each figure at or before the year, with the year it describes and its source', () => {
    const f = byKey(headlineFigures(model, '421202', 2016));
    expect(f.get('poor_people')).toMatchObject({
      value: { value: 45700, qualifier: 'exact' },
      period: { start: 2015, end: 2015 },
    });
    expect(f.get('poor_people')!.sources[0]!.sourceQuote).toBe('贫困人口4.57万人');
    expect(f.get('people_lifted')).toMatchObject({
      value: { value: 30000, qualifier: 'at_least' },
      period: { start: 2014, end: 2016 },
    });
    expect(f.get('funds')!.value!.value).toBe(189000000);
    expect(byKey(headlineFigures(model, '421202', 2017)).get('poor_people')!.value).toMatchObject({
      value: 12000,
      qualifier: 'more_than',
    });
  });

  it('says no data (null, never zero) where the sources are silent', () => {
    const f = byKey(headlineFigures(model, '421202', 2014));
    expect(f.get('poor_people')!.value).toBeNull();
    expect(f.get('funds')!.value).toBeNull();
    expect(f.get('incidence')!.value).toBeNull();
    // Funds are for the year itself: a 2016 sum says nothing of 2017.
    expect(byKey(headlineFigures(model, '421202', 2017)).get('funds')!.value).toBeNull();
  });

  it('counts poor villages from the exit list when no indicator gives them', () => {
    const f = byKey(headlineFigures(model, '421202', 2017));
    expect(f.get('poor_villages')).toMatchObject({
      value: { value: 2, unit: 'villages' },
      derivation: { kind: 'village_schedule', exited: 1 },
    });
    expect(f.get('exit_share')!.value!.value).toBe(50);
    expect(byKey(headlineFigures(model, '421200', 2017)).get('poor_villages')!.value).toBeNull();
  });
});

describe('Headline view', () => {
  const model = testModel(files);

  it('formats values with their qualifier and names missing figures in one line, not as cards', () => {
    const zh = render(headlineFigures(model, '421202', 2017));
    expect(card(zh, 'poor_people')).toContain('1.2万余人');
    expect(card(zh, 'funds')).toBe('');
    expect(zh).toContain('截至2017年无数据：');
    expect(zh.match(/hl-missing">([^<]*)</)![1]).toContain('当年扶贫资金');
    expect(zh).not.toMatch(/>0</);
    const en = render(headlineFigures(model, '421202', 2017), 'en');
    expect(card(en, 'poor_people')).toContain('more than 12K people');
    expect(en).toMatch(/No figures up to 2017: [^<]*Funds in the year/);
  });

  it('shows an older value lighter with its own year, and a one-year exit rate as that year’s', () => {
    const html = render(headlineFigures(model, '421202', 2016));
    expect(card(html, 'poor_people')).toContain('hl-older');
    expect(card(html, 'poor_people')).toContain('2015年（2016年无新数据）');
    expect(card(html, 'funds')).not.toContain('hl-older');
    const yy = testModel({
      'indicators.csv': [
        IND,
        'p,421200,poor_villages,,贫困村,,actual,2016,,319,exact,,villages,doc.txt,q,,',
        'x,421200,villages_exited,,出列,,actual,2016,,23,exact,,villages,doc.txt,q,,',
      ].join('\n'),
    });
    const share = card(render(headlineFigures(yy, '421200', 2016)), 'exit_share');
    expect(share).toContain('2016年当年贫困村出列率');
    expect(share).toContain('当年出列率，非累计进度');
  });

  it('labels a sum over some subdivisions as a part, with their names', () => {
    const html = render(headlineFigures(model, '421200', 2017));
    expect(card(html, 'poor_people')).toContain('部分：咸安区（2个县区中1个有数据）');
    const en = render(headlineFigures(model, '421200', 2017), 'en');
    expect(card(en, 'poor_people')).toContain(
      'partial: Xian&#x27;an District (data in 1 of 2 counties)',
    );
  });

  it('names the source document, links its file, quotes it, and badges a flagged figure', () => {
    const html = render(headlineFigures(model, '421202', 2016));
    const households = card(html, 'poor_households');
    expect(households).toContain('<details');
    expect(households).toMatch(/<a class="hl-file" href="sources\/doc.txt"[^>]*>《t》，p<\/a>/);
    expect(card(render(headlineFigures(model, '421202', 2016), 'en'), 'poor_households')).toContain(
      '>《t》, p</a>',
    );
    expect(households).toContain('约1.5万户');
    expect(households).toContain('hl-flag');
    expect(households).toContain('存疑');
    expect(card(html, 'poor_people')).not.toContain('hl-flag');
  });

  it('renders quotes from data as text, never as markup', () => {
    const html = render(headlineFigures(model, '421202', 2016));
    expect(html).not.toContain('<script>');
    expect(card(html, 'people_lifted')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
