import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reasonOf, rejectedRowsCsv, rejectedRowsFile } from '../../src/load/rejectedRows';
import { issueAt, type RejectedRow } from '../../src/data/report';
import { parseTable } from '../../src/data/parseTable';
import { TABLE_BY_FILE } from '../../src/data/schema';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('rejectedRowsCsv', () => {
  it('writes the header, the original cells and a _reason of line:column reason', () => {
    const text =
      'id,region_code,period,category,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note\n' +
      'a,421202,2016,roads,公路,,actual,12,exact,,km,doc.txt,q,,\n' +
      'b,421202,2016,roads,"公路, 桥",,actual,1.2万,exact,,km,doc.txt,q,,\n';
    const table = parseTable(TABLE_BY_FILE.get('infrastructure.csv')!, text);
    expect(table.report.rejected).toHaveLength(1);
    const csv = rejectedRowsCsv(table.report, table.report.rejected, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv);
    expect(rows[0]).toEqual([...table.report.header, '_reason']);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(0, 15)).toEqual([
      'b',
      '421202',
      '2016',
      'roads',
      '公路, 桥',
      '',
      'actual',
      '1.2万',
      'exact',
      '',
      'km',
      'doc.txt',
      'q',
      '',
      '',
    ]);
    expect(rows[1]![15]).toMatch(/^3:8 "1\.2万" uses 万\/亿/);
  });

  it('neutralises formula cells, header included, keeps numbers, and the reason stays last', () => {
    const rows: RejectedRow[] = [
      {
        line: 2,
        fields: ['=HYPERLINK("http://x","y")', '+1+1', '-1', '@SUM(1)', 'plain'],
        issues: [issueAt('f.csv', 2, 1, 'a', 'bad', '坏')],
      },
    ];
    const out = parse(rejectedRowsCsv({ header: ['=a', 'b', 'c', 'd', 'e'] }, rows, 'zh'));
    expect(out[0]).toEqual(["'=a", 'b', 'c', 'd', 'e', '_reason']);
    expect(out[1]).toEqual([
      '\'=HYPERLINK("http://x","y")',
      "'+1+1",
      // A negative number is data, as in the chart tables' CSV.
      '-1',
      "'@SUM(1)",
      'plain',
      '2:1 坏',
    ]);
  });

  it('keeps every cell of a row longer than the header and pads shorter ones', () => {
    const rows: RejectedRow[] = [
      {
        line: 2,
        fields: ['1', '2', '3'],
        issues: [issueAt('f.csv', 2, 3, null, 'too long', '太长')],
      },
      { line: 3, fields: ['1'], issues: [issueAt('f.csv', 3, null, null, 'short', '太短')] },
    ];
    const out = parse(rejectedRowsCsv({ header: ['a', 'b'] }, rows, 'en'));
    expect(out[0]).toEqual(['a', 'b', '_extra_3', '_reason']);
    expect(out[1]).toEqual(['1', '2', '3', '2:3 too long']);
    expect(out[2]).toEqual(['1', '', '', '3: short']);
  });

  it('joins several reasons of one row', () => {
    const issues = [issueAt('f', 4, 2, 'x', 'one', '一'), issueAt('f', 4, 5, 'y', 'two', '二')];
    expect(reasonOf(issues, 'en')).toBe('4:2 one; 4:5 two');
  });
});

describe("rejectedRowsFile keeps the file's format", () => {
  const spec = TABLE_BY_FILE.get('infrastructure.csv')!;
  const good = {
    id: 'a',
    region_code: '421202',
    period: 2016,
    category: 'roads',
    label_zh: '公路',
    measure: 'actual',
    value: 12,
    qualifier: 'exact',
    unit: 'km',
    source_file: 'doc.txt',
    source_quote: 'q',
  };
  const bad = { ...good, id: 'b', value: '1.2万' };
  const nested = { ...good, id: 'c', label_zh: { zh: '桥' } };
  const rejectedOf = (name: string, text: string) => {
    const t = parseTable(spec, text, undefined, name);
    expect(t.report.rejected.length).toBeGreaterThan(0);
    return rejectedRowsFile(t.report, t.report.rejected, 'en');
  };

  it('a CSV file: CSV, named <table>_rejected.csv', () => {
    const csv = `${Object.keys(good).join(',')}\n${Object.values(bad).join(',')}\n`;
    const d = rejectedOf('infrastructure.csv', csv);
    expect([d.name, d.type]).toEqual(['infrastructure_rejected.csv', 'text/csv;charset=utf-8']);
    expect(parse(d.text)[1]![6]).toBe('1.2万');
  });

  it('an array of objects: the records as the file had them, numbers as numbers, with _reason', () => {
    const d = rejectedOf('infrastructure.json', JSON.stringify([good, bad, nested], null, 1));
    expect([d.name, d.type]).toEqual(['infrastructure_rejected.json', 'application/json']);
    const out = JSON.parse(d.text) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ ...bad, _reason: out[0]!._reason });
    expect(out[0]!._reason).toMatch(/^\d+:\d* "1\.2万" uses 万\/亿/);
    expect(out[1]!.label_zh).toEqual({ zh: '桥' });
    // Fixed and loaded again, the download is a table of the same shape.
    const fixed = out.map(({ _reason, ...r }) => ({ ...r, value: 1, label_zh: 'x' }));
    const again = parseTable(spec, JSON.stringify(fixed), undefined, 'infrastructure.json');
    expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.report.accepted).toBe(2);
  });

  it('the compact form stays compact; NDJSON stays one object a line, a broken line kept as text', () => {
    const columns = Object.keys(good);
    const compact = JSON.stringify({
      columns,
      rows: [good, bad].map((r) => Object.values(r)),
    });
    const c = rejectedOf('infrastructure.json', compact);
    const parsed = JSON.parse(c.text) as { columns: string[]; rows: unknown[][] };
    expect(parsed.columns).toEqual([...columns, '_reason']);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]!.slice(0, columns.length)).toEqual(Object.values(bad));

    const ndjson = [good, bad]
      .map((r) => JSON.stringify(r))
      .concat('{"id": "d",')
      .join('\n');
    const n = rejectedOf('infrastructure.ndjson', ndjson);
    expect([n.name, n.type]).toEqual(['infrastructure_rejected.ndjson', 'application/x-ndjson']);
    const lines = n.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 'b', value: '1.2万', _record: null });
    expect(lines[1]).toMatchObject({ id: null, _record: '{"id": "d",' });
    expect(lines[1]!._reason).toMatch(/^3:/);
  });
});
