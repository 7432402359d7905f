import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, paintedPixels, settle } from './browser';

// The first screen says what the data holds and where it is, on a desktop and on a phone.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('first screen', () => {
  it('leads the nation with its own totals and lists where the data is', async () => {
    const { page, errors } = await openPage(browser, './');
    await page.waitForSelector('.hl-card');
    const values = await page.locator('.hl-card .hl-value').allTextContents();
    expect(values).toContain('832个县');
    expect(values).toContain('12.8万个村');
    expect(values).toContain('9899万人');
    // Rows without data collapse into one line; regions with data come first.
    expect(await page.locator('.children-more summary').textContent()).toMatch(
      /另有 \d+ 个地区暂无数据/,
    );
    expect(await page.locator('.children button.has-data').first().textContent()).toBe('湖北省');
    // Each place with data is one click away, with its headline figure.
    const place = page.locator('.dp-place', { hasText: '岳阳市' });
    expect(await place.textContent()).toMatch(/2016年/);
    await place.click();
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('岳阳市');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows five figures and the headcount falling to 0 on the first screen at 1440×900, and draws two charts', async () => {
    const { page, errors } = await openPage(browser, './');
    await settle(page);
    await page.waitForSelector('.lead .chart-card[data-chart="headcount"] canvas');
    const values = await page.locator('.hl-card .hl-value').allTextContents();
    const figures = values.filter((v) => v.trim() !== '' && !v.includes('无数据'));
    expect(figures.length).toBeGreaterThanOrEqual(5);
    expect(figures).toEqual(expect.arrayContaining(['832个县', '12.8万个村']));
    // The headcount chart beside the figures, its plot (9899万 down to 0) above the fold.
    const lead = page.locator('.lead .chart-card[data-chart="headcount"]');
    const canvas = await lead.locator('canvas').first().boundingBox();
    expect(canvas).not.toBeNull();
    expect(canvas!.y + 280).toBeLessThan(900);
    expect(await paintedPixels(page, '.lead .chart-card[data-chart="headcount"]')).toBeGreaterThan(
      500,
    );
    // Its data: 9899万 in 2012 down to 0 in 2020.
    await lead.getByRole('tab', { name: '数据表' }).click();
    const cells = await lead.locator('td').allTextContents();
    expect(cells).toEqual(expect.arrayContaining(['9899万人', '0人']));
    await lead.getByRole('tab', { name: '图表' }).click();
    // The map under the views is the second chart, drawn.
    await page.waitForSelector('.view-panel .chart-card[data-chart="map"] canvas');
    expect(await paintedPixels(page, '.view-panel .chart-card[data-chart="map"]')).toBeGreaterThan(
      500,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no chart beside the figures where the trend is a single number (岳阳市)', async () => {
    const { page } = await openPage(browser, './?region=430600');
    await settle(page);
    await page.waitForSelector('.hl-card');
    expect(await page.locator('.lead').count()).toBe(0);
    await page.context().close();
  });

  it('shows a figure within the first screen on a phone', async () => {
    const { page } = await openPage(browser, './', { width: 375, height: 812 });
    await page.waitForSelector('.hl-card');
    const box = await page.locator('.hl-card').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(812);
    await page.context().close();
  });
});
