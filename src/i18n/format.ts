import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import type { PartialDate, Period, Qualifier, Unit } from '../data/types';

export type Lang = 'zh' | 'en';

const UNIT_SUFFIX: Record<Unit, { zh: string; en: string }> = {
  people: { zh: '人', en: ' people' },
  households: { zh: '户', en: ' households' },
  villages: { zh: '个村', en: ' villages' },
  counties: { zh: '个县', en: ' counties' },
  townships: { zh: '个乡镇', en: ' townships' },
  count: { zh: '个', en: '' },
  percent: { zh: '%', en: '%' },
  percent_change: { zh: '%', en: '%' },
  yuan: { zh: '元', en: '' },
  yuan_per_household: { zh: '元/户', en: ' per household' },
  yuan_per_person: { zh: '元/人', en: ' per person' },
  yuan_per_unit: { zh: '元/个', en: ' each' },
  km: { zh: '公里', en: ' km' },
  hectare: { zh: '公顷', en: ' ha' },
  mu: { zh: '亩', en: ' mu' },
  sqm: { zh: '平方米', en: ' m²' },
  head: { zh: '头(只)', en: ' head' },
  person_times: { zh: '人次', en: ' person-times' },
  kw: { zh: '千瓦', en: ' kW' },
  tonne: { zh: '吨', en: ' t' },
};

const QUALIFIER_TEXT: Record<Qualifier, { zh: [string, string]; en: [string, string] }> = {
  exact: { zh: ['', ''], en: ['', ''] },
  approx: { zh: ['约', ''], en: ['about ', ''] },
  more_than: { zh: ['', '余'], en: ['more than ', ''] },
  at_least: { zh: ['', '以上'], en: ['at least ', ''] },
  less_than: { zh: ['不到', ''], en: ['less than ', ''] },
  up_to: { zh: ['', '以内'], en: ['up to ', ''] },
  range: { zh: ['', ''], en: ['', ''] },
};

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

// toLocaleString with a locale builds a new formatter on every call; charts format a label
// per bar and the loader a count per progress tick, so each formatter is made once.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the language's digit grouping, at most `digits` decimals (3 by default). */
export function localeNumber(n: number, lang: Lang, digits = 3): string {
  const key = `${lang}${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/** Plain number in the language's grouping: 1.89亿, 4.57万, 1,200 / 189M, 45.7K. */
export function formatNumber(n: number, lang: Lang, digits = 2): string {
  const abs = Math.abs(n);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trim(n / 1e8, digits)}亿`;
    if (abs >= 1e4) return `${trim(n / 1e4, digits)}万`;
    return trim(n, digits);
  }
  if (abs >= 1e9) return `${trim(n / 1e9, digits)}B`;
  if (abs >= 1e6) return `${trim(n / 1e6, digits)}M`;
  if (abs >= 1e4) return `${trim(n / 1e3, 1)}K`;
  return localeNumber(n, 'en', digits);
}

/** A value with unit and qualifier, as a reader says it: 1.89亿元, 1,200万元以上, ¥189M. */
/**
 * An exact whole count is never rounded on screen: 45692 reads 45,692, not 4.57万,
 * which would pass a rounded figure off as the exact one the source gives.
 */
function exactNumber(n: number, lang: Lang): string {
  for (const [scale, suffix] of EXACT_SCALES[lang]) {
    if (Math.abs(n) < scale) continue;
    // Beyond two decimals a scaled figure reads worse than the plain count.
    const shown = Number((n / scale).toFixed(2));
    return Math.round(shown * scale) === n ? `${shown}${suffix}` : localeNumber(n, lang);
  }
  return localeNumber(n, lang);
}

/** The scales formatNumber uses at and above 1万, largest first. */
const EXACT_SCALES: Record<Lang, Array<[number, string]>> = {
  zh: [
    [1e8, '亿'],
    [1e4, '万'],
  ],
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
};

const SINGULAR: Record<string, string> = {
  ' households': ' household',
  ' villages': ' village',
  ' counties': ' county',
  ' townships': ' township',
};

/** "1 county", not "1 counties"; 'people' is both. */
const singular = (suffix: string, value: number, q: Qualifier, lang: Lang): string =>
  lang === 'en' && value === 1 && q === 'exact' ? (SINGULAR[suffix] ?? suffix) : suffix;

export function formatValue(
  value: number,
  unit: Unit,
  lang: Lang,
  qualifier: Qualifier = 'exact',
  valueMax: number | null = null,
): string {
  const wholeExact = qualifier === 'exact' && Number.isInteger(value) && Math.abs(value) >= 1e4;
  const num =
    qualifier === 'range' && valueMax !== null
      ? `${formatNumber(value, lang)}–${formatNumber(valueMax, lang)}`
      : wholeExact
        ? exactNumber(value, lang)
        : formatNumber(value, lang);
  const money = unit.startsWith('yuan');
  const body = lang === 'en' && money ? `¥${num}` : num;
  const [pre, post] = QUALIFIER_TEXT[qualifier][lang];
  const suffix = singular(UNIT_SUFFIX[unit][lang], value, qualifier, lang);
  if (lang === 'en') return `${pre}${body}${suffix}`;
  // 余 sits between number and unit (1.2亿余元); 以上/以内 follow the unit (500万元以上).
  return qualifier === 'more_than'
    ? `${pre}${body}${post}${suffix}`
    : `${pre}${body}${suffix}${post}`;
}

export function unitLabel(unit: Unit, lang: Lang): string {
  const s = UNIT_SUFFIX[unit][lang].trim();
  if (s !== '') return s;
  return unit === 'yuan' ? 'CNY' : 'count';
}

export function formatDate(date: PartialDate | string, lang: Lang): string {
  const d =
    typeof date === 'string'
      ? { iso: date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day' }
      : date;
  const day = dayjs(d.iso).locale(lang === 'zh' ? 'zh-cn' : 'en');
  if (d.precision === 'year') return lang === 'zh' ? `${d.iso}年` : d.iso;
  if (d.precision === 'month') return day.format(lang === 'zh' ? 'YYYY年M月' : 'MMM YYYY');
  return day.format(lang === 'zh' ? 'YYYY年M月D日' : 'D MMM YYYY');
}

export function formatPeriod(p: Period, lang: Lang): string {
  const y = lang === 'zh' ? '年' : '';
  return p.start === p.end ? `${p.start}${y}` : `${p.start}–${p.end}${y}`;
}

export function formatPercent(n: number, lang: Lang, digits = 1): string {
  return `${localeNumber(n, lang, digits)}%`;
}
