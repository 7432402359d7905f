import { describe, expect, it } from 'vitest';
import {
  headerOf,
  matchSlot,
  slotByContent,
  slotByHeader,
  slotByName,
} from '../../src/data/fileSlots';
import { TEST_MANIFEST, TEST_REGIONS } from '../helpers/dataset';

const VILLAGES =
  'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note';
const INDICATORS =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const FUNDS =
  'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const INFRA =
  'id,region_code,period,category,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const MILESTONES =
  'id,region_code,date,kind,title_zh,title_en,source_file,source_quote,quality_flag,quality_note';

describe('slotByName', () => {
  it('matches dataset file names in any case, with copy suffixes, from a path', () => {
    expect(slotByName('regions.csv')).toBe('regions.csv');
    expect(slotByName('Village_Exits.CSV')).toBe('village_exits.csv');
    expect(slotByName('funds (1).csv')).toBe('funds.csv');
    expect(slotByName('data/2020/manifest.json')).toBe('manifest.json');
    expect(slotByName('C:\\Users\\clerk\\milestones.csv')).toBe('milestones.csv');
  });
  it('does not guess from a name that only resembles one', () => {
    expect(slotByName('my villages.csv')).toBeNull();
    expect(slotByName('regions.csv.exe')).toBeNull();
    expect(slotByName('regions.xlsx')).toBeNull();
  });
});

describe('slotByHeader', () => {
  it('recognises every table by its columns, in any order and delimiter', () => {
    expect(slotByHeader(headerOf(TEST_REGIONS))).toBe('regions.csv');
    expect(slotByHeader(headerOf(VILLAGES))).toBe('village_exits.csv');
    expect(slotByHeader(headerOf(FUNDS))).toBe('funds.csv');
    expect(slotByHeader(headerOf(MILESTONES))).toBe('milestones.csv');
    expect(slotByHeader(headerOf(VILLAGES.split(',').reverse().join('\t')))).toBe(
      'village_exits.csv',
    );
    expect(slotByHeader(headerOf(FUNDS.replaceAll(',', ';')))).toBe('funds.csv');
  });
  it('tells indicators from infrastructure although indicators carry every infrastructure column', () => {
    expect(slotByHeader(headerOf(INDICATORS))).toBe('indicators.csv');
    expect(slotByHeader(headerOf(INFRA))).toBe('infrastructure.csv');
  });
  it('finds nothing when a required column is missing or the header is absurdly wide', () => {
    expect(slotByHeader(headerOf(VILLAGES.replace('status,', '')))).toBeNull();
    expect(slotByHeader(Array.from({ length: 10_000 }, (_, i) => `c${i}`))).toBeNull();
    expect(slotByHeader([])).toBeNull();
  });
  it('takes JSON with the manifest’s keys as the manifest, and broken JSON as nothing', () => {
    expect(slotByContent(TEST_MANIFEST)).toBe('manifest.json');
    expect(slotByContent(`\n  ${'['.repeat(10)}`)).toBeNull();
    // A table cut off mid-file keeps its name's slot, so the report gives its syntax error
    // (it used to be "named milestones.json but its contents are those of manifest.json").
    const cut = '[\n  {"id": "m1", "region_code": "421202"},\n  {"id": "m2", "region_code": ';
    expect(matchSlot('milestones.json', cut)).toEqual({ slot: 'milestones.csv', by: 'name' });
  });
});

describe('matchSlot', () => {
  it('uses the name when the columns agree, the columns when the name says nothing', () => {
    expect(matchSlot('regions.csv', TEST_REGIONS)).toEqual({ slot: 'regions.csv', by: 'name' });
    expect(matchSlot('export from excel.csv', `${FUNDS}\n`)).toEqual({
      slot: 'funds.csv',
      by: 'content',
    });
  });
  it('refuses the wrong dataset in the wrong slot, naming both', () => {
    const m = matchSlot(
      'village_exits.csv',
      `${FUNDS}\nf1,421202,2016,central,,x,,actual,1,exact,,yuan,doc.txt,q,,\n`,
    );
    expect(m.slot).toBeNull();
    if (m.slot !== null) return;
    expect(m.issue.file).toBe('village_exits.csv');
    expect(m.issue.en).toContain('funds.csv');
    expect(m.issue.zh).toContain('funds.csv');
  });
  it('keeps the slot by name when the columns fit no table, so validation can list what is missing', () => {
    expect(matchSlot('funds.csv', 'a,b,c\n1,2,3\n')).toEqual({ slot: 'funds.csv', by: 'name' });
  });
  it('explains an unknown file: empty, too wide, or unrecognised', () => {
    const empty = matchSlot('x.csv', '');
    const wide = matchSlot(
      'x.csv',
      `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n`,
    );
    const other = matchSlot('x.csv', 'name,age\nA,3\n');
    expect(empty.slot === null && empty.issue.en).toMatch(/empty/);
    expect(wide.slot === null && wide.issue.en).toMatch(/10000 columns; the limit is 200/);
    expect(other.slot === null && other.issue.en).toMatch(/Neither its name nor its columns/);
  });
});
