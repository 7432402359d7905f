import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, paintedPixels } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A data-rich slide, standing still, drawn without animation frames to wait for. */
const STILL = 'mode=screen&regions=421202&views=funds&interval=600&animation=0';

async function drawn(page: Page) {
  await page.waitForSelector('.screen-panel canvas');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

const position = (page: Page) => page.textContent('.screen-index');

/** What a wall needs checked: the page fits exactly, and every panel drew at its real size. */
async function layoutReport(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const transformed = [...document.querySelectorAll('.screen, .screen *')].filter(
      (el) => getComputedStyle(el).transform !== 'none',
    );
    const panels = [...document.querySelectorAll<HTMLElement>('.screen-panel')].map((panel) => {
      const rect = panel.getBoundingClientRect();
      const canvas = panel.querySelector('canvas');
      return {
        chart: panel.dataset.chart,
        inside:
          rect.left >= 0 &&
          rect.top >= 0 &&
          rect.right <= innerWidth + 0.5 &&
          rect.bottom <= innerHeight + 0.5,
        canvas: canvas && {
          width: canvas.width,
          height: canvas.height,
          cssWidth: canvas.getBoundingClientRect().width,
          cssHeight: canvas.getBoundingClientRect().height,
        },
      };
    });
    return {
      scrollWidth: root.scrollWidth,
      scrollHeight: root.scrollHeight,
      rootFontPx: parseFloat(getComputedStyle(root).fontSize),
      dpr: devicePixelRatio,
      transformed: transformed.length,
      panels,
    };
  });
}

/**
 * For each paged panel, the drawn pixels in the bottom strip of its sheet: the strip the last
 * page shows. A sheet taller than its chart would show an empty last page.
 */
const pagedSheetsInk = (page: Page) =>
  page.$$eval('.screen-panel', (panels) =>
    panels
      .filter((p) => p.querySelector('.screen-panel-pages'))
      .map((p) => {
        const canvas = p.querySelector<HTMLCanvasElement>('.screen-panel-sheet canvas')!;
        const strip = Math.round(canvas.height * 0.12);
        const data = canvas
          .getContext('2d')!
          .getImageData(0, canvas.height - strip, canvas.width, strip).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 60) ink++;
        return ink;
      }),
  );

describe('wall display (?mode=screen)', () => {
  const sizes = [
    { width: 1920, height: 1080, rootFontPx: 20, minPanels: 3 },
    { width: 3840, height: 2160, rootFontPx: 40, minPanels: 3 },
    { width: 5760, height: 1080, rootFontPx: 20, minPanels: 7 },
  ];
  for (const { width, height, rootFontPx, minPanels } of sizes) {
    it(`fills ${width}×${height} exactly, re-laid out rather than scaled, and every chart drew`, async () => {
      const { page, errors } = await openPage(browser, `./?${STILL}`, { width, height });
      await drawn(page);
      const report = await layoutReport(page);
      expect(report.scrollWidth).toBe(width);
      expect(report.scrollHeight).toBe(height);
      expect(report.rootFontPx).toBeCloseTo(rootFontPx, 1);
      expect(report.transformed).toBe(0);
      // An ultra-wide wall shows more panels, not wider ones.
      expect(report.panels.length).toBeGreaterThanOrEqual(minPanels);
      for (const p of report.panels) {
        expect(p.inside, `${p.chart} inside the viewport`).toBe(true);
        if (!p.canvas) continue;
        expect(p.canvas.width, `${p.chart} canvas width`).toBe(
          Math.round(p.canvas.cssWidth * report.dpr),
        );
        expect(p.canvas.height, `${p.chart} canvas height`).toBe(
          Math.round(p.canvas.cssHeight * report.dpr),
        );
        expect(
          await paintedPixels(page, `.screen-panel[data-chart="${p.chart}"]`),
          `${p.chart} drew`,
        ).toBeGreaterThan(200);
      }
      expect(report.panels.filter((p) => p.canvas).length).toBeGreaterThanOrEqual(3);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('draws canvases at the device pixel ratio on a high-density screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(new URL(`./?${STILL}`, baseUrl()).href);
    await drawn(page);
    const report = await layoutReport(page);
    expect(report.dpr).toBe(2);
    expect(report.scrollWidth).toBe(1366);
    expect(report.scrollHeight).toBe(768);
    for (const p of report.panels.filter((x) => x.canvas)) {
      expect(p.canvas!.width).toBe(Math.round(p.canvas!.cssWidth * 2));
      expect(p.canvas!.height).toBe(Math.round(p.canvas!.cssHeight * 2));
    }
    await context.close();
  });

  it('rotates on its own, space pauses and resumes, arrows step, and the clock ticks', async () => {
    const { page, errors } = await openPage(browser, './?mode=screen&interval=0.4&animation=0', {
      width: 1366,
      height: 768,
    });
    await page.waitForSelector('.screen-panel');
    expect(await position(page)).toMatch(/^\d+\/24$/);
    const first = await position(page);
    await expect.poll(() => position(page), { timeout: 10_000 }).not.toBe(first);

    await page.keyboard.press(' ');
    await expect.poll(() => page.getAttribute('.screen-position', 'data-status')).toBe('paused');
    const paused = await position(page);
    const clock = await page.textContent('.screen-clock-time');
    await page.waitForTimeout(1500);
    expect(await position(page)).toBe(paused);
    expect(await page.textContent('.screen-clock-time')).not.toBe(clock);

    const n = (s: string | null) => Number(s!.split('/')[0]);
    await page.keyboard.press('ArrowRight');
    expect(n(await position(page))).toBe((n(paused) % 24) + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(n(await position(page))).toBe(((n(paused) + 22) % 24) + 1);
    expect(await page.getAttribute('.screen-position', 'data-status')).toBe('paused');

    // Full screen may be refused in a headless browser; either way nothing breaks.
    await page.keyboard.press('f');
    await page.click('.screen-fullscreen');

    // The on-screen button does the same as space, once per press.
    await page.click('.screen-play');
    expect(await page.getAttribute('.screen-position', 'data-status')).not.toBe('paused');
    const resumed = await position(page);
    await expect.poll(() => position(page), { timeout: 10_000 }).not.toBe(resumed);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pages through a chart taller than its panel instead of cutting it off', async () => {
    const { page, errors } = await openPage(
      browser,
      './?mode=screen&regions=430600&views=assistance&interval=600&animation=0',
      { width: 1920, height: 1080 },
    );
    await drawn(page);
    // 岳阳市's assistance, a column of figures, runs to several sheets in its panel.
    const pager = page.locator('.screen-panel[data-chart="assistance"] .screen-panel-pages');
    expect(await pager.textContent()).toMatch(/^1\/[2-6]$/);
    const sizes = await page.$eval(
      '.screen-panel[data-chart="assistance"] .screen-panel-body',
      (body) => ({
        body: body.clientHeight,
        sheet: (body.firstElementChild as HTMLElement).offsetHeight,
        clips: getComputedStyle(body).overflow,
      }),
    );
    expect(sizes.sheet).toBeGreaterThan(sizes.body);
    expect(sizes.clips).toBe('hidden');
    for (const ink of await pagedSheetsInk(page)) expect(ink).toBeGreaterThan(200);
    await expect.poll(() => pager.textContent(), { timeout: 12_000 }).toMatch(/^2\//);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ends every paged chart with the chart, not with empty space below it', async () => {
    const { page, errors } = await openPage(
      browser,
      './?mode=screen&regions=000000,421202&views=overview,targets&interval=600&animation=0',
      { width: 1920, height: 1080 },
    );
    let paged = 0;
    for (let slide = 0; slide < 4; slide++) {
      await drawn(page);
      const inks = await pagedSheetsInk(page);
      paged += inks.length;
      for (const ink of inks) expect(ink).toBeGreaterThan(200);
      await page.keyboard.press('ArrowRight');
    }
    expect(paged).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the same DOM from one full rotation to the next', async () => {
    const { page, errors } = await openPage(
      browser,
      './?mode=screen&regions=421202,430600&interval=600&animation=0',
      { width: 1920, height: 1080 },
    );
    await drawn(page);
    const count = () => page.evaluate(() => document.getElementsByTagName('*').length);
    const lap = async () => {
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      expect(await position(page)).toBe('1/8');
      return count();
    };
    const once = await lap();
    const twice = await lap();
    const thrice = await lap();
    expect(twice).toBe(once);
    expect(thrice).toBe(once);
    expect(await page.locator('.screen-panel canvas').count()).toBeLessThanOrEqual(
      await page.locator('.screen-panel').count(),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the last good data on screen when a reload fails, and says since when', async () => {
    const { page, errors } = await openPage(browser, `./?${STILL}&refresh=1`, {
      width: 1920,
      height: 1080,
    });
    await drawn(page);
    const headline = await page.textContent('.hl');
    const stale = page.locator('.screen-stale');
    expect(await stale.count()).toBe(0);

    const failures = [
      { name: 'network error', handle: (r: Route) => r.abort('failed') },
      { name: 'HTTP 503', handle: (r: Route) => r.fulfill({ status: 503, body: 'busy' }) },
      {
        name: 'rejected regions.csv',
        handle: (r: Route) =>
          r.request().url().endsWith('regions.csv')
            ? r.fulfill({ status: 200, body: 'not,a,region,table\n1,2,3,4\n' })
            : r.continue(),
      },
    ];
    for (const failure of failures) {
      await page.route('**/data/**', failure.handle);
      await expect.poll(() => stale.count(), { message: failure.name, timeout: 10_000 }).toBe(1);
      expect(await stale.textContent()).toContain('数据更新失败，显示的是');
      // Nothing went blank: the same figures, and the charts still drawn.
      expect(await page.textContent('.hl')).toBe(headline);
      expect(await paintedPixels(page, '.screen-panel')).toBeGreaterThan(200);
      await page.unroute('**/data/**');
      await expect.poll(() => stale.count(), { timeout: 10_000 }).toBe(0);
    }
    // A failed fetch logs a network error in the console; anything else is a bug.
    expect(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('labels a synthetic dataset and names the documents behind the slide', async () => {
    const { page, errors } = await openPage(browser, 'about:blank', { width: 1920, height: 1080 });
    await page.route('**/data/manifest.json', async (route) => {
      const res = await route.fetch();
      const manifest = (await res.json()) as { synthetic: boolean };
      await route.fulfill({ response: res, json: { ...manifest, synthetic: true } });
    });
    await page.goto(new URL(`./?${STILL}`, baseUrl()).href);
    await drawn(page);
    expect(await page.textContent('.screen-synthetic')).toContain('合成数据');
    expect(await page.textContent('.screen-asof')).toContain('数据截至');
    // 咸安区's funds come from the report on 咸安区, cited by its title, not its file name.
    expect(await page.textContent('.screen-sources')).toContain('聚力扶贫攻坚 建设小康咸安');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
