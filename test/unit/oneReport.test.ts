import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/data/readDataset';
import type { FileReport } from '../../src/data/report';
import { runPipeline } from '../../src/load/pipeline';
import type { LoadInput } from '../../src/load/protocol';
import { TEST_MANIFEST, TEST_REGIONS } from '../helpers/dataset';

// `npm run data:check` (readDataset) and the page's loader (runPipeline in the worker) must
// tell a clerk the same thing about the same files.

const FUNDS_HEADER =
  'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const FUND = (id: string, value: string) =>
  `${id},421202,2016,central,,中央资金,,actual,${value},exact,,yuan,doc.txt,q,,`;

const enc = (text: string) => new TextEncoder().encode(text);

/** Bad files of every kind a clerk sends: bad rows, an unreadable file, a guessed encoding. */
const CASES: Record<string, Record<string, Uint8Array>> = {
  'rows with errors': {
    'funds.csv': enc(
      [FUNDS_HEADER, FUND('f1', '1000'), FUND('f2', '一千'), FUND('f1', '5')].join('\n'),
    ),
  },
  'a table that is not text': { 'funds.csv': new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]) },
  // Latin-1 bytes: not UTF-8, and read as GBK they hold no Chinese, so the reading is a guess.
  'a file whose encoding is a guess': {
    'funds.csv': Uint8Array.from(
      [FUNDS_HEADER, FUND('f1', '1000').replace(',,actual', ',Caf\u00e9,actual')].join('\n'),
      (c) => c.charCodeAt(0),
    ),
  },
  'a manifest that is not JSON': { 'manifest.json': enc('{"name": ') },
  'two files for one table': {
    'funds.csv': enc([FUNDS_HEADER, FUND('f1', '1000')].join('\n')),
    'funds.json': enc(JSON.stringify([{ id: 'f9' }])),
  },
};

const folder = (bad: Record<string, Uint8Array>): Record<string, Uint8Array> => ({
  'manifest.json': enc(TEST_MANIFEST),
  'regions.csv': enc(TEST_REGIONS),
  ...bad,
});

const byCli = async (files: Record<string, Uint8Array>) =>
  (await readDataset(async (name) => files[name] ?? null, { everyFormat: true })).report.files;

const byPage = async (files: Record<string, Uint8Array>) => {
  const inputs: LoadInput[] = Object.entries(files).map(([name, bytes]) => ({
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    name,
    slot: null,
    origin: { kind: 'bundled' },
    encoding: null,
    fallback: false,
  }));
  const { dataset } = await runPipeline(inputs, false, {
    post: () => {},
    ask: async () => ({}),
  });
  return dataset.report.files;
};

const plain = (files: FileReport[]) => JSON.parse(JSON.stringify(files)) as unknown;

describe('one report for one bad file, from the CLI and from the page', () => {
  for (const [name, bad] of Object.entries(CASES))
    it(name, async () => {
      const files = folder(bad);
      const cli = await byCli(files);
      expect(plain(await byPage(files))).toEqual(plain(cli));
      // The case is bad: something in the report says so.
      const named = cli.filter((f) =>
        Object.keys(bad).some((n) => n.startsWith(f.file.split('.')[0]!)),
      );
      expect(named.some((f) => f.issues.length > 0 || f.rejected.length > 0)).toBe(true);
    });
});
