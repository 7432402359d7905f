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

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const THOUSANDS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseNumber(raw: string): number | Invalid {
  if (NUMBER.test(raw)) return Number(raw);
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
}

export function parseYear(raw: string): number | Invalid {
  if (/^\d{4}$/.test(raw)) {
    const y = Number(raw);
    if (y >= 1949 && y <= 2100) return y;
  }
  return new Invalid(
    `"${raw}" is not a year (four digits, e.g. 2016)`,
    `"${raw}" 不是年份（四位数字，如 2016）`,
  );
}

export function parsePeriod(raw: string): Period | Invalid {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (m) {
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
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

export function parsePartialDate(raw: string): PartialDate | Invalid {
  for (const [format, precision] of DATE_FORMATS) {
    if (raw.length === format.length && dayjs(raw, format, true).isValid()) {
      return { iso: raw, precision };
    }
  }
  return new Invalid(
    `"${raw}" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY`,
    `"${raw}" 不是有效日期，请写成 YYYY-MM-DD、YYYY-MM 或 YYYY`,
  );
}

export function oneOf<T extends string>(values: readonly T[]): (raw: string) => T | Invalid {
  const allowed = new Set<string>(values);
  const list = values.join(', ');
  return (raw) =>
    allowed.has(raw)
      ? (raw as T)
      : new Invalid(`"${raw}" is not one of: ${list}`, `"${raw}" 不在可选值中：${list}`);
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
