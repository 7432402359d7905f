import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGeography, type ProvinceGeo, type RealPlace } from './geography';
import { Prng } from './prng';

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

export const SYNTH_SOURCE = 'synthetic-generator';
export const DEFAULT_VILLAGES = 128_000;
export const DEFAULT_SEED = 20201123;
const QUOTE = 'synthetic';
const SOURCED = `${SYNTH_SOURCE},${QUOTE},,`;
const FIRST_YEAR = 2014;
const LAST_YEAR = 2020;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
/** Counties that left the list each year, 2016–2020 (28, 125, 283, 344, 52 of the 832). */
const COUNTY_EXIT_WEIGHTS = [28, 125, 283, 344, 52];

const HEADERS = {
  regions: 'code,code_kind,name,name_en,level,parent_code,map,note,source',
  villages: 'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note',
  indicators:
    'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note',
  funds: 'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note',
  infrastructure:
    'id,region_code,period,category,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note',
  milestones: 'id,region_code,date,kind,title_zh,title_en,source_file,source_quote,quality_flag,quality_note',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Quotes a text cell only when it needs it; real names from map extracts are data too. */
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

interface County {
  code: string;
  name: string;
  nameEn: string;
  /** Codes of the prefecture, province and nation above it. */
  ancestors: string[];
  exitYear: number;
  villages: number;
}

/** Headcounts per year (index 0 = 2014) added up for a region's whole subtree. */
interface Totals {
  people: number[];
  households: number[];
  villages: number[];
}

const zeros = () => YEARS.map(() => 0);

function regionRow(place: RealPlace, kind: string, level: string, parent: string): string {
  return `${place.code},${kind},${cell(place.name)},${cell(place.nameEn)},${level},${parent},${place.map},,${cell(place.source)}`;
}

function synthPlace(code: string, name: string, nameEn: string): RealPlace {
  return { code, name, nameEn, map: '', source: SYNTH_SOURCE };
}

/** Prefectures and poor counties of one province: real ones where the maps have them. */
function provinceCounties(rng: Prng, p: ProvinceGeo, regions: string[], next: { prefecture: number; county: number }): County[] {
  const out: County[] = [];
  if (p.poorCounties === 0) return out;
  const prefix = p.code.slice(0, 2);
  // Codes 60–89 are unused by real prefectures, so a synthetic one never shadows a real one.
  const prefectures =
    p.prefectures.length > 0
      ? p.prefectures
      : Array.from({ length: Math.max(1, Math.round(p.poorCounties / rng.range(5, 9))) }, (_, i) => {
          const n = ++next.prefecture;
          return { ...synthPlace(`${prefix}${60 + i}00`, `合成地区${pad(n, 3)}`, `Synthetic Prefecture ${pad(n, 3)}`), counties: [] as RealPlace[] };
        });
  const perPrefecture = rng.split(p.poorCounties, prefectures.length, 0.7);
  prefectures.forEach((pref, i) => {
    regions.push(regionRow(pref, 'gb2260', 'prefecture', p.code));
    const count = perPrefecture[i]!;
    const taken = new Set(pref.counties.map((c) => c.code));
    let number = 50;
    for (let j = 0; j < count; j++) {
      const n = ++next.county;
      let county = pref.counties[j];
      if (!county) {
        // Past the real ones, numbers from 51 up sit above most real county numbers of a prefecture.
        do number++;
        while (taken.has(`${pref.code.slice(0, 4)}${number}`));
        if (number > 99) throw new Error(`too many counties for prefecture ${pref.code}`);
        county = synthPlace(`${pref.code.slice(0, 4)}${number}`, `合成县${pad(n, 4)}`, `Synthetic County ${pad(n, 4)}`);
      }
      regions.push(regionRow(county, 'gb2260', 'county', pref.code));
      out.push({
        code: county.code,
        name: county.name,
        nameEn: county.nameEn || county.name,
        ancestors: [pref.code, p.code, '000000'],
        exitYear: 2016 + rng.weighted(COUNTY_EXIT_WEIGHTS),
        villages: 0,
      });
    }
  });
  return out;
}

function exitDate(rng: Prng, year: number): string {
  const r = rng.next();
  if (r < 0.2) return String(year);
  const month = pad(rng.int(1, 12), 2);
  return r < 0.5 ? `${year}-${month}` : `${year}-${month}-${pad(rng.int(1, 28), 2)}`;
}

/** Generates the whole dataset in memory; deterministic for a seed and the map extracts present. */
export function generateDataset(options: SynthOptions = {}): SynthDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const villageTotal = options.villages ?? DEFAULT_VILLAGES;
  const rng = new Prng(seed);
  const geo = loadGeography(options.mapsDir);

  const regions = [HEADERS.regions, '000000,gb2260,中国,China,nation,,,,GB/T 2260'];
  const next = { prefecture: 0, county: 0 };
  const counties: County[] = [];
  for (const p of geo) {
    regions.push(regionRow(p, 'gb2260', 'province', '000000'));
    counties.push(...provinceCounties(rng, p, regions, next));
  }
  const prefectures = regions.filter((r) => r.includes(',prefecture,')).length;

  const villageRows = [HEADERS.villages];
  const indicatorRows = [HEADERS.indicators];
  const fundRows = [HEADERS.funds];
  const infraRows = [HEADERS.infrastructure];
  const milestoneRows = [HEADERS.milestones];
  const totals = new Map<string, Totals>();
  const totalsOf = (code: string) => {
    let t = totals.get(code);
    if (!t) totals.set(code, (t = { people: zeros(), households: zeros(), villages: zeros() }));
    return t;
  };
  let township = 0;
  let village = 0;
  let ind = 0;
  const indicator = (region: string, key: string, zh: string, en: string, year: number, value: number | string, qualifier: string, unit: string) =>
    indicatorRows.push(`syn-ind-${pad(++ind, 6)},${region},${key},,${zh},${en},actual,${year},,${value},${qualifier},,${unit},${SOURCED}`);

  const perCounty = rng.split(villageTotal, counties.length, 0.6);
  counties.forEach((county, ci) => {
    county.villages = perCounty[ci]!;
    const stillPoor = zeros();
    const townships = county.villages === 0 ? 0 : Math.max(1, Math.round(county.villages / rng.int(10, 18)));
    const perTownship = rng.split(county.villages, townships, 0.4);
    perTownship.forEach((count, ti) => {
      const tn = ++township;
      const tCode = `${county.code}${pad(100 + ti, 3)}`;
      const tName = `合成镇${pad(tn, 5)}`;
      regions.push(`${tCode},stats,${tName},Synthetic Township ${pad(tn, 5)},township,${county.code},,,${SYNTH_SOURCE}`);
      for (let vi = 0; vi < count; vi++) {
        const vn = ++village;
        const vCode = `${tCode}${pad(200 + vi, 3)}`;
        regions.push(`${vCode},stats,合成村${pad(vn, 6)},Synthetic Village ${pad(vn, 6)},village,${tCode},,,${SYNTH_SOURCE}`);
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
        villageRows.push(`syn-ve-${pad(vn, 6)},${vCode},${tName},${county.code},${planned},${date},${status},${SOURCED}`);
      }
    });

    const population = rng.int(150_000, 600_000);
    const poorAtStart = population * rng.range(0.08, 0.3);
    const householdSize = rng.range(2.6, 3.4);
    YEARS.forEach((year, y) => {
      // Poverty falls towards the county's exit year; what is left is cleared by the end of 2020.
      const left = year >= LAST_YEAR ? 0 : Math.max(0.02, (county.exitYear - year) / (county.exitYear - 2013));
      const people = Math.round(poorAtStart * left);
      const households = Math.round(people / householdSize);
      const incidence = ((people / population) * 100).toFixed(2);
      indicator(county.code, 'poor_people', '建档立卡贫困人口', 'Registered poor people', year, people, 'exact', 'people');
      indicator(county.code, 'poor_households', '建档立卡贫困户', 'Registered poor households', year, households, 'exact', 'households');
      indicator(county.code, 'poverty_incidence', '贫困发生率', 'Poverty incidence', year, incidence, rng.next() < 0.1 ? 'approx' : 'exact', 'percent');
      if (county.villages > 0) indicator(county.code, 'poor_villages', '贫困村', 'Poor villages', year, stillPoor[y]!, 'exact', 'villages');
      for (const code of county.ancestors) {
        const t = totalsOf(code);
        t.people[y]! += people;
        t.households[y]! += households;
        t.villages[y]! += stillPoor[y]!;
      }
      const n = `${county.code}-${year}`;
      const central = Math.round(rng.range(2e7, 8e7) * (1 + (year - FIRST_YEAR) * 0.15) / 1e4) * 1e4;
      const integrated = Math.round(rng.range(5e7, 3e8) / 1e4) * 1e4;
      fundRows.push(
        `syn-fund-${n}-c,${county.code},${year},central_provincial,,中央和省级财政专项扶贫资金,Central and provincial poverty funds,actual,${central},exact,,yuan,${SOURCED}`,
        `syn-fund-${n}-i,${county.code},${year},integrated,,统筹整合使用财政涉农资金,Integrated agricultural funds,actual,${integrated},${rng.next() < 0.05 ? 'more_than' : 'exact'},,yuan,${SOURCED}`,
      );
      infraRows.push(
        `syn-infra-${n}-r,${county.code},${year},roads,新建和改造农村公路,Rural roads built or upgraded,actual,${rng.range(20, 300).toFixed(1)},exact,,km,${SOURCED}`,
        `syn-infra-${n}-h,${county.code},${year},rebuilt_houses,危房改造,Dilapidated houses rebuilt,actual,${rng.int(200, 4000)},exact,,households,${SOURCED}`,
      );
    });
    milestoneRows.push(
      `syn-ms-${county.code},${county.code},${exitDate(rng, county.exitYear)},county_exit,${cell(county.name)}脱贫摘帽,${cell(county.nameEn)} leaves the poor-county list,${SOURCED}`,
    );
  });

  for (const [code, t] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    YEARS.forEach((year, y) => {
      indicator(code, 'poor_people', '建档立卡贫困人口', 'Registered poor people', year, t.people[y]!, 'exact', 'people');
      indicator(code, 'poor_households', '建档立卡贫困户', 'Registered poor households', year, t.households[y]!, 'exact', 'households');
      if (village > 0) indicator(code, 'poor_villages', '贫困村', 'Poor villages', year, t.villages[y]!, 'exact', 'villages');
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
  // Parents before children, in code order, as official code lists are published.
  const regionLines = [regions[0]!, ...regions.slice(1).sort()];
  const csv = (lines: string[]) => `${lines.join('\n')}\n`;
  const files = {
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'regions.csv': csv(regionLines),
    'village_exits.csv': csv(villageRows),
    'indicators.csv': csv(indicatorRows),
    'funds.csv': csv(fundRows),
    'infrastructure.csv': csv(infraRows),
    'milestones.csv': csv(milestoneRows),
  };
  const rows: Record<string, number> = {};
  for (const [file, lines] of Object.entries({ 'regions.csv': regionLines, 'village_exits.csv': villageRows, 'indicators.csv': indicatorRows, 'funds.csv': fundRows, 'infrastructure.csv': infraRows, 'milestones.csv': milestoneRows }))
    rows[file] = lines.length - 1;
  return {
    files,
    summary: { seed, provinces: geo.length, prefectures, counties: counties.length, townships: township, villages: village, rows },
  };
}

/** Generates the dataset and writes it into `out` (created if needed). */
export async function writeDataset(out: string, options: SynthOptions = {}): Promise<SynthSummary> {
  const { files, summary } = generateDataset(options);
  await mkdir(out, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(out, name), text)));
  return summary;
}
