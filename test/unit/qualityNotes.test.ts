import { describe, expect, it } from 'vitest';
import fundsSourceChart from '../../src/charts/funds-source';
import { flagsOf } from '../../src/charts/chartTypes';
import { formatIssue } from '../../src/data/report';
import { validateDataset } from '../../src/data/validateDataset';
import { noteText } from '../../src/i18n/pick';
import { testContext, testFiles, testModel } from '../helpers/dataset';
import { drawnBars } from '../helpers/drawnBars';

// The old header, before quality_note_zh and recipient were added.
const OLD =
  'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const NEW =
  'id,region_code,period,source_type,use,recipient,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note,quality_note_zh';
/** A row in the old form. */
const fund = (id: string, flag: string, note = '') =>
  `${id},421202,2016,social,,捐助,,actual,100,exact,,yuan,doc.txt,q,${flag},${note}`;

const fundsReport = (csv: string) => {
  const result = validateDataset(testFiles({ 'funds.csv': csv }));
  return { result, report: result.report.files.find((f) => f.file === 'funds.csv')! };
};

describe('quality flags', () => {
  it('loads a file in the old form: a derived row, no Chinese note, no recipient column', () => {
    const { result, report } = fundsReport([OLD, fund('a', 'derived', 'summed by us')].join('\n'));
    expect(report).toMatchObject({ accepted: 1, rejected: [] });
    expect(report.issues).toEqual([]);
    expect(result.tables.funds[0]).toMatchObject({
      qualityFlag: 'derived',
      qualityNote: 'summed by us',
      // Absent optional columns read as empty cells would, never as undefined.
      qualityNoteZh: '',
      recipient: '',
    });
  });

  it('accepts period_inferred with notes in both languages', () => {
    const row = `a,421202,2016,social,,,捐助,,actual,100,exact,,yuan,doc.txt,q,period_inferred,Year inferred.,年份系推定。`;
    const { result, report } = fundsReport([NEW, row].join('\n'));
    expect(report.accepted).toBe(1);
    expect(result.tables.funds[0]).toMatchObject({
      qualityFlag: 'period_inferred',
      qualityNote: 'Year inferred.',
      qualityNoteZh: '年份系推定。',
    });
  });

  it('still rejects an unknown flag at file:line:column, in both languages', () => {
    const { report } = fundsReport([OLD, fund('a', ''), fund('b', 'guessed')].join('\n'));
    expect(report.accepted).toBe(1);
    const issue = report.rejected[0]!.issues[0]!;
    expect(formatIssue(issue)).toBe(
      'funds.csv:3:15 (quality_flag): "guessed" is not one of: doubtful, inconsistent, derived, period_inferred, unmatched',
    );
    expect(issue.zh).toContain('"guessed" 不在可选值中');
  });
});

describe('noteText', () => {
  const both = { qualityNote: 'Year inferred.', qualityNoteZh: '年份系推定。' };
  it('reads the note in the UI language', () => {
    expect(noteText(both, 'zh')).toBe('年份系推定。');
    expect(noteText(both, 'en')).toBe('Year inferred.');
  });
  it('falls back to the other language only when one is empty', () => {
    expect(noteText({ ...both, qualityNoteZh: '' }, 'zh')).toBe('Year inferred.');
    expect(noteText({ ...both, qualityNote: '' }, 'en')).toBe('年份系推定。');
    expect(noteText({ qualityNote: '', qualityNoteZh: '' }, 'zh')).toBe('');
  });
});

describe('period_inferred on charts', () => {
  const csv = [
    NEW,
    `y,421202,2016,social,,,捐助,,actual,100,exact,,yuan,doc.txt,q,period_inferred,Year inferred.,年份系推定。`,
    `d,421202,2016,county_budget,,,县级,,actual,200,exact,,yuan,doc.txt,q,derived,Summed.,由我们加总。`,
  ].join('\n');

  it('is no badge on the number, but stays in the table and the tooltip notes', () => {
    const built = fundsSourceChart.build(testModel({ 'funds.csv': csv }), testContext());
    const text = new Map(drawnBars(built).map((b) => [b.rowId, b.text]));
    expect(text.get('y')).not.toContain('⚠');
    expect(text.get('d')).toContain('⚠ 推算');
    const flag = new Map(built.table.rows.map((r) => [r.id, r.flag]));
    expect(flag.get('y')).toBe('⚠ 年份推定 年份系推定。');
    expect(flag.get('d')).toBe('⚠ 推算 由我们加总。');
  });

  it('gives flag notes in the language the chart is built in', () => {
    const rows = testModel({ 'funds.csv': csv }).facts('421202').funds;
    expect(flagsOf(rows, 'en').map((f) => f.note)).toEqual(['Year inferred.', 'Summed.']);
    expect(flagsOf(rows, 'zh').map((f) => f.note)).toEqual(['年份系推定。', '由我们加总。']);
  });
});
