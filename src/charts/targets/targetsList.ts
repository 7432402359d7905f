import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { TargetProgress } from '../../model/targets';
import { wrappedLines } from '../textFit';
import type { ThemeColors } from '../theme';
import { listEntry, STATUS } from './targetsText';

/** Quotes past this length are cut in the list; the tooltip and the table keep them whole. */
const QUOTE_CHARS = 40;

/** The list's series: its tooltips are the listed targets', not the bars'. */
export const LIST_SERIES = 'list';

export interface Block {
  title: object[];
  grid: object;
  xAxis: object;
  yAxis: object;
  series: object[];
  /** px from the block's top to the top of whatever comes next. */
  height: number;
  /** px each row takes: the block less its rows is what it takes whatever it shows. */
  pitch: number;
}

/** The rows of a block a page shows: `count` of them from `start`, laid out as among all. */
export interface Rows {
  start: number;
  count: number;
}

export interface BlockLayout {
  gridIndex: number;
  top: number;
  width: number;
  px: number;
  lineHeight: number;
  colors: ThemeColors;
  on: string;
  lang: Lang;
}

const clipQuotes = (text: string) =>
  text.replace(/「([^」]*)」/g, (whole, quote: string) =>
    quote.length > QUOTE_CHARS ? `「${quote.slice(0, QUOTE_CHARS - 1)}…」` : whole,
  );

/**
 * Targets the sources give no progress figure for: a compact list under the bars, one entry
 * each (what, amount, deadline, quote), since an empty bar would read as progress at zero.
 * Each entry is a transparent full-width bar, so hovering it shows the target's tooltip.
 */
export function targetsList(
  all: readonly TargetProgress[],
  l: BlockLayout,
  rows: Rows = { start: 0, count: all.length },
): Block {
  const textRoom = l.width - 32;
  const allEntries = all.map(
    (t) => `${STATUS.no_data.glyph} ${clipQuotes(listEntry(t, l.on, l.lang))}`,
  );
  const lines = Math.max(...allEntries.map((e) => wrappedLines(e, l.px, textRoom)));
  const targets = all.slice(rows.start, rows.start + rows.count);
  const entries = allEntries.slice(rows.start, rows.start + rows.count);
  const rowHeight = lines * l.lineHeight + 10;
  const heading = pick(
    l.lang,
    `尚无进度数据的目标（${all.length} 项，只列出，不画进度条）`,
    `Targets with no progress figures (${all.length}: listed, not drawn)`,
  );
  const headingHeight = wrappedLines(heading, l.px, l.width - 8) * l.lineHeight + 8;
  const height = targets.length * rowHeight;
  return {
    title: [
      {
        text: heading,
        top: l.top,
        left: 4,
        textStyle: {
          fontSize: l.px,
          fontWeight: 'bold',
          color: l.colors.text,
          width: l.width - 8,
          overflow: 'break',
          lineHeight: l.lineHeight,
        },
      },
    ],
    grid: {
      top: l.top + headingHeight,
      height,
      left: 8,
      right: 8,
      outerBoundsMode: 'none',
    },
    xAxis: { type: 'value', gridIndex: l.gridIndex, min: 0, max: 1, show: false },
    yAxis: {
      type: 'category',
      gridIndex: l.gridIndex,
      inverse: true,
      show: false,
      data: targets.map((t) => t.id),
    },
    series: [
      {
        type: 'bar',
        name: LIST_SERIES,
        xAxisIndex: l.gridIndex,
        yAxisIndex: l.gridIndex,
        barWidth: rowHeight - 4,
        emphasis: { disabled: true },
        itemStyle: { color: 'transparent', borderColor: l.colors.grid, borderWidth: 1 },
        data: targets.map(() => 1),
        label: {
          show: true,
          position: 'insideLeft',
          distance: 8,
          color: l.colors.text,
          width: textRoom,
          lineHeight: l.lineHeight,
          overflow: 'break',
          formatter: (p: { dataIndex: number }) => entries[p.dataIndex] ?? '',
        },
      },
    ],
    height: headingHeight + height + 8,
    pitch: rowHeight,
  };
}
