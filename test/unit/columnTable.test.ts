import { describe, expect, it } from 'vitest';
import { ColumnTable, keepRows, TableBuilder } from '../../src/data/columnTable';
import { readDataset } from '../../src/data/readDataset';
import { formatIssue } from '../../src/data/report';
import { validateDataset } from '../../src/data/validateDataset';
import { fetchReader, urlInputs } from '../../src/load/datasetSource';
import { decodeTable, encodeTable, transferables } from '../../src/load/columns';
import { runPipeline } from '../../src/load/pipeline';
import { DashboardModel } from '../../src/model/dashboardModel';
import { runToEnd } from '../../src/model/sliced';
import { TEST_MANIFEST, TEST_REGIONS, testFiles } from '../helpers/dataset';
import { encodeGbk } from '../helpers/gbk';

const VILLAGE_HEADER =
  'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note';
const village = (id: string, cells: Partial<Record<'code' | 'year' | 'date' | 'status', string>>) =>
  `${id},${cells.code ?? '421202102238'},桂花镇,421202,${cells.year ?? '2016'},${cells.date ?? '2016-12'},${cells.status ?? 'exited'},doc.txt,q,,`;

/** Good rows between bad ones of every kind the columns must keep out. */
const MIXED = [
  VILLAGE_HEADER,
  village('v1', {}),
  village('v2', { year: '二〇一六' }), // a cell that is not a year
  village('v3', { code: '421202102239', date: '', status: 'planned' }),
  village('v4', { code: '999999999999' }), // a reference to no region
  village('v5', { date: '2016-13' }), // no 13th month
  village('v1', {}), // a repeated id
  village('v6', { code: '421202102239', year: '' }),
].join('\n');

describe('validated tables are columns', () => {
  const result = validateDataset(testFiles({ 'village_exits.csv': MIXED }));
  const report = result.report.files.find((f) => f.file === 'village_exits.csv')!;
  const table = result.columns.villageExits;

  it('holds exactly the accepted rows: accepted + rejected = total', () => {
    expect([report.total, report.accepted, report.rejected.length]).toEqual([7, 3, 4]);
    expect(table.length).toBe(report.accepted);
    expect(table.text('id')).toEqual(['v1', 'v3', 'v6']);
    // Numbers in a Float64Array, NaN where the cell is empty; dates as their ISO text.
    expect(table.number('plannedExitYear')).toEqual(new Float64Array([2016, 2016, NaN]));
    expect(table.date('actualExitDate')).toEqual(['2016-12', null, '2016-12']);
  });

  it('names every rejected cell by file:line:column, in both languages', () => {
    const where = report.rejected.map((r) => r.issues.map((i) => formatIssue(i)));
    expect(where).toEqual([
      [
        expect.stringMatching(
          /^village_exits\.csv:3:5 \(planned_exit_year\): "二〇一六" is not a year/,
        ),
      ],
      [
        expect.stringMatching(
          /^village_exits\.csv:5:2 \(village_code\): unknown region code "999999999999"/,
        ),
      ],
      [
        expect.stringMatching(
          /^village_exits\.csv:6:6 \(actual_exit_date\): "2016-13" is not a date/,
        ),
      ],
      [
        expect.stringMatching(
          /^village_exits\.csv:7:1 \(id\): Duplicate id "v1": first used on line 2/,
        ),
      ],
    ]);
    for (const r of report.rejected) {
      expect(r.issues.every((i) => /[\u4e00-\u9fff]/.test(i.zh))).toBe(true);
      // The cells as read, for the clerk's download.
      expect(r.fields[0]).toMatch(/^v\d$/);
    }
  });

  it('makes a row object only when asked, once, with the shape rows always had', () => {
    expect(table.row(1)).toBe(table.row(1));
    expect(table.row(1)).toEqual({
      id: 'v3',
      villageCode: '421202102239',
      townshipName: '桂花镇',
      countyCode: '421202',
      plannedExitYear: 2016,
      actualExitDate: null,
      status: 'planned',
      sourceFile: 'doc.txt',
      sourceQuote: 'q',
      qualityFlag: null,
      qualityNote: '',
      qualityNoteZh: '',
    });
    expect(result.tables.villageExits).toEqual(table.rows());
    expect(result.tables.villageExits[1]).toBe(table.row(1));
  });

  it('gives the model the same answers as rows did: exits rolled up the region tree', () => {
    const model = new DashboardModel(result);
    const county = model.exitCounts('421202')!;
    expect([county.villages, county.exitedUndated]).toEqual([3, 0]);
    expect([...county.exitedByYear]).toEqual([[2016, 2]]);
    expect([...county.plannedByYear]).toEqual([[2016, 2]]);
    expect(model.exitCounts('000000')?.villages).toBe(3);
    expect(model.facts('421202').villages.map((v) => v.id)).toEqual(['v1', 'v3', 'v6']);
    expect(model.regions.children('421202').map((r) => r.code)).toEqual(['421202102']);
  });

  it('lists the flagged rows from the flag columns alone', () => {
    const flagged = MIXED.replace(
      'v3,421202102239,桂花镇,421202,2016,,planned,doc.txt,q,,',
      'v3,421202102239,桂花镇,421202,2016,,planned,doc.txt,q,doubtful,why',
    );
    const model = new DashboardModel(validateDataset(testFiles({ 'village_exits.csv': flagged })));
    expect(model.flaggedRows().map((r) => [r.id, r.qualityFlag, r.qualityNote])).toEqual([
      ['v3', 'doubtful', 'why'],
    ]);
    expect(new DashboardModel(result).flaggedRows()).toEqual([]);
  });

  it('keeps rows by a mask, and an absent table answers every column as empty', () => {
    const b = new TableBuilder(['n', 'p'], ['number', 'period']);
    b.append([1, { start: 2016, end: 2018 }]);
    b.append([null, { start: 2020, end: 2020 }]);
    const kept = keepRows(b.build<{ n: number | null; p: unknown }>(), new Uint8Array([0, 1]));
    expect(kept.rows()).toEqual([{ n: null, p: { start: 2020, end: 2020 } }]);
    const none = new ColumnTable<{ code: string }>([], [], 0);
    expect(none.text('code')).toEqual([]);
    expect(result.columns.funds.length).toBe(0);
  });

  it('cross to the page as buffers and come back as the same columns', () => {
    // Its own copy: moving the buffers leaves the sender's columns empty, as in the worker.
    const sent = validateDataset(testFiles({ 'village_exits.csv': MIXED })).columns.villageExits;
    const wire = encodeTable('villageExits', sent);
    const moved = runToEnd(decodeTable(structuredClone(wire, { transfer: transferables(wire) })));
    expect(moved.rows()).toEqual(result.tables.villageExits);
    expect(moved.links).toEqual(table.links);
    expect(sent.number('plannedExitYear')).toHaveLength(0);
  });

  it("links each village to its region's row, as validation found it", () => {
    const rows = table.links.get('villageCode')!;
    const regions = result.columns.regions.text('code');
    expect([...rows].map((r) => regions[r])).toEqual(table.text('villageCode'));
  });
});

describe('one pipeline for every reader', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const files: Record<string, Uint8Array> = {
    'manifest.json': enc(TEST_MANIFEST),
    'regions.csv': enc(TEST_REGIONS),
    // GBK bytes, as Excel on Chinese Windows saves them.
    'village_exits.csv': encodeGbk(MIXED),
    // A JSON table, read through the same row checks.
    'funds.json': enc(
      JSON.stringify([
        {
          id: 'f1',
          region_code: '421202',
          period: '2016',
          source_type: 'central',
          label_zh: '中央资金',
          measure: 'actual',
          value: 5,
          qualifier: 'exact',
          unit: 'yuan',
          source_file: 'doc.txt',
          source_quote: 'q',
        },
        { id: 'f2', region_code: '421202', value: '一千' },
      ]),
    ),
  };
  const http: typeof fetch = async (url) => {
    const bytes = files[String(url).replace('http://site/data/', '')];
    return bytes
      ? new Response(bytes as Uint8Array<ArrayBuffer>)
      : new Response('', { status: 404 });
  };
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

  it('the CLI, the wall or embed, and the worker report and read one folder alike', async () => {
    const cli = await readDataset(async (name) => files[name] ?? null);
    const wall = await readDataset(fetchReader('http://site/data/', http));
    const { dataset: worker } = await runPipeline(urlInputs('http://site/data/', true), false, {
      post: () => {},
      ask: async () => ({}),
      fetch: http,
    });
    for (const other of [wall, worker]) {
      expect(plain(other.report)).toEqual(plain(cli.report));
      expect(other.tables).toEqual(cli.tables);
    }
    const villages = cli.report.files.find((f) => f.file === 'village_exits.csv')!;
    expect(cli.encodings['village_exits.csv']).toBe('gb18030');
    expect(villages.accepted + villages.rejected.length).toBe(villages.total);
    expect(cli.tables.villageExits.map((v) => v.townshipName)).toEqual([
      '桂花镇',
      '桂花镇',
      '桂花镇',
    ]);
    const funds = cli.report.files.find((f) => f.file === 'funds.csv')!;
    expect([funds.name, funds.total, funds.accepted]).toEqual(['funds.json', 2, 1]);
  });
});
