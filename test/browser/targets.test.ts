import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, paintedPixels } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('targets view', () => {
  it('counts time to the dataset date, not today, and lists the 45692 target once', async () => {
    const { page, errors } = await openPage(browser, './?region=421202&view=targets');
    await page.waitForSelector('[data-chart="targets"] canvas');
    await page.waitForLoadState('networkidle');
    const card = page.locator('[data-chart="targets"]');
    await expect.poll(() => paintedPixels(page, '[data-chart="targets"]')).toBeGreaterThan(200);
    const description = (await card.locator('.sr-only').textContent()) ?? '';
    expect(description).toContain('数据截至日 2021年2月25日');
    // The bundled data is as of 2021-02-25: its earliest deadline (end of 2015) is 5 years
    // before it, whatever year the test runs in.
    expect(description).toContain('已过 5 年');
    const years = [...description.matchAll(/已过 (\d+) 年/g)].map((m) => Number(m[1]));
    expect(Math.max(...years)).toBe(5);

    await card.getByRole('tab', { name: '数据表' }).click();
    const rows = card.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const texts = await rows.allTextContents();
    const exit45692 = texts.filter((t) => t.includes('45692'));
    expect(exit45692).toHaveLength(1);
    // Both quotes of that one target stay with it.
    expect(exit45692[0]).toContain('前三年时间实现全区4.57万建档立卡贫困人口全部脱贫销号');
    expect(texts.filter((t) => t.includes('21个贫困村分3批全部出列'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
