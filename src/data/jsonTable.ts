import { JsonReader, JsonSyntax, positionAt, type Position } from './jsonText';
import { LIMITS } from './limits';
import { issueAt, type Issue } from './report';

/**
 * A table file in JSON, in any of its three shapes, turned into the rows the CSV reader sees:
 * a header (the keys, in first-seen order) and each record's cells as text. A record keeps
 * its number (the line, for .ndjson) and where it starts, so every problem can name it.
 */

export type TableFormat = 'csv' | 'json' | 'ndjson';

export function formatOf(name: string): TableFormat {
  const lower = name.toLowerCase();
  return lower.endsWith('.ndjson') || lower.endsWith('.jsonl')
    ? 'ndjson'
    : lower.endsWith('.json')
      ? 'json'
      : 'csv';
}

export interface JsonRow {
  /** The record's number from 1, or its line in .ndjson: what a line is to a CSV row. */
  key: number;
  /** The line the record starts on. */
  line: number;
  /** The record's cells as text, in header order; null and a missing key read as "". */
  fields: string[];
  /** The record as the file has it, for the rejected-rows download. */
  raw: unknown;
  /** Problems found while reading it (a nested value, a duplicate key, bad syntax in .ndjson). */
  issues: Issue[];
}

export interface JsonTable {
  header: string[];
  /** Where each name of the compact form's "columns" is; null for the other shapes. */
  headerAt: Position[] | null;
  rows: JsonRow[];
  /** Problems with the file as a whole; an error means no record is used. */
  issues: Issue[];
  blank: number;
}

/** A problem with one record, located as the format locates records. */
export function recordIssue(
  file: string,
  format: TableFormat,
  row: { key: number; line: number },
  columnName: string | null,
  en: string,
  zh: string,
  column: number | null = null,
): Issue {
  const issue = issueAt(file, row.line, column, columnName, en, zh);
  if (format === 'json') issue.record = row.key;
  return issue;
}

/** Counts lines up to increasing offsets without rescanning from the start. */
class LineCounter {
  private line = 1;
  private offset = 0;
  constructor(private readonly text: string) {}
  at(offset: number): number {
    const { text } = this;
    for (
      let i = text.indexOf('\n', this.offset);
      i !== -1 && i < offset;
      i = text.indexOf('\n', i + 1)
    )
      this.line++;
    this.offset = Math.max(this.offset, offset);
    return this.line;
  }
}

const kindOf = (v: unknown): [string, string] =>
  v === null
    ? ['null', 'null']
    : Array.isArray(v)
      ? ['an array', '数组']
      : typeof v === 'object'
        ? ['an object', '对象']
        : typeof v === 'string'
          ? ['a string', '字符串']
          : typeof v === 'number'
            ? ['a number', '数字']
            : [String(v), String(v)];

type FileError = (en: string, zh: string, at?: number | null, severity?: Issue['severity']) => void;

interface RawRecord {
  key: number;
  line: number;
  value: unknown;
  issues: Issue[];
}

/** How often, in records, reading tells how far into the text it is. */
const PROGRESS_RECORDS = 4096;

/** Hears how far reading has come: the offset in the text, and the records read. */
export type OnRead = (offset: number, records: number) => void;

/**
 * Reads a JSON or NDJSON table; never throws on bad input. `onRead` hears the offset reached,
 * by characters, since a minified file is one line and lines would not move.
 */
export function readJsonTable(
  file: string,
  format: 'json' | 'ndjson',
  text: string,
  onRead?: OnRead,
): JsonTable {
  const table: JsonTable = { header: [], headerAt: null, rows: [], issues: [], blank: 0 };
  const fileError: FileError = (en, zh, at = null, severity = 'error') => {
    const p = at === null ? null : positionAt(text, at);
    table.issues.push(issueAt(file, p?.line ?? null, p?.column ?? null, null, en, zh, severity));
  };
  let records: RawRecord[];
  let columns: string[] | null = null;
  try {
    if (format === 'ndjson') records = ndjsonRecords(file, text, table, onRead);
    else {
      const read = jsonRecords(file, text, fileError, onRead);
      if (!read) return table;
      ({ records, columns } = read);
      table.headerAt = read.columnsAt;
    }
  } catch (e) {
    if (!(e instanceof JsonSyntax)) throw e;
    const p = e.located(text);
    table.issues.push(
      issueAt(
        file,
        p.line,
        p.column,
        null,
        `${p.en} No record of this file is used.`,
        `${p.zh}此文件的记录均未使用。`,
      ),
    );
    return table;
  }
  table.header = columns ?? unionOfKeys(records);
  for (const r of records) table.rows.push(toRow(file, format, table.header, r, columns !== null));
  return table;
}

function unionOfKeys(records: readonly RawRecord[]): string[] {
  const seen = new Set<string>();
  for (const r of records)
    if (r.value !== null && typeof r.value === 'object' && !Array.isArray(r.value))
      for (const k of Object.keys(r.value)) seen.add(k);
  return [...seen];
}

function toRow(
  file: string,
  format: TableFormat,
  header: readonly string[],
  r: RawRecord,
  compact: boolean,
): JsonRow {
  const issues = r.issues;
  const at = (columnName: string | null, en: string, zh: string) =>
    issues.push(recordIssue(file, format, r, columnName, en, zh));
  const v = r.value;
  const fields: string[] = [];
  // A line of .ndjson that is not JSON has no cells to read.
  if (typeof v === 'string' && issues.length > 0)
    return { key: r.key, line: r.line, fields, raw: v, issues };
  let values: unknown[];
  if (compact) {
    if (!Array.isArray(v)) {
      const [en, zh] = kindOf(v);
      at(
        null,
        `The row is ${en}; in the compact form each row is an array of cells.`,
        `该行是${zh}；紧凑格式中每行应为单元格数组。`,
      );
      return { key: r.key, line: r.line, fields, raw: v, issues };
    }
    if (v.length !== header.length)
      at(
        null,
        `The row has ${v.length} cells but "columns" has ${header.length}.`,
        `该行有 ${v.length} 个单元格，"columns" 有 ${header.length} 个。`,
      );
    values = v;
  } else {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      const [en, zh] = kindOf(v);
      at(
        null,
        `The record is ${en}; each record is an object such as {"id": "…", "value": 12}.`,
        `该记录是${zh}；每条记录应为对象，例如 {"id": "…", "value": 12}。`,
      );
      return { key: r.key, line: r.line, fields, raw: v, issues };
    }
    const obj = v as Record<string, unknown>;
    values = header.map((k) => (Object.hasOwn(obj, k) ? obj[k] : null));
  }
  for (let i = 0; i < header.length; i++) {
    const cell = values[i] ?? null;
    if (cell === null) fields.push('');
    else if (typeof cell === 'string') fields.push(cell);
    else if (typeof cell === 'number') fields.push(String(cell));
    else {
      const [en, zh] = kindOf(cell);
      at(
        header[i]!,
        `"${header[i]}" is ${en}; a cell holds a number, a string or null.`,
        `“${header[i]}”是${zh}；单元格只能是数字、字符串或 null。`,
      );
      fields.push(JSON.stringify(cell).slice(0, 200));
    }
  }
  return { key: r.key, line: r.line, fields, raw: v, issues };
}

/** Duplicate keys the reader saw since the last call, as issues of the record just read. */
function duplicateIssues(
  file: string,
  format: TableFormat,
  reader: JsonReader,
  row: { key: number; line: number },
  text: string,
  base = 0,
): Issue[] {
  return reader.duplicates.splice(0).map(({ key, at }) => {
    const p = positionAt(text, at);
    return recordIssue(
      file,
      format,
      row,
      key,
      `Key "${key}" appears twice in this record (line ${p.line + base}, column ${p.column}); JSON would keep only one of them.`,
      `键“${key}”在该记录中出现两次（第 ${p.line + base} 行第 ${p.column} 列）；JSON 只会保留其中一个。`,
    );
  });
}

const tooMany = (n: number) => n > LIMITS.rows;

function jsonRecords(
  file: string,
  text: string,
  fileError: FileError,
  onRead?: OnRead,
): { records: RawRecord[]; columns: string[] | null; columnsAt: Position[] | null } | null {
  const reader = new JsonReader(text, LIMITS.jsonDepth, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const lines = new LineCounter(text);
  const records: RawRecord[] = [];
  /** Reads the elements of the array at the reader, each one a record. */
  const readRecords = (depth: number) => {
    reader.pos++;
    if (reader.peek() === 93) return void reader.pos++;
    for (;;) {
      reader.peek();
      const start = reader.pos;
      const key = records.length + 1;
      const value = reader.value(depth);
      const row = { key, line: lines.at(start) };
      records.push({ ...row, value, issues: duplicateIssues(file, 'json', reader, row, text) });
      if (onRead && key % PROGRESS_RECORDS === 0) onRead(reader.pos, key);
      // One record past the limit is enough for the reader to say the limit was passed.
      if (tooMany(records.length) || !reader.separator(93, ']')) return;
    }
  };
  const first = reader.peek();
  if (first === 91) {
    readRecords(1);
    if (!tooMany(records.length)) reader.end();
    return { records, columns: null, columnsAt: null };
  }
  if (first !== 123) {
    if (reader.pos >= text.length) return (fileError('The file is empty.', '文件是空的。'), null);
    const value = reader.value(0);
    const [en, zh] = kindOf(value);
    fileError(
      `The file holds ${en}, not a table. A JSON table is an array of objects [{…}, …], or {"columns": […], "rows": [[…], …]}; one object a line is the .ndjson form.`,
      `文件内容是${zh}，不是表格。JSON 表格应为对象数组 [{…}, …]，或 {"columns": […], "rows": [[…], …]}；每行一个对象请用 .ndjson 文件。`,
      0,
    );
    return null;
  }
  // The compact form: {"columns": [...], "rows": [[...], ...]}, its members in any order.
  let columns: string[] | null = null;
  let columnsAt: Position[] | null = null;
  let sawRows = false;
  reader.pos++;
  for (let name = reader.key(true); name !== null;) {
    const at = reader.pos;
    if (name === 'columns' && reader.peek() === 91) {
      columns = [];
      columnsAt = [];
      reader.pos++;
      if (reader.peek() !== 93)
        do {
          if (reader.peek() !== 34)
            reader.unexpected('a column name in double quotes', '用双引号括起的列名');
          columnsAt.push(positionAt(text, reader.pos));
          columns.push(reader.string());
        } while (reader.separator(93, ']'));
      else reader.pos++;
    } else if (name === 'rows' && reader.peek() === 91) {
      sawRows = true;
      readRecords(2);
      if (tooMany(records.length)) break;
    } else {
      reader.value(1);
      fileError(
        `Key "${name}" is not part of the compact form ("columns", "rows") and is ignored.`,
        `键“${name}”不属于紧凑格式（"columns"、"rows"），已忽略。`,
        at,
        'warning',
      );
    }
    name = reader.separator(125, '}') ? reader.key(false) : null;
  }
  if (!tooMany(records.length)) reader.end();
  if (!columns || !sawRows) {
    fileError(
      `The object has no ${columns ? '"rows"' : '"columns"'} array. A JSON table is an array of objects [{…}, …], or {"columns": […], "rows": [[…], …]}.`,
      `该对象没有 ${columns ? '"rows"' : '"columns"'} 数组。JSON 表格应为对象数组 [{…}, …]，或 {"columns": […], "rows": [[…], …]}。`,
      0,
    );
    return null;
  }
  return { records, columns, columnsAt };
}

function ndjsonRecords(file: string, text: string, table: JsonTable, onRead?: OnRead): RawRecord[] {
  const records: RawRecord[] = [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let pos = start, line = 1; pos <= text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const body = text.slice(pos, end).replace(/\r$/, '');
    pos = end + 1;
    if (body.trim() === '') {
      if (nl !== -1 || body !== '') table.blank++;
      if (nl === -1) break;
      continue;
    }
    const row = { key: line, line };
    const reader = new JsonReader(body, LIMITS.jsonDepth);
    let value: unknown = body;
    let issues: Issue[];
    try {
      value = reader.value(0);
      reader.end();
      issues = duplicateIssues(file, 'ndjson', reader, row, body, line - 1);
    } catch (e) {
      if (!(e instanceof JsonSyntax)) throw e;
      value = body;
      const p = e.located(body);
      issues = [recordIssue(file, 'ndjson', row, null, p.en, p.zh, p.column)];
    }
    records.push({ ...row, value, issues });
    if (onRead && records.length % PROGRESS_RECORDS === 0) onRead(pos, records.length);
    if (tooMany(records.length) || nl === -1) break;
  }
  return records;
}
