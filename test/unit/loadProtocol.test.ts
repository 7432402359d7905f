import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../src/model/sliced';
import { decodeTable, encodeStrings, encodeTable, transferables } from '../../src/load/columns';
import { issueAt, type RejectedRow } from '../../src/data/report';
import { validateDataset } from '../../src/data/validateDataset';
import { overallFraction, progressThrottle, rejectedChunks } from '../../src/load/protocol';
import { testFiles } from '../helpers/dataset';

describe('progressThrottle', () => {
  it('lets progress through every 64 KB or 50 ms, never per row', () => {
    let t = 0;
    const due = progressThrottle({}, () => t);
    const passed: number[] = [];
    // 10,000 rows of 40 bytes read within 1 ms each: one message per 64 KB at most.
    for (let row = 1; row <= 10_000; row++) {
      t += 0.001;
      if (due(row * 40)) passed.push(row * 40);
    }
    expect(passed[0]).toBe(40);
    expect(passed.length).toBe(Math.floor((10_000 * 40 - 40) / 65_536) + 1);
    for (let i = 1; i < passed.length; i++)
      expect(passed[i]! - passed[i - 1]!).toBeGreaterThanOrEqual(65_536);
  });
  it('lets a slow trickle through every 50 ms', () => {
    let t = 0;
    const due = progressThrottle({}, () => t);
    const passed: number[] = [];
    for (let i = 0; i < 100; i++) {
      t = i * 10;
      if (due(i)) passed.push(t);
    }
    expect(passed).toEqual([
      0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600, 650, 700, 750, 800, 850, 900,
      950,
    ]);
  });
});

describe('overallFraction', () => {
  it('runs from 0 to 1 across the phases without going back', () => {
    const points = [
      overallFraction('read', 0),
      overallFraction('read', 1),
      overallFraction('validate', 0),
      overallFraction('validate', 0.5),
      overallFraction('validate', 1),
      overallFraction('send', 0),
      overallFraction('send', 2),
    ];
    expect(points[0]).toBe(0);
    expect(points.at(-1)).toBe(1);
    for (let i = 1; i < points.length; i++)
      expect(points[i]!).toBeGreaterThanOrEqual(points[i - 1]!);
  });
});

describe('rejectedChunks', () => {
  it('keeps each message under a cell budget so a 10,000-column file does not arrive at once', () => {
    const wide: RejectedRow = {
      line: 2,
      fields: Array(10_000).fill('x'),
      issues: [issueAt('f', 2, null, null, 'e', 'e')],
    };
    const rows = Array.from({ length: 9 }, (_, i) => ({ ...wide, line: i + 2 }));
    const chunks = rejectedChunks(rows, 40_000);
    expect(chunks.flat().map((r) => r.line)).toEqual(rows.map((r) => r.line));
    for (const c of chunks)
      expect(c.reduce((s, r) => s + r.fields.length, 0)).toBeLessThanOrEqual(40_000);
  });
});

describe('tables sent as columns', () => {
  it('rebuild exactly the rows validation produced, nested dates and periods included', () => {
    const villages =
      'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note\n' +
      Array.from(
        { length: 30 },
        (_, i) =>
          `v${i},${i % 2 ? '421202102238' : '421202102239'},桂花镇,421202,${i % 3 ? 2016 : ''},${i % 4 ? '2017-0' + ((i % 9) + 1) : ''},${i % 4 ? 'exited' : 'planned'},doc.txt,"quote ${i}",${i === 5 ? 'doubtful' : ''},${i === 5 ? 'odd' : ''}`,
      ).join('\n');
    const indicators =
      'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note\n' +
      'i1,421202,poor_people,,贫困人口,,actual,2016-2018,,1200,range,1500,people,doc.txt,q,,\n' +
      'i2,421202,poverty_incidence,,发生率,,target,2020,2020-12-31,0.5,exact,,percent,doc.txt,q,,\n';
    const { tables, columns } = validateDataset(
      testFiles({ 'village_exits.csv': villages, 'indicators.csv': indicators }),
    );
    expect(tables.villageExits).toHaveLength(30);
    expect(tables.indicators[0]).toMatchObject({
      period: { start: 2016, end: 2018 },
      valueMax: 1500,
      deadline: null,
    });
    expect(tables.indicators[1]!.deadline).toEqual({ iso: '2020-12-31', precision: 'day' });
    for (const name of Object.keys(columns) as Array<keyof typeof columns>) {
      const wire = encodeTable(name, columns[name]);
      // As postMessage does: buffers moved, the rest cloned.
      const moved = structuredClone(wire, { transfer: transferables(wire) });
      expect(runToEnd(decodeTable(moved)).rows()).toEqual(tables[name]);
    }
  });
  it('sends repeated strings once, distinct strings as one string, numbers as transferable arrays', () => {
    const status = encodeStrings(
      Array.from({ length: 100 }, (_, i) => (i % 3 ? 'exited' : 'planned')),
    );
    expect(status.kind).toBe('dict');
    if (status.kind === 'dict') expect(status.dict).toEqual(['planned', 'exited']);
    const ids = Array.from({ length: 100 }, (_, i) => (i === 7 ? null : `id-${i}`));
    const joined = encodeStrings(ids);
    expect(joined.kind).toBe('joined');
    const wire = {
      table: 't',
      length: 100,
      keys: ['id', 'y'],
      columns: [joined, { kind: 'number' as const, values: new Float64Array(100).fill(NaN) }],
      links: [],
    };
    expect(transferables(wire)).toHaveLength(3);
    const back = runToEnd(decodeTable<{ id: string | null; y: number | null }>(wire));
    expect(back.text('id')).toEqual(ids);
    expect(back.row(7)).toEqual({ id: null, y: null });
    // One object per row, made once.
    expect(back.row(3)).toBe(back.row(3));
  });
});
