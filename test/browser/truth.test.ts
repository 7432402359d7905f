import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, settle } from './browser';

// What a reader takes away from each screen must be no more than its rows say: a part is named
// as a part, every figure says its year, and the nation is never shown as one county's list.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, path);
  await settle(opened.page, '.dashboard, .embed, [role="alert"]');
  return opened;
}

const cardTitle = (page: Page, chart: string) =>
  page.locator(`[data-chart="${chart}"] h3`).first().textContent();

/** The chart's own summary, on its container for screen readers. */
const chartDescription = (page: Page, scope: string) =>
  page.locator(`${scope} [role="img"]`).first().getAttribute('aria-label');

describe('what each screen claims', () => {
  it('shows the nation’s own 12.8万 villages, never one county’s list as China', async () => {
    for (const path of ['./?view=timeline', './embed.html?chart=exit-timeline&region=000000']) {
      const { page, errors } = await open(path);
      const text = await page.locator('body').innerText();
      expect(text, path).not.toContain('0.02%');
      const description = await chartDescription(
        page,
        path.includes('embed') ? '.embed' : '[data-chart="exit-timeline"]',
      );
      expect(description, path).toContain('12.8万');
      expect(description, path).toContain('部分：咸安区');
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('names Hubei’s exit chart a part, with the county it comes from, in both languages', async () => {
    const zh = await open('./?region=420000&view=timeline');
    expect(await cardTitle(zh.page, 'exit-timeline')).toContain(
      '部分：咸安区（17个市州中1个有数据）',
    );
    expect(await zh.page.locator('body').innerText()).not.toMatch(/共21个村.*期限：2018/);
    await zh.page.context().close();
    const en = await open('./?region=420000&view=timeline&lang=en');
    expect(await cardTitle(en.page, 'exit-timeline')).toContain(
      "partial: Xian'an District (data in 1 of 17 prefectures)",
    );
    await en.page.context().close();
  });

  it('gives every headline figure its year and says what a part covers', async () => {
    const regions = ['000000', '420000', '430000', '510000', '421202', '510802', '430600'];
    const { page, errors } = await open('./');
    for (const lang of ['zh', 'en']) {
      for (const region of [...regions, '430372', '421200', '421202102']) {
        await page.evaluate((url) => {
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate'));
        }, `./?region=${region}&lang=${lang}`);
        await page.waitForTimeout(150);
        const cards = await page.$$eval('.hl-card', (els) =>
          els.map((el) => ({
            year: el.querySelector('.hl-year')?.textContent ?? '',
            value: el.querySelector('.hl-value')?.textContent ?? '',
          })),
        );
        for (const c of cards)
          expect(c.year, `${region} ${lang} ${c.value}`).toMatch(/\d{4}|出列名单|village list/);
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
    // 湖北 reports no headcount itself: 咸宁市's figure is shown as a part, never as Hubei's.
    const hubei = await open('./?region=420000');
    const part = await hubei.page.locator('[data-figure="poor_people"] .hl-part').textContent();
    expect(part).toBe('部分：咸宁市（17个市州中1个有数据）');
    await hubei.page.context().close();
  });

  it('labels Yueyang’s one year of exits as that year’s rate, not progress', async () => {
    const { page } = await open('./?region=430600');
    const label = await page.locator('[data-figure="exit_share"] .hl-label').textContent();
    expect(label).toBe('2016年当年贫困村出列率');
    await page.context().close();
  });

  it('dates every value in the map’s table and summary', async () => {
    const { page } = await open('./?metric=poor_people&year=2021');
    expect(await chartDescription(page, '[data-chart="map"]')).toContain('2021');
    await page.locator('[data-chart="map"] [role="tab"]', { hasText: '数据表' }).click();
    const rows = await page.$$eval('[data-chart="map"] table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const withValue = rows.filter((cells) => cells[3] !== '' && cells[3] !== '—');
    expect(withValue.length).toBeGreaterThan(0);
    for (const cells of withValue) expect(cells[6], cells.join(' | ')).toMatch(/^\d{4}$/);
    await page.context().close();
  });
});
