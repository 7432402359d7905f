import type Papa from 'papaparse';
import { digitsAt, Invalid, NOT_PLAIN, readerOf, sameText, type CellReader } from './cells';
import { cellsAt, readTable } from './csvRows';
import {
  formatOf,
  readJsonTable,
  recordIssue,
  type JsonRow,
  type JsonTable,
  type TableFormat,
} from './jsonTable';
import { LIMITS } from './limits';
import { ColumnTable, TableBuilder } from './columnTable';
import { keptByTrim as kept, RowCells } from './rowCells';
import { CodeRows } from './regionsByCode';
import { issueAt, presentFileReport, type FileReport, type Issue } from './report';
import type { ColumnSpec, TableSpec } from './schema';

/**
 * Rows that passed every per-row check, as columns, with the line each starts on. Their cells
 * are not kept (holding every cell of 128,000 rows costs more than reading them); `cellsAt`
 * reads again the few that a later check rejects.
 */
export interface ParsedTable {
  table: ColumnTable;
  /** Where each row is: its line in CSV and .ndjson, its record number in JSON. */
  lines: number[];
  report: FileReport;
  /** A problem with the row at `line`, located as the file's format locates rows. */
  rowIssue: (line: number, columnName: string | null, en: string, zh: string) => Issue;
  /** The cells of the rows at `lines`, for rows a later check rejects. */
  cellsAt: (lines: readonly number[]) => Map<number, string[]>;
  /** The records of a JSON table by row, for rows a later check rejects. */
  recordAt: (line: number) => unknown;
  /** The regions table's row of each code. */
  rowByCode?: CodeRows;
}

export { detectDelimiter } from './csvRows';

function fileError(file: string, en: string, zh: string): Issue {
  return issueAt(file, null, null, null, en, zh);
}

/** How often, in rows, parseTable reports how far it has come. */
const PROGRESS_ROWS = 4096;

/**
 * The share of a JSON file's time spent reading its text into records, before their checks:
 * progress moves through both, so a large JSON file's bar never stands still while it parses.
 */
const JSON_READ_SHARE = 0.5;

/** Hears the share of this file done (0–1) and the rows checked so far. */
export type OnTableProgress = (fraction: number, rows: number) => void;

const lineCount = (text: string): number => {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Parses one table file (CSV, JSON or NDJSON, by the extension of `name`) against its spec.
 * Every data row ends up either accepted or rejected with located reasons; blank lines are
 * counted in a warning, never silently.
 */
export function parseTable(
  spec: TableSpec,
  text: string,
  onProgress?: OnTableProgress,
  name: string = spec.file,
): ParsedTable {
  const format = formatOf(name);
  const report = presentFileReport(spec.file, name);
  const out: ParsedTable = {
    table: new ColumnTable([], [], 0),
    lines: [],
    report,
    rowIssue: (line, column, en, zh) =>
      issueAt(
        name,
        line,
        column === null ? null : report.header.indexOf(column) + 1 || null,
        column,
        en,
        zh,
      ),
    cellsAt: (lines) => cellsAt(text, lines),
    recordAt: () => undefined,
  };
  if (format !== 'csv') {
    parseJson(spec, text, name, format, out, onProgress);
    return out;
  }
  const lines = onProgress ? lineCount(text) : 1;
  let table: TableRows | undefined;
  const read = readTable(text, {
    header: (fields, headerIndex) => {
      table = new TableRows(spec, name, fields, headerIndex, out, null);
    },
    row: (cells, line) => {
      const more = table!.read(cells, line);
      if (onProgress && report.total % PROGRESS_ROWS === 0) onProgress(line / lines, report.total);
      return more;
    },
  });
  report.delimiter = read.delimiter;
  if (!table) {
    report.issues.push(
      fileError(name, 'The file is empty: it has no header row.', '文件是空的：没有表头行。'),
    );
    return out;
  }
  table.finish(read.errors);
  return out;
}

/** A JSON or NDJSON table through the same row checks as CSV, each row keyed by its record. */
function parseJson(
  spec: TableSpec,
  text: string,
  name: string,
  format: Exclude<TableFormat, 'csv'>,
  out: ParsedTable,
  onProgress?: OnTableProgress,
): void {
  const json = readJsonTable(
    name,
    format,
    text,
    onProgress && ((offset) => onProgress((JSON_READ_SHARE * offset) / (text.length || 1), 0)),
  );
  const { report } = out;
  if (json.headerAt) report.compact = true;
  report.issues.push(...json.issues);
  if (json.issues.some((i) => i.severity === 'error')) return;
  const byKey = new Map(json.rows.map((r) => [r.key, r]));
  const where = (key: number) => byKey.get(key) ?? { key, line: key };
  out.rowIssue = (key, column, en, zh) => recordIssue(name, format, where(key), column, en, zh);
  out.cellsAt = (keys) => new Map(keys.map((k) => [k, byKey.get(k)?.fields ?? []]));
  out.recordAt = (key) => byKey.get(key)?.raw;
  if (json.rows.length === 0 && json.header.length === 0) {
    report.issues.push(fileError(name, 'The table has no records.', '表格中没有记录。'));
    return;
  }
  const table = new TableRows(spec, name, json.header, -1, out, json);
  const cells = new RowCells();
  for (const row of json.rows) {
    if (!table.read(cells.setFields(row.fields), row.key, row)) break;
    if (onProgress && report.total % PROGRESS_ROWS === 0)
      onProgress(
        JSON_READ_SHARE + ((1 - JSON_READ_SHARE) * report.total) / json.rows.length,
        report.total,
      );
  }
  table.finish([]);
}

/** One file's header, and what it remembers while its rows are read. */
class TableRows {
  private readonly header: string[];
  private readonly columnIndex = new Map<string, number>();
  private readonly fatal: boolean;
  private readonly cols: ColumnSpec[] = [];
  private readonly positions: number[] = [];
  /**
   * The row being read, by spec column, one list reused for every row: its cells are checked
   * together (checkRow), then appended to the columns. Columns absent from the file hold their
   * empty value.
   */
  private readonly row: unknown[];
  /** The spec column of each column read. */
  private readonly slots: number[] = [];
  private readonly builder: TableBuilder;
  private readonly pool: Pool;
  /** One scratch list for the row being read; a rejected row takes a copy. */
  private readonly issues: Issue[] = [];
  private readonly ctx: RowContext;
  private readonly idColumn: 'code' | 'id';
  private readonly ids: FirstSeen | RowByCode | null;
  private blank = 0;
  /** Set once the file has more rows than the limit: it is then refused as a whole. */
  private overLimit = false;
  /** Papa yields a trailing empty row for the final newline; that is not a blank line. */
  private trailingEmpty = false;
  /** Cells that had spaces at an end, and the first of them: trimming is told, never silent. */
  private trimmed = 0;
  private firstTrimmed: Issue | null = null;

  constructor(
    private readonly spec: TableSpec,
    /** The file's own name, which every issue gives. */
    private readonly file: string,
    fields: string[],
    headerIndex: number,
    private readonly out: ParsedTable,
    private readonly json: JsonTable | null,
  ) {
    const { report } = out;
    // A JSON key has no header line; the compact form's "columns" has positions.
    const headerAt = (i: number): [number | null, number | null] => {
      if (!json) return [headerIndex + 1, i + 1];
      const p = json.headerAt?.[i];
      return p ? [p.line, p.column] : [null, null];
    };
    const header = (this.header = fields.map((h) => h.trim()));
    report.header = header;
    if (header.length > LIMITS.columns) {
      report.issues.push(
        fileError(
          file,
          `The header has ${header.length} columns; the limit is ${LIMITS.columns}. Is this the right file?`,
          `表头有 ${header.length} 列，上限为 ${LIMITS.columns} 列。请确认文件是否正确。`,
        ),
      );
    }
    const columnIndex = this.columnIndex;
    header.forEach((name, i) => {
      if (columnIndex.has(name)) {
        report.issues.push(
          issueAt(
            file,
            ...headerAt(i),
            name,
            `Column "${name}" appears twice.`,
            `列“${name}”重复出现。`,
          ),
        );
      } else columnIndex.set(name, i);
    });
    const known = new Set(spec.columns.map((c) => c.name));
    header.forEach((name, i) => {
      if (!known.has(name) && header.length <= LIMITS.columns) {
        report.issues.push(
          issueAt(
            file,
            ...headerAt(i),
            name,
            json ? `Unknown key "${name}" is ignored.` : `Unknown column "${name}" is ignored.`,
            json ? `未知键“${name}”已忽略。` : `未知列“${name}”已忽略。`,
            'warning',
          ),
        );
      }
    });
    const missing = spec.columns.filter((c) => c.required && !columnIndex.has(c.name));
    for (const c of missing) {
      report.issues.push(
        fileError(
          file,
          `Required column "${c.name}" is missing, so no row can be read. Expected columns: ${spec.columns.map((s) => s.name).join(', ')}.`,
          `缺少必需的列“${c.name}”，无法读取任何行。应有的列：${spec.columns.map((s) => s.name).join(', ')}。`,
        ),
      );
    }
    this.fatal = report.issues.some((i) => i.severity === 'error');
    this.row = spec.columns.map(() => null);
    spec.columns.forEach((c, slot) => {
      const idx = columnIndex.get(c.name);
      // An optional column the file does not have reads as its empty value, as an empty cell
      // would: files written before a column was added (quality_note_zh, recipient) still load.
      if (idx === undefined) {
        if (!c.required) this.row[slot] = c.empty ?? null;
        return;
      }
      this.cols.push(c);
      this.positions.push(idx);
      this.slots.push(slot);
    });
    this.builder = new TableBuilder(
      spec.columns.map((c) => c.key),
      spec.columns.map((c) => c.kind),
    );
    this.pool = new Pool(this.cols);
    const at = (key: string) => spec.columns.findIndex((c) => c.key === key);
    this.ctx = {
      spec,
      issues: this.issues,
      line: 0,
      at: out.rowIssue,
      slot: Object.fromEntries(CHECKED.map((key) => [key, at(key)])) as RowContext['slot'],
    };
    this.idColumn = spec.table === 'regions' ? 'code' : 'id';
    this.ids =
      spec.table === 'regions'
        ? new RowByCode(this.builder, out.lines)
        : spec.sourced
          ? new FirstSeen(this.builder, out.lines, this.idColumn)
          : null;
  }

  /** Accepts or rejects one row; false once the row limit is passed. */
  read(cells: RowCells, rowLine: number, jsonRow?: JsonRow): boolean {
    const { out, issues, header, cols, positions, slots, pool, file } = this;
    const { report } = out;
    // A JSON record is a record even when empty; only a CSV line can be blank.
    if (!jsonRow && cells.isBlank()) {
      this.blank++;
      this.trailingEmpty = cells.count === 1 && cells.starts[0] === cells.ends[0];
      return true;
    }
    this.trailingEmpty = false;
    report.total++;
    if (report.total > LIMITS.rows) {
      this.overLimit = true;
      return false;
    }
    issues.length = 0;
    if (jsonRow) issues.push(...jsonRow.issues);
    if (this.fatal) {
      issues.push(
        out.rowIssue(
          rowLine,
          null,
          'Not read: the file has errors (see above).',
          '未读取：文件本身有错误（见上）。',
        ),
      );
    } else {
      if (cells.count !== header.length) {
        issues.push(
          issueAt(
            file,
            rowLine,
            Math.min(cells.count, header.length) + 1,
            null,
            `The row has ${cells.count} cells but the header has ${header.length}. A comma inside a value needs the value in double quotes.`,
            `该行有 ${cells.count} 个单元格，表头有 ${header.length} 列。值中含逗号时须用英文双引号括起来。`,
          ),
        );
      }
      const row = this.row;
      const text = cells.text;
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c]!;
        const idx = positions[c]!;
        let start = 0;
        let end = 0;
        if (idx < cells.count) {
          start = cells.starts[idx]!;
          end = cells.ends[idx]!;
        }
        // The cell as trim() leaves it; a string is made only when an end is white space.
        let raw: string | null = null;
        if (start < end && !(kept(text.charCodeAt(start)) && kept(text.charCodeAt(end - 1)))) {
          const cell = text.slice(start, end);
          raw = cell.trim();
          if (raw !== cell) {
            start += cell.length - cell.trimStart().length;
            end = start + raw.length;
            if (raw !== '' && this.trimmed++ === 0)
              this.firstTrimmed = out.rowIssue(rowLine, col.name, '', '');
          }
        }
        if (start === end) {
          if (col.required && col.empty === undefined)
            issues.push(
              out.rowIssue(
                rowLine,
                col.name,
                `"${col.name}" is empty but required.`,
                `“${col.name}”为必填，但为空。`,
              ),
            );
          else row[slots[c]!] = col.empty ?? null;
          continue;
        }
        const value = pool.read(c, text, start, end, raw);
        if (value instanceof Invalid)
          issues.push(out.rowIssue(rowLine, col.name, value.en, value.zh));
        else row[slots[c]!] = value;
      }
      if (issues.length === 0) {
        this.ctx.line = rowLine;
        checkRow(row, this.ctx);
      }
      if (issues.length === 0 && this.ids) {
        const idColumn = this.idColumn;
        const id = row[this.ctx.slot[idColumn]] as string;
        const first = this.ids.check(id, rowLine);
        if (first !== undefined) {
          const firstAt = this.json ? `record ${first}` : `line ${first}`;
          const firstAtZh = this.json ? `第 ${first} 条记录` : `第 ${first} 行`;
          issues.push(
            out.rowIssue(
              rowLine,
              idColumn,
              `Duplicate ${idColumn} "${id}": first used on ${firstAt}.`,
              `${idColumn}“${id}”重复：${firstAtZh}已使用。`,
            ),
          );
        }
      }
      if (issues.length === 0) {
        this.builder.append(row);
        out.lines.push(rowLine);
        return true;
      }
    }
    const fields = cells.fields();
    report.rejected.push(
      jsonRow
        ? { line: rowLine, fields, issues: issues.slice(), record: jsonRow.raw }
        : { line: rowLine, fields, issues: issues.slice() },
    );
    return true;
  }

  finish(errors: readonly Papa.ParseError[]): void {
    const { out, file } = this;
    const { report } = out;
    if (this.overLimit) {
      // Refused as a whole, as a file over the size limit is: a cut-off table is not the table.
      const unit = this.json ? ['records', '条记录'] : ['rows', '行'];
      report.issues.push(
        fileError(
          file,
          `The file has more than ${LIMITS.rows.toLocaleString('en')} ${unit[0]}; the limit is ${LIMITS.rows.toLocaleString('en')}. It was not used.`,
          `文件超过 ${LIMITS.rows} ${unit[1]}，上限为 ${LIMITS.rows} ${unit[1]}，未使用。`,
        ),
      );
      this.builder.clear();
      out.lines.length = 0;
      report.rejected = [];
      report.total = 0;
      report.accepted = 0;
      return;
    }
    const blank = (this.json?.blank ?? this.blank) - (this.trailingEmpty ? 1 : 0);
    if (blank > 0) {
      report.issues.push(
        issueAt(
          file,
          null,
          null,
          null,
          `${blank} blank line(s) skipped.`,
          `跳过 ${blank} 个空行。`,
          'warning',
        ),
      );
    }
    const first = this.firstTrimmed;
    if (first) {
      const n = this.trimmed;
      report.issues.push({
        ...first,
        severity: 'warning',
        en: `Spaces at the start or end of ${n} cell(s) were removed before reading; this is the first.`,
        zh: `${n} 个单元格首尾的空白已去除后再读取；此处为第一个。`,
      });
    }
    for (const e of errors) {
      report.issues.push(
        issueAt(
          file,
          typeof e.row === 'number' ? e.row + 1 : null,
          null,
          null,
          `CSV syntax: ${e.message}`,
          `CSV 格式错误：${e.message}`,
          'warning',
        ),
      );
    }
    report.accepted = this.builder.length;
    out.table = this.builder.build();
    if (this.ids instanceof RowByCode) out.rowByCode = this.ids.rows;
  }
}

/**
 * Where each id was first accepted, at the least cost the file allows: while ids only increase
 * (files are usually sorted) none can repeat, so nothing is stored; then a set, one hash lookup
 * a row; only a file with a duplicate pays for the map to first lines. Each step starts from
 * the rows accepted so far, which are exactly the ids seen.
 */
class FirstSeen {
  private last = '';
  private seen: Set<string> | null = null;
  private firstLine: Map<string, number> | null = null;

  constructor(
    private readonly accepted: TableBuilder,
    private readonly lines: readonly number[],
    private readonly key: string,
  ) {}

  private ids(): readonly string[] {
    return this.accepted.textColumn(this.key) as readonly string[];
  }

  /** The line `id` was first accepted on, or undefined when it is new (it is then remembered). */
  check(id: string, line: number): number | undefined {
    if (this.firstLine === null) {
      if (this.seen === null) {
        if (id > this.last || this.accepted.length === 0) {
          this.last = id;
          return undefined;
        }
        this.seen = new Set(this.ids());
      }
      const size = this.seen.size;
      this.seen.add(id);
      if (this.seen.size > size) return undefined;
      this.firstLine = new Map();
      const ids = this.ids();
      for (let i = 0; i < ids.length; i++) {
        const key = ids[i]!;
        if (!this.firstLine.has(key)) this.firstLine.set(key, this.lines[i]!);
      }
      this.seen = null;
    }
    const first = this.firstLine.get(id);
    if (first === undefined) this.firstLine.set(id, line);
    return first;
  }
}

/**
 * The row of each region code accepted so far, which also finds a repeated code: the regions
 * file is in tree order, not sorted, and the map is the one references and the model look
 * regions up in (regionsByCode.ts), built once.
 */
class RowByCode {
  readonly rows = new CodeRows();

  constructor(
    private readonly accepted: TableBuilder,
    private readonly lines: readonly number[],
  ) {}

  check(code: string): number | undefined {
    const first = this.rows.add(code, this.accepted.length);
    return first === undefined ? undefined : this.lines[first];
  }
}

/**
 * Reads each column's cells to values. Numbers and enumerations are read in place (cells.ts
 * readers). Any other cell is parsed once per distinct text: a value repeated from the row
 * before is recognised without making its string (a county's villages), others are looked up
 * by their text, so 128,000 rows share a few thousand strings and dates, not 128,000 copies.
 * A column whose values mostly differ (ids, names) stops being remembered.
 */
class Pool {
  private readonly readers: Array<CellReader | undefined>;
  private readonly parsed: Array<Map<string, unknown> | null>;
  private readonly seen: number[];
  private readonly last: Array<string | undefined>;
  private readonly lastValue: unknown[];

  constructor(private readonly cols: readonly ColumnSpec[]) {
    this.readers = cols.map((c) => readerOf(c.parse));
    this.parsed = cols.map(() => new Map());
    this.seen = cols.map(() => 0);
    this.last = cols.map(() => undefined);
    this.lastValue = cols.map(() => undefined);
  }

  /** Column `c`'s value of the cell `text[start, end)`; `raw` is that cell if already made. */
  read(c: number, text: string, start: number, end: number, raw: string | null): unknown {
    const reader = this.readers[c];
    if (reader) {
      const value = reader(text, start, end);
      if (value !== NOT_PLAIN) return value;
    }
    const parse = this.cols[c]!.parse;
    const parsed = this.parsed[c];
    if (!parsed) return parse(raw ?? text.slice(start, end));
    const last = this.last[c];
    if (last !== undefined && sameText(text, start, end, last)) return this.lastValue[c];
    const cell = raw ?? text.slice(start, end);
    const seen = ++this.seen[c]!;
    let value = parsed.get(cell);
    if (value === undefined) {
      value = parse(cell);
      if (parsed.size >= 512 && parsed.size * 2 > seen) this.parsed[c] = null;
      else parsed.set(cell, value);
    }
    this.last[c] = cell;
    return (this.lastValue[c] = value);
  }
}

/** The values checkRow reads, and the id columns. */
const CHECKED = [
  'id',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'code',
  'codeKind',
  'level',
  'parentCode',
] as const;

/** Where the row being checked sits; one per file, so no closure is made per row. */
interface RowContext {
  spec: TableSpec;
  issues: Issue[];
  line: number;
  at: ParsedTable['rowIssue'];
  /** Where each checked value is in the row (-1: the table has no such column). */
  slot: Record<(typeof CHECKED)[number], number>;
}

function at(ctx: RowContext, name: string, en: string, zh: string): void {
  ctx.issues.push(ctx.at(ctx.line, name, en, zh));
}

/** Checks that need several cells of one row. */
function checkRow(row: readonly unknown[], ctx: RowContext): void {
  const { spec, slot } = ctx;
  if (spec.measured) {
    const value = row[slot.value] as number;
    const max = row[slot.valueMax] as number | null;
    const unit = row[slot.unit];
    if (value < 0 && unit !== 'percent_change')
      at(
        ctx,
        'value',
        `${value} is negative; counts and amounts cannot be.`,
        `${value} 为负数；数量和金额不能为负。`,
      );
    if (unit === 'percent' && value > 100)
      at(
        ctx,
        'value',
        `${value}% is above 100%; a share must be within 0–100.`,
        `${value}% 超过 100%；比例应在 0–100 之间。`,
      );
    if (row[slot.qualifier] === 'range') {
      if (max === null)
        at(ctx, 'value_max', 'A range needs value_max.', '“range”（区间）需要填写 value_max。');
      else if (max < value)
        at(
          ctx,
          'value_max',
          `value_max ${max} is below value ${value}.`,
          `value_max ${max} 小于 value ${value}。`,
        );
    } else if (max !== null) {
      at(
        ctx,
        'value_max',
        'value_max is only for qualifier "range".',
        'value_max 仅用于 qualifier 为 “range” 的行。',
      );
    }
  }
  if (spec.table === 'regions') {
    const code = row[slot.code] as string;
    const kind = row[slot.codeKind] as string;
    const digits = digitsAt(code, 0, code.length) === -1 ? 0 : code.length;
    const ok =
      kind === 'gb2260'
        ? digits === 6
        : kind === 'stats'
          ? digits === 6 || digits === 9 || digits === 12
          : /^X\d{6,12}-[A-Za-z0-9_-]+$/.test(code);
    if (!ok)
      at(
        ctx,
        'code',
        `"${code}" is not a valid ${kind} code (gb2260: 6 digits; stats: 6, 9 or 12 digits; local: X<parent>-<key>).`,
        `“${code}”不是有效的 ${kind} 代码（gb2260：6 位；stats：6、9 或 12 位；local：X<上级代码>-<键>）。`,
      );
    if (row[slot.level] !== 'nation' && row[slot.parentCode] === null)
      at(ctx, 'parent_code', 'Only the nation has no parent_code.', '只有“全国”可以没有上级代码。');
  }
}
