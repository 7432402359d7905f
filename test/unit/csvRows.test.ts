import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellsAt, detectDelimiter, readTable } from '../../src/data/csvRows';
import { RowCells } from '../../src/data/rowCells';

/** Everything readTable hands over: header, rows with their lines, and Papa's errors. */
function read(text: string) {
  const rows: string[][] = [];
  const lines: number[] = [];
  const result = readTable(text, {
    header: (fields) => rows.push(fields),
    row: (cells, line) => {
      rows.push(cells.fields());
      lines.push(line);
      return true;
    },
  });
  return { rows, lines, errors: result.errors, delimiter: result.delimiter };
}

/** What Papa.parse makes of the whole text, blank rows before the header left out. */
function papa(text: string) {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  let first = 0;
  while (first < parsed.data.length && new RowCells().setFields(parsed.data[first]!).isBlank())
    first++;
  return { rows: parsed.data.slice(first), errors: parsed.errors };
}

const H = 'id,name,note';
const TRICKY = [
  `${H}\na,b,c\nd,e,f\n`,
  `${H}\r\na,b,c\r\nd,e,f`,
  `${H}\ra,b,c\rd,e,f\r`,
  `\ufeff${H}\na,b,c\n`,
  `\n  \n${H}\na,b,c\n\n\nd,e,f\n`,
  `${H}\na,"b, with comma","say ""hi"""\n`,
  `${H}\na,"two\nlines",c\nd,e,f\n`,
  `${H}\r\na,"two\r\nlines",c\r\nd,e,f\r\n`,
  `${H}\na,b"c,d\n`,
  `${H}\na,"unterminated,c\nd,e,f\n`,
  `${H}\na,"closed" then,c\n`,
  `${H}\na,"x"  ,c\n`,
  `${H}\na,b,"c"""`,
  `${H}\na,b,c\n\ufeffd,"e\nf",g\n`,
  'id\tname\tnote\na\t"b\tc"\td\n',
  'id;name;note\na;b;"c;d"\n',
  `${H}\n"",",",""""\n`,
];

describe('readTable reads rows exactly as Papa.parse does', () => {
  it.each(TRICKY.map((t) => [JSON.stringify(t), t]))('%s', (_, text) => {
    const ours = read(text);
    const theirs = papa(text);
    expect(ours.rows).toEqual(theirs.rows);
    expect(ours.errors).toEqual(theirs.errors);
  });

  it('agrees with Papa on random texts of quotes, delimiters and line breaks', () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = [
      'a',
      '合成村',
      ' ',
      '"',
      '""',
      ',',
      ',',
      '\n',
      '\r\n',
      '\r',
      '"x,y"',
      '"p\nq"',
      '\ufeff',
      '',
    ];
    for (let n = 0; n < 400; n++) {
      const newline = ['\n', '\r\n', '\r'][Math.floor(rnd() * 3)]!;
      let text = `${H}${newline}`;
      for (let i = Math.floor(rnd() * 40); i > 0; i--)
        text += pieces[Math.floor(rnd() * pieces.length)];
      const theirs = papa(text);
      const ours = read(text);
      expect(ours.rows, JSON.stringify(text)).toEqual(theirs.rows);
      expect(ours.errors, JSON.stringify(text)).toEqual(theirs.errors);
    }
  });
});

describe('line numbers', () => {
  it('counts the blank rows before the header and the line breaks inside quoted cells', () => {
    expect(read(`\n${H}\na,"two\nlines",c\nd,e,f\n`).lines).toEqual([3, 5, 6]);
    expect(read(`${H}\r\na,b,c\r\n\r\nd,e,f`).lines).toEqual([2, 3, 4]);
  });

  it('reads a rejected row again by its line', () => {
    const text = `${H}\na,"two\nlines",c\nd,"e, f",g\n`;
    const cells = cellsAt(text, [4]);
    expect([...cells]).toEqual([[4, ['d', 'e, f', 'g']]]);
  });

  it('stops when the visitor says so', () => {
    const seen: number[] = [];
    readTable(`${H}\na\nb\nc\n`, {
      header: () => {},
      row: (_, line) => (seen.push(line), line < 3),
    });
    expect(seen).toEqual([2, 3]);
  });
});
