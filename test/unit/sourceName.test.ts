import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/data/types';
import { sourceEntry, sourceHref, sourceName } from '../../src/i18n/sourceName';
import { TEST_CITATION } from '../helpers/dataset';

const FILE = '002_7904431722f2badd.txt';
const manifest: Manifest = {
  name: 'n',
  name_zh: 'n',
  as_of: '2021',
  synthetic: false,
  sources: [
    {
      file: FILE,
      title: '精准扶贫（岳阳市2016年年鉴条目）',
      publisher: '岳阳市年鉴',
      date: '2017-11-06',
      region_code: '430600',
    },
    {
      file: 'long.txt',
      title: '载入史册的答卷 矗立大地的丰碑——咸宁市打赢脱贫攻坚纪实',
      publisher: '',
      date: '2021',
      region_code: '421200',
    },
    {
      file: 'latin.txt',
      title: 'Synthetic data generator — not real figures',
      publisher: 'scripts/synth/generate.ts',
      date: '2021',
      region_code: '000000',
    },
    { file: 'untitled.txt', title: ' ', publisher: 'p', date: '', region_code: '' },
  ],
};

describe('sourceName', () => {
  it('names a document by its title and publisher in both languages, title untranslated', () => {
    expect(sourceName(manifest, FILE, 'zh')).toBe(
      '《精准扶贫（岳阳市2016年年鉴条目）》，岳阳市年鉴',
    );
    expect(sourceName(manifest, FILE, 'en')).toBe(
      '《精准扶贫（岳阳市2016年年鉴条目）》, 岳阳市年鉴',
    );
  });

  it('leaves out a publisher the manifest does not give', () => {
    expect(sourceName(manifest, 'long.txt', 'zh')).toBe(
      '《载入史册的答卷 矗立大地的丰碑——咸宁市打赢脱贫攻坚纪实》',
    );
  });

  it('gives the title alone in the short form, cut with … only when it is long', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(sourceName(manifest, FILE, lang, 'short')).toBe(
        '《精准扶贫（岳阳市2016年年鉴条目）》',
      );
      expect(sourceName(manifest, 'long.txt', lang, 'short')).toBe(
        '《载入史册的答卷 矗立大地的丰碑…》',
      );
    }
    // Latin letters are narrower, so more of them fit.
    expect(sourceName(manifest, 'latin.txt', 'en', 'short')).toBe(
      '《Synthetic data generator — not…》',
    );
  });

  it('falls back to the file name for a file the manifest does not list or leaves untitled', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const form of ['full', 'short'] as const) {
        expect(sourceName(manifest, 'unknown.txt', lang, form)).toBe('unknown.txt');
        expect(sourceName(manifest, 'untitled.txt', lang, form)).toBe('untitled.txt');
        expect(sourceName(null, FILE, lang, form)).toBe(FILE);
      }
  });

  it('finds the manifest entry of a file', () => {
    expect(sourceEntry(manifest, FILE)?.date).toBe('2017-11-06');
    expect(sourceEntry(manifest, 'unknown.txt')).toBeUndefined();
  });
});

describe('sourceName and sourceHref for a citation', () => {
  const cited: Manifest = {
    ...manifest,
    sources: [
      ...manifest.sources,
      TEST_CITATION,
      {
        kind: 'citation',
        file: 'cctv',
        title: '',
        publisher: '央视新闻',
        date: '2020-11-24',
        url: 'http://example.org/a.html',
        region_code: '000000',
      },
    ],
  };

  it('names the publisher, date and page in both languages', () => {
    expect(sourceName(cited, 'rmrb-2020-01-25', 'zh')).toBe('人民日报 2020-01-25 第1版');
    expect(sourceName(cited, 'rmrb-2020-01-25', 'en')).toBe("People's Daily, 2020-01-25, p. 1");
    expect(sourceName(cited, 'rmrb-2020-01-25', 'en', 'short')).toBe("People's Daily, 2020-01-25");
  });

  it('keeps the Chinese publisher in English when no English name is given, and no page', () => {
    expect(sourceName(cited, 'cctv', 'en')).toBe('央视新闻, 2020-11-24');
    expect(sourceName(cited, 'cctv', 'zh')).toBe('央视新闻 2020-11-24');
  });

  it('links a citation to its URL and a document to the held text', () => {
    expect(sourceHref(cited, 'rmrb-2020-01-25')).toBe('http://zylgz.com/guonei/16400.html');
    expect(sourceHref(cited, 'a b.txt')).toBe('sources/a%20b.txt');
  });
});
