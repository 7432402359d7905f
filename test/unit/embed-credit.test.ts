import { describe, expect, it } from 'vitest';
import { creditLine, singleYear, titleWithYear } from '../../src/modes/embed/embedCredit';
import { cleanSubtitle, parseEmbedParams, SUBTITLE_MAX } from '../../src/view/embed/embedParams';
import type { Manifest } from '../../src/data/types';

const manifest = { name: 'Bundled', name_zh: '内置数据' } as Manifest;
const table = (periods: string[]) => ({
  columns: [],
  rows: periods.map((period) => ({ period })),
});

describe('embed subtitle', () => {
  it('is one line of plain text, capped', () => {
    expect(parseEmbedParams('?chart=map&subtitle=%3Cb%3Ehi%3C%2Fb%3E%0A%20there').subtitle).toBe(
      '<b>hi</b> there',
    );
    expect(parseEmbedParams('?chart=map').subtitle).toBe('');
    const long = cleanSubtitle('字'.repeat(500));
    expect([...long]).toHaveLength(SUBTITLE_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('embed credit and title', () => {
  it('credits the dataset and the dashboard in the reader’s language', () => {
    expect(creditLine(manifest, 'zh')).toBe('数据：内置数据 · 精准扶贫进度看板');
    expect(creditLine(manifest, 'en')).toBe(
      'Data: Bundled · Poverty-alleviation progress dashboard',
    );
    expect(creditLine(null, 'zh')).toBe('精准扶贫进度看板');
  });

  it('adds the year when every drawn row holds the same one, and only then', () => {
    expect(singleYear(table(['2016年', '2016年']))).toBe(2016);
    expect(singleYear(table(['2016年', '2017年']))).toBeNull();
    expect(singleYear(table(['2014–2016年']))).toBeNull();
    expect(titleWithYear('咸安区 · 资金用途', 2016, 'zh')).toBe('咸安区 · 资金用途（2016年）');
    expect(titleWithYear('Map, as of 2016', 2016, 'en')).toBe('Map, as of 2016');
  });
});
