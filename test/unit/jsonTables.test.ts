import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableCells, writeTable, type OutputShape } from '../../src/data/convertTable';
import { decodeBytes } from '../../src/data/decode';
import { tableFileName } from '../../src/data/fileSlots';
import { parseTable } from '../../src/data/parseTable';
import { readDataset, type ReadResult } from '../../src/data/readDataset';
import { formatIssue, type FileReport, type Issue } from '../../src/data/report';
import { TABLES } from '../../src/data/schema';
import { DashboardModel } from '../../src/model/dashboardModel';
import { TEST_MANIFEST, TEST_REGIONS } from '../helpers/dataset';

const folderFiles = (dir: string): Record<string, Uint8Array> =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => [f.name, new Uint8Array(readFileSync(join(dir, f.name)))]),
  );

const BUNDLED = 'public/data';
const bundledFiles = (): Record<string, Uint8Array> => folderFiles(BUNDLED);

const read = (files: Record<string, string | Uint8Array>): Promise<ReadResult> =>
  readDataset(
    async (name) => {
      const f = files[name];
      return f === undefined ? null : typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    { everyFormat: true },
  );

/** The bundled dataset with every table written in `shape`. */
function converted(shape: OutputShape): Record<string, Uint8Array | string> {
  const files: Record<string, Uint8Array | string> = {};
  for (const [name, bytes] of Object.entries(bundledFiles())) {
    const spec = TABLES.find((t) => t.file === name);
    if (!spec) files[name] = bytes;
    else {
      const text = (decodeBytes(bytes) as { text: string }).text;
      const format = shape === 'compact' ? 'json' : shape;
      files[tableFileName(name, format)] = writeTable(spec, tableCells(name, text), shape);
    }
  }
  return files;
}

const counts = (r: ReadResult) =>
  r.report.files.map((f) => [f.file, f.total, f.accepted, f.rejected.length]);

describe('JSON tables', () => {
  it.each(['json', 'compact', 'ndjson'] as const)(
    'the bundled dataset as %s loads with the same counts, rows and model as the CSV',
    async (shape) => {
      const csv = await read(bundledFiles());
      const json = await read(converted(shape));
      expect(counts(json)).toEqual(counts(csv));
      expect(json.tables).toEqual(csv.tables);
      expect(json.report.files.flatMap((f) => f.issues)).toEqual([]);
      const a = new DashboardModel(csv);
      const b = new DashboardModel(json);
      expect(b.years).toEqual(a.years);
      const facts = (m: DashboardModel) =>
        JSON.stringify(m.regionsWithData().map((r) => [r.code, m.facts(r.code)]));
      expect(facts(b)).toBe(facts(a));
      // And back: JSON to CSV gives the bundled cells.
      for (const spec of TABLES) {
        const format = shape === 'compact' ? 'json' : shape;
        const name = tableFileName(spec.file, format);
        const back = tableCells(
          'x.csv',
          writeTable(spec, tableCells(name, converted(shape)[name] as string), 'csv'),
        );
        const orig = tableCells(spec.file, readFileSync(join(BUNDLED, spec.file), 'utf8'));
        const filled = (rows: string[][]) => rows.filter((r) => r.some((c) => c.trim()));
        expect(filled(back.rows)).toEqual(filled(orig.rows));
      }
    },
  );

  it('a mixed folder loads; two files for one table are an error naming both', async () => {
    const files = converted('json');
    const mixed: Record<string, Uint8Array | string> = {
      ...files,
      'funds.csv': bundledFiles()['funds.csv']!,
    };
    delete mixed['funds.json'];
    expect(counts(await read(mixed))).toEqual(counts(await read(bundledFiles())));
    const both = await read({ ...mixed, 'funds.ndjson': converted('ndjson')['funds.ndjson']! });
    const funds = both.report.files.find((f) => f.file === 'funds.csv')!;
    expect(funds.present).toBe(true);
    expect(funds.accepted).toBe(0);
    expect(funds.issues[0]!.en).toMatch(
      /Two files for one table: "funds\.csv" and "funds\.ndjson"/,
    );
    expect(funds.issues[0]!.zh).toMatch(/同一张表有两个文件/);
  });
});

const VILLAGE_ROW = {
  id: 'v1',
  village_code: '421202102238',
  county_code: '421202',
  planned_exit_year: 2016,
  status: 'exited',
  source_file: 'doc.txt',
  source_quote: 'q',
};

async function village(name: string, text: string): Promise<FileReport> {
  const r = await read({
    'manifest.json': TEST_MANIFEST,
    'regions.csv': TEST_REGIONS,
    [name]: text,
  });
  const report = r.report.files.find((f) => f.file === 'village_exits.csv')!;
  expect(report.accepted + report.rejected.length).toBe(report.total);
  return report;
}
const firstError = (f: FileReport): Issue =>
  [...f.issues, ...f.rejected.flatMap((r) => r.issues)].find((i) => i.severity === 'error')!;

describe('JSON templates', () => {
  it('public/templates/json holds every CSV template as JSON, every row accepted, the same rows', async () => {
    const csv = await read(folderFiles('public/templates'));
    const json = await read(folderFiles('public/templates/json'));
    expect(json.report.files.map((f) => f.name ?? f.file)).toEqual(
      csv.report.files.map((f) => f.file.replace(/\.csv$/, '.json')),
    );
    expect(counts(json)).toEqual(counts(csv));
    expect(json.report.files.every((f) => f.total === f.accepted && f.issues.length === 0)).toBe(
      true,
    );
    expect(json.tables).toEqual(csv.tables);
  });
});

describe('progress while a large JSON file is read', () => {
  const many = Array.from({ length: 20_000 }, (_, i) => ({ ...VILLAGE_ROW, id: `v${i}` }));
  const columns = Object.keys(VILLAGE_ROW);
  // Minified: the whole compact form on one line, where a line count cannot move.
  const compact = JSON.stringify({ columns, rows: many.map((r) => Object.values(r)) });
  const ndjson = many.map((r) => JSON.stringify(r)).join('\n');

  it.each([
    ['village_exits.json', compact],
    ['village_exits.ndjson', ndjson],
  ])('%s: the share done rises through reading the text and then the checks', (name, text) => {
    const calls: number[] = [];
    const spec = TABLES.find((t) => t.table === 'villageExits')!;
    const table = parseTable(spec, text, (fraction) => calls.push(fraction), name);
    expect(table.report.accepted).toBe(20_000);
    // 20,000 records: four reports while reading the text, four while checking the rows.
    expect(calls.length).toBeGreaterThanOrEqual(8);
    expect(calls.filter((f) => f < 0.5).length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!).toBeGreaterThan(calls[i - 1]!);
    expect(calls.at(-1)!).toBeLessThanOrEqual(1);
  });
});

describe('broken JSON tables get a clear error with its position', () => {
  it('null and a missing key are "not known", never zero', async () => {
    const f = await village(
      'village_exits.json',
      JSON.stringify([
        { ...VILLAGE_ROW, planned_exit_year: null },
        { ...VILLAGE_ROW, id: 'v2', planned_exit_year: undefined },
      ]),
    );
    expect(f.accepted).toBe(2);
    const r = await read({
      'manifest.json': TEST_MANIFEST,
      'regions.csv': TEST_REGIONS,
      'village_exits.json': JSON.stringify([{ ...VILLAGE_ROW, planned_exit_year: null }]),
    });
    expect(r.tables.villageExits[0]!.plannedExitYear).toBeNull();
  });

  it('a truncated array: line and column, nothing used', async () => {
    const text = JSON.stringify([VILLAGE_ROW, { ...VILLAGE_ROW, id: 'v2' }], null, 2);
    const f = await village('village_exits.json', text.slice(0, Math.floor(text.length * 0.6)));
    expect(f.total).toBe(0);
    const e = firstError(f);
    expect(e.line).toBeGreaterThan(1);
    expect(e.column).toBeGreaterThan(0);
    expect(e.en).toMatch(/^Not valid JSON: .*(ends too early|not closed).*cut off/);
    expect(e.zh).toMatch(/不是有效的 JSON/);
  });

  it('a string where a number belongs: record and field', async () => {
    const f = await village(
      'village_exits.json',
      `[\n${JSON.stringify(VILLAGE_ROW)},\n${JSON.stringify({ ...VILLAGE_ROW, id: 'v2', planned_exit_year: 'soon' })}\n]`,
    );
    expect(f.accepted).toBe(1);
    const e = f.rejected[0]!.issues[0]!;
    expect(e).toMatchObject({
      file: 'village_exits.json',
      record: 2,
      line: 3,
      columnName: 'planned_exit_year',
    });
    expect(formatIssue(e)).toMatch(/^village_exits\.json:3 record 2 \(planned_exit_year\): /);
    expect(formatIssue(e, 'zh')).toMatch(/第 2 条记录/);
    expect(f.rejected[0]!.record).toMatchObject({ planned_exit_year: 'soon' });
  });

  it('a nested object in a cell', async () => {
    const f = await village(
      'village_exits.json',
      JSON.stringify([{ ...VILLAGE_ROW, status: { v: 'exited' } }]),
    );
    expect(f.rejected[0]!.issues[0]).toMatchObject({ record: 1, columnName: 'status' });
    expect(f.rejected[0]!.issues[0]!.en).toMatch(
      /"status" is an object; a cell holds a number, a string or null/,
    );
  });

  it('a 10,000-deep value stops at the limit with its position, without a stack overflow', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const f = await village('village_exits.json', `[{"id": ${deep}}]`);
    const e = firstError(f);
    expect(e.en).toMatch(/nested more than 32 levels deep; the limit is 32/);
    expect([e.line, e.column]).toEqual([1, 9 + 30]);
  });

  it('a top-level scalar names the shapes a table may have', async () => {
    const f = await village('village_exits.json', '42');
    expect(firstError(f).en).toMatch(
      /holds a number, not a table\. A JSON table is an array of objects/,
    );
  });

  it('a BOM at the start is fine; one inside is an error at its place', async () => {
    expect(
      (await village('village_exits.json', `\uFEFF${JSON.stringify([VILLAGE_ROW])}`)).accepted,
    ).toBe(1);
    const f = await village('village_exits.json', `[\n\uFEFF${JSON.stringify(VILLAGE_ROW)}]`);
    expect(firstError(f)).toMatchObject({ line: 2, column: 1 });
    expect(firstError(f).en).toMatch(/byte-order mark/);
  });

  it('a duplicate key rejects its record, naming the key and where', async () => {
    const f = await village('village_exits.json', `[{"id": "v1", "id": "v9", "status": "exited"}]`);
    const e = f.rejected[0]!.issues[0]!;
    expect(e.columnName).toBe('id');
    expect(e.en).toMatch(/Key "id" appears twice in this record \(line 1, column 15\)/);
  });

  it('NaN and Infinity are named, with line and column', async () => {
    for (const lit of ['NaN', 'Infinity', '-Infinity']) {
      const f = await village(
        'village_exits.json',
        `[\n  {"id": "v1", "planned_exit_year": ${lit}}\n]`,
      );
      const e = firstError(f);
      expect(e).toMatchObject({ line: 2, column: 37 });
      expect(e.en).toContain(`${lit} is not valid JSON; write null`);
    }
  });

  it('NDJSON: a broken line is that line rejected, the others read', async () => {
    const f = await village(
      'village_exits.ndjson',
      `${JSON.stringify(VILLAGE_ROW)}\n{"id": "v2", \n\n${JSON.stringify({ ...VILLAGE_ROW, id: 'v3' })}\n`,
    );
    expect([f.total, f.accepted]).toEqual([3, 2]);
    expect(f.rejected[0]!.line).toBe(2);
    expect(f.rejected[0]!.issues[0]).toMatchObject({ line: 2, column: 14 });
    expect(f.issues.map((i) => i.en)).toEqual(['1 blank line(s) skipped.']);
  });

  it('the compact form: a row of the wrong length, a duplicate column, an unknown key', async () => {
    const cols = Object.keys(VILLAGE_ROW);
    const f = await village(
      'village_exits.json',
      JSON.stringify({ columns: cols, rows: [Object.values(VILLAGE_ROW), ['v2']], note: 'x' }),
    );
    expect([f.total, f.accepted]).toEqual([2, 1]);
    expect(f.rejected[0]!.issues[0]!.en).toMatch(/The row has 1 cells but "columns" has 7/);
    expect(f.issues[0]!.severity).toBe('warning');
    const dup = await village(
      'village_exits.json',
      JSON.stringify({ columns: [...cols, 'id'], rows: [] }),
    );
    expect(firstError(dup)).toMatchObject({ line: 1, columnName: 'id' });
  });

  it('unknown keys are warnings', async () => {
    const f = await village(
      'village_exits.json',
      JSON.stringify([{ ...VILLAGE_ROW, colour: 'red' }]),
    );
    expect(f.accepted).toBe(1);
    expect(f.issues).toMatchObject([
      { severity: 'warning', columnName: 'colour', en: 'Unknown key "colour" is ignored.' },
    ]);
  });
});
