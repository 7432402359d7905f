import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/synth/dataset';
import { tableCells, writeTable, type OutputShape } from '../../src/data/convertTable';
import { TABLE_BY_FILE } from '../../src/data/schema';
import { TEST_MANIFEST, TEST_REGIONS } from '../helpers/dataset';
import { encodeGbk } from '../helpers/gbk';
import { launch, openPage, paintedPixels } from './browser';

/** "Bring your own data": the file input and drop zone, the report, hostile files, persistence. */

const INPUT = '[data-testid=dataset-file-input]';
const INDICATORS_HEADER =
  'id,region_code,indicator,category,label_zh,label_en,measure,period,deadline,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note';
const VILLAGES_HEADER =
  'id,village_code,township_name,county_code,planned_exit_year,actual_exit_date,status,source_file,source_quote,quality_flag,quality_note';
const EMPTY_TABLES = {
  'funds.csv':
    'id,region_code,period,source_type,use,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note\n',
  'infrastructure.csv':
    'id,region_code,period,category,label_zh,label_en,measure,value,qualifier,value_max,unit,source_file,source_quote,quality_flag,quality_note\n',
  'milestones.csv':
    'id,region_code,date,kind,title_zh,title_en,source_file,source_quote,quality_flag,quality_note\n',
  'village_exits.csv': `${VILLAGES_HEADER}\nv1,421202102238,桂花镇,421202,2016,2016-12,exited,doc.txt,q,,\n`,
};

type Upload = { name: string; mimeType: string; buffer: Buffer };
const upload = (name: string, content: string | Uint8Array): Upload => ({
  name,
  mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
  buffer: Buffer.from(content),
});

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('.dataset-banner', { timeout: 30_000 });
}

/** Opens the report for these files and waits until every row has arrived. */
async function loadFiles(page: Page, files: Upload[]): Promise<void> {
  await page.setInputFiles(INPUT, files);
  await page.waitForSelector('.validation-report', { timeout: 60_000 });
}

const reportRow = (page: Page, file: string) =>
  page.locator(`.report-table tr[data-file="${file}"] td`);
const reportOrigin = (page: Page, file: string) =>
  page.textContent(`.report-table tr[data-file="${file}"] .report-origin`);

describe('bring your own data', () => {
  it('loads GBK files from Chinese Excel with correct names, keeps them across a reload, and clears them', async () => {
    const { page, errors } = await openPage(browser, './');
    await ready(page);
    const regions = TEST_REGIONS.replace('咸安区', '咸安区甲').replace('桂花镇', '桂花镇乙');
    const indicators = `${INDICATORS_HEADER}\ni1,421202,poor_people,,建档立卡贫困人口,,actual,2016,,1200,exact,,people,doc.txt,贫困人口1200人,,\n`;
    await loadFiles(page, [
      upload('manifest.json', TEST_MANIFEST),
      upload('regions.csv', encodeGbk(regions)),
      upload('indicators.csv', encodeGbk(indicators)),
      ...Object.entries(EMPTY_TABLES).map(([n, t]) => upload(n, t)),
    ]);
    expect(await reportOrigin(page, 'regions.csv')).toBe('你的文件“regions.csv”');
    expect(await reportRow(page, 'regions.csv').allTextContents()).toEqual([
      '✓ 已接受',
      '8',
      '0',
      '8',
    ]);
    await page.click('.use-data:not([disabled])');
    await page.waitForSelector('.dataset-source >> text=你的文件');
    for (const name of ['湖北省', '咸宁市', '咸安区甲'])
      await page.click(`.children button:has-text("${name}")`);
    expect(await page.textContent('.region-title')).toBe('咸安区甲');
    expect(await page.textContent('.children')).toContain('桂花镇乙');
    expect(await page.textContent('.dataset-source')).toMatch(
      /加载：manifest\.json、regions\.csv、indicators\.csv/,
    );

    await page.reload();
    await ready(page);
    expect(await page.textContent('.region-title')).toBe('咸安区甲');
    expect(await page.textContent('.dataset-name')).toContain('测试');
    await page.click('.dataset-source button:has-text("清除我的数据")');
    await page.waitForSelector('.dataset-source >> text=内置数据');
    expect(await page.textContent('.dataset-name')).not.toContain('测试');
    expect(errors).toEqual([]);
  });

  it('shows bad rows in the report before anything changes, and the rejected-rows CSV matches it', async () => {
    const { page, errors } = await openPage(browser, './');
    await ready(page);
    const before = await page.textContent('.dataset-banner');
    const villages = [
      VILLAGES_HEADER,
      'v1,421202102238,桂花镇,421202,2016,2016-12,exited,000_c375c8cd05350800.txt,q,,',
      'v2,421202102238,桂花镇,421202,2016,2016-13,exited,000_c375c8cd05350800.txt,"=HYPERLINK(""http://x"")",,',
      'v3,421202102238,桂花镇,421202,twenty,,exited,000_c375c8cd05350800.txt,q,,',
      'v4,421202102238,桂花镇,421202,2016,,gone,000_c375c8cd05350800.txt,q,,',
    ].join('\n');
    await loadFiles(page, [upload('village_exits.csv', villages)]);
    expect(await reportOrigin(page, 'village_exits.csv')).toBe('你的文件“village_exits.csv”');
    expect(await reportRow(page, 'village_exits.csv').allTextContents()).toEqual([
      '! 部分行被拒绝',
      '1',
      '3',
      '4',
    ]);
    expect(await reportOrigin(page, 'regions.csv')).toBe('内置数据');
    const shown = await page
      .locator('.report-file[data-file="village_exits.csv"] .rejected-list > li')
      .allTextContents();
    expect(shown).toHaveLength(3);
    expect(shown[0]).toContain('第 3 行，第 6 列 (actual_exit_date)');
    expect(shown[1]).toContain('第 4 行，第 5 列 (planned_exit_year)');
    expect(shown[2]).toContain('第 5 行，第 7 列 (status)');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.report-file[data-file="village_exits.csv"] .download-rejected'),
    ]);
    expect(download.suggestedFilename()).toBe('village_exits_rejected.csv');
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...VILLAGES_HEADER.split(','), '_reason']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['v2', 'v3', 'v4']);
    expect(rows[1]![8]).toBe('\'=HYPERLINK("http://x")');
    expect(rows.slice(1).map((r) => r[11]!.split(' ')[0])).toEqual(['3:6', '4:5', '5:7']);

    await page.click('.validation-report .load-actions button:has-text("取消")');
    expect(await page.textContent('.dataset-banner')).toBe(before);
    expect(errors).toEqual([]);
  });

  it('gives clear errors for a binary file, a 10,000-column CSV, a deep JSON, an empty file and a 200 MB file, and the page still works', async () => {
    const { page, errors } = await openPage(browser, './');
    await ready(page);
    const binary = new Uint8Array(8192).map((_, i) => (i * 131 + 7) % 256);
    const wide = `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n${Array(10_000).fill('1').join(',')}\n`;
    await loadFiles(page, [
      upload('regions.csv', binary),
      upload('funds.csv', wide),
      upload('manifest.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      upload('milestones.csv', ''),
      upload('wide.csv', wide),
    ]);
    const report = (await page.textContent('.validation-report'))!;
    expect(report).toContain('这不是文本文件（含二进制数据）');
    expect(report).toContain('表头有 10000 列，上限为 200 列');
    expect(report).toContain('JSON 嵌套超过 32 层，上限为 32 层');
    expect(report).toContain('文件是空的');
    expect(report).toContain('“wide.csv”：其表头有 10000 列');
    expect(report).toContain('regions.csv 为必需文件，未被接受，因此无法使用此数据。');
    expect(await page.isDisabled('.use-data')).toBe(true);
    await page.click('.validation-report .load-actions button:has-text("取消")');

    // Dropped on the page, as a user would: refused by its size before a byte is read.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(201 * 1024 * 1024)], 'village_exits.csv', { type: 'text/csv' }),
      );
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    });
    await page.waitForSelector('.load-failed');
    expect(await page.textContent('.load-failed')).toContain(
      '文件大小为 201.0 MB，上限为 200.0 MB，未读取。',
    );
    await page.click('.load-close');

    await page.click('.children button:has-text("湖北省")');
    expect(await page.textContent('.region-title')).toBe('湖北省');
    expect(errors).toEqual([]);
  });

  it('asks which encoding is right when unsure, showing both readings', async () => {
    const { page } = await openPage(browser, './');
    await ready(page);
    const bytes = new TextEncoder().encode(
      `${INDICATORS_HEADER}\ni1,421202,poor_people,,Cafe~,,actual,2016,,1200,exact,,people,000_c375c8cd05350800.txt,q,,\n`,
    );
    bytes[bytes.indexOf('~'.charCodeAt(0))] = 0xe9;
    await page.setInputFiles(INPUT, [upload('indicators.csv', bytes)]);
    await page.waitForSelector('.encoding-chooser');
    const previews = await page.locator('.encoding-preview').allTextContents();
    expect(previews).toHaveLength(2);
    expect(previews.join('\n')).toContain('Cafe\uFFFD');
    expect(await page.isDisabled('.encoding-chooser .primary')).toBe(true);
    await page.check('input[name^="encoding-"][value="utf-8"]');
    await page.click('.encoding-chooser .primary');
    await page.waitForSelector('.validation-report');
    expect(await reportRow(page, 'indicators.csv').nth(1).textContent()).toBe('1');
  });

  it('renders hostile names as text everywhere and never runs them', async () => {
    const { page, errors } = await openPage(browser, './');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await ready(page);
    const evil = '<img src=x onerror=alert(1)>';
    const evil2 = '"><script>alert(2)</script>';
    const manifest = JSON.parse(TEST_MANIFEST) as Record<string, unknown>;
    const regions = TEST_REGIONS.replace('湖北省', evil).replace(
      '咸宁市',
      `"${evil2.replaceAll('"', '""')}"`,
    );
    await loadFiles(page, [
      upload('manifest.json', JSON.stringify({ ...manifest, name_zh: evil2, name: evil })),
      upload('regions.csv', regions),
      upload(`${evil}.csv`, 'x\n1\n'),
      ...Object.entries(EMPTY_TABLES).map(([n, t]) => upload(n, t)),
    ]);
    expect(await page.textContent('.validation-report')).toContain(`“${evil}.csv”`);
    expect(await page.textContent('.validation-report')).toContain(evil2);
    await page.click('.use-data:not([disabled])');
    await page.waitForSelector('.dataset-source >> text=你的文件');
    expect(await page.textContent('.dataset-name')).toContain(evil2);
    await page.click(`.children button:has-text("${evil}")`);
    expect(await page.textContent('.region-title')).toBe(evil);
    await page.click('.children button:has-text("alert(2)")');
    expect(await page.textContent('.region-title')).toBe(evil2);
    expect(await page.locator('img[src="x"], script:has-text("alert")').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.click('.dataset-source button:has-text("清除我的数据")');
    await page.waitForSelector('.dataset-source >> text=内置数据');
    expect(errors).toEqual([]);
  });

  it('loads the synthetic national dataset (128,000 villages) with a progress bar and gives a working dashboard', async () => {
    // Paths, not buffers: 35 MB sent as buffers over the protocol would be the slow part.
    const dir = await mkdtemp(join(tmpdir(), 'byod-synth-'));
    const { files } = generateDataset({ villages: 128_000 });
    const paths = await Promise.all(
      Object.entries(files).map(async ([n, t]) => (await writeFile(join(dir, n), t), join(dir, n))),
    );
    const { page, errors } = await openPage(browser, './?view=timeline');
    await ready(page);
    // Cancel stops the worker mid-load and leaves the data showing as it was.
    await page.setInputFiles(INPUT, paths, { timeout: 120_000 });
    await page.waitForSelector('.load-working progress', { timeout: 30_000 });
    await page.click('.load-working button:has-text("取消")');
    await page.waitForSelector('.load-dialog', { state: 'hidden' });
    expect(await page.textContent('.dataset-source')).toContain('内置数据');

    // Samples the bar through the load: it only ever moves forward, in many steps.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __bar: number[] }).__bar = seen;
      const sample = () => {
        const bar = document.querySelector<HTMLProgressElement>('.load-progress progress');
        if (bar && seen[seen.length - 1] !== bar.value) seen.push(bar.value);
        if (!document.querySelector('.use-data:not([disabled])')) setTimeout(sample, 10);
      };
      sample();
    });
    await page.setInputFiles(INPUT, paths, { timeout: 120_000 });
    await page.waitForSelector('.load-working progress', { timeout: 30_000 });
    expect(await page.textContent('.load-progress-label')).toMatch(/\d+%/);
    await page.waitForSelector('.use-data:not([disabled])', { timeout: 120_000 });
    const bar = await page.evaluate(() => (window as unknown as { __bar: number[] }).__bar);
    expect(bar.filter((v) => v > 0 && v < 100).length).toBeGreaterThan(5);
    for (let i = 1; i < bar.length; i++) expect(bar[i]).toBeGreaterThanOrEqual(bar[i - 1]!);
    expect(await reportOrigin(page, 'village_exits.csv')).toBe('你的文件“village_exits.csv”');
    expect(await reportRow(page, 'village_exits.csv').allTextContents()).toEqual([
      '✓ 已接受',
      '128,000',
      '0',
      '128,000',
    ]);
    await page.click('.use-data');
    await page.waitForSelector('.synthetic-badge[role=note]', { timeout: 60_000 });
    const chart = '.chart-card[data-chart="exit-timeline"]';
    await page.waitForSelector(`${chart} canvas`, { timeout: 30_000 });
    await page.waitForFunction((sel) => {
      const c = document.querySelector(`${sel} canvas`) as HTMLCanvasElement | null;
      return c !== null && c.width > 0;
    }, chart);
    await expect.poll(() => paintedPixels(page, chart), { timeout: 10_000 }).toBeGreaterThan(0);
    const label = await page.getAttribute(`${chart} .chart-canvas`, 'aria-label');
    // A province with poor counties: provinces without any list only headcounts, and their
    // exit timeline rightly says it has no data.
    const child = page.locator('.children button.has-data', { hasText: '贵州省' });
    const name = (await child.textContent())!.split(' · ')[0]!;
    await child.click();
    expect(await page.textContent('.region-title')).toBe(name);
    await page.waitForFunction(
      ([sel, before]) =>
        document.querySelector(`${sel} .chart-canvas`)?.getAttribute('aria-label') !== before,
      [chart, label] as const,
    );
    await expect.poll(() => paintedPixels(page, chart), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.click('.dataset-source button:has-text("清除我的数据")');
    await page.waitForSelector('.dataset-source >> text=内置数据', { timeout: 30_000 });
    expect(errors).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  }, 240_000);
});

/** A table of the test dataset written in one of the JSON shapes, by the project's converter. */
const asJson = (file: string, csv: string, shape: OutputShape) =>
  writeTable(TABLE_BY_FILE.get(file), tableCells(file, csv), shape);

describe('JSON tables through the file picker', () => {
  it('offers .json, .ndjson and .jsonl, loads each shape, names each file as given and keeps its format for rejected rows', async () => {
    const { page, errors } = await openPage(browser, './');
    await ready(page);
    const accept = (await page.getAttribute(INPUT, 'accept'))!.split(',');
    for (const ext of ['.csv', '.json', '.ndjson', '.jsonl']) expect(accept).toContain(ext);
    const villages = [
      EMPTY_TABLES['village_exits.csv'].trim(),
      'v2,421202102239,桂花镇,421202,twenty,,planned,doc.txt,q,,',
    ].join('\n');
    await loadFiles(page, [
      upload('manifest.json', TEST_MANIFEST),
      upload('regions.json', asJson('regions.csv', TEST_REGIONS, 'json')),
      upload('village_exits.ndjson', asJson('village_exits.csv', villages, 'ndjson')),
      upload(
        'milestones.jsonl',
        asJson(
          'milestones.csv',
          `${EMPTY_TABLES['milestones.csv']}m1,421202,2016,event,事件,,doc.txt,q,,\n`,
          'ndjson',
        ),
      ),
      upload(
        'funds.json',
        asJson(
          'funds.csv',
          `${EMPTY_TABLES['funds.csv']}f1,421202,2016,central,,中央资金,,actual,1000000,exact,,yuan,doc.txt,q,,\n`,
          'compact',
        ),
      ),
    ]);
    const fileName = (slot: string) =>
      page.textContent(`.report-table tr[data-file="${slot}"] .report-file-name`);
    expect(await fileName('regions.csv')).toBe('regions.json');
    expect(await fileName('village_exits.csv')).toBe('village_exits.ndjson');
    expect(await fileName('milestones.csv')).toBe('milestones.jsonl');
    expect(await fileName('funds.csv')).toBe('funds.json');
    expect(await reportRow(page, 'regions.csv').allTextContents()).toEqual([
      '✓ 已接受',
      '8',
      '0',
      '8',
    ]);
    expect(await reportRow(page, 'funds.csv').allTextContents()).toEqual([
      '✓ 已接受',
      '1',
      '0',
      '1',
    ]);
    expect(await reportRow(page, 'village_exits.csv').allTextContents()).toEqual([
      '! 部分行被拒绝',
      '1',
      '1',
      '2',
    ]);
    const section = page.locator('.report-file[data-file="village_exits.csv"]');
    expect(await section.locator('summary').textContent()).toMatch(/^village_exits\.ndjson/);
    expect(await section.locator('.rejected-list > li').first().textContent()).toContain(
      '第 2 行 (planned_exit_year)',
    );
    const button = section.locator('.download-rejected');
    expect(await button.textContent()).toBe('下载被拒绝的行（NDJSON）');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('village_exits_rejected.ndjson');
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({ id: 'v2', planned_exit_year: 'twenty', quality_flag: null });
    expect(record._reason).toMatch(/^2:/);

    await page.click('.use-data:not([disabled])');
    await page.waitForSelector('.dataset-source >> text=你的文件');
    expect(await page.textContent('.dataset-source')).toContain('regions.csv（“regions.json”）');
    for (const name of ['湖北省', '咸宁市', '咸安区'])
      await page.click(`.children button:has-text("${name}")`);
    expect(await page.textContent('.region-title')).toBe('咸安区');
    await page.click('.dataset-source button:has-text("清除我的数据")');
    await page.waitForSelector('.dataset-source >> text=内置数据');
    expect(errors).toEqual([]);
  });

  it('data:check and the browser agree on a broken JSON file: counts, record positions and the syntax error’s line:column', async () => {
    const villages = [
      '[',
      '  {"id": "v1", "village_code": "421202102238", "county_code": "421202", "planned_exit_year": 2016, "status": "exited", "source_file": "doc.txt", "source_quote": "q"},',
      '  {"id": "v2", "village_code": "421202102238", "county_code": "421202", "planned_exit_year": "twenty", "status": "exited", "source_file": "doc.txt", "source_quote": "q"},',
      '  {"id": "v3", "village_code": {"code": "421202102239"}, "county_code": "421202", "status": "planned", "source_file": "doc.txt", "source_quote": "q"},',
      '  {"id": "v4", "village_code": "421202102239", "county_code": "421202", "status": "gone", "status": "planned", "source_file": "doc.txt", "source_quote": "q"}',
      ']',
    ].join('\n');
    // Cut off inside its second record: a syntax error at a line and column.
    const milestones = `[\n  {"id": "m1", "region_code": "421202", "date": "2016", "kind": "event", "title_zh": "事", "source_file": "doc.txt", "source_quote": "q"},\n  {"id": "m2", "region_code": `;
    const files: Record<string, string> = {
      'manifest.json': TEST_MANIFEST,
      'regions.csv': TEST_REGIONS,
      'village_exits.json': villages,
      'milestones.json': milestones,
    };
    const dir = await mkdtemp(join(tmpdir(), 'json-agree-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const cli = spawnSync('npx', ['tsx', 'src/cli/data-check.ts', dir], { encoding: 'utf8' });
    await rm(dir, { recursive: true, force: true });
    const out = cli.stdout;
    const cliCounts = (name: string) =>
      out
        .match(
          new RegExp(
            `${name.replace('.', '\\.')}\\s+(\\d+) rows: (\\d+) accepted, (\\d+) rejected`,
          ),
        )!
        .slice(1);
    // "village_exits.json:3 record 2 (planned_exit_year): …" → [line, record, column name]
    const cliRejected = [
      ...out.matchAll(/rejected: village_exits\.json:(\d+) record (\d+) \((\w+)\)/g),
    ].map((m) => m.slice(1));
    const cliSyntax = out.match(/error: (milestones\.json:\d+:\d+): (.*)/)!;

    const { page, errors } = await openPage(browser, './?lang=en');
    await ready(page);
    await loadFiles(
      page,
      Object.entries(files).map(([name, text]) => upload(name, text)),
    );
    const counts = async (slot: string) =>
      (await reportRow(page, slot).allTextContents()).slice(1).map((c) => c.replace(/,/g, ''));
    const [total, accepted, rejected] = cliCounts('village_exits.json');
    expect(await counts('village_exits.csv')).toEqual([accepted, rejected, total]);
    expect(Number(rejected)).toBe(3);
    const [mTotal, mAccepted, mRejected] = cliCounts('milestones.json');
    expect(await counts('milestones.csv')).toEqual([mAccepted, mRejected, mTotal]);
    const shown = await page
      .locator('.report-file[data-file="village_exits.csv"] .rejected-list strong')
      .allTextContents();
    const browserRejected = shown.map((s) => {
      const m = s.match(/^Record (\d+), line (\d+) \((\w+)\)$/)!;
      return [m[2], m[1], m[3]];
    });
    expect(browserRejected).toEqual(cliRejected);
    expect(cliRejected.map((r) => r[2])).toEqual(['planned_exit_year', 'village_code', 'status']);
    const issues = await page
      .locator('.report-file[data-file="milestones.csv"] .file-issues li')
      .allTextContents();
    expect(issues).toContain(`Error: ${cliSyntax[1]}: ${cliSyntax[2]}`);
    expect(cliSyntax[1]).toMatch(/^milestones\.json:3:\d+$/);
    expect(errors).toEqual([]);
  }, 120_000);
});
