import Papa from 'papaparse';

/**
 * Reads a CSV text one row at a time, as Papa.parse would read it whole. Papa hands back every
 * row of a file at once, and keeping 128,000 rows of cells alive until the last is read costs
 * more in garbage collection than splitting them; row by row, the cells of each row die young.
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

/** Receives a table's header (after any blank rows), then each row with the line it starts on. */
export interface TableVisitor {
  header(fields: string[], headerIndex: number): void;
  /** False stops the reading. */
  row(fields: string[], line: number): boolean;
}

export interface CsvRead {
  delimiter: string;
  /** Papa's syntax errors, `row` counted from the first row as in its array mode. */
  errors: Papa.ParseError[];
}

/**
 * Text without quotes: Papa's own fast path (split into lines, then into cells), row by row.
 * Papa guesses the line break from the first megabyte; asking it keeps both paths in step.
 */
function eachLine(text: string, delimiter: string, visit: (fields: string[]) => boolean): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return;
  const newline = Papa.parse<string[]>(body.slice(0, 1024 * 1024), { delimiter, preview: 1 }).meta.linebreak;
  for (let pos = 0; ; ) {
    const end = body.indexOf(newline, pos);
    if (!visit((end === -1 ? body.slice(pos) : body.slice(pos, end)).split(delimiter)) || end === -1) return;
    pos = end + newline.length;
  }
}

/** Text with quotes: Papa's full parser, one step per row. */
function eachRecord(text: string, delimiter: string, visit: (fields: string[]) => boolean): Papa.ParseError[] {
  const errors: Papa.ParseError[] = [];
  let index = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (results, parser) => {
      // In step mode Papa counts each row's errors from 0; number them from the first row.
      for (const e of results.errors) errors.push(typeof e.row === 'number' ? { ...e, row: e.row + index } : e);
      index++;
      if (!visit(results.data)) parser.abort();
    },
  });
  return errors;
}

export function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

function countNewlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.length < 2 && f !== '\n' && f !== '\r') continue;
    for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) n++;
  }
  return n;
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
  const step = (fields: string[]): boolean => {
    if (inHeader) {
      if (isBlank(fields)) headerIndex++;
      else {
        inHeader = false;
        end = headerIndex + 1 + (quoted ? countNewlines(fields) : 0);
        visit.header(fields, headerIndex);
      }
      return true;
    }
    const line = end + 1;
    end = line + (quoted ? countNewlines(fields) : 0);
    return visit.row(fields, line);
  };
  if (!quoted) {
    eachLine(text, delimiter, step);
    return { delimiter, errors: [] };
  }
  return { delimiter, errors: eachRecord(text, delimiter, step) };
}

/** The cells of the rows starting on `lines`, read again from a table's text. */
export function cellsAt(text: string, lines: readonly number[]): Map<number, string[]> {
  const wanted = new Set(lines);
  const out = new Map<number, string[]>();
  if (wanted.size === 0) return out;
  readTable(text, {
    header: () => {},
    row: (fields, line) => {
      if (wanted.has(line)) out.set(line, fields);
      return out.size < wanted.size;
    },
  });
  return out;
}
