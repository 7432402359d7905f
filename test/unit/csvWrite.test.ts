import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/data/csvWrite';
import { tableCsv } from '../../src/export/csvExport';
import { rejectedRowsCsv } from '../../src/load/rejectedRows';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

const CELLS = ['-5', '+1.5e3', '-.5', '=1+1', '+A1', '-2+3', '-x', '@cmd', '\t1', '河背村', 'a=b'];

describe('writeCsv', () => {
  it('starts with a BOM, ends lines with CRLF, writes no cell for null', () => {
    const csv = writeCsv(['a', 'b'], [[1, null]]);
    expect(csv).toBe('\uFEFFa,b\r\n1,');
  });

  it('quotes formulas with a leading apostrophe and leaves numbers as numbers', () => {
    const [, row] = parse(
      writeCsv(
        CELLS.map((_, i) => `c${i}`),
        [CELLS],
      ),
    );
    expect(row).toEqual([
      '-5',
      '+1.5e3',
      '-.5',
      "'=1+1",
      "'+A1",
      "'-2+3",
      "'-x",
      "'@cmd",
      "'\t1",
      '河背村',
      'a=b',
    ]);
  });

  it('is the one rule: a chart table and rejected rows write the same cells alike', () => {
    const table = {
      columns: CELLS.map((_, i) => ({ key: `c${i}`, label: `c${i}` })),
      rows: [Object.fromEntries(CELLS.map((c, i) => [`c${i}`, c]))],
    };
    const fromTable = parse(tableCsv(table, 'en'))[1];
    const header = CELLS.map((_, i) => `c${i}`);
    const fromRejected = parse(
      rejectedRowsCsv({ header }, [{ line: 2, fields: CELLS, issues: [] }], 'en'),
    )[1]!.slice(0, CELLS.length);
    expect(fromRejected).toEqual(fromTable);
  });
});
