import {
  Invalid,
  NOT_PLAIN,
  oneOf,
  plainNumberAt,
  withReader,
  parseKey,
  parseNumber,
  parsePartialDate,
  parsePeriod,
  parseYear,
  text,
  type CellParser,
} from './cells';
import type { ColumnKind } from './columnTable';
import {
  CODE_KINDS,
  EXIT_STATUSES,
  FUND_SOURCES,
  INDICATORS,
  LEVELS,
  MILESTONE_KINDS,
  QUALIFIERS,
  QUALITY_FLAGS,
  UNITS,
  type DatasetTables,
  type TableName,
} from './types';

export interface ColumnSpec {
  /** Column name in the CSV header. */
  name: string;
  /** Property name on the parsed row. */
  key: string;
  required: boolean;
  parse: CellParser;
  /** How the validated table stores the column (columnTable.ts). */
  kind: ColumnKind;
  /**
   * Value of an empty optional cell: "not known", never zero. On a required column: the column
   * must be there but a cell may be empty (source_quote, which a citation leaves empty).
   */
  empty?: null | '';
}

export interface TableSpec {
  table: TableName;
  file: string;
  columns: ColumnSpec[];
  /** Whether rows carry id/source columns (all but regions). */
  sourced: boolean;
  /** Whether rows carry value/qualifier/value_max/unit. */
  measured: boolean;
}

/** What each parser's values are; any other parser gives text. */
const KINDS = new Map<CellParser, ColumnKind>([
  [parseNumber, 'number'],
  [parseYear, 'number'],
  [parsePeriod, 'period'],
  [parsePartialDate, 'date'],
]);
const kindOf = (parse: CellParser): ColumnKind => KINDS.get(parse) ?? 'text';

const req = (name: string, key: string, parse: CellParser, kind = kindOf(parse)): ColumnSpec => ({
  name,
  key,
  required: true,
  parse,
  kind,
});
const opt = (
  name: string,
  key: string,
  parse: CellParser,
  empty: null | '' = null,
  kind = kindOf(parse),
): ColumnSpec => ({
  name,
  key,
  required: false,
  parse,
  kind,
  empty,
});

const VALUE_COLUMNS: ColumnSpec[] = [
  req('value', 'value', parseNumber),
  req('qualifier', 'qualifier', oneOf(QUALIFIERS)),
  opt('value_max', 'valueMax', parseNumber),
  req('unit', 'unit', oneOf(UNITS)),
];

const SOURCE_COLUMNS: ColumnSpec[] = [
  req('source_file', 'sourceFile', text),
  // Empty only for a citation, whose sentences may not be copied: validateDataset checks it.
  { ...req('source_quote', 'sourceQuote', text), empty: '' },
  opt('quality_flag', 'qualityFlag', oneOf(QUALITY_FLAGS)),
  opt('quality_note', 'qualityNote', text, ''),
  opt('quality_note_zh', 'qualityNoteZh', text, ''),
];

const ID = req('id', 'id', text);

/** China's extent with a margin (曾母暗沙 ~3.9°N, 漠河 ~53.6°N; 73.5–135.1°E). */
const LON_RANGE = [73, 136] as const;
const LAT_RANGE = [3, 54] as const;

/** A longitude or latitude inside China: a swapped pair or a projected metre value is an error. */
function coordinate([min, max]: readonly [number, number]): CellParser {
  return withReader(
    (raw) => {
      const n = parseNumber(raw);
      if (typeof n !== 'number' || (n >= min && n <= max)) return n;
      return new Invalid(
        `${raw} is outside China (${min}–${max}°)`,
        `${raw} 不在中国范围内（${min}–${max}°）`,
      );
    },
    (text, start, end) => {
      const n = plainNumberAt(text, start, end);
      return n !== NOT_PLAIN && n >= min && n <= max ? n : NOT_PLAIN;
    },
  );
}
const REGION = req('region_code', 'regionCode', text);
const PERIOD = req('period', 'period', parsePeriod);
const LABEL_ZH = req('label_zh', 'labelZh', text);
const LABEL_EN = opt('label_en', 'labelEn', text, '');

export const TABLES: readonly TableSpec[] = [
  {
    table: 'regions',
    file: 'regions.csv',
    sourced: false,
    measured: false,
    columns: [
      req('code', 'code', text),
      req('code_kind', 'codeKind', oneOf(CODE_KINDS)),
      req('name', 'name', text),
      opt('name_en', 'nameEn', text, ''),
      req('level', 'level', oneOf(LEVELS)),
      opt('parent_code', 'parentCode', text),
      opt('map', 'map', text, ''),
      // Where the map puts the region's marker (villages, polygon-less zones); WGS 84-ish degrees.
      opt('lon', 'lon', coordinate(LON_RANGE), null, 'number'),
      opt('lat', 'lat', coordinate(LAT_RANGE), null, 'number'),
      opt('note', 'note', text, ''),
      req('source', 'source', text),
    ],
  },
  {
    table: 'villageExits',
    file: 'village_exits.csv',
    sourced: true,
    measured: false,
    columns: [
      ID,
      req('village_code', 'villageCode', text),
      opt('township_name', 'townshipName', text, ''),
      req('county_code', 'countyCode', text),
      opt('planned_exit_year', 'plannedExitYear', parseYear),
      opt('actual_exit_date', 'actualExitDate', parsePartialDate),
      req('status', 'status', oneOf(EXIT_STATUSES)),
      ...SOURCE_COLUMNS,
    ],
  },
  {
    table: 'indicators',
    file: 'indicators.csv',
    sourced: true,
    measured: true,
    columns: [
      ID,
      REGION,
      req('indicator', 'indicator', oneOf(INDICATORS)),
      opt('category', 'category', parseKey, ''),
      LABEL_ZH,
      LABEL_EN,
      req('measure', 'measure', oneOf(['actual', 'target'] as const)),
      PERIOD,
      opt('deadline', 'deadline', parsePartialDate),
      ...VALUE_COLUMNS,
      ...SOURCE_COLUMNS,
    ],
  },
  {
    table: 'funds',
    file: 'funds.csv',
    sourced: true,
    measured: true,
    columns: [
      ID,
      REGION,
      PERIOD,
      req('source_type', 'sourceType', oneOf(FUND_SOURCES)),
      opt('use', 'use', parseKey, ''),
      opt('recipient', 'recipient', text, ''),
      LABEL_ZH,
      LABEL_EN,
      req('measure', 'measure', oneOf(['actual', 'planned', 'target'] as const)),
      ...VALUE_COLUMNS,
      ...SOURCE_COLUMNS,
    ],
  },
  {
    table: 'infrastructure',
    file: 'infrastructure.csv',
    sourced: true,
    measured: true,
    columns: [
      ID,
      REGION,
      PERIOD,
      req('category', 'category', parseKey),
      LABEL_ZH,
      LABEL_EN,
      req('measure', 'measure', oneOf(['actual', 'target'] as const)),
      ...VALUE_COLUMNS,
      ...SOURCE_COLUMNS,
    ],
  },
  {
    table: 'milestones',
    file: 'milestones.csv',
    sourced: true,
    measured: false,
    columns: [
      ID,
      REGION,
      req('date', 'date', parsePartialDate),
      req('kind', 'kind', oneOf(MILESTONE_KINDS)),
      req('title_zh', 'titleZh', text),
      opt('title_en', 'titleEn', text, ''),
      ...SOURCE_COLUMNS,
    ],
  },
];

export const TABLE_BY_FILE: ReadonlyMap<string, TableSpec> = new Map(
  TABLES.map((spec) => [spec.file, spec]),
);

export const MANIFEST_FILE = 'manifest.json';

// Every list of tables or files derives from TABLES (here and in datasetFiles.ts): a new table
// is one entry there.

/** Without these two there is nothing to draw: no sources, no regions. */
export const REQUIRED_FILES: readonly string[] = [
  MANIFEST_FILE,
  TABLES.find((t) => t.table === 'regions')!.file,
];

/** One value per table, in the order of TABLES. */
export const perTable = <T>(value: (table: TableName) => T): { [K in TableName]: T } =>
  Object.fromEntries(TABLES.map((t) => [t.table, value(t.table)])) as { [K in TableName]: T };

/** A dataset with no rows in any table. */
export const emptyTables = (): DatasetTables => perTable(() => []) as unknown as DatasetTables;
