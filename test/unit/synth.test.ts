import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset, type ReadResult } from '../../src/data/readDataset';
import { hasErrors } from '../../src/data/report';
import { validateDataset } from '../../src/data/validateDataset';
import { DashboardModel, indexDataset } from '../../src/model/dashboardModel';
import { runInSlices } from '../../src/model/sliced';
import { SYNTH_SOURCE, generateDataset, writeDataset } from '../../scripts/synth/dataset';
import { loadGeography } from '../../scripts/synth/geography';

const VILLAGES = 2000;
let dir = '';
let result: ReadResult;
let model: DashboardModel;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synth-'));
  await writeDataset(dir, { seed: 7, villages: VILLAGES });
  result = await readDataset(async (file) => {
    try {
      return new Uint8Array(await readFile(join(dir, file)));
    } catch {
      return null;
    }
  });
  model = new DashboardModel(result);
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

const sum = (m: ReadonlyMap<number, number> | undefined) =>
  [...(m ?? new Map<number, number>()).values()].reduce((s, n) => s + n, 0);

describe('synthetic national dataset', () => {
  it('passes validation with every row accepted', () => {
    expect(hasErrors(result.report)).toBe(false);
    for (const f of result.report.files) {
      expect(f.present, f.file).toBe(true);
      expect(f.rejected, f.file).toEqual([]);
      expect(f.accepted, f.file).toBe(f.total);
    }
  });

  it('is marked synthetic and cites only the generator', () => {
    expect(result.manifest?.synthetic).toBe(true);
    expect(result.manifest?.name_zh).toBe('合成全国数据（仅供规模测试）');
    expect(result.manifest?.sources.map((s) => s.file)).toEqual([SYNTH_SOURCE]);
    const t = result.tables;
    const rows = [t.villageExits, t.indicators, t.funds, t.infrastructure, t.milestones].flat();
    expect(new Set(rows.map((r) => r.sourceFile))).toEqual(new Set([SYNTH_SOURCE]));
    expect(rows.filter((r) => !r.sourceQuote.includes('synthetic'))).toEqual([]);
  });

  it('has the 31 provinces under their real codes, 832 poor counties and the villages asked for', () => {
    const byLevel = (level: string) => result.tables.regions.filter((r) => r.level === level);
    const provinces = byLevel('province');
    expect(provinces).toHaveLength(31);
    expect(provinces.map((p) => p.parentCode)).toEqual(Array(31).fill('000000'));
    expect(model.region('420000')?.name).toBe('湖北省');
    expect(model.region('650000')?.name).toBe('新疆维吾尔自治区');
    // The poor counties are those that leave the list; municipalities' other districts are listed too.
    const poor = result.tables.milestones.filter((m) => m.kind === 'county_exit');
    expect(poor).toHaveLength(832);
    expect(new Set(poor.map((m) => model.region(m.regionCode)?.level))).toEqual(
      new Set(['county']),
    );
    expect(byLevel('village')).toHaveLength(VILLAGES);
    expect(result.tables.villageExits).toHaveLength(VILLAGES);
    // Townships sit between counties and villages.
    for (const v of byLevel('village').slice(0, 50))
      expect(model.region(v.parentCode!)?.level).toBe('township');
  });

  it('uses real prefectures and counties where a map extract has them, synthetic names elsewhere', () => {
    expect(model.region('421200')).toMatchObject({
      name: '咸宁市',
      level: 'prefecture',
      parentCode: '420000',
      map: '420000',
    });
    const counties = result.tables.regions.filter((r) => r.level === 'county');
    const synthetic = counties.filter((r) => r.source === SYNTH_SOURCE);
    // Every province has a map file now: only municipalities (重庆) and prefectures with more
    // poor counties than real ones need synthetic counties.
    expect(counties.length - synthetic.length).toBeGreaterThan(700);
    for (const c of synthetic) {
      expect(c.name).toMatch(/^合成县\d{4}$/);
      expect(c.lon).toBeNull();
    }
    for (const c of counties.filter((r) => r.source !== SYNTH_SOURCE)) {
      expect(c.map).toBe(c.parentCode);
      expect(c.lon).not.toBeNull();
    }
  });

  it('gives villages of real counties a point inside China, labelled synthetic', () => {
    const villages = result.tables.regions.filter((r) => r.level === 'village');
    const placed = villages.filter((v) => v.lon !== null && v.lat !== null);
    expect(placed.length).toBeGreaterThan(villages.length * 0.8);
    for (const v of placed) {
      expect(v.source).toBe(SYNTH_SOURCE);
      expect(v.name).toMatch(/^合成村/);
    }
  });

  it('falls back to the built-in province table without map extracts', () => {
    const geo = loadGeography(join(dir, 'no-maps-here'));
    expect(geo).toHaveLength(31);
    expect(geo.every((p) => p.prefectures.length === 0)).toBe(true);
    expect(geo.reduce((s, p) => s + p.poorCounties, 0)).toBe(832);
    expect(geo.find((p) => p.code === '540000')?.name).toBe('西藏自治区');
  });

  it('places every exit within 2014–2020', () => {
    const exits = result.tables.villageExits;
    const exited = exits.filter((v) => v.status === 'exited');
    expect(exited.length).toBeGreaterThan(VILLAGES * 0.9);
    const years = new Set(exited.map((v) => Number(v.actualExitDate!.iso.slice(0, 4))));
    expect([...years].sort()).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(exits.filter((v) => v.status !== 'exited' && v.actualExitDate !== null)).toEqual([]);
  });

  it('rolls village exits up to the nation: the provinces add up to the total', () => {
    const nation = model.exitCounts('000000')!;
    expect(nation.villages).toBe(VILLAGES);
    const provinces = model.regions.children('000000');
    expect(provinces.reduce((s, p) => s + (model.exitCounts(p.code)?.villages ?? 0), 0)).toBe(
      VILLAGES,
    );
    expect(provinces.reduce((s, p) => s + sum(model.exitCounts(p.code)?.exitedByYear), 0)).toBe(
      sum(nation.exitedByYear),
    );
    const exited = result.tables.villageExits.filter((v) => v.status === 'exited').length;
    expect(sum(nation.exitedByYear) + nation.exitedUndated).toBe(exited);
    // Provinces without poor counties have no rows: "no data", never zero.
    expect(model.exitCounts('110000')).toBeUndefined();
  });

  it('is deterministic for a seed', { timeout: 30_000 }, () => {
    const a = generateDataset({ seed: 3, villages: 300 });
    const b = generateDataset({ seed: 3, villages: 300 });
    const c = generateDataset({ seed: 4, villages: 300 });
    expect(a.files).toEqual(b.files);
    expect(c.files['village_exits.csv']).not.toBe(a.files['village_exits.csv']);
    expect(a.summary.villages).toBe(300);
  });

  it('indexes in slices that let the page run in between, with the same answers as at once', async () => {
    let clock = 0;
    let pauses = 0;
    const indexes = await runInSlices(
      indexDataset(result),
      10,
      async () => {
        pauses++;
      },
      () => (clock += 5),
    );
    const sliced = new DashboardModel(result, indexes);
    expect(pauses).toBeGreaterThan(2);
    const root = model.regions.root!.code;
    expect(sliced.years).toEqual(model.years);
    expect(sliced.exitCounts(root)).toEqual(model.exitCounts(root));
    expect(sliced.regions.children(root).map((r) => r.code)).toEqual(
      model.regions.children(root).map((r) => r.code),
    );
    expect(sliced.regionsWithData().length).toBe(model.regionsWithData().length);
    for (const p of model.regions.children(root))
      expect(sliced.hasData(p.code), p.code).toBe(model.hasData(p.code));
  });

  it('reports validation progress through the files, rising to the end', async () => {
    const texts: Record<string, string> = {};
    for (const f of result.report.files) texts[f.file] = await readFile(join(dir, f.file), 'utf8');
    const calls: Array<[number, number]> = [];
    const again = validateDataset(texts, (fraction, rows) => calls.push([fraction, rows]));
    const rows = again.report.files.reduce((s, f) => s + f.total, 0);
    expect(calls.length).toBeGreaterThan(1);
    for (let i = 1; i < calls.length; i++) {
      expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
      expect(calls[i]![1]).toBeGreaterThan(calls[i - 1]![1]);
    }
    expect(calls[0]![0]).toBeGreaterThan(0);
    expect(calls.at(-1)![0]).toBeLessThanOrEqual(1);
    expect(calls.at(-1)![0]).toBeGreaterThan(0.5);
    expect(calls.at(-1)![1]).toBeLessThanOrEqual(rows);
  });
});
