import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/view/urlState';
import { VIEW_CHARTS } from '../../src/view/viewCharts';
import { fetchedPaths, launch, openPage, paintedPixels, settle } from './browser';

const SEED_REGIONS = ['000000', '421202', '510802', '430600', '430372', '421200'];
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Each chart card either drew pixels or says "no data" — never a blank box. The view's own
 * charts are those its list names; a lead chart beside the headline figures must draw too.
 */
async function checkCards(page: Page, region: string, view: string) {
  const cards = await page.$$eval('.view-panel .chart-card, .lead-chart .chart-card', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-chart'),
      lead: el.closest('.lead-chart') !== null,
      noData: el.querySelector('.no-data') !== null,
      canvas: el.querySelector('canvas') !== null,
    })),
  );
  expect(
    cards.filter((c) => !c.lead).map((c) => c.id),
    `${region} ${view}`,
  ).toEqual(VIEW_CHARTS[view as keyof typeof VIEW_CHARTS]);
  for (const card of cards) {
    if (card.noData) continue;
    expect(card.canvas, `${region} ${view} ${card.id} has a canvas`).toBe(true);
    expect(
      await paintedPixels(page, `[data-chart="${card.id}"]`),
      `${region} ${view} ${card.id} drew`,
    ).toBeGreaterThan(200);
  }
  return cards;
}

describe('dashboard', () => {
  it('opens every view for each seed region and the nation without console errors', async () => {
    const { page, errors } = await openPage(browser, './');
    await settle(page);
    let drawn = 0;
    for (const region of SEED_REGIONS) {
      for (const view of VIEWS) {
        // Same path as the back button: the URL changes, then popstate.
        await page.evaluate((url) => {
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate'));
        }, `./?region=${region}&view=${view}`);
        await expect
          .poll(() => page.locator('.view-panel').getAttribute('aria-labelledby'))
          .toBe(`view-tab-${view}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const cards = await checkCards(page, region, view);
        drawn += cards.filter((c) => !c.noData).length;
      }
    }
    expect(errors).toEqual([]);
    // Most charts of the five seed regions have data; a regression to "no data everywhere" fails.
    expect(drawn).toBeGreaterThan(30);
    await page.context().close();
  }, 240_000);

  it('says a region= code was not found and that the nation is shown, until the reader moves on', async () => {
    const { page, errors } = await openPage(browser, './?region=999999');
    await settle(page);
    expect(await page.textContent('.region-not-found')).toBe(
      '数据中没有地区代码“999999”，现显示全国。',
    );
    expect(await page.textContent('.region-title')).toBe('中国');
    await page.click('.children button:has-text("湖北省")');
    expect(await page.textContent('.region-title')).toBe('湖北省');
    expect(await page.locator('.region-not-found').count()).toBe(0);
    const malformed = await openPage(browser, './?region=42%3Cb%3E&lang=en');
    await settle(malformed.page);
    expect(await malformed.page.textContent('.region-not-found')).toBe(
      'The dataset has no region with code "42<b>"; showing the whole country instead.',
    );
    expect([...errors, ...malformed.errors]).toEqual([]);
    await page.context().close();
    await malformed.page.context().close();
  });

  it('reopens exactly the view a copied link holds', async () => {
    const link =
      './?region=430600&view=targets&year=2016&metric=poor_people&lang=en&theme=dark&decal=1';
    const { page, errors } = await openPage(browser, link);
    await settle(page);
    expect(await page.locator('[role="tab"][aria-selected="true"]').first().textContent()).toBe(
      'Targets',
    );
    expect(await page.locator('.region-title').textContent()).toBe('Yueyang');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const url = new URL(page.url());
    for (const [k, v] of new URL(link, url).searchParams)
      expect(url.searchParams.get(k), k).toBe(v);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('drills down from the nation and goes back with the browser buttons', async () => {
    const { page } = await openPage(browser, './');
    await settle(page);
    await page.getByRole('button', { name: '湖北省', exact: true }).click();
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('湖北省');
    await page.getByRole('button', { name: '咸宁市', exact: true }).click();
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('咸宁市');
    expect(new URL(page.url()).searchParams.get('region')).toBe('421200');
    await page.goBack();
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('湖北省');
    await page.goForward();
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('咸宁市');
    await page.locator('.breadcrumbs button', { hasText: '中国' }).click();
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('中国');
    await page.context().close();
  });

  it('finds a region by name or code from the search box with the keyboard', async () => {
    const { page } = await openPage(browser, './');
    await settle(page);
    const search = page.getByRole('combobox', { name: '按名称或代码搜索地区' });
    await search.fill('510802');
    await search.press('Enter');
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('利州区');
    await search.fill('岳阳');
    await search.press('Enter');
    await expect.poll(() => page.locator('.region-title').textContent()).toBe('岳阳市');
    await page.context().close();
  });

  it('switches language at runtime, numbers and all', async () => {
    const { page, errors } = await openPage(browser, './?region=430600');
    await settle(page);
    expect(await page.locator('h1').textContent()).toBe('精准扶贫进度看板');
    await expect.poll(() => page.locator('.main').textContent()).toContain('80,596人');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Poverty Alleviation Progress');
    await expect.poll(() => page.locator('.main').textContent()).toContain('80,596 people');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves between view tabs with the arrow keys', async () => {
    const { page } = await openPage(browser, './?region=421202');
    await settle(page);
    await page.locator('#view-tab-overview').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('timeline');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('view-tab-timeline');
    await page.context().close();
  });

  it('shows the table tab with each row’s source quote', async () => {
    const { page } = await openPage(browser, './?region=421202&view=people');
    await settle(page);
    const card = page.locator('[data-chart="causes"]');
    await card.getByRole('tab', { name: '数据表' }).click();
    const table = card.locator('table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
    expect(await table.textContent()).toContain('低保户、五保户9465户');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const require = createRequire(import.meta.url);
    const axePath = require.resolve('axe-core/axe.min.js');
    for (const path of [
      './?region=421202',
      './?region=430600&view=targets',
      './?region=421202&view=timeline&lang=en&theme=dark',
    ]) {
      const { page } = await openPage(browser, path);
      await settle(page);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                o: object,
              ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
            };
          }
        ).axe;
        const r = await axe.run({ resultTypes: ['violations'] });
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, path).toEqual([]);
      await page.context().close();
    }
  });

  it('fits a 375 px phone without horizontal scrolling', async () => {
    for (const region of ['421202', '430600']) {
      const { page } = await openPage(browser, `./?region=${region}`, { width: 375, height: 812 });
      await settle(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, region).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it("shows the bundled data from the file the build validated: no load worker, no parser, no other view's charts", async () => {
    const { page, errors } = await openPage(browser, '?region=421202&view=timeline');
    await settle(page);
    await expect
      .poll(() => paintedPixels(page, '[data-chart="exit-timeline"]'))
      .toBeGreaterThan(200);
    await page.waitForLoadState('networkidle');
    const fetched = await fetchedPaths(page);
    expect(fetched.some((p) => p.endsWith('/data/embed/dashboard.json'))).toBe(true);
    // Each file it was made from is compared with the folder's before anything is shown.
    expect(fetched.some((p) => p.endsWith('/data/funds.csv'))).toBe(true);
    expect(fetched.filter((p) => /\/(worker|readDataset|csvRows)-[^/]*\.js$/.test(p))).toEqual([]);
    // Only the view's own charts' builders: the funds view's are not asked for on the timeline.
    expect(fetched.filter((p) => /\/funds-(source|use)-[^/]*\.js$/.test(p))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names a broken data file and keeps the rest of the dashboard working', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/data/funds.csv', (route) =>
      route.fulfill({ status: 200, body: 'id,region_code\n1,2\n' }),
    );
    await page.goto(
      new URL('./?region=430600&view=funds', (await import('./browser')).baseUrl()).href,
    );
    await settle(page);
    expect(await page.locator('.dataset-problems').textContent()).toContain('funds.csv');
    expect(await page.locator('[data-chart="funds-source"] .no-data').count()).toBe(1);
    await page.getByRole('tab', { name: '目标完成' }).click();
    await expect.poll(() => paintedPixels(page, '[data-chart="targets"]')).toBeGreaterThan(200);
    await context.close();
  });
});
