import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/data/manifest';
import { formatIssue } from '../../src/data/report';
import { CITATION_QUOTE_MAX, validateDataset } from '../../src/data/validateDataset';
import { TEST_CITATION, testFiles } from '../helpers/dataset';

const CITATION = TEST_CITATION;
const DOCUMENT = {
  file: 'doc.txt',
  title: 't',
  publisher: 'p',
  date: '2016',
  region_code: '421202',
};

const manifest = (sources: unknown[]) =>
  JSON.stringify({ name: 'T', name_zh: '测', as_of: '2021', synthetic: false, sources });

const HEADER =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const row = (id: string, file: string, quote: string) =>
  `${id},000000,poor_people,,农村贫困人口,,actual,2019,,5510000,exact,,people,${file},${quote},,`;

function indicators(rows: string[], sources: unknown[] = [DOCUMENT, CITATION]) {
  const result = validateDataset(
    testFiles({
      'manifest.json': manifest(sources),
      'indicators.csv': [HEADER, ...rows].join('\n'),
    }),
  );
  return result.report.files.find((f) => f.file === 'indicators.csv')!;
}

describe('citation sources', () => {
  it('loads a complete citation beside a document written before `kind` existed', () => {
    const { manifest: m, issues } = parseManifest(manifest([DOCUMENT, CITATION]));
    expect(issues).toEqual([]);
    expect(m!.sources[0]).toEqual(DOCUMENT);
    expect(m!.sources[1]).toMatchObject({ kind: 'citation', url: CITATION.url, page: '1' });
  });

  it('rejects a citation without publisher, date or URL, naming each field', () => {
    const { manifest: m, issues } = parseManifest(
      manifest([{ ...CITATION, publisher: ' ', date: '2020年', url: undefined }]),
    );
    expect(m).toBeNull();
    expect(issues.map((i) => i.columnName)).toEqual([
      'sources.0.publisher',
      'sources.0.date',
      'sources.0.url',
    ]);
  });

  it('still requires a document its title, publisher, date and region', () => {
    const { issues } = parseManifest(manifest([{ file: 'doc.txt', title: 't' }]));
    expect(issues.map((i) => i.columnName)).toEqual([
      'sources.0.publisher',
      'sources.0.date',
      'sources.0.region_code',
    ]);
  });

  it('rejects a source id listed twice', () => {
    const { issues } = parseManifest(manifest([CITATION, CITATION]));
    expect(issues[0]!.en).toContain('listed twice');
  });

  it('accepts an empty quote only from a citation', () => {
    const r = indicators([row('a', CITATION.file, ''), row('b', 'doc.txt', '')]);
    expect(r.accepted).toBe(1);
    expect(r.rejected[0]!.line).toBe(3);
    expect(r.rejected[0]!.issues[0]!.en).toContain('source_quote is empty');
  });

  it('keeps sentences of a cited article out: a citing row carries at most the figure', () => {
    const long = '全国农村贫困人口从2012年末的9899万人减少至2019年末的551万人';
    expect([...long].length).toBeGreaterThan(CITATION_QUOTE_MAX);
    const r = indicators([row('a', CITATION.file, '551万'), row('b', CITATION.file, long)]);
    expect(r.accepted).toBe(1);
    expect(r.rejected[0]!.issues[0]!.zh).toContain('不得抄录原文句子');
  });

  it('reports a row citing an unknown source at file:line:column in both languages', () => {
    const r = indicators([row('a', 'rmrb-2099-01-01', '')]);
    const issue = r.rejected[0]!.issues[0]!;
    expect(formatIssue(issue)).toBe(
      'indicators.csv:2:14 (source_file): source "rmrb-2099-01-01" is not listed in manifest.json sources.',
    );
    expect(formatIssue(issue, 'zh')).toBe(
      'indicators.csv:2:14 (source_file): 引用无效：来源“rmrb-2099-01-01”未列在 manifest.json 的 sources 中。',
    );
  });
});

describe('the bundled national series', () => {
  it('passes validation, and every row of 中国 cites a complete source', async () => {
    const { readFile } = await import('node:fs/promises');
    const names = ['manifest.json', 'regions.csv', 'indicators.csv', 'funds.csv', 'milestones.csv'];
    const files = Object.fromEntries(
      await Promise.all(names.map(async (f) => [f, await readFile(`public/data/${f}`, 'utf8')])),
    );
    const { manifest, tables, report } = validateDataset(files);
    expect(report.files.flatMap((f) => f.rejected)).toEqual([]);
    const national = [...tables.indicators, ...tables.funds, ...tables.milestones].filter(
      (r) => r.regionCode === '000000',
    );
    expect(national.length).toBeGreaterThan(50);
    for (const r of national) {
      const s = manifest!.sources.find((x) => x.file === r.sourceFile)!;
      if (s.kind === 'citation') {
        expect(s.publisher && s.date && s.url, r.id).toBeTruthy();
        expect(r.sourceQuote.length, r.id).toBeLessThanOrEqual(CITATION_QUOTE_MAX);
      }
      if (r.qualityFlag === 'derived') expect(r.qualityNote && r.qualityNoteZh, r.id).toBeTruthy();
    }
  });
});
