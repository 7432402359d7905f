import Papa from 'papaparse';
import { RowCells } from './rowCells';

/**
 * Reads a CSV text one row at a time, exactly as Papa.parse reads it whole. Papa hands back
 * every row of a file at once, and keeping 128,000 rows of cells alive until the last is read
 * costs more in garbage collection than splitting them; row by row, each row's cells die young.
 */

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * Picks the delimiter from the header line alone: column names never contain one, while
 * cells often hold semicolons (Papa's guess over the whole file then picks ';').
 */
export function detectDelimiter(text: string): string {
  const start = text.search(/\S/);
  const end = text.indexOf('\n', start);
  const header = text.slice(Math.max(0, start), end === -1 ? text.length : end);
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/**
 * Receives a table's header (after any blank rows), then each row with the line it starts on.
 * A row's cells are lent for the call: the same RowCells is reused for the next row.
 */
export interface TableVisitor {
  header(fields: string[], headerIndex: number): void;
  /** False stops the reading. */
  row(cells: RowCells, line: number): boolean;
}

export interface CsvRead {
  delimiter: string;
  /** Papa's syntax errors, `row` counted from the first row as in its array mode. */
  errors: Papa.ParseError[];
}

const QUOTE = 34;

type Newline = '\r' | '\n' | '\r\n';

/**
 * The cells of one line that has quotes, when its quoting is plain: each quoted cell closes
 * on the line, right before a delimiter or the line's end. Null leaves anything else (a cell
 * spanning lines, a stray quote) to Papa.
 */
function quotedLine(body: string, from: number, to: number, delimiter: string): string[] | null {
  const cells: string[] = [];
  for (let i = from; ;) {
    if (i < to && body.charCodeAt(i) === QUOTE) {
      let q = body.indexOf('"', i + 1);
      while (q !== -1 && q + 1 < to && body.charCodeAt(q + 1) === QUOTE)
        q = body.indexOf('"', q + 2);
      if (q === -1 || q >= to) return null;
      cells.push(body.slice(i + 1, q).replace(/""/g, '"'));
      if (q + 1 === to) return cells;
      if (body[q + 1] !== delimiter) return null;
      i = q + 2;
      continue;
    }
    const d = body.indexOf(delimiter, i);
    const end = d === -1 || d > to ? to : d;
    const cell = body.slice(i, end);
    if (cell.includes('"')) return null;
    cells.push(cell);
    if (end === to) return cells;
    i = end + 1;
  }
}

/**
 * Calls `visit` with each row's cells as Papa.parse reads them: lines without quotes split as
 * in Papa's fast path, lines with plain quoting read as Papa reads them; from the first line
 * Papa must judge on, Papa reads the rest. Papa guesses the line break from the first
 * megabyte; asking it keeps both in step.
 */
function eachRow(
  text: string,
  delimiter: string,
  visit: (cells: RowCells) => boolean,
): Papa.ParseError[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return [];
  const newline = Papa.parse<string[]>(body.slice(0, 1024 * 1024), { delimiter, preview: 1 }).meta
    .linebreak as Newline;
  let quote = body.indexOf('"');
  const cells = new RowCells();
  for (let pos = 0, rows = 0; ; rows++) {
    const end = body.indexOf(newline, pos);
    const to = end === -1 ? body.length : end;
    if (quote !== -1 && quote < pos) quote = body.indexOf('"', pos);
    if (quote === -1 || quote >= to) cells.splitLine(body, pos, to, delimiter);
    else {
      const fields = quotedLine(body, pos, to, delimiter);
      if (fields === null) return papaFrom(body, pos, rows, delimiter, newline, cells, visit);
      cells.setFields(fields);
    }
    if (!visit(cells) || end === -1) return [];
    pos = end + newline.length;
  }
}

/** Papa's reading of `body` from `pos`, the start of row `rows`; errors placed as in the whole text. */
function papaFrom(
  body: string,
  pos: number,
  rows: number,
  delimiter: string,
  newline: Newline,
  cells: RowCells,
  visit: (cells: RowCells) => boolean,
): Papa.ParseError[] {
  // Papa.parse drops a leading U+FEFF; a line starting with one is read with all before it.
  const whole = body.charCodeAt(pos) === 0xfeff;
  const parsed = Papa.parse<string[]>(whole ? body : body.slice(pos), {
    delimiter,
    newline,
    skipEmptyLines: false,
  });
  const skip = whole ? rows : 0;
  for (let i = skip; i < parsed.data.length; i++)
    if (!visit(cells.setFields(parsed.data[i]!))) break;
  if (whole) return parsed.errors;
  return parsed.errors.map((e) => {
    const index = e.index;
    const row = e.row;
    return {
      ...e,
      ...(typeof index === 'number' ? { index: index + pos } : {}),
      ...(typeof row === 'number' ? { row: row + rows } : {}),
    };
  });
}

/**
 * Reads the header and the rows of a table. A row is numbered by the line it starts on, past
 * the blank rows before the header; only quoted cells can hold line breaks.
 */
export function readTable(text: string, visit: TableVisitor): CsvRead {
  const quoted = text.includes('"');
  const delimiter = detectDelimiter(text);
  let headerIndex = 0;
  let inHeader = true;
  let end = 0;
  const step = (cells: RowCells): boolean => {
    if (inHeader) {
      if (cells.isBlank()) headerIndex++;
      else {
        inHeader = false;
        end = headerIndex + 1 + (quoted ? cells.newlines() : 0);
        visit.header(cells.fields(), headerIndex);
      }
      return true;
    }
    const line = end + 1;
    end = line + (quoted ? cells.newlines() : 0);
    return visit.row(cells, line);
  };
  return { delimiter, errors: eachRow(text, delimiter, step) };
}

/** The cells of the rows starting on `lines`, read again from a table's text. */
export function cellsAt(text: string, lines: readonly number[]): Map<number, string[]> {
  const wanted = new Set(lines);
  const out = new Map<number, string[]>();
  if (wanted.size === 0) return out;
  readTable(text, {
    header: () => {},
    row: (cells, line) => {
      if (wanted.has(line)) out.set(line, cells.fields());
      return out.size < wanted.size;
    },
  });
  return out;
}
