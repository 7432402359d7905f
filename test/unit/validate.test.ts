import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/data/decode';
import { readDataset } from '../../src/data/readDataset';
import { formatIssue, type FileReport } from '../../src/data/report';
import { validateDataset } from '../../src/data/validateDataset';
import { testFiles } from '../helpers/dataset';

const IND_HEADER =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const ind = (
  id: string,
  value = '100',
  extra: Partial<Record<'region' | 'unit' | 'qualifier' | 'max' | 'period', string>> = {},
) =>
  `${id},${extra.region ?? '421202'},poor_people,,贫困人口,,actual,${extra.period ?? '2015'},,${value},${extra.qualifier ?? 'exact'},${extra.max ?? ''},${extra.unit ?? 'people'},doc.txt,quote,,`;

function report(files: Record<string, string>, name = 'indicators.csv'): FileReport {
  const result = validateDataset(testFiles(files));
  const r = result.report.files.find((f) => f.file === name);
  if (!r) throw new Error(`no report for ${name}`);
  expect(r.accepted + r.rejected.length).toBe(r.total);
  return r;
}

describe('validateDataset', () => {
  it('accepts a valid file and counts every row', () => {
    const r = report({ 'indicators.csv': [IND_HEADER, ind('a'), ind('b')].join('\n') });
    expect(r).toMatchObject({ total: 2, accepted: 2, rejected: [] });
  });

  it('rejects every row when a required column is missing, and says which', () => {
    const header = IND_HEADER.replace(',value,', ',');
    const row = ind('a').replace(',100,', ',');
    const r = report({ 'indicators.csv': `${header}\n${row}\n` });
    expect(r.total).toBe(1);
    expect(r.rejected).toHaveLength(1);
    expect(r.issues[0]!.en).toContain('Required column "value" is missing');
  });

  it('locates a wrong type at file:line:column', () => {
    const r = report({ 'indicators.csv': [IND_HEADER, ind('a'), ind('b', 'abc')].join('\n') });
    expect(r.accepted).toBe(1);
    const issue = r.rejected[0]!.issues[0]!;
    expect(formatIssue(issue)).toBe('indicators.csv:3:10 (value): "abc" is not a number');
  });

  it('explains thousands separators and 万/亿 instead of guessing', () => {
    const r = report({
      'indicators.csv': [IND_HEADER, ind('a', '"1,200"'), ind('b', '1.89亿')].join('\n'),
    });
    expect(r.rejected.map((x) => x.issues[0]!.en)).toEqual([
      expect.stringContaining('thousands separators; write 1200'),
      expect.stringContaining('uses 万/亿'),
    ]);
  });

  it('rejects an unknown region code with the code in the message', () => {
    const r = report({
      'indicators.csv': [IND_HEADER, ind('a', '1', { region: '999999' })].join('\n'),
    });
    expect(r.rejected[0]!.issues[0]!.en).toContain('unknown region code "999999"');
    expect(r.rejected[0]!.line).toBe(2);
  });

  it('rejects a source file not listed in the manifest', () => {
    const row = ind('a').replace('doc.txt', 'other.txt');
    const r = report({ 'indicators.csv': [IND_HEADER, row].join('\n') });
    expect(r.rejected[0]!.issues[0]!.en).toContain('"other.txt" is not listed');
  });

  it('reads CRLF line endings and reports the right lines', () => {
    const r = report({
      'indicators.csv': [IND_HEADER, ind('a'), ind('b', '-5')].join('\r\n') + '\r\n',
    });
    expect(r.accepted).toBe(1);
    expect(r.rejected[0]!.line).toBe(3);
    expect(r.rejected[0]!.issues[0]!.en).toContain('negative');
  });

  it('keeps quoted commas and newlines inside a value, and counts lines past them', () => {
    const quoted = ind('a').replace(',quote,', ',"多行，含逗号, and\na newline",');
    const r = report({ 'indicators.csv': [IND_HEADER, quoted, ind('b', 'x')].join('\n') });
    expect(r.accepted).toBe(1);
    expect(r.rejected[0]!.line).toBe(4);
    const result = validateDataset(
      testFiles({ 'indicators.csv': [IND_HEADER, quoted].join('\n') }),
    );
    expect(result.tables.indicators[0]!.sourceQuote).toBe('多行，含逗号, and\na newline');
  });

  it('rejects the second of two rows with the same id and points to the first', () => {
    const r = report({ 'indicators.csv': [IND_HEADER, ind('a'), ind('a')].join('\n') });
    expect(r.accepted).toBe(1);
    expect(r.rejected[0]!.issues[0]!.en).toBe('Duplicate id "a": first used on line 2.');
  });

  it('reports an empty file and a header-only file without crashing', () => {
    const empty = report({ 'indicators.csv': '' });
    expect(empty.total).toBe(0);
    expect(empty.issues[0]!.en).toContain('empty');
    const headerOnly = report({ 'indicators.csv': IND_HEADER + '\n' });
    expect(headerOnly).toMatchObject({ total: 0, accepted: 0 });
    expect(headerOnly.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('checks shares, ranges and their bounds', () => {
    const rows = [
      IND_HEADER,
      ind('pct', '120', { unit: 'percent' }),
      ind('range-ok', '10', { qualifier: 'range', max: '20' }),
      ind('range-bad', '10', { qualifier: 'range', max: '5' }),
      ind('range-missing', '10', { qualifier: 'range' }),
    ];
    const r = report({ 'indicators.csv': rows.join('\n') });
    expect(r.accepted).toBe(1);
    expect(r.rejected.map((x) => x.issues[0]!.columnName)).toEqual([
      'value',
      'value_max',
      'value_max',
    ]);
  });

  it('warns about unknown columns and blank lines but keeps the rows', () => {
    const r = report({
      'indicators.csv': [IND_HEADER + ',extra', ind('a') + ',x', '', ind('b') + ',y'].join('\n'),
    });
    expect(r.accepted).toBe(2);
    expect(r.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  it('rejects rows with too few cells', () => {
    const r = report({ 'indicators.csv': [IND_HEADER, 'a,421202,poor_people'].join('\n') });
    expect(r.rejected[0]!.issues[0]!.en).toContain('has 3 cells but the header has 17');
  });

  it('detects semicolon and tab delimiters', () => {
    for (const d of [';', '\t']) {
      const text = [IND_HEADER, ind('a')].map((l) => l.replaceAll(',', d)).join('\n');
      expect(report({ 'indicators.csv': text })).toMatchObject({ accepted: 1 });
    }
  });

  it('refuses a CSV with 10,000 columns with the limit in the message', () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const r = report({ 'indicators.csv': `${wide}\n${wide}\n` });
    expect(r.issues.some((i) => i.en.includes('the limit is 200'))).toBe(true);
    expect(r.accepted).toBe(0);
  });

  it('rejects regions with malformed codes and children of unknown parents', () => {
    const regions =
      testFiles()['regions.csv'] +
      '12345,gb2260,坏代码,,county,421200,,,x\n421299,gb2260,孤儿,,county,429999,,,x\n';
    const r = report({ 'regions.csv': regions }, 'regions.csv');
    expect(r.rejected.map((x) => x.issues[0]!.columnName)).toEqual(['code', 'parent_code']);
  });

  it('a missing manifest is an error, a missing optional file a warning', () => {
    const result = validateDataset({ 'regions.csv': testFiles()['regions.csv'] });
    const byFile = new Map(result.report.files.map((f) => [f.file, f]));
    expect(byFile.get('manifest.json')!.issues[0]!.severity).toBe('error');
    expect(byFile.get('funds.csv')!.issues[0]!.severity).toBe('warning');
  });

  it('refuses a manifest nested 10,000 deep without overflowing the stack', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const result = validateDataset(testFiles({ 'manifest.json': deep }));
    expect(result.manifest).toBeNull();
    expect(result.report.files[0]!.issues[0]!.en).toContain(
      'The JSON is nested more than 32 levels deep; the limit is 32',
    );
  });
});

describe('decodeBytes and readDataset', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('strips a UTF-8 BOM so the first column name still matches', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8([IND_HEADER, ind('a')].join('\n'))]);
    const files = testFiles();
    const result = await readDataset(async (f) =>
      f === 'indicators.csv' ? bom : files[f] ? utf8(files[f]!) : null,
    );
    expect(result.encodings['indicators.csv']).toBe('utf-8-bom');
    expect(result.tables.indicators).toHaveLength(1);
  });

  it('decodes GBK bytes from Chinese Excel as GB18030', () => {
    // "咸安区" in GBK.
    const gbk = new Uint8Array([0xcf, 0xcc, 0xb0, 0xb2, 0xc7, 0xf8]);
    const d = decodeBytes(gbk);
    expect(d).toMatchObject({ ok: true, encoding: 'gb18030', text: '咸安区', confident: true });
  });

  it('refuses a binary file renamed .csv', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const d = decodeBytes(png);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.en).toContain('not a text file');
  });
});

describe('delimiter detection', () => {
  it('reads a comma file whose cells contain semicolons', () => {
    const row = ind('a').replace(',quote,', ',"甲；乙; 丙; 丁",');
    const r = report({
      'indicators.csv': [IND_HEADER, row, ind('b').replace(',quote,', ',x;y;z;w,')].join('\n'),
    });
    expect(r).toMatchObject({ accepted: 2, delimiter: ',' });
  });
});
