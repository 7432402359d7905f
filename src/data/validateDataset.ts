import { BOUNDARIES_FILE, placeOnOwnMaps, validateBoundaries, type OwnFeature } from './boundaries';
import { parseManifest } from './manifest';
import { parseTable, type ParsedTable } from './parseTable';
import { CodeRows, keepRegionRows, mapByCode, regionRowsByCode } from './regionsByCode';
import { ColumnTable, keepRows, type ColumnTables } from './columnTable';
import { withRows } from './withRows';
import { issueAt, type DatasetReport, type FileReport, type Issue } from './report';
import { MANIFEST_FILE, perTable, REQUIRED_FILES, TABLES, type TableSpec } from './schema';
import type { DatasetTables, Manifest, Region } from './types';

export interface ValidatedDataset {
  manifest: Manifest | null;
  /** The accepted rows as columns: what the model indexes. */
  columns: ColumnTables;
  /** The accepted rows as objects, made on first use (reports, the CLI, tests). */
  readonly tables: DatasetTables;
  report: DatasetReport;
  /** The accepted features of the dataset's own boundaries file, if it has one. */
  boundaries?: OwnFeature[];
}

/** Dataset file (`funds.csv`) → decoded text; undefined where the file is absent. */
export type DatasetFiles = Readonly<Record<string, string | undefined>>;

/** Dataset file → the name of the file that holds it, when not the same (`funds.json`). */
export type FileNames = Readonly<Record<string, string | undefined>>;

function absent(file: string): FileReport {
  const required = REQUIRED_FILES.includes(file);
  return {
    file,
    present: false,
    total: 0,
    accepted: 0,
    rejected: [],
    header: [],
    delimiter: '',
    issues: [
      issueAt(
        file,
        null,
        null,
        null,
        required
          ? 'The file is missing; it is required.'
          : 'The file is missing; its views show "no data".',
        required ? '缺少该文件（必需）。' : '缺少该文件；相关图表显示“无数据”。',
        required ? 'error' : 'warning',
      ),
    ],
  };
}

/** What is wrong, in English and Chinese. */
interface Problem {
  en: string;
  zh: string;
}

/** A reference from one column to rows of another file; a failing row moves to rejected. */
interface Reference {
  column: string;
  key: string;
  /** `found`: the row `lookup` found for the value. */
  check: (value: string, row: number, found: number | undefined) => Problem | null;
  /** The check reads other cells of the row, so a repeated value is not a repeated answer. */
  perRow?: boolean;
  /** The regions table's row a region code names. */
  lookup?: (value: string) => number | undefined;
  /** Keeps each row's `lookup` as the table's link (columnTable.ts) for the model. */
  link?: boolean;
}

/**
 * Longest `source_quote` a row citing a publication may carry: the figure as printed
 * ("9899万", "10.2%"), never a sentence of the article.
 */
export const CITATION_QUOTE_MAX = 24;

/** A document's rows quote it; a citation's rows carry at most the figure as printed. */
function quoteCheck(manifest: Manifest, table: ColumnTable): Reference {
  const citations = new Set(
    manifest.sources.filter((s) => s.kind === 'citation').map((s) => s.file),
  );
  const sourceFile = table.text('sourceFile');
  return {
    column: 'source_quote',
    key: 'sourceQuote',
    perRow: true,
    check: (quote, row) => {
      const cited = citations.has(sourceFile[row]!);
      if (!cited && quote === '')
        return {
          en: 'source_quote is empty: a row from a document quotes it verbatim (only a row citing a publication may leave it empty)',
          zh: 'source_quote 为空：出自来源文件的行须逐字引用原文（只有引用出版物的行可以留空）',
        };
      // Characters, not UTF-16 units; counted only for the rows it matters for.
      const length = cited && quote.length > CITATION_QUOTE_MAX ? [...quote].length : 0;
      if (length > CITATION_QUOTE_MAX)
        return {
          en: `source_quote is ${length} characters: a row citing a publication carries at most the figure as printed (${CITATION_QUOTE_MAX} characters), never its sentences`,
          zh: `source_quote 有 ${length} 个字符：引用出版物的行至多写原文的数字（${CITATION_QUOTE_MAX} 个字符以内），不得抄录原文句子`,
        };
      return null;
    },
  };
}

/** The accepted regions, and the row of each code. */
interface Regions {
  table: ColumnTable<Region>;
  byCode: CodeRows;
}

function referencesFor(
  spec: TableSpec,
  table: ColumnTable,
  regions: Regions,
  manifest: Manifest | null,
  regionsName: string,
): Reference[] {
  const regionLevels = regions.table.text('level');
  const regionRef = (
    column: string,
    key: string,
    levels?: readonly string[],
    link = false,
  ): Reference => ({
    column,
    key,
    link,
    lookup: (code) => regions.byCode.get(code),
    check: (code, _row, at) => {
      if (at === undefined)
        return {
          en: `unknown region code "${code}": not in ${regionsName}`,
          zh: `地区代码“${code}”不在 ${regionsName} 中`,
        };
      // Read from the columns: a region object for each of 128,000 villages is not needed.
      const level = regionLevels[at]!;
      if (levels && !levels.includes(level)) {
        const name = regions.table.text('name')[at];
        return {
          en: `"${code}" (${name}) is a ${level}, expected ${levels.join(' or ')}`,
          zh: `“${code}”（${name}）的级别是 ${level}，此处应为 ${levels.join(' 或 ')}`,
        };
      }
      return null;
    },
  });
  const refs: Reference[] = [];
  if (spec.table === 'regions') {
    refs.push({
      column: 'parent_code',
      key: 'parentCode',
      check: (code) =>
        regions.byCode.has(code)
          ? null
          : {
              en: `unknown parent code "${code}"`,
              zh: `上级代码“${code}”不在 ${regionsName} 中`,
            },
    });
    return refs;
  }
  if (spec.table === 'villageExits') {
    // Where each village sits in the tree: the model rolls exits up from it.
    refs.push(regionRef('village_code', 'villageCode', ['village'], true));
    refs.push(regionRef('county_code', 'countyCode', ['county', 'zone']));
  } else refs.push(regionRef('region_code', 'regionCode'));
  if (manifest) {
    const sources = new Set(manifest.sources.map((s) => s.file));
    refs.push({
      column: 'source_file',
      key: 'sourceFile',
      check: (file) =>
        sources.has(file)
          ? null
          : {
              en: `source "${file}" is not listed in manifest.json sources`,
              zh: `来源“${file}”未列在 manifest.json 的 sources 中`,
            },
    });
    refs.push(quoteCheck(manifest, table));
  }
  return refs;
}

/** Moves rows with a broken reference to rejected; the others stay, in order. */
function applyReferences(parsed: ParsedTable, refs: Reference[]): void {
  if (refs.length === 0) return;
  const { report, table, lines } = parsed;
  const rejectedBefore = report.rejected.length;
  const values = refs.map((ref) => table.text(ref.key as never));
  const links = refs.map((ref) => (ref.link ? new Int32Array(table.length) : null));
  // Rows come in runs (a county's villages, one source file): a value repeated is checked once.
  const lastValue: unknown[] = refs.map(() => undefined);
  const lastProblem: Array<Problem | null> = refs.map(() => null);
  const lastFound: Array<number | undefined> = refs.map(() => undefined);
  const keep = new Uint8Array(table.length);
  let kept = 0;
  for (let i = 0; i < table.length; i++) {
    let issues: Issue[] | null = null;
    for (let r = 0; r < refs.length; r++) {
      const ref = refs[r]!;
      const value = values[r]![i];
      if (typeof value !== 'string') continue;
      if (ref.perRow || value !== lastValue[r]) {
        lastValue[r] = value;
        lastFound[r] = ref.lookup?.(value);
        lastProblem[r] = ref.check(value, i, lastFound[r]);
      }
      const link = links[r];
      if (link) link[i] = lastFound[r] ?? -1;
      const problem = lastProblem[r];
      if (problem)
        (issues ??= []).push(
          parsed.rowIssue(lines[i]!, ref.column, `${problem.en}.`, `引用无效：${problem.zh}。`),
        );
    }
    if (issues === null) {
      keep[i] = 1;
      lines[kept++] = lines[i]!;
    } else report.rejected.push({ line: lines[i]!, fields: [], issues });
  }
  lines.length = kept;
  refs.forEach((ref, r) => {
    if (links[r]) table.links.set(ref.key, links[r]);
  });
  parsed.table = keepRows(table, keep);
  const added = report.rejected.slice(rejectedBefore);
  if (added.length > 0) {
    const cells = parsed.cellsAt(added.map((r) => r.line));
    for (const r of added) {
      r.fields = cells.get(r.line)!;
      const record = parsed.recordAt(r.line);
      if (record !== undefined) r.record = record;
    }
    report.rejected.sort((a, b) => a.line - b.line);
  }
  report.accepted = kept;
}

/**
 * Validates a whole dataset: each file on its own, then references across files.
 * accepted + rejected = total holds for every file. `onProgress` hears the share of the
 * text checked so far (by characters; within a file as parseTable measures it) and the rows checked.
 */
export function validateDataset(
  files: DatasetFiles,
  onProgress?: (fraction: number, rows: number) => void,
  names: FileNames = {},
): ValidatedDataset {
  const manifestText = files[MANIFEST_FILE];
  let manifest: Manifest | null = null;
  const manifestReport: FileReport = absent(MANIFEST_FILE);
  if (manifestText !== undefined) {
    const result = parseManifest(manifestText);
    manifest = result.manifest;
    Object.assign(manifestReport, {
      present: true,
      issues: result.issues,
      total: 1,
      accepted: manifest ? 1 : 0,
    });
    if (!manifest) manifestReport.rejected = [{ line: 1, fields: [], issues: result.issues }];
  }
  const parsed = new Map<string, ParsedTable>();
  const reports: FileReport[] = [manifestReport];
  let regions: Regions = { table: new ColumnTable<Region>([], [], 0), byCode: new CodeRows() };
  const totalChars = TABLES.reduce((s, spec) => s + (files[spec.file]?.length ?? 0), 0) || 1;
  let charsDone = 0;
  let rowsDone = 0;
  // Regions come first in TABLES, so other files only reference regions that were accepted.
  for (const spec of TABLES) {
    const text = files[spec.file];
    if (text === undefined) {
      reports.push(absent(spec.file));
      continue;
    }
    const table = parseTable(
      spec,
      text,
      onProgress &&
        ((fraction, rows) =>
          onProgress((charsDone + text.length * fraction) / totalChars, rowsDone + rows)),
      names[spec.file],
    );
    charsDone += text.length;
    rowsDone += table.report.total;
    parsed.set(spec.table, table);
    reports.push(table.report);
    // Parents are checked against every region that passed its own checks.
    if (spec.table === 'regions') regions = regionsOf(table);
    applyReferences(
      table,
      referencesFor(spec, table.table, regions, manifest, names['regions.csv'] ?? 'regions.csv'),
    );
    if (spec.table === 'regions' && (table.table as unknown) !== regions.table)
      regions = regionsOf(table);
  }

  // Own boundaries (optional, not a table): checked against the accepted regions, which are
  // then drawn on their parent's map.
  const boundariesText = files[BOUNDARIES_FILE];
  let boundaries: OwnFeature[] = [];
  if (boundariesText !== undefined) {
    const checked = validateBoundaries(
      names[BOUNDARIES_FILE] ?? BOUNDARIES_FILE,
      boundariesText,
      boundariesText.length,
      mapByCode(regions.table.rows()),
      names['regions.csv'] ?? 'regions.csv',
    );
    reports.push(checked.report);
    boundaries = checked.features;
    placeOnOwnMaps(regions, boundaries);
  }
  const columns = perTable(
    (table) => parsed.get(table)?.table ?? new ColumnTable([], [], 0),
  ) as unknown as ColumnTables;
  return withRows({ boundaries, manifest, columns, report: { files: reports } });
}

/** The regions that passed, indexed by code once: the model reuses the index. */
function regionsOf(parsed: ParsedTable): Regions {
  const table = parsed.table as unknown as ColumnTable<Region>;
  // The map parseTable built holds until references reject a region and rows move up.
  if (parsed.rowByCode?.size === table.length) keepRegionRows(table, parsed.rowByCode);
  return { table, byCode: regionRowsByCode(table) };
}
