import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import type { PartialDate, Period } from './types';

dayjs.extend(customParseFormat);

/** A cell that failed to convert; carries the reason in both UI languages. */
export class Invalid {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {}
}

export type CellParser = (raw: string) => unknown;

/** A reader's answer when the cell is not its plain case: the caller makes the string and parses it. */
export const NOT_PLAIN = Symbol('not plain');

/**
 * Reads the plain case of a cell in place, `text[start, end)`, without making a string: the
 * same value its parser gives for that cell, or NOT_PLAIN for anything else (the parser then
 * decides, with its message when the cell is wrong).
 */
export type CellReader = (text: string, start: number, end: number) => unknown;

const READERS = new WeakMap<CellParser, CellReader>();

/** The in-place reader of a parser, if it has one. */
export const readerOf = (parse: CellParser): CellReader | undefined => READERS.get(parse);

export const withReader = <P extends CellParser>(parse: P, read: CellReader): P => {
  READERS.set(parse, read);
  return parse;
};

/** Exact powers of ten: an integer of up to 15 digits over one of them rounds as Number() does. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Digits with at most one point inside (not last), as plainDecimal accepts, read in place. A
 * decimal of up to 15 significant digits is an integer below 2^53 over an exact power of ten:
 * one correctly rounded division, the same double as Number(raw).
 */
export function plainNumberAt(text: string, start: number, end: number): number | typeof NOT_PLAIN {
  let i = start;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  if (i === end || end - i > 16) return NOT_PLAIN;
  let m = 0;
  let point = -1;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) m = m * 10 + d;
    else if (d === -2 && point === -1 && i !== end - 1) point = i;
    else return NOT_PLAIN;
  }
  if (m > Number.MAX_SAFE_INTEGER) return NOT_PLAIN;
  const value = point === -1 ? m : m / POW10[end - 1 - point]!;
  return negative ? -value : value;
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Digits with at most one point inside, the common cell: what NUMBER accepts, without a regex. */
function plainDecimal(raw: string): boolean {
  const n = raw.length;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return false;
  let point = false;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c !== 46 || point || i === n - 1) return false;
    point = true;
  }
  return true;
}

export const parseNumber = withReader(function parseNumber(raw: string): number | Invalid {
  if (plainDecimal(raw) || NUMBER.test(raw)) return Number(raw);
  if (THOUSANDS.test(raw))
    return new Invalid(
      `"${raw}" has thousands separators; write ${raw.replace(/,/g, '')}`,
      `"${raw}" 含千位分隔符，请写成 ${raw.replace(/,/g, '')}`,
    );
  if (/[万亿]/.test(raw))
    return new Invalid(
      `"${raw}" uses 万/亿; write the plain number in the base unit (1.89亿 → 189000000)`,
      `"${raw}" 含“万/亿”，请换算成基本单位的数字（1.89亿 → 189000000）`,
    );
  return new Invalid(`"${raw}" is not a number`, `"${raw}" 不是数字`);
}, plainNumberAt);

/** Value of a run of ASCII digits, or -1 if any character is not one; no string is allocated. */
export function digitsAt(raw: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A year from 1949 to 2100, four digits, at `text[start, end)`; -1 when it is not one. */
function yearAt(text: string, start: number, end: number): number {
  if (end - start !== 4) return -1;
  const y = digitsAt(text, start, end);
  return y >= 1949 && y <= 2100 ? y : -1;
}

export const parseYear = withReader(
  (raw: string): number | Invalid => {
    const y = yearAt(raw, 0, raw.length);
    if (y !== -1) return y;
    return new Invalid(
      `"${raw}" is not a year (four digits, e.g. 2016)`,
      `"${raw}" 不是年份（四位数字，如 2016）`,
    );
  },
  (text, start, end) => {
    const y = yearAt(text, start, end);
    return y === -1 ? NOT_PLAIN : y;
  },
);

export function parsePeriod(raw: string): Period | Invalid {
  const span = raw.length === 9 && raw.charCodeAt(4) === 45;
  if (raw.length === 4 || span) {
    const start = digitsAt(raw, 0, 4);
    const end = span ? digitsAt(raw, 5, 9) : start;
    if (start >= 1949 && end <= 2100 && end >= start) return { start, end };
  }
  return new Invalid(
    `"${raw}" is not a period; write a year (2016) or a span (2016-2020)`,
    `"${raw}" 不是有效期间，请写年份（2016）或起止年（2016-2020）`,
  );
}

const DATE_FORMATS = [
  ['YYYY-MM-DD', 'day'],
  ['YYYY-MM', 'month'],
  ['YYYY', 'year'],
] as const;

const daysIn = (y: number, m: number) =>
  m === 2
    ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      ? 29
      : 28
    : m === 4 || m === 6 || m === 9 || m === 11
      ? 30
      : 31;

/**
 * The calendar check for YYYY, YYYY-MM and YYYY-MM-DD with a year from 1000: what dayjs's
 * strict parse decides for these (checked over every day of 1890–2110), at a fraction of its
 * cost on 128,000 rows. Null leaves anything else to dayjs.
 */
function calendarDate(raw: string): PartialDate | false | null {
  const n = raw.length;
  if (n !== 4 && n !== 7 && n !== 10) return null;
  const y = digitsAt(raw, 0, 4);
  if (y < 1000) return null;
  if (n === 4) return { iso: raw, precision: 'year' };
  if (raw.charCodeAt(4) !== 45) return null;
  const m = digitsAt(raw, 5, 7);
  if (m < 0) return null;
  if (m < 1 || m > 12) return false;
  if (n === 7) return { iso: raw, precision: 'month' };
  if (raw.charCodeAt(7) !== 45) return null;
  const d = digitsAt(raw, 8, 10);
  if (d < 0) return null;
  return d >= 1 && d <= daysIn(y, m) && { iso: raw, precision: 'day' };
}

export function parsePartialDate(raw: string): PartialDate | Invalid {
  const known = calendarDate(raw);
  if (known) return known;
  if (known === null) {
    for (const [format, precision] of DATE_FORMATS) {
      if (raw.length === format.length && dayjs(raw, format, true).isValid()) {
        return { iso: raw, precision };
      }
    }
  }
  return new Invalid(
    `"${raw}" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY`,
    `"${raw}" 不是有效日期，请写成 YYYY-MM-DD、YYYY-MM 或 YYYY`,
  );
}

export function oneOf<T extends string>(values: readonly T[]): (raw: string) => T | Invalid {
  // Returns the shared constant, not the cell: 128,000 rows then hold one "exited", not 128,000.
  const allowed = new Map<string, T>(values.map((v) => [v, v]));
  const list = values.join(', ');
  return withReader(
    (raw) =>
      allowed.get(raw) ??
      new Invalid(`"${raw}" is not one of: ${list}`, `"${raw}" 不在可选值中：${list}`),
    (text, start, end) => {
      for (const v of values) if (sameText(text, start, end, v)) return v;
      return NOT_PLAIN;
    },
  );
}

/** Whether `text[start, end)` is `s`, without making a string of it. */
export function sameText(text: string, start: number, end: number, s: string): boolean {
  if (end - start !== s.length) return false;
  for (let i = 0; i < s.length; i++)
    if (text.charCodeAt(start + i) !== s.charCodeAt(i)) return false;
  return true;
}

export const text = (raw: string): string => raw;

/** snake_case keys such as infrastructure categories. */
export function parseKey(raw: string): string | Invalid {
  return /^[a-z][a-z0-9_]*$/.test(raw)
    ? raw
    : new Invalid(
        `"${raw}" is not a key (lower-case letters, digits and _)`,
        `"${raw}" 不是有效键名（小写字母、数字和下划线）`,
      );
}
