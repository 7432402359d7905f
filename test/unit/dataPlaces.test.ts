import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Headline } from '../../src/modes/dashboard/views/Headline';
import { dataPlaces } from '../../src/model/dataPlaces';
import { headlineFigures } from '../../src/model/headline';
import { testModel } from '../helpers/dataset';

const IND =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const MS =
  'id,region_code,date,kind,title_zh,title_en,source_file,source_quote,quality_flag,quality_note';

const model = testModel({
  'indicators.csv': [
    IND,
    'a,421202,poor_people,,贫困人口,,actual,2015,,45692,exact,,people,doc.txt,q,,',
    'n,000000,villages_exited,,贫困村全部出列,,actual,2013-2020,,128000,exact,,villages,doc.txt,q,,',
    'c,000000,counties_exited,,贫困县全部摘帽,,actual,2013-2020,,832,exact,,counties,doc.txt,q,,',
    'k,000000,counties_exited,,2020年摘帽,,actual,2020,,52,exact,,counties,doc.txt,q,,',
  ].join('\n'),
  'milestones.csv': [MS, 'm,421223,2016,event,某事,,doc.txt,q,,'].join('\n'),
});

describe('where the data is', () => {
  it('lists the regions below with figures of their own, each with its headline figure and year', () => {
    const { places, more } = dataPlaces(model, '000000');
    expect(places.map((p) => p.region.code)).toEqual(['421202', '421223']);
    expect(places[0]!.figure).toMatchObject({
      key: 'poor_people',
      value: { value: 45692 },
      period: { start: 2015, end: 2015 },
    });
    // A place with rows but no headline figure still says what it holds.
    expect(places[1]).toMatchObject({ figure: null, rows: 1 });
    expect(more).toBe(0);
    expect(dataPlaces(model, '000000', 1).more).toBe(1);
  });

  it('leads the nation with its own campaign totals, and does not list them as missing elsewhere', () => {
    const year = model.defaultYear('000000');
    expect(year).toBe(2020);
    const html = renderToStaticMarkup(
      createElement(Headline, {
        figures: headlineFigures(model, '000000', year),
        lang: 'zh',
        manifest: model.manifest,
      }),
    );
    expect(html.indexOf('832个县')).toBeLessThan(html.indexOf('12.8万个村'));
    // The campaign total, not the last cohort that ends the same year.
    expect(html).not.toContain('52个县');
    const county = renderToStaticMarkup(
      createElement(Headline, {
        figures: headlineFigures(model, '421202', 2015),
        lang: 'zh',
        manifest: model.manifest,
      }),
    );
    expect(county).not.toContain('摘帽贫困县');
    expect(county).toContain('45,692人');
  });
});
