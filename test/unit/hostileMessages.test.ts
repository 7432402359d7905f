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
