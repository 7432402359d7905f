import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, paintedPixels } from './browser';

/**
 * A county office's own township boundaries: the fixture is 咸安区's county polygon cut into ten
 * made-up strips (test/fixtures/boundaries), one per township code of the bundled regions.csv.
 */
const INPUT = '[data-testid=dataset-file-input]';
const MAP = '.chart-card[data-chart="map"]';
const FIXTURE = readFileSync(
  new URL('../fixtures/boundaries/xianan-townships.FAKE.geojson', import.meta.url),
  'utf8',
);
const geojson = (name: string, text: string) => ({
  name,
  mimeType: 'application/geo+json',
  buffer: Buffer.from(text),
});
const label = (page: Page) => page.getAttribute(`${MAP} .chart-canvas`, 'aria-label');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('own boundaries', () => {
  it('loads townships through the file picker, draws 咸安区 from them, and keeps them after a reload', async () => {
    const { page, errors } = await openPage(browser, './?region=421202');
    await page.waitForSelector(`${MAP} .chart-canvas`, { timeout: 30_000 });
    // Without them 咸安区 is drawn on 咸宁市's map.
    expect(await label(page)).toContain('咸宁市');
    await page.setInputFiles(INPUT, [geojson('咸安区乡镇.geojson', FIXTURE)]);
    await page.waitForSelector('.validation-report', { timeout: 60_000 });
    expect(
      await page.locator('.report-table tr[data-file="boundaries.geojson"] td').allTextContents(),
    ).toEqual(['✓ 已接受', '10', '0', '10']);
    await page.click('.use-data:not([disabled])');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('aria-label')?.startsWith('咸安区'),
      `${MAP} .chart-canvas`,
    );
    // Ten townships with areas and two villages placed only under the county: none has a figure.
    expect(await label(page)).toContain(
      '咸安区各下级地区贫困村出列比例地图（2020年）：0个有数据，12个无数据',
    );
    expect(await page.textContent(`${MAP} h3`)).toContain('咸安区');
    // The label changes with setOption; zrender paints on a later frame, later still under load.
    await expect.poll(() => paintedPixels(page, MAP), { timeout: 10_000 }).toBeGreaterThan(1000);

    await page.reload();
    await page.waitForSelector(`${MAP} .chart-canvas`, { timeout: 30_000 });
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('aria-label')?.startsWith('咸安区'),
      `${MAP} .chart-canvas`,
    );
    // The label changes with setOption; zrender paints on a later frame, later still under load.
    await expect.poll(() => paintedPixels(page, MAP), { timeout: 10_000 }).toBeGreaterThan(1000);
    await page.click('.dataset-source button:has-text("清除我的数据")');
    await page.waitForSelector('.dataset-source >> text=内置数据');
    expect(errors).toEqual([]);
  });

  it('rejects an unknown code and a ring that crosses itself, naming file, feature and property, and refuses 50 MB', async () => {
    const { page, errors } = await openPage(browser, './?region=421202');
    await page.waitForSelector('.dataset-banner', { timeout: 30_000 });
    const fc = JSON.parse(FIXTURE) as {
      features: Array<{ properties: { code: string }; geometry: { coordinates: unknown } }>;
    };
    fc.features[2]!.properties.code = '421202999';
    fc.features[5]!.geometry.coordinates = [
      [
        [114.2, 29.8],
        [114.3, 29.9],
        [114.3, 29.8],
        [114.2, 29.9],
        [114.2, 29.8],
      ],
    ];
    await page.setInputFiles(INPUT, [geojson('broken.geojson', JSON.stringify(fc))]);
    await page.waitForSelector('.validation-report', { timeout: 60_000 });
    const report = (await page.textContent('.validation-report'))!;
    expect(report).toContain('features[2].properties.code');
    expect(report).toContain('地区代码“421202999”不在 regions.csv 中');
    expect(report).toContain('features[5].geometry.coordinates[0]');
    expect(report).toContain('该环自相交');
    expect(report).toContain('broken.geojson');
    expect(
      await page.locator('.report-table tr[data-file="boundaries.geojson"] td').allTextContents(),
    ).toEqual([expect.any(String), '8', '2', '10']);
    await page.click('.validation-report .load-actions button:has-text("取消")');

    // Dropped on the page: a 51 MB boundaries file is refused by its size.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      const body = `{"type":"FeatureCollection","features":[]}${' '.repeat(51 * 1024 * 1024)}`;
      dt.items.add(new File([body], 'big.geojson', { type: 'application/geo+json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    });
    await page.waitForSelector('.validation-report', { timeout: 60_000 });
    expect(await page.textContent('.validation-report')).toContain('边界文件最大 50.0 MB');
    expect(errors).toEqual([]);
  });
});
