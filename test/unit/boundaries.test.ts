import { readFileSync } from 'node:fs';
import mapshaper from 'mapshaper';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARY_LIMITS, validateBoundaries } from '../../src/data/boundaries';
import { chartContext } from '../../src/charts/chartContext';
import { getChart } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { DashboardModel } from '../../src/model/dashboardModel';
import { readDataset } from '../../src/data/readDataset';
import type { Region } from '../../src/data/types';

/** The fixture: 咸安区 cut into ten made-up strips, one per township code (not real boundaries). */
const FIXTURE = 'test/fixtures/boundaries/xianan-townships.FAKE.geojson';
const text = readFileSync(FIXTURE, 'utf8');
let regions: Map<string, Region>;

beforeAll(async () => {
  const data = await readDataset(fsReader('public/data'));
  regions = new Map(data.tables.regions.map((r) => [r.code, r]));
});

const validate = (body: string, bytes = body.length) =>
  validateBoundaries('mine.geojson', body, bytes, regions);

type Fc = {
  type: string;
  features: Array<{
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: unknown };
  }>;
};
const edited = (edit: (fc: Fc) => void): string => {
  const fc = JSON.parse(text) as Fc;
  edit(fc);
  return JSON.stringify(fc, null, 1);
};

describe('own boundaries', () => {
  it('accepts every township of the fixture, each on its county’s map', () => {
    const { report, features } = validate(text);
    expect(report.issues).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect([report.accepted, report.total]).toEqual([10, 10]);
    expect(new Set(features.map((f) => f.parent))).toEqual(new Set(['421202']));
  });

  it('rejects an unknown code, naming the feature, its line and property in both languages', () => {
    const body = edited((fc) => (fc.features[2]!.properties.code = '421202999'));
    const { report, features } = validate(body);
    expect(features).toHaveLength(9);
    expect(report.accepted + report.rejected.length).toBe(report.total);
    const issue = report.rejected[0]!.issues[0]!;
    expect(issue.columnName).toBe('features[2].properties.code');
    expect(issue.record).toBe(3);
    expect(issue.line).toBe(body.split('\n').findIndex((l) => l.includes('421202999')) - 1);
    expect(issue.en).toContain('unknown region code "421202999": not in regions.csv');
    expect(issue.zh).toContain('地区代码“421202999”不在 regions.csv 中');
    expect(issue.file).toBe('mine.geojson');
  });

  it('rejects a ring that crosses itself, a point outside China and a feature without a code', () => {
    const body = edited((fc) => {
      fc.features[0]!.geometry.coordinates = [
        [
          [114.2, 29.8],
          [114.3, 29.9],
          [114.3, 29.8],
          [114.2, 29.9],
          [114.2, 29.8],
        ],
      ];
      fc.features[1]!.geometry.coordinates = [
        [
          [29.8, 114.2],
          [29.9, 114.3],
          [29.8, 114.3],
          [29.8, 114.2],
        ],
      ];
      delete fc.features[4]!.properties.code;
    });
    const { report } = validate(body);
    const byRecord = new Map(report.rejected.map((r) => [r.issues[0]!.record, r.issues[0]!]));
    expect(byRecord.get(1)!.en).toContain('the ring crosses itself');
    expect(byRecord.get(1)!.zh).toContain('自相交');
    expect(byRecord.get(1)!.columnName).toBe('features[0].geometry.coordinates[0]');
    expect(byRecord.get(2)!.en).toContain('outside China');
    expect(byRecord.get(5)!.columnName).toBe('features[4].properties.code');
    expect(report.accepted).toBe(7);
  });

  it('rejects a boundary for a region the bundled maps already draw, and a code twice', () => {
    const body = edited((fc) => {
      fc.features[0]!.properties.code = '421202';
      fc.features[3]!.properties.code = '421202101';
    });
    const { report } = validate(body);
    expect(report.rejected.map((r) => r.issues[0]!.en)).toEqual([
      expect.stringContaining('already has a boundary on map 421200'),
      expect.stringContaining('"421202101" already has a boundary (feature 1)'),
    ]);
  });

  it('refuses a file over 50 MB, one that is not GeoJSON, and broken JSON, with a reason', () => {
    const big = validate(text, BOUNDARY_LIMITS.fileBytes + 1);
    expect(big.features).toEqual([]);
    expect(big.report.issues[0]!.en).toMatch(
      /^The file is 50\.0 MB|bytes; boundaries may be at most/,
    );
    expect(big.report.issues[0]!.zh).toContain('边界文件最大');
    const csv = validate('{"rows": []}');
    expect(csv.report.issues[0]!.en).toContain('not GeoJSON or TopoJSON');
    const broken = validate(text.slice(0, 300));
    expect(broken.report.issues[0]!.en).toContain('Not valid JSON');
    expect(broken.report.issues[0]!.line).toBe(2);
  });

  it('accepts the same boundaries as TopoJSON', async () => {
    const files = await mapshaper.applyCommands('-i in.json -o out.json format=topojson', {
      'in.json': JSON.parse(text) as Record<string, unknown>,
    });
    const { report, features } = validate(String(files['out.json']));
    expect(report.rejected).toEqual([]);
    expect(features.map((f) => f.code).sort()).toEqual(
      [...regions.values()]
        .filter((r) => r.parentCode === '421202' && r.level === 'township')
        .map((r) => r.code)
        .sort(),
    );
  });
});

describe('a dataset with its own boundaries', () => {
  it('draws 咸安区 on its own map of townships, in every medium that builds the chart', async () => {
    const bundled = fsReader('public/data');
    const data = await readDataset(async (file) =>
      file === 'boundaries.geojson' ? new TextEncoder().encode(text) : bundled(file),
    );
    const own = data.report.files.find((f) => f.file === 'boundaries.geojson')!;
    expect([own.accepted, own.total]).toEqual([10, 10]);
    const model = new DashboardModel(data);
    const built = getChart('map').build(
      model,
      chartContext({ region: '421202', year: 2020, animation: false }),
    );
    expect(built.maps).toEqual(['421202']);
    expect(built.title).toContain('咸安区');
    expect(built.ownMaps?.get('421202')?.features).toHaveLength(10);
    const areas = (built.option as { series: Array<{ data: Array<{ adcode: string }> }> })
      .series[0]!.data;
    expect(areas.map((a) => a.adcode).sort()).toEqual(
      model.regions
        .children('421202')
        .filter((r) => r.level === 'township')
        .map((r) => r.code)
        .sort(),
    );
    expect(JSON.stringify(built.option)).toContain('边界：数据集自带（boundaries.geojson）');
  });
});
