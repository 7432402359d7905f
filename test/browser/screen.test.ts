import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxProblems, type Label } from '../helpers/svgLabels';
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
 * For each panel paging a sheet taller than itself, the drawn pixels in the bottom strip of its
 * sheet: the strip the last page shows. A sheet taller than its chart would show an empty last
 * page. (A chart that pages itself draws each page for the box: no sheet to scroll.)
 */
const pagedSheetsInk = (page: Page) =>
  page.$$eval('.screen-panel', (panels) =>
    panels
      .filter(
        (p) =>
          p.querySelector('.screen-panel-pages') &&
          p.querySelector<HTMLElement>('.screen-panel-sheet')!.offsetHeight >
            p.querySelector('.screen-panel-body')!.clientHeight + 1,
      )
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
  it('refuses a dataset on another site in Chinese in the Chinese UI', async () => {
    const { page } = await openPage(browser, './?mode=screen&data=https://example.com/data/');
    await page.waitForSelector('.screen-message[role=alert]', { timeout: 30_000 });
    const text = await page.textContent('.screen-message');
    expect(text).toContain('?data= 必须是本站');
    expect(text).not.toMatch(/must be|is not/);
    await page.context().close();
  });

  it('names the regions= codes it skips because the data lacks them', async () => {
    const { page, errors } = await openPage(
      browser,
      './?mode=screen&regions=421202,999999,4%3Cb%3E&views=funds&interval=600&animation=0',
      { width: 1920, height: 1080 },
    );
    await page.waitForSelector('.screen-unknown-regions', { timeout: 30_000 });
    expect(await page.textContent('.screen-unknown-regions')).toBe(
      '⚠ 数据中没有地区代码“999999”、“4<b>”，已跳过。',
    );
    expect(await position(page)).toContain('1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

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
    // The default playlist's length is what the data holds; it is the same on every read.
    const total = Number((await position(page))!.split('/')[1]);
    expect(total).toBeGreaterThan(6);
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
    expect(n(await position(page))).toBe((n(paused) % total) + 1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(n(await position(page))).toBe(((n(paused) + total - 2) % total) + 1);
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

  /** Each paged panel: its chart, its page counter, its box and the height of what it draws. */
  const pagedPanels = (page: Page) =>
    page.$$eval('.screen-panel', (panels) =>
      panels
        .filter((p) => p.querySelector('.screen-panel-pages'))
        .map((p) => ({
          chart: p.getAttribute('data-chart')!,
          pages: p.querySelector('.screen-panel-pages')!.textContent,
          body: p.querySelector('.screen-panel-body')!.clientHeight,
          sheet: p.querySelector<HTMLElement>('.screen-panel-sheet')!.offsetHeight,
        })),
    );

  /** Charts that page themselves on a wall: whole panels and rows, each page drawn for the box. */
  const PAGING_ITSELF = new Set([
    'targets',
    'headcount',
    'causes',
    'funds-source',
    'funds-use',
    'infrastructure',
    'assistance',
  ]);

  it('pages through a chart taller than its panel by whole rows, each page drawn for the box', async () => {
    const { page, errors } = await openPage(
      browser,
      './?mode=screen&regions=430600&views=assistance&interval=600&animation=0',
      { width: 1920, height: 1080 },
    );
    await drawn(page);
    // 岳阳市's assistance, a column of figures, runs to several sheets in its panel.
    const pager = page.locator('.screen-panel[data-chart="assistance"] .screen-panel-pages');
    expect(await pager.textContent()).toMatch(/^1\/([2-9]|1\d)$/);
    const body = '.screen-panel[data-chart="assistance"] .screen-panel-body';
    const sizes = await page.$eval(body, (b) => ({
      body: b.clientHeight,
      sheet: (b.firstElementChild as HTMLElement).offsetHeight,
      clips: getComputedStyle(b).overflow,
    }));
    // Not a sheet moved up a box at a time, cutting a plot: a page the box holds.
    expect(Math.abs(sizes.sheet - sizes.body)).toBeLessThanOrEqual(1);
    expect(sizes.clips).toBe('hidden');
    const first = await paintedPixels(page, body);
    expect(first).toBeGreaterThan(200);
    await expect.poll(() => pager.textContent(), { timeout: 12_000 }).toMatch(/^2\//);
    await page.waitForTimeout(500);
    expect(await paintedPixels(page, body)).toBeGreaterThan(200);
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
      for (const ink of await pagedSheetsInk(page)) expect(ink).toBeGreaterThan(200);
      // 中国's headcount and 咸安区's targets page themselves: never a sheet taller than the box.
      for (const p of await pagedPanels(page)) {
        paged++;
        if (PAGING_ITSELF.has(p.chart))
          expect(Math.abs(p.sheet - p.body), `${p.chart} ${p.pages}`).toBeLessThanOrEqual(1);
      }
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
    const total = Number((await position(page))!.split('/')[1]);
    const lap = async () => {
      for (let i = 0; i < total; i++) await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(800);
      expect(await position(page)).toBe(`1/${total}`);
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
    const headline = await page.textContent('.hero');
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
      expect(await page.textContent('.hero')).toBe(headline);
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

  it('opens on hero numbers, each with its year and source', async () => {
    const { page, errors } = await openPage(browser, './?mode=screen&interval=600&animation=0', {
      width: 1920,
      height: 1080,
    });
    await page.waitForSelector('.hero-card');
    const cards = await page.$$eval('.hero-card', (els) =>
      els.map((el) => ({
        value: el.querySelector('.hero-value')!.textContent!,
        year: el.querySelector('.hero-year')!.textContent!,
        source: el.querySelector('.hero-source')!.textContent!,
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.value).toMatch(/\d/);
      expect(c.year).toMatch(/\d{4}/);
      // A document by its title in 《》, a citation by publisher and date.
      expect(c.source).toMatch(/^来源：(《.+》|\S+ \d{4}-\d{2}-\d{2})/);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('counts hero numbers up to exactly the static text, and not under reduced motion', async () => {
    const url = './?mode=screen&regions=430600&views=overview&interval=600';
    const still = await openPage(browser, `${url}&animation=0`, { width: 1920, height: 1080 });
    await still.page.waitForSelector('.hero-value');
    const fixed = await still.page.$$eval('.hero-value', (els) => els.map((e) => e.textContent));
    await still.page.context().close();
    // 岳阳市's figures include 3.09亿元以上: the qualifier must be there at the end.
    expect(fixed.join(' ')).toContain('以上');

    const sample = (page: Page) =>
      page.evaluate(
        () =>
          new Promise<string[][]>((done) => {
            const seen: string[][] = [];
            const end = performance.now() + 2000;
            const frame = () => {
              seen.push(
                [...document.querySelectorAll('.hero-value')].map((e) => e.textContent ?? ''),
              );
              if (performance.now() < end) requestAnimationFrame(frame);
              else done(seen);
            };
            frame();
          }),
      );
    const moving = await openPage(browser, url, { width: 1920, height: 1080 });
    await moving.page.waitForSelector('.hero-value');
    const frames = await sample(moving.page);
    expect(frames.some((f) => f.join() !== fixed.join())).toBe(true);
    expect(frames.at(-1)).toEqual(fixed);
    expect(
      await moving.page.$$eval('.hero-value', (els) =>
        els.map((e) => e.getAttribute('data-final')),
      ),
    ).toEqual(fixed);
    expect(moving.errors).toEqual([]);
    await moving.page.context().close();

    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
    });
    const calm = await context.newPage();
    await calm.goto(new URL(url, baseUrl()).href);
    await calm.waitForSelector('.hero-value');
    expect((await sample(calm)).every((f) => f.join() === fixed.join())).toBe(true);
    await context.close();
  });

  it('plays by default only slides that hold figures: none mostly "no data"', async () => {
    const { page, errors } = await openPage(browser, './?mode=screen&interval=600&animation=0', {
      width: 1920,
      height: 1080,
    });
    await page.waitForSelector('.screen-panel');
    const total = Number((await position(page))!.split('/')[1]);
    for (let i = 0; i < total; i++) {
      await page.waitForSelector('.screen-panel');
      const slide = await page.evaluate(() => ({
        title: document.querySelector('.screen-header h1')?.textContent,
        panels: document.querySelectorAll('.screen-panel').length,
        empty: document.querySelectorAll('.screen-no-data').length,
        figures: document.querySelectorAll('.hero-card').length,
      }));
      expect(slide.empty * 2, `${i + 1}/${total} ${slide.title}`).toBeLessThan(slide.panels);
      expect(slide.figures, `${i + 1}/${total} ${slide.title}`).toBeGreaterThan(0);
      await page.keyboard.press('ArrowRight');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tours the map: each region with data in turn, with its figures, years and sources', async () => {
    const { page, errors } = await openPage(
      browser,
      './?mode=screen&views=tour&interval=6&animation=0',
      { width: 1920, height: 1080 },
    );
    await page.waitForSelector('.screen-tour .screen-panel canvas');
    const count = await page.textContent('.screen-tour-count');
    const stops = Number(count!.split('/')[1]);
    const seen = new Map<string, { name: string; years: string[]; sources: string[] }>();
    await expect
      .poll(
        async () => {
          const stop = await page.evaluate(() => ({
            code: document.querySelector<HTMLElement>('.screen-tour')!.dataset.stop!,
            name: document.querySelector('.screen-tour-stop h2')!.textContent!,
            years: [...document.querySelectorAll('.screen-tour .hero-year')].map(
              (e) => e.textContent!,
            ),
            sources: [...document.querySelectorAll('.screen-tour .hero-source')].map(
              (e) => e.textContent!,
            ),
          }));
          seen.set(stop.code, stop);
          return seen.size;
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe(stops);
    for (const code of ['421202', '510802', '430600', '430372', '421200'])
      expect(seen.has(code), code).toBe(true);
    for (const [code, stop] of seen) {
      expect(stop.name, code).not.toBe('');
      expect(stop.years.length, code).toBeGreaterThan(0);
      for (const y of stop.years) expect(y).toMatch(/\d{4}/);
      for (const src of stop.sources) expect(src).toMatch(/^来源：《/);
    }
    expect(await paintedPixels(page, '.screen-tour .screen-panel')).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /**
   * Every chart text on the slide, drawn as SVG: its size, how far inside its panel it sits,
   * and its box in the panel as a reader sees it (the font's empty ascent and descent left out).
   */
  const chartTexts = (page: Page) =>
    page.$$eval('.screen-panel', (panels) =>
      panels.flatMap((panel, index) => {
        const body = panel.querySelector('.screen-panel-body')!.getBoundingClientRect();
        const sheet = panel.querySelector('.screen-panel-sheet')?.getBoundingClientRect() ?? body;
        const chart = panel.getAttribute('data-chart') ?? '';
        return [...panel.querySelectorAll('svg text')].flatMap((t) => {
          const r = t.getBoundingClientRect();
          if (r.width === 0 || !t.textContent?.trim()) return [];
          const px = parseFloat(getComputedStyle(t).fontSize);
          // A text's box is the font's whole line: above the glyphs and below the baseline it
          // holds the font's ascent and descent margins (about 0.28em each in Noto CJK), where
          // digits and Chinese draw nothing.
          const slack = 0.3 * px;
          // A paged legend's items on other pages are hidden by the chart's own clip.
          const hidden = t.closest('[clip-path]') !== null;
          return [
            {
              panel: `${index} ${chart}`,
              where: `${chart}: ${t.textContent}`,
              px,
              hidden,
              box: {
                text: t.textContent,
                x0: r.left - body.left,
                x1: r.right - body.left,
                y0: r.top - sheet.top + slack,
                y1: r.bottom - sheet.top - slack,
              },
              size: { width: body.width, height: sheet.height },
              inside: hidden
                ? 0
                : Math.min(
                    r.left - body.left,
                    body.right - r.right,
                    r.top - sheet.top + slack,
                    sheet.bottom - r.bottom + slack,
                  ),
            },
          ];
        });
      }),
    );

  /** Labels over each other, cut or paging, panel by panel. Map region names ECharts places itself. */
  function overlaps(texts: Awaited<ReturnType<typeof chartTexts>>, slide: string): string[] {
    const panels = new Map<string, { labels: Label[]; width: number; height: number }>();
    for (const t of texts) {
      if (t.hidden || t.panel.endsWith(' map')) continue;
      const p = panels.get(t.panel) ?? { labels: [], ...t.size };
      p.labels.push(t.box);
      panels.set(t.panel, p);
    }
    return [...panels].flatMap(([panel, p]) =>
      boxProblems(p.labels, p.width, p.height).map((x) => `${slide} ${panel}: ${x}`),
    );
  }

  // Every size in Chinese on three regions; the other regions in English, whose words run longer.
  const ZH = 'regions=000000,421202,430600&lang=zh';
  const EN = 'regions=510802,430682,430372,421200&lang=en';
  const walls = [
    { width: 1366, height: 768, minPx: 12.8, slides: ZH },
    { width: 1920, height: 1080, minPx: 18, slides: ZH },
    { width: 3840, height: 2160, minPx: 36, slides: ZH },
    { width: 5760, height: 1080, minPx: 18, slides: ZH },
    { width: 1920, height: 1080, minPx: 18, slides: EN },
  ];
  for (const { width, height, minPx, slides } of walls) {
    it(`draws chart text, legends included, at ${minPx}px or more, inside its panel and over no other at ${width}×${height}, ${slides}`, async () => {
      const { page, errors } = await openPage(
        browser,
        `./?mode=screen&${slides}&interval=600&animation=0&renderer=svg`,
        { width, height },
      );
      await page.waitForSelector('.screen-panel svg text');
      const total = Number((await position(page))!.split('/')[1]);
      let texts = 0;
      const small: string[] = [];
      const clipped: string[] = [];
      const overlapping: string[] = [];
      for (let i = 0; i < total; i++) {
        await page.waitForSelector('.screen-panel svg text');
        await page.waitForTimeout(300);
        const all = await chartTexts(page);
        for (const t of all) {
          texts++;
          if (t.px < minPx) small.push(`${i + 1}/${total} ${t.where} ${t.px}px`);
          if (t.inside < -1) clipped.push(`${i + 1}/${total} ${t.where} ${t.inside.toFixed(1)}`);
        }
        overlapping.push(...overlaps(all, `${i + 1}/${total}`));
        await page.keyboard.press('ArrowRight');
      }
      expect(texts).toBeGreaterThan(100);
      expect(small).toEqual([]);
      expect(clipped).toEqual([]);
      expect(overlapping).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
