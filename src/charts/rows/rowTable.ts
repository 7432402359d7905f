// A drawn row's table cells and tooltip: the number as drawn, with its source and flag.
import { formatPeriod, formatValue, type Lang } from '../../i18n/format';
import { labelOf, pick } from '../../i18n/pick';
import type { Cell, TableColumn } from '../chartTypes';
import { tooltipLines } from '../escapeHtml';
import { itemOf } from './rowItems';
import { flagNoteText, measureLabel, unitName, type ChartRow } from './rowText';

/** Tooltip formatter: every line goes through tooltipLines, since labels come from data files. */
export function rowTooltip<T extends ChartRow>(
  rows: ReadonlyMap<string, T>,
  lang: Lang,
  extra: (row: T) => string[] = () => [],
): (p: unknown) => string {
  return (p) => {
    const item = itemOf(p);
    const row = item ? rows.get(item.rowId) : undefined;
    if (!item || !row) return '';
    return tooltipLines([
      labelOf(row, lang),
      ...extra(row),
      `${formatPeriod(row.period, lang)} · ${measureLabel(row.measure, lang)}`,
      item.text,
      flagNoteText(row, lang, pick(lang, '：', ': ')),
      pick(lang, `来源：「${row.sourceQuote}」`, `Source: “${row.sourceQuote}”`),
    ]);
  };
}

/** The last columns of every table: the CSV carries each number's source and flag too. */
export const sourceColumns = (lang: Lang): TableColumn[] => [
  { key: 'source', label: pick(lang, '来源原文', 'Source quote') },
  { key: 'source_file', label: pick(lang, '来源文件', 'Source file') },
  { key: 'flag', label: pick(lang, '质量提示', 'Quality flag') },
];

export function rowColumns(
  lang: Lang,
  rows: readonly ChartRow[],
  extra: TableColumn[] = [],
): TableColumn[] {
  const range = rows.some((r) => r.valueMax !== null);
  return [
    ...extra,
    { key: 'label', label: pick(lang, '项目', 'Item') },
    { key: 'period', label: pick(lang, '时期', 'Period') },
    { key: 'measure', label: pick(lang, '口径', 'Measure') },
    { key: 'value', label: pick(lang, '数值', 'Value'), numeric: true },
    ...(range
      ? [{ key: 'value_max', label: pick(lang, '上限', 'Upper bound'), numeric: true }]
      : []),
    { key: 'unit', label: pick(lang, '单位', 'Unit') },
    { key: 'shown', label: pick(lang, '原文表述', 'As stated') },
    ...sourceColumns(lang),
  ];
}

/** One table row: the drawn number, exactly as drawn, with its source and flag. */
export const rowCells = (
  row: ChartRow,
  lang: Lang,
  extra: Record<string, Cell> = {},
): Record<string, Cell> => ({
  ...extra,
  id: row.id,
  label: labelOf(row, lang),
  period: formatPeriod(row.period, lang),
  measure: measureLabel(row.measure, lang),
  value: row.value,
  value_max: row.valueMax,
  unit: unitName(row.unit, lang),
  shown: formatValue(row.value, row.unit, lang, row.qualifier, row.valueMax),
  source: row.sourceQuote,
  source_file: row.sourceFile,
  flag: flagNoteText(row, lang),
});

/** Tooltip merged onto the base one, so confine and font stay. */
export const itemTooltip = (base: Record<string, unknown>, formatter: (p: unknown) => string) => ({
  ...(base.tooltip as object),
  trigger: 'item',
  formatter,
});
