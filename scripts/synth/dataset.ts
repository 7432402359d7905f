import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SYNTH_SOURCE, cell, countyTree, pad, pointCells, type County } from './counties';
import { loadGeography } from './geography';
import { pointInside, pointNear } from './points';
import { Prng } from './prng';

export { SYNTH_SOURCE } from './counties';

/**
 * A synthetic national dataset shaped like the campaign (31 provinces, 832 poor counties,
 * ~128,000 poor villages exiting 2014–2020), for scale tests only: every name below the real
 * divisions is "合成…", every row cites the generator, and the manifest says synthetic.
 */
export interface SynthOptions {
  seed?: number;
  villages?: number;
  /** Folder of map extracts whose features give real prefecture and county names. */
  mapsDir?: string;
}

export interface SynthSummary {
  seed: number;
  provinces: number;
  prefectures: number;
  counties: number;
  townships: number;
  villages: number;
  rows: Record<string, number>;
}

export interface SynthDataset {
  /** File name → contents, in the documented format. */
  files: Record<string, string>;
  summary: SynthSummary;
}

export const DEFAULT_VILLAGES = 128_000;
export const DEFAULT_SEED = 20201123;
const SOURCED = `${SYNTH_SOURCE},synthetic,,`;
const FIRST_YEAR = 2014;
const LAST_YEAR = 2020;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

const HEADERS: Record<string, string> = {
  'regions.csv': 'code,code_kind,name,name_en,level,parent_code,map,lon,lat,note,source',
  'village_exits.csv':
    'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note',
  'indicators.csv':
    'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note',
  'funds.csv':
    'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note',
  'infrastructure.csv':
    'id,region_code,period,category,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note',
  'milestones.csv':
    'id,region_code,date,kind,title_zh,title_en,source_file,source_quote,quality_flag,quality_note',
};

/**
 * The text of each CSV file, and counters for ids and names. Lines are joined in chunks as
 * they come, so the many small strings that make a line die young.
 */
class Rows {
  private readonly chunks: Record<string, string[]> = Object.fromEntries(
    Object.keys(HEADERS).map((f) => [f, [HEADERS[f]!]]),
  );
  private readonly pending: Record<string, string[]> = Object.fromEntries(
    Object.keys(HEADERS).map((f) => [f, []]),
  );
  readonly counts: Record<string, number> = Object.fromEntries(
    Object.keys(HEADERS).map((f) => [f, 0]),
  );
  townships = 0;
  villages = 0;
  prefectures = 0;
  private indicators = 0;

  add(file: string, ...lines: string[]): void {
    const pending = this.pending[file]!;
    pending.push(...lines);
    this.counts[file]! += lines.length;
    if (pending.length >= 4096) this.flush(file);
  }

  private flush(file: string): void {
    this.chunks[file]!.push(this.pending[file]!.join('\n'));
    this.pending[file] = [];
  }

  text(file: string): string {
    this.flush(file);
    return `${this.chunks[file]!.join('\n')}\n`;
  }

  indicator(
    region: string,
    key: string,
    zh: string,
    en: string,
    year: number,
    value: number | string,
    qualifier: string,
    unit: string,
  ): void {
    const id = `syn-ind-${pad(++this.indicators, 6)}`;
    this.add(
      'indicators.csv',
      `${id},${region},${key},,${zh},${en},actual,${year},,${value},${qualifier},,${unit},${SOURCED}`,
    );
  }
}

/** Headcounts per year (index 0 = 2014) added up for a region's whole subtree. */
interface Totals {
  people: number[];
  households: number[];
  villages: number[];
  /** False for a province without poor counties: it has no poor-village count, not zero. */
  countsVillages: boolean;
}

const zeros = () => YEARS.map(() => 0);

function exitDate(rng: Prng, year: number): string {
  const r = rng.next();
  if (r < 0.2) return String(year);
  const month = pad(rng.int(1, 12), 2);
  return r < 0.5 ? `${year}-${month}` : `${year}-${month}-${pad(rng.int(1, 28), 2)}`;
}

/** A county's townships and villages with their exits; returns villages still poor at each year's end. */
function addVillages(rng: Prng, county: County, rows: Rows): number[] {
  const stillPoor = zeros();
  const townships =
    county.villages === 0 ? 0 : Math.max(1, Math.round(county.villages / rng.int(10, 18)));
  rng.split(county.villages, townships, 0.4).forEach((count, ti) => {
    const tn = ++rows.townships;
    const tCode = `${county.code}${pad(100 + ti, 3)}`;
    const tName = `合成镇${pad(tn, 5)}`;
    // The township has no point of its own in regions.csv: its villages lie around this one.
    const around = pointInside(rng, county.polygons);
    rows.add(
      'regions.csv',
      `${tCode},stats,${tName},Synthetic Township ${pad(tn, 5)},township,${county.code},,,,,${SYNTH_SOURCE}`,
    );
    for (let vi = 0; vi < count; vi++) {
      const vn = ++rows.villages;
      const vCode = `${tCode}${pad(200 + vi, 3)}`;
      rows.add(
        'regions.csv',
        `${vCode},stats,合成村${pad(vn, 6)},Synthetic Village ${pad(vn, 6)},village,${tCode},,${pointCells(pointNear(rng, around, county.polygons))},,${SYNTH_SOURCE}`,
      );
      const planned = rng.int(FIRST_YEAR, county.exitYear);
      const r = rng.next();
      let status = 'exited';
      let date = '';
      let exited = LAST_YEAR + 1;
      if (r < 0.02) status = 'planned';
      else if (r < 0.025) status = 'unknown';
      else {
        // Most leave on plan; some a year early or late, always within the campaign.
        const drift = r < 0.1 ? -1 : r < 0.2 ? 1 : 0;
        exited = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, planned + drift));
        date = exitDate(rng, exited);
      }
      for (let y = 0; y < YEARS.length; y++) if (YEARS[y]! < exited) stillPoor[y]!++;
      rows.add(
        'village_exits.csv',
        `syn-ve-${pad(vn, 6)},${vCode},${tName},${county.code},${planned},${date},${status},${SOURCED}`,
      );
    }
  });
  return stillPoor;
}

/** A county's headcounts, funds and infrastructure for each year, and its exit milestone. */
function addCountyFigures(
  rng: Prng,
  county: County,
  stillPoor: number[],
  rows: Rows,
  totalsOf: (code: string) => Totals,
): void {
  const population = rng.int(150_000, 600_000);
  const poorAtStart = population * rng.range(0.08, 0.3);
  const householdSize = rng.range(2.6, 3.4);
  YEARS.forEach((year, y) => {
    // Poverty falls towards the county's exit year; what is left is cleared by the end of 2020.
    const left =
      year >= LAST_YEAR ? 0 : Math.max(0.02, (county.exitYear - year) / (county.exitYear - 2013));
    const people = Math.round(poorAtStart * left);
    const households = Math.round(people / householdSize);
    const incidence = ((people / population) * 100).toFixed(2);
    rows.indicator(
      county.code,
      'poor_people',
      '建档立卡贫困人口',
      'Registered poor people',
      year,
      people,
      'exact',
      'people',
    );
    rows.indicator(
      county.code,
      'poor_households',
      '建档立卡贫困户',
      'Registered poor households',
      year,
      households,
      'exact',
      'households',
    );
    rows.indicator(
      county.code,
      'poverty_incidence',
      '贫困发生率',
      'Poverty incidence',
      year,
      incidence,
      rng.next() < 0.1 ? 'approx' : 'exact',
      'percent',
    );
    if (county.villages > 0)
      rows.indicator(
        county.code,
        'poor_villages',
        '贫困村',
        'Poor villages',
        year,
        stillPoor[y]!,
        'exact',
        'villages',
      );
    for (const code of county.ancestors) {
      const t = totalsOf(code);
      t.people[y]! += people;
      t.households[y]! += households;
      t.villages[y]! += stillPoor[y]!;
      t.countsVillages = true;
    }
    const n = `${county.code}-${year}`;
    const central =
      Math.round((rng.range(2e7, 8e7) * (1 + (year - FIRST_YEAR) * 0.15)) / 1e4) * 1e4;
    const integrated = Math.round(rng.range(5e7, 3e8) / 1e4) * 1e4;
    rows.add(
      'funds.csv',
      `syn-fund-${n}-c,${county.code},${year},central_provincial,,中央和省级财政专项扶贫资金,Central and provincial poverty funds,actual,${central},exact,,yuan,${SOURCED}`,
      `syn-fund-${n}-i,${county.code},${year},integrated,,统筹整合使用财政涉农资金,Integrated agricultural funds,actual,${integrated},${rng.next() < 0.05 ? 'more_than' : 'exact'},,yuan,${SOURCED}`,
    );
    rows.add(
      'infrastructure.csv',
      `syn-infra-${n}-r,${county.code},${year},roads,新建和改造农村公路,Rural roads built or upgraded,actual,${rng.range(20, 300).toFixed(1)},exact,,km,${SOURCED}`,
      `syn-infra-${n}-h,${county.code},${year},rebuilt_houses,危房改造,Dilapidated houses rebuilt,actual,${rng.int(200, 4000)},exact,,households,${SOURCED}`,
    );
  });
  rows.add(
    'milestones.csv',
    `syn-ms-${county.code},${county.code},${exitDate(rng, county.exitYear)},county_exit,${cell(county.name)}脱贫摘帽,${cell(county.nameEn)} leaves the poor-county list,${SOURCED}`,
  );
}

/**
 * Headcounts of a division in a province without poor counties: people poor by the province's
 * own line, none left by 2020, so its map is coloured like the others. No villages, no exits.
 */
function addQuietFigures(
  rng: Prng,
  code: string,
  ancestors: readonly string[],
  rows: Rows,
  totalsOf: (code: string) => Totals,
): void {
  const poorAtStart = rng.int(5_000, 120_000);
  const householdSize = rng.range(2.6, 3.4);
  YEARS.forEach((year, y) => {
    const people = Math.round(poorAtStart * Math.max(0, (2019 - year) / (2019 - 2013)));
    const households = Math.round(people / householdSize);
    rows.indicator(
      code,
      'poor_people',
      '建档立卡贫困人口',
      'Registered poor people',
      year,
      people,
      'exact',
      'people',
    );
    rows.indicator(
      code,
      'poor_households',
      '建档立卡贫困户',
      'Registered poor households',
      year,
      households,
      'exact',
      'households',
    );
    for (const a of ancestors) {
      totalsOf(a).people[y]! += people;
      totalsOf(a).households[y]! += households;
    }
  });
}

/** Generates the whole dataset in memory; deterministic for a seed and the map extracts present. */
export function generateDataset(options: SynthOptions = {}): SynthDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const villageTotal = options.villages ?? DEFAULT_VILLAGES;
  const rng = new Prng(seed);
  const geo = loadGeography(options.mapsDir);
  const rows = new Rows();
  const tree = countyTree(rng, geo);
  const counties = tree.flatMap((p) => p.prefectures.flatMap((f) => f.counties));

  const totals = new Map<string, Totals>();
  const totalsOf = (code: string) => {
    let t = totals.get(code);
    if (!t)
      totals.set(
        code,
        (t = { people: zeros(), households: zeros(), villages: zeros(), countsVillages: false }),
      );
    return t;
  };
  const perCounty = rng.split(villageTotal, counties.length, 0.6);
  counties.forEach((county, i) => (county.villages = perCounty[i]!));
  // Depth first, so regions.csv lists parents before children in code order, as official lists do.
  rows.add('regions.csv', '000000,gb2260,中国,China,nation,,,,,,GB/T 2260');
  for (const province of tree) {
    rows.add('regions.csv', province.row);
    for (const prefecture of province.prefectures) {
      if (prefecture.row !== null) {
        rows.add('regions.csv', prefecture.row);
        rows.prefectures++;
      }
      for (const county of prefecture.counties) {
        rows.add('regions.csv', county.row);
        addCountyFigures(rng, county, addVillages(rng, county, rows), rows, totalsOf);
      }
    }
    for (const place of province.quiet) {
      rows.add('regions.csv', place.row);
      addQuietFigures(rng, place.code, [province.code, '000000'], rows, totalsOf);
    }
  }
  // Prefectures, provinces and the nation report the sums of their counties.
  for (const [code, t] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    YEARS.forEach((year, y) => {
      rows.indicator(
        code,
        'poor_people',
        '建档立卡贫困人口',
        'Registered poor people',
        year,
        t.people[y]!,
        'exact',
        'people',
      );
      rows.indicator(
        code,
        'poor_households',
        '建档立卡贫困户',
        'Registered poor households',
        year,
        t.households[y]!,
        'exact',
        'households',
      );
      if (rows.villages > 0 && t.countsVillages)
        rows.indicator(
          code,
          'poor_villages',
          '贫困村',
          'Poor villages',
          year,
          t.villages[y]!,
          'exact',
          'villages',
        );
    });
  }

  const manifest = {
    name: 'Synthetic national dataset (for scale tests only)',
    name_zh: '合成全国数据（仅供规模测试）',
    as_of: '2021-02-25',
    synthetic: true,
    sources: [
      {
        file: SYNTH_SOURCE,
        title: 'Synthetic data generator — not real figures',
        publisher: `scripts/synth/generate.ts (seed ${seed}, ${villageTotal} villages)`,
        date: '2021-02-25',
        region_code: '000000',
      },
    ],
  };
  const files: Record<string, string> = {
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
  };
  for (const file of Object.keys(HEADERS)) files[file] = rows.text(file);
  return {
    files,
    summary: {
      seed,
      provinces: geo.length,
      prefectures: rows.prefectures,
      counties: counties.length,
      townships: rows.townships,
      villages: rows.villages,
      rows: rows.counts,
    },
  };
}

/** Generates the dataset and writes it into `out` (created if needed). */
export async function writeDataset(out: string, options: SynthOptions = {}): Promise<SynthSummary> {
  const { files, summary } = generateDataset(options);
  await mkdir(out, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(out, name), text)));
  return summary;
}
