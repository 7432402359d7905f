import type Papa from 'papaparse';
import { Invalid, text as plainText } from './cells';
import { isBlank, readTable } from './csvRows';
import { LIMITS } from './limits';
import { issueAt, type FileReport, type Issue } from './report';
import type { ColumnSpec, TableSpec } from './schema';

/**
 * Rows that passed every per-row check, with the line each starts on. Their cells are not
 * kept (holding every cell of 128,000 rows costs more than reading them); `cellsAt` reads
 * again the few that a later check rejects.
 */
export interface ParsedTable<T = Record<string, unknown>> {
  rows: T[];
  lines: number[];
  report: FileReport;
}

export { cellsAt, detectDelimiter } from './csvRows';

/** True when trim() would return the cell unchanged: both ends are printable ASCII. */
function printableEnds(cell: string): boolean {
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

function fileError(spec: TableSpec, en: string, zh: string): Issue {
  return issueAt(spec.file, null, null, null, en, zh);
}

/**
 * Parses one CSV file against its spec. Every data row ends up either accepted or rejected
 * with located reasons; blank lines are counted in a warning, never silently.
 */
/** How often, in rows, parseTable reports the line it has reached. */
const PROGRESS_ROWS = 4096;

export function parseTable(
  spec: TableSpec,
  text: string,
  onLine?: (line: number, rows: number) => void,
): ParsedTable {
  const report: FileReport = {
    file: spec.file,
    present: true,
    total: 0,
    accepted: 0,
    rejected: [],
    issues: [],
    header: [],
    delimiter: '',
  };
  const out: ParsedTable = { rows: [], lines: [], report };
  let table: TableRows | undefined;
  const read = readTable(text, {
    header: (fields, headerIndex) => {
      table = new TableRows(spec, fields, headerIndex, out);
    },
    row: (fields, line) => {
      const more = table!.read(fields, line);
      if (onLine && report.total % PROGRESS_ROWS === 0) onLine(line, report.total);
      return more;
    },
  });
  report.delimiter = read.delimiter;
  if (!table) {
    report.issues.push(
      fileError(spec, 'The file is empty: it has no header row.', '文件是空的：没有表头行。'),
    );
    return out;
  }
  table.finish(read.errors);
  return out;
}

/** One file's header, and what it remembers while its rows are read. */
class TableRows {
  private readonly header: string[];
  private readonly columnIndex = new Map<string, number>();
  private readonly fatal: boolean;
  private readonly cols: ColumnSpec[] = [];
  private readonly positions: number[] = [];
  /** Every accepted row has the same keys in the same order; cloning this keeps one shape. */
  private readonly template: Record<string, unknown> = {};
  private readonly pool: Pool;
  /** One scratch list for the row being read; a rejected row takes a copy. */
  private readonly issues: Issue[] = [];
  private readonly ctx: RowContext;
  private readonly idColumn: string;
  private readonly ids: FirstSeen | null;
  private blank = 0;
  /** Papa yields a trailing empty row for the final newline; that is not a blank line. */
  private trailingEmpty = false;

  constructor(
    private readonly spec: TableSpec,
    fields: string[],
    headerIndex: number,
    private readonly out: ParsedTable,
  ) {
    const { report } = out;
    const header = (this.header = fields.map((h) => h.trim()));
    report.header = header;
    if (header.length > LIMITS.columns) {
      report.issues.push(
        fileError(
          spec,
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
            spec.file,
            headerIndex + 1,
            i + 1,
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
            spec.file,
            headerIndex + 1,
            i + 1,
            name,
            `Unknown column "${name}" is ignored.`,
            `未知列“${name}”已忽略。`,
            'warning',
          ),
        );
      }
    });
    const missing = spec.columns.filter((c) => c.required && !columnIndex.has(c.name));
    for (const c of missing) {
      report.issues.push(
        fileError(
          spec,
          `Required column "${c.name}" is missing, so no row can be read. Expected columns: ${spec.columns.map((s) => s.name).join(', ')}.`,
          `缺少必需的列“${c.name}”，无法读取任何行。应有的列：${spec.columns.map((s) => s.name).join(', ')}。`,
        ),
      );
    }
    this.fatal = report.issues.some((i) => i.severity === 'error');
    for (const c of spec.columns) {
      const idx = columnIndex.get(c.name);
      // An optional column the file does not have reads as its empty value, as an empty cell
      // would: files written before a column was added (quality_note_zh, recipient) still load.
      if (idx === undefined) {
        if (!c.required) this.template[c.key] = c.empty ?? null;
        continue;
      }
      this.cols.push(c);
      this.positions.push(idx);
      this.template[c.key] = null;
    }
    this.pool = new Pool(this.cols);
    this.ctx = { spec, columnIndex, issues: this.issues, line: 0 };
    this.idColumn = spec.table === 'regions' ? 'code' : 'id';
    this.ids = spec.sourced || spec.table === 'regions' ? new FirstSeen(out, this.idColumn) : null;
  }

  /** Accepts or rejects one row; false once the row limit is passed. */
  read(fields: string[], rowLine: number): boolean {
    const { spec, out, issues, header, cols, positions, pool } = this;
    const { report } = out;
    if (isBlank(fields)) {
      this.blank++;
      this.trailingEmpty = fields.length === 1 && fields[0] === '';
      return true;
    }
    this.trailingEmpty = false;
    report.total++;
    if (report.total > LIMITS.rows) {
      report.total--;
      report.issues.push(
        fileError(
          spec,
          `The file has more than ${LIMITS.rows} rows; rows after line ${rowLine - 1} were not read.`,
          `文件超过 ${LIMITS.rows} 行；第 ${rowLine - 1} 行之后未读取。`,
        ),
      );
      return false;
    }
    issues.length = 0;
    if (this.fatal) {
      issues.push(
        issueAt(
          spec.file,
          rowLine,
          null,
          null,
          'Not read: the file has errors (see above).',
          '未读取：文件本身有错误（见上）。',
        ),
      );
    } else {
      if (fields.length !== header.length) {
        issues.push(
          issueAt(
            spec.file,
            rowLine,
            Math.min(fields.length, header.length) + 1,
            null,
            `The row has ${fields.length} cells but the header has ${header.length}. A comma inside a value needs the value in double quotes.`,
            `该行有 ${fields.length} 个单元格，表头有 ${header.length} 列。值中含逗号时须用英文双引号括起来。`,
          ),
        );
      }
      const row: Record<string, unknown> = { ...this.template };
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c]!;
        const idx = positions[c]!;
        const cell = fields[idx] ?? '';
        const raw = printableEnds(cell) ? cell : cell.trim();
        if (raw === '') {
          if (col.required && col.empty === undefined)
            issues.push(
              issueAt(
                spec.file,
                rowLine,
                idx + 1,
                col.name,
                `"${col.name}" is empty but required.`,
                `“${col.name}”为必填，但为空。`,
              ),
            );
          else row[col.key] = col.empty ?? null;
          continue;
        }
        const value = pool.interns[c] ? pool.intern(c, raw) : col.parse(raw);
        if (value instanceof Invalid)
          issues.push(issueAt(spec.file, rowLine, idx + 1, col.name, value.en, value.zh));
        else row[col.key] = value;
      }
      if (issues.length === 0) {
        this.ctx.line = rowLine;
        checkRow(row, this.ctx);
      }
      if (issues.length === 0 && this.ids) {
        const idColumn = this.idColumn;
        const id = row[idColumn] as string;
        const first = this.ids.check(id, rowLine);
        if (first !== undefined) {
          issues.push(
            issueAt(
              spec.file,
              rowLine,
              (this.columnIndex.get(idColumn) ?? 0) + 1,
              idColumn,
              `Duplicate ${idColumn} "${id}": first used on line ${first}.`,
              `${idColumn}“${id}”重复：第 ${first} 行已使用。`,
            ),
          );
        }
      }
      if (issues.length === 0) {
        out.rows.push(row);
        out.lines.push(rowLine);
        return true;
      }
    }
    report.rejected.push({ line: rowLine, fields, issues: issues.slice() });
    return true;
  }

  finish(errors: readonly Papa.ParseError[]): void {
    const { spec, out } = this;
    const { report } = out;
    const blank = this.blank - (this.trailingEmpty ? 1 : 0);
    if (blank > 0) {
      report.issues.push(
        issueAt(
          spec.file,
          null,
          null,
          null,
          `${blank} blank line(s) skipped.`,
          `跳过 ${blank} 个空行。`,
          'warning',
        ),
      );
    }
    for (const e of errors) {
      report.issues.push(
        issueAt(
          spec.file,
          typeof e.row === 'number' ? e.row + 1 : null,
          null,
          null,
          `CSV syntax: ${e.message}`,
          `CSV 格式错误：${e.message}`,
          'warning',
        ),
      );
    }
    report.accepted = out.rows.length;
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
    private readonly out: ParsedTable,
    private readonly key: string,
  ) {}

  /** The line `id` was first accepted on, or undefined when it is new (it is then remembered). */
  check(id: string, line: number): number | undefined {
    if (this.firstLine === null) {
      if (this.seen === null) {
        if (id > this.last || this.out.rows.length === 0) {
          this.last = id;
          return undefined;
        }
        this.seen = new Set(this.out.rows.map((r) => r[this.key] as string));
      }
      const size = this.seen.size;
      this.seen.add(id);
      if (this.seen.size > size) return undefined;
      this.firstLine = new Map();
      const { rows, lines } = this.out;
      for (let i = 0; i < rows.length; i++) {
        const key = rows[i]![this.key] as string;
        if (!this.firstLine.has(key)) this.firstLine.set(key, lines[i]!);
      }
      this.seen = null;
    }
    const first = this.firstLine.get(id);
    if (first === undefined) this.firstLine.set(id, line);
    return first;
  }
}

/**
 * Shares one string among the cells of a text column that repeat (source file, quote, county
 * code, township): 128,000 rows then hold a few thousand strings, not 128,000 copies, and the
 * copies die young. A column whose values mostly differ (ids, names) stops being pooled.
 */
class Pool {
  private readonly strings = new Map<string, string>();
  readonly interns: boolean[];
  private readonly seen: number[];
  private readonly added: number[];
  private readonly last: Array<string | undefined>;

  constructor(cols: readonly ColumnSpec[]) {
    this.interns = cols.map((c) => c.parse === plainText);
    this.seen = cols.map(() => 0);
    this.added = cols.map(() => 0);
    this.last = cols.map(() => undefined);
  }

  intern(c: number, raw: string): string {
    this.seen[c]!++;
    // Runs of one value (a county's villages) skip the hash lookup.
    if (raw === this.last[c]) return this.last[c]!;
    const shared = this.strings.get(raw);
    if (shared !== undefined) return (this.last[c] = shared);
    const added = ++this.added[c]!;
    if (added > 512 && added * 2 > this.seen[c]!) this.interns[c] = false;
    else this.strings.set(raw, raw);
    this.last[c] = raw;
    return raw;
  }
}

/** Where the row being checked sits; one per file, so no closure is made per row. */
interface RowContext {
  spec: TableSpec;
  columnIndex: Map<string, number>;
  issues: Issue[];
  line: number;
}

function at(ctx: RowContext, name: string, en: string, zh: string): void {
  ctx.issues.push(
    issueAt(ctx.spec.file, ctx.line, (ctx.columnIndex.get(name) ?? -1) + 1 || null, name, en, zh),
  );
}

/** Checks that need several cells of one row. */
function checkRow(row: Record<string, unknown>, ctx: RowContext): void {
  const { spec } = ctx;
  if (spec.measured) {
    const value = row.value as number;
    const max = row.valueMax as number | null;
    if (value < 0 && row.unit !== 'percent_change')
      at(
        ctx,
        'value',
        `${value} is negative; counts and amounts cannot be.`,
        `${value} 为负数；数量和金额不能为负。`,
      );
    if (row.unit === 'percent' && value > 100)
      at(
        ctx,
        'value',
        `${value}% is above 100%; a share must be within 0–100.`,
        `${value}% 超过 100%；比例应在 0–100 之间。`,
      );
    if (row.qualifier === 'range') {
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
    const code = row.code as string;
    const kind = row.codeKind as string;
    const ok =
      kind === 'gb2260'
        ? /^\d{6}$/.test(code)
        : kind === 'stats'
          ? /^(\d{6}|\d{9}|\d{12})$/.test(code)
          : /^X\d{6,12}-[A-Za-z0-9_-]+$/.test(code);
    if (!ok)
      at(
        ctx,
        'code',
        `"${code}" is not a valid ${kind} code (gb2260: 6 digits; stats: 6, 9 or 12 digits; local: X<parent>-<key>).`,
        `“${code}”不是有效的 ${kind} 代码（gb2260：6 位；stats：6、9 或 12 位；local：X<上级代码>-<键>）。`,
      );
    if (row.level !== 'nation' && row.parentCode === null)
      at(ctx, 'parent_code', 'Only the nation has no parent_code.', '只有“全国”可以没有上级代码。');
  }
}
