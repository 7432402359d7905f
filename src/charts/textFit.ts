import type { ChartContext } from './chartTypes';

/** Below this chart width (px) text beside a marker or an axis is cut: it gets lines of its own. */
const NARROW_WIDTH = 480;

export const isNarrow = (ctx: ChartContext): boolean => ctx.width < NARROW_WIDTH;

// Any character past ASCII takes a full em: ECharts breaks lines measuring each of them as one
// CJK glyph (zrender's measureCharWidth), so "·" or "–" counts as wide as "国". A space takes
// 0.3 em, "%", "@", "M", "W", "m" and "w" 0.9, other ASCII 0.6 em: on the wide side, as a line
// too many is only space, one too few overlaps ("102.9%" measured narrow made ECharts break a
// line the chart had already broken).
const WIDE_ASCII = new Set(['%', '@', 'M', 'W', 'm', 'w']);
const emOf = (ch: string) =>
  ch.codePointAt(0)! > 127 ? 1 : ch === ' ' ? 0.3 : WIDE_ASCII.has(ch) ? 0.9 : 0.6;

/** Rough width of a text line in px. */
export const textWidth = (s: string, px: number): number =>
  [...s].reduce((w, ch) => w + emOf(ch) * px, 0);

/**
 * The pieces a line may break between: Latin words, spaces, and single CJK characters, except
 * that no line starts with closing punctuation or ends with opening punctuation (the rule of
 * Chinese typesetting): "（已过 4 年）" never leaves its "）" alone on the next line.
 */
const tokensOf = (text: string): string[] =>
  text.match(
    /[（《「『【〈“‘]*(?:[\u2e80-\uffff]|[^\s\u2e80-\uffff]+)[）》」』】〉”’。，、；：！？]*|\s+/gu,
  ) ?? [];

/**
 * Lines a label takes with ECharts' overflow 'break' in `width` px: Latin breaks between
 * words, CJK between any two characters, and a word longer than the line wherever it must.
 */
export function wrappedLines(text: string, px: number, width: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const token of tokensOf(paragraph)) {
      const w = textWidth(token, px);
      if (used > 0 && used + w > width) {
        lines += 1;
        used = /^\s+$/.test(token) ? 0 : w;
      } else used += w;
      for (; used > width; used -= width) lines += 1;
    }
  }
  return lines;
}

/**
 * The lines of `text` broken greedily to `maxWidth` px, trimmed: between words in Latin, between
 * any two characters in CJK, and a word wider than the line wherever it must be. For text a
 * frame draws itself, line by line (exports' titles and footers).
 */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const tokens = tokensOf(text);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (textWidth(line + token, size) <= maxWidth) {
      line += token;
      continue;
    }
    push();
    if (/^\s+$/.test(token)) continue;
    // A word wider than the line (a long file name) is cut wherever it must be.
    for (const ch of token) {
      if (textWidth(line + ch, size) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines;
}

/**
 * `text` with its line breaks put in by the chart, paragraph by paragraph, for a label ECharts
 * would otherwise break itself: ECharts may start a line with "）" or "，".
 */
export const brokenText = (text: string, size: number, maxWidth: number): string =>
  text
    .split('\n')
    .map((paragraph) => wrapText(paragraph, size, maxWidth).join('\n'))
    .join('\n');
