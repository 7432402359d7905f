import { describe, expect, it } from 'vitest';
import { NOT_PLAIN, oneOf, parseNumber, parseYear, readerOf } from '../../src/data/cells';
import { TABLE_BY_FILE } from '../../src/data/schema';
import { keptByTrim, RowCells } from '../../src/data/rowCells';
import { CodeRows } from '../../src/data/regionsByCode';

/** Reads `cell` in place, inside other text, as parseTable does. */
function inPlace(parse: (raw: string) => unknown, cell: string): unknown {
  const text = `x,${cell},y`;
  return readerOf(parse)!(text, 2, 2 + cell.length);
}

/** Seeded, so a failure names the same cells every run. */
function* randomDecimals(n: number): Generator<string> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const digits = 1 + Math.floor(next() * 17);
    let s = next() < 0.3 ? '-' : '';
    for (let d = 0; d < digits; d++) s += Math.floor(next() * 10);
    const point = Math.floor(next() * (digits + 2));
    if (point < digits) s = s.slice(0, s.length - point) + '.' + s.slice(s.length - point);
    yield s;
  }
}

describe('cells read in place give what their parser gives', () => {
  it('numbers: the same double as Number(), or left to the parser', () => {
    const cells = [
      ...randomDecimals(20000),
      '0',
      '-0',
      '.5',
      '-.5',
      '1.',
      '.',
      '-',
      '007',
      '116.4191',
      '40.1866',
      '9007199254740993',
      '1e5',
      '1,000',
      '1.2.3',
      '12a',
    ];
    for (const cell of cells) {
      const read = inPlace(parseNumber, cell);
      if (read === NOT_PLAIN) continue;
      expect(Object.is(read, parseNumber(cell)), cell).toBe(true);
    }
    expect(inPlace(parseNumber, '116.4191')).toBe(116.4191);
    expect(inPlace(parseNumber, '1e5')).toBe(NOT_PLAIN);
    expect(inPlace(parseNumber, '1.')).toBe(NOT_PLAIN);
    expect(inPlace(parseNumber, '9007199254740993')).toBe(NOT_PLAIN);
  });

  it('years, enumerations and coordinates: a wrong cell is left to the parser and its message', () => {
    expect(inPlace(parseYear, '2016')).toBe(2016);
    expect(inPlace(parseYear, '1800')).toBe(NOT_PLAIN);
    expect(inPlace(parseYear, '20x6')).toBe(NOT_PLAIN);
    const status = oneOf(['exited', 'planned'] as const);
    expect(inPlace(status, 'planned')).toBe('planned');
    expect(inPlace(status, 'plan')).toBe(NOT_PLAIN);
    const lon = TABLE_BY_FILE.get('regions.csv')!.columns.find((c) => c.name === 'lon')!.parse;
    expect(inPlace(lon, '116.4191')).toBe(116.4191);
    expect(inPlace(lon, '16.4')).toBe(NOT_PLAIN);
  });

  it('a cell is trimmed exactly where trim() trims it', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (keptByTrim(c) !== (String.fromCharCode(c).trim() !== '')) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('a row of cells is split where Papa splits a line without quotes', () => {
    const line = 'a,,b c ,\u3000d,';
    const cells = new RowCells().splitLine(`head\n${line}\nnext`, 5, 5 + line.length, ',');
    expect(cells.fields()).toEqual(line.split(','));
    expect(cells.isBlank()).toBe(false);
    expect(new RowCells().setFields([' ', '\u3000', '']).isBlank()).toBe(true);
  });
});

describe('the row of each region code', () => {
  it('tells apart codes a number would not, grows, and keeps the first row of a code', () => {
    const codes = ['000000', '0', '00', '110000', '130102100200', '1301021002001', 'X421202-a', ''];
    for (let i = 0; i < 5000; i++) codes.push(String(421202100000 + i * 7));
    const rows = new CodeRows();
    codes.forEach((code, i) => expect(rows.add(code, i)).toBeUndefined());
    expect(rows.add('0', 99)).toBe(1);
    expect(rows.size).toBe(codes.length);
    codes.forEach((code, i) => expect(rows.get(code)).toBe(i));
    expect(rows.get('421202100001')).toBeUndefined();
    expect(rows.has('X421202-b')).toBe(false);
    expect([...rows.values()].sort((a, b) => a - b)).toEqual(codes.map((_, i) => i));
  });
});
