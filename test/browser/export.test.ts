import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode } from 'fast-png';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { getChart } from '../../src/charts/registry';
import { readDataset } from '../../src/data/readDataset';
import { reportPages } from '../../src/export/report';
import { DashboardModel } from '../../src/model/dashboardModel';
import { launch, openPage } from './browser';

/** Exports as a report writer uses them: the chart card's Export menu and the region report. */

let browser: Browser;
let model: DashboardModel;
beforeAll(async () => {
  browser = await launch();
  model = new DashboardModel(
    await readDataset(async (f) => {
      try {
        return new Uint8Array(await readFile(join('public/data', f)));
      } catch {
        return null;
      }
    }),
  );
});
afterAll(async () => {
  await browser?.close();
});

async function timeline(): Promise<{ page: Page; card: Locator; errors: string[] }> {
  const { page, errors } = await openPage(browser, './?region=421202&view=timeline');
  const card = page.locator('section.chart-card[data-chart="exit-timeline"]');
  await card.locator('canvas').first().waitFor({ timeout: 30_000 });
  return { page, card, errors };
}

/** Opens the card's Export menu and clicks one item; `offered` is the size the item says it makes. */
async function exportFrom(
  page: Page,
  card: Locator,
  item: string,
): Promise<{ download: Download; bytes: Buffer; offered: string | null }> {
  const menu = card.locator('details.export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const button = card.locator(`[data-export="${item}"]`);
  const offered = await button.getAttribute('data-size');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    button.click(),
  ]);
  return { download, bytes: await readFile((await download.path())!), offered };
}

/** Width and height from the PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('chart export menu', () => {
  it('exports a 2× PNG on white at the size it offers, with the chart drawn into it', async () => {
    const { page, card, errors } = await timeline();
    const { download, bytes, offered } = await exportFrom(page, card, 'png-2-solid');
    expect(download.suggestedFilename()).toMatch(
      /^421202_咸安区_exit-timeline_\d{4}-\d{2}-\d{2}_zh\.png$/,
    );
    const [w, h] = offered!.split('x').map(Number);
    expect(pngSize(bytes)).toEqual({ width: w, height: h });
    expect(w).toBe(1600);
    const png = decode(bytes);
    let ink = 0;
    let white = 0;
    for (let i = 0; i < png.data.length; i += png.channels) {
      const sum = png.data[i]! + png.data[i + 1]! + png.data[i + 2]!;
      if (sum < 600) ink++;
      if (sum === 765) white++;
    }
    expect(ink).toBeGreaterThan(20_000);
    expect(white).toBeGreaterThan(png.width * png.height * 0.5);
    expect(errors).toEqual([]);
  });

  it('exports every legend entry, at the size it offers', async () => {
    const { page, errors } = await openPage(browser, './?region=430600&view=funds');
    const card = page.locator('section.chart-card[data-chart="funds-source"]');
    await card.locator('canvas').first().waitFor({ timeout: 30_000 });
    const { bytes, offered } = await exportFrom(page, card, 'png-1-solid');
    const [w, h] = offered!.split('x').map(Number);
    expect(pngSize(bytes)).toEqual({ width: w, height: h });
    const built = getChart('funds-source').build(
      model,
      chartContext({ region: '430600', year: model.latestYear, width: 800 }),
    );
    // The chart lays its legend out in rows already: the export draws it as it is, every entry.
    expect((built.option as { legend: { type: string } }).legend.type).toBe('plain');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports 1× on a transparent background and 4× at four times the size', async () => {
    const { page, card } = await timeline();
    const one = await exportFrom(page, card, 'png-1-transparent');
    const png = decode(one.bytes);
    expect([png.width, png.channels]).toEqual([800, 4]);
    expect(png.data[3]).toBe(0);
    let opaque = 0;
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i]! > 0) opaque++;
    expect(opaque).toBeGreaterThan(5000);
    const four = await exportFrom(page, card, 'png-4-solid');
    expect(pngSize(four.bytes)).toEqual({ width: 3200, height: pngSize(one.bytes).height * 4 });
  });

  it('exports an SVG with the Chinese title as text that a browser opens', async () => {
    const { page, card } = await timeline();
    const { download, bytes } = await exportFrom(page, card, 'svg');
    expect(download.suggestedFilename()).toMatch(/_zh\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/<text[^>]*>咸安区 · 贫困村出列进度<\/text>/);
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: doc.querySelectorAll('text').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toBeGreaterThan(10);
  });

  it('exports the table as CSV with a BOM and the sources', async () => {
    const { page, card } = await timeline();
    const { bytes } = await exportFrom(page, card, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('来源原文');
    expect(text).toContain('聚力扶贫攻坚');
  });

  it('exports the same drawn numbers as JSON: numbers stay numbers, each row with its source', async () => {
    const { page, card } = await timeline();
    const csv = Papa.parse<string[]>(
      (await exportFrom(page, card, 'csv')).bytes.toString('utf8').replace(/^\uFEFF/, ''),
      { skipEmptyLines: true },
    ).data;
    const { download, bytes } = await exportFrom(page, card, 'json');
    expect(download.suggestedFilename()).toMatch(/^421202_咸安区_exit-timeline_.*_zh\.json$/);
    const rows = JSON.parse(bytes.toString('utf8')) as Array<Record<string, unknown>>;
    const header = csv[0]!;
    expect(rows.length).toBe(csv.length - 1);
    expect(Object.keys(rows[0]!)).toEqual(header);
    expect(header).toContain('来源原文');
    rows.forEach((row, i) =>
      header.forEach((h, j) => expect(String(row[h] ?? ''), `${i}:${h}`).toBe(csv[i + 1]![j])),
    );
    expect(Object.values(rows[0]!).some((v) => typeof v === 'number')).toBe(true);
  });

  it('opens and closes from the keyboard', async () => {
    const { page, card } = await timeline();
    const summary = card.locator('details.export-menu > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const first = card.locator('[data-export="png-1-solid"]');
    await expect.poll(() => first.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => first.isVisible()).toBe(false);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('region report', () => {
  it('downloads a PPTX with a title slide, one slide per chart with data and a sources slide', async () => {
    const { page } = await timeline();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.locator('[data-export="report"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^421202_咸安区_report_\d{4}-\d{2}-\d{2}_zh\.pptx$/,
    );
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const charts = reportPages(
      model,
      '421202',
      chartContext({ region: '421202', year: model.latestYear }),
      model.synthetic,
    );
    // A chart too tall for one readable slide continues on the next ones.
    const parts = charts.flat();
    expect(parts.length).toBeGreaterThan(charts.length);
    expect(slides).toHaveLength(parts.length + 2);
    const images = Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n));
    expect(images).toHaveLength(parts.length);
    for (const name of images) {
      const bytes = Buffer.from(await zip.file(name)!.async('uint8array'));
      expect(pngSize(bytes).width).toBe(1920);
    }
    const last = await zip.file(`ppt/slides/slide${slides.length}.xml`)!.async('string');
    expect(last).toContain('本报告引用的来源文件');
  }, 180_000);
});
