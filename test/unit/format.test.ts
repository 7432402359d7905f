import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatValue,
  localeNumber,
  unitLabel,
} from '../../src/i18n/format';

describe('formatValue', () => {
  it('uses 万/亿 with the unit in Chinese and K/M/B in English', () => {
    expect(formatValue(189_000_000, 'yuan', 'zh')).toBe('1.89亿元');
    expect(formatValue(45_700, 'people', 'zh', 'approx')).toBe('约4.57万人');
    expect(formatValue(189_000_000, 'yuan', 'en')).toBe('¥189M');
    expect(formatValue(45_700, 'people', 'en', 'approx')).toBe('about 45.7K people');
    expect(formatNumber(98_990_000, 'zh')).toBe('9899万');
  });

  it('puts 余 before the unit and 以上/以内 after it, as Chinese writes them', () => {
    expect(formatValue(120_000_000, 'yuan', 'zh', 'more_than')).toBe('1.2亿余元');
    expect(formatValue(5_000_000, 'yuan', 'zh', 'at_least')).toBe('500万元以上');
    expect(formatValue(5000, 'people', 'en', 'at_least')).toBe('at least 5,000 people');
  });

  it('shows both ends of a range', () => {
    expect(formatValue(10, 'percent', 'zh', 'range', 20)).toBe('10–20%');
  });

  it('names every unit in English', () => {
    expect(unitLabel('count', 'en')).toBe('count');
    expect(unitLabel('yuan', 'en')).toBe('CNY');
    expect(unitLabel('km', 'zh')).toBe('公里');
  });
});

describe('formatDate', () => {
  it('formats each precision in each locale', () => {
    expect(formatDate('2019-04-29', 'zh')).toBe('2019年4月29日');
    expect(formatDate('2019-04-29', 'en')).toBe('29 Apr 2019');
    expect(formatDate('2020-04', 'zh')).toBe('2020年4月');
    expect(formatDate('2020', 'en')).toBe('2020');
  });
});

describe('localeNumber', () => {
  it('groups digits and rounds as the language writes numbers, the same on every call', () => {
    expect(localeNumber(128000, 'zh')).toBe('128,000');
    expect(localeNumber(1234.5678, 'en')).toBe('1,234.568');
    expect(localeNumber(1234.5678, 'en', 1)).toBe('1,234.6');
    expect(localeNumber(1234.5678, 'en', 1)).toBe('1,234.6');
    expect(formatPercent(45.678, 'zh')).toBe('45.7%');
  });
});

describe('exact counts', () => {
  it('never rounds an exact whole count: 45692 is not 4.57万', () => {
    expect(formatValue(45692, 'people', 'zh')).toBe('45,692人');
    expect(formatValue(45692, 'people', 'en')).toBe('45,692 people');
    // A round figure still reads short, and a stated approximation keeps its rounding.
    expect(formatValue(98990000, 'people', 'zh')).toBe('9899万人');
    expect(formatValue(128000, 'villages', 'en')).toBe('128K villages');
    expect(formatValue(45692, 'people', 'zh', 'approx')).toBe('约4.57万人');
  });
});

describe('English units', () => {
  it('says one county, not one counties', () => {
    expect(formatValue(1, 'counties', 'en')).toBe('1 county');
    expect(formatValue(2, 'counties', 'en')).toBe('2 counties');
    expect(formatValue(1, 'counties', 'zh')).toBe('1个县');
  });
});
