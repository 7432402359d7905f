import { describe, expect, it } from 'vitest';
import { figureYearText } from '../../src/i18n/figureNotes';

const period = (start: number, end: number) => ({ start, end });

describe('figureYearText: one wording of when a figure holds, for the card and the wall', () => {
  it('says an older figure is the latest, at length on the card and briefly on the wall', () => {
    const f = { period: period(2019, 2019), year: 2020 };
    expect(figureYearText(f, 'zh')).toEqual({ text: '2019年（2020年无新数据）', older: true });
    expect(figureYearText(f, 'zh', true)).toEqual({ text: '2019年（最新）', older: true });
    expect(figureYearText(f, 'en', true).text).toBe('2019 (latest)');
  });

  it('gives a current span as it is, and a figure from the village list as such', () => {
    expect(figureYearText({ period: period(2013, 2020), year: 2020 }, 'zh')).toEqual({
      text: '2013–2020年',
      older: false,
    });
    expect(figureYearText({ period: null, year: 2020 }, 'en').text).toBe('from the village list');
  });
});
