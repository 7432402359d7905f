import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartTable } from '../../src/charts/chartTypes';
import { FORMULA_START } from '../../src/data/csvWrite';
import { readJsonTable } from '../../src/data/jsonTable';
import { tableCsv, tableJson } from '../../src/export/csvExport';
import { exportFileName } from '../../src/export/fileName';

const table = (rows: ChartTable['rows']): ChartTable => ({
  columns: [
    { key: 'label', label: '项目' },
    { key: 'value', label: '数值', numeric: true },
    { key: 'source', label: '来源原文' },
    { key: 'source_file', label: '来源文件' },
  ],
  rows,
});

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('tableCsv', () => {
  it('starts with a UTF-8 BOM and keeps Chinese text, labels as the header', () => {
    const csv = tableCsv(
      table([{ label: '贫困人口', value: 45700, source: '「4.57万人」', source_file: 'doc.txt' }]),
      'zh',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parse(csv)).toEqual([
      ['项目', '数值', '来源原文', '来源文件'],
      ['贫困人口', '45700', '「4.57万人」', 'doc.txt'],
    ]);
  });

  it('writes exactly the rows and numbers of the table, empty cells for missing values', () => {
    const csv = tableCsv(
      table([
        { label: 'a', value: 1.5, source: 'q1', source_file: 'doc.txt' },
        { label: 'b', value: null, source: 'q2', source_file: 'doc.txt' },
      ]),
      'en',
    );
    expect(parse(csv).slice(1)).toEqual([
      ['a', '1.5', 'q1', 'doc.txt'],
      ['b', '', 'q2', 'doc.txt'],
    ]);
  });

  it('quotes cells Excel would run as formulas, but leaves plain numbers numeric', () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '+1+2',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '-5abc',
    ];
    const plain = ['-5', '-5.25', '+3', '1e6', '-.5', 'abc-5'];
    const rows = [...hostile, ...plain].map((label) => ({
      label,
      value: -5,
      source: '=cmd|x',
      source_file: 'doc.txt',
    }));
    const out = parse(tableCsv(table(rows), 'zh')).slice(1);
    hostile.forEach((h, i) => expect(out[i]![0]).toBe(`'${h}`));
    plain.forEach((p, i) => expect(out[hostile.length + i]![0]).toBe(p));
    for (const row of out) {
      expect(row[1]).toBe('-5');
      expect(row[2]).toBe("'=cmd|x");
    }
  });

  it('FORMULA_START tells numbers from formulas', () => {
    for (const s of ['=1', '+a', '-a', '@a', '\ta', '\ra', '-1-1', '--5'])
      expect(FORMULA_START.test(s), s).toBe(true);
    for (const s of ['-5', '5', '+0.5', '-1e-3', 'a=1', ''])
      expect(FORMULA_START.test(s), s).toBe(false);
  });

  it('keeps the file name and adds the documents’ titles and publishers the manifest gives', () => {
    const doc = (file: string, title: string) => ({
      file,
      title,
      publisher: '咸宁日报',
      date: '2016',
      region_code: '421202',
    });
    const manifest = {
      name: 'n',
      name_zh: 'n',
      as_of: '2021',
      synthetic: false,
      sources: [doc('a.txt', '聚力扶贫攻坚'), doc('b.txt', '精准扶贫年鉴')],
    };
    const csv = tableCsv(
      table([{ label: 'x', value: 1, source: 'q', source_file: 'a.txt; b.txt; c.txt' }]),
      'zh',
      manifest,
    );
    const [header, row] = parse(csv);
    expect(header!.slice(-2)).toEqual(['来源文件', '来源文献']);
    expect(row!.slice(-2)).toEqual([
      'a.txt; b.txt; c.txt',
      '《聚力扶贫攻坚》，咸宁日报；《精准扶贫年鉴》，咸宁日报；c.txt',
    ]);
  });
});

describe('tableJson', () => {
  const rows = [
    { label: '=SUM(A1)', value: -5, source: '「4.57万人」', source_file: 'doc.txt' },
    { label: 'b', value: null, source: 'q2', source_file: 'doc.txt' },
  ];

  it('writes the rows CSV writes, numbers as numbers and no data as null, never 0', () => {
    const json = JSON.parse(tableJson(table(rows), 'zh')) as unknown;
    expect(json).toEqual([
      { 项目: '=SUM(A1)', 数值: -5, 来源原文: '「4.57万人」', 来源文件: 'doc.txt' },
      { 项目: 'b', 数值: null, 来源原文: 'q2', 来源文件: 'doc.txt' },
    ]);
    expect(parse(tableCsv(table(rows), 'zh'))[0]).toEqual(Object.keys((json as object[])[0]!));
  });

  it('is a JSON table the loader reads back, with the same cells', () => {
    const read = readJsonTable('x.json', 'json', tableJson(table(rows), 'en'));
    expect(read.header).toEqual(['项目', '数值', '来源原文', '来源文件']);
    expect(read.rows.map((r) => r.fields)).toEqual([
      ['=SUM(A1)', '-5', '「4.57万人」', 'doc.txt'],
      ['b', '', 'q2', 'doc.txt'],
    ]);
  });
});

describe('exportFileName', () => {
  it('is <code>_<name>_<chart>_<date>_<lang>.<ext>', () => {
    expect(
      exportFileName({
        regionCode: '421202',
        regionName: '咸安区',
        what: 'exit-timeline',
        date: '2026-11-23',
        lang: 'zh',
        ext: 'png',
      }),
    ).toBe('421202_咸安区_exit-timeline_2026-11-23_zh.png');
  });

  it('removes characters no file system accepts and joins words with hyphens', () => {
    const name = exportFileName({
      regionCode: '1',
      regionName: 'a/b\\c:d*e?f"g<h>i|j\u0007',
      what: 'map',
      date: '2020-01-01',
      lang: 'en',
      ext: 'svg',
    });
    expect(name).toBe('1_abcdefghij_map_2020-01-01_en.svg');
    expect(
      exportFileName({
        regionCode: '421202',
        regionName: "Xian'an District",
        what: 'report',
        date: '2020-01-01',
        lang: 'en',
        ext: 'pptx',
      }),
    ).toBe("421202_Xian'an-District_report_2020-01-01_en.pptx");
    expect(
      exportFileName({
        regionCode: '9',
        regionName: '../../etc',
        what: 'map',
        date: '2020-01-01',
        lang: 'en',
        ext: 'csv',
      }),
    ).toBe('9_etc_map_2020-01-01_en.csv');
  });
});
