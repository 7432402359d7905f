import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

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

  it('shows a figure within the first screen on a phone', async () => {
    const { page } = await openPage(browser, './', { width: 375, height: 812 });
    await page.waitForSelector('.hl-card');
    const box = await page.locator('.hl-card').first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(812);
    await page.context().close();
  });
});
