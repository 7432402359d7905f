import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/i18n/format';
import type { HeadlineValue } from '../../src/model/headline';
import { countUpText, easeOut } from '../../src/modes/screen/countUp';

const value = (v: Partial<HeadlineValue>): HeadlineValue => ({
  value: 45700,
  unit: 'people',
  qualifier: 'exact',
  valueMax: null,
  ...v,
});

const FIGURES: HeadlineValue[] = [
  value({}),
  value({ value: 98990000 }),
  value({ value: 309000000, unit: 'yuan', qualifier: 'at_least' }),
  value({ value: 120000000, unit: 'yuan', qualifier: 'more_than' }),
  value({ value: 7.21, unit: 'percent', qualifier: 'approx' }),
  value({ value: 21, unit: 'villages' }),
  value({ value: 1, unit: 'count', qualifier: 'range', valueMax: 2 }),
];

describe('count-up stepper', () => {
  it('ends exactly on the static text, qualifier words and unit included', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const v of FIGURES) {
        const fixed = formatValue(v.value, v.unit, lang, v.qualifier, v.valueMax);
        expect(countUpText(v, lang, 1)).toBe(fixed);
        expect(countUpText(v, lang, 1.5)).toBe(fixed);
      }
    expect(countUpText(FIGURES[2]!, 'zh', 1)).toBe('3.09亿元以上');
    expect(countUpText(FIGURES[3]!, 'zh', 1)).toBe('1.2亿余元');
    expect(countUpText(FIGURES[4]!, 'zh', 1)).toBe('约7.21%');
  });

  it('counts up in the same format, never through zero, whole numbers staying whole', () => {
    for (const v of FIGURES)
      for (const t of [0, 0.1, 0.5, 0.9]) {
        const text = countUpText(v, 'zh', t);
        expect(text).not.toMatch(/^(约|不到)?0(?![.\d])/);
        expect(text.endsWith(formatValue(v.value, v.unit, 'zh', v.qualifier).slice(-1))).toBe(true);
      }
    expect(countUpText(FIGURES[5]!, 'zh', 0.5)).toMatch(/^\d+个村$/);
    expect(countUpText(FIGURES[0]!, 'zh', 0)).not.toBe(countUpText(FIGURES[0]!, 'zh', 1));
  });

  it('eases out: rises from 0 to 1, fastest at the start', () => {
    expect(easeOut(0)).toBe(0);
    expect(easeOut(1)).toBe(1);
    expect(easeOut(0.25) - easeOut(0)).toBeGreaterThan(easeOut(1) - easeOut(0.75));
  });
});
