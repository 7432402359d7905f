import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { getChart } from '../../src/charts/registry';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { tableCsv } from '../../src/export/csvExport';
import { DashboardModel } from '../../src/model/dashboardModel';
import { baseUrl, fetchedPaths, launch, openPage } from './browser';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const DARK_BG = 'rgb(13, 17, 23)';

let browser: Browser;
let host: Server;
let hostUrl: string;

/**
 * The host page is a third-party site: served here, on another origin than the dashboard.
 * localhost against 127.0.0.1 keeps both on loopback, which Chrome's private-network rules allow.
 */
beforeAll(async () => {
  browser = await launch();
  const dashboard = baseUrl();
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.pathname === '/embed-forger.html') return res.end(fixture('embed-forger.html'));
    const script =
      url.searchParams.get('script') === 'none'
        ? ''
        : `<script src="${dashboard}embed.js" async></script>`;
    res.end(
      fixture('embed-host.html').replaceAll('{{BASE}}', dashboard).replace('{{SCRIPT}}', script),
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const hostName = new URL(dashboard).hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  hostUrl = `http://${hostName}:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

async function openHost(
  query = '',
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${hostUrl}host.html${query}`);
  return { page, errors };
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const el = await page.waitForSelector(selector, { state: 'attached' });
  for (let i = 0; i < 100; i++) {
    const frame = await el.contentFrame();
    if (frame && frame.url().includes('embed.html')) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`${selector} has no embed frame`);
}

const frameHeight = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.getBoundingClientRect().height);

/** The embed's content: its body height, overflow both ways, and the chart's canvas width. */
const content = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.documentElement;
    const canvas = document.querySelector('canvas');
    const right = Math.max(
      ...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right),
    );
    return {
      body: Math.ceil(document.body.getBoundingClientRect().height),
      overflowX: root.scrollWidth - root.clientWidth,
      overflowY: root.scrollHeight - root.clientHeight,
      widestRight: right,
      viewport: root.clientWidth,
      canvasWidth: canvas ? canvas.getBoundingClientRect().width : null,
      noData: document.querySelector('.no-data') !== null,
    };
  });

/** Waits until the chart has drawn and the iframe's height equals its content's, twice in a row. */
async function settled(page: Page, selector: string): Promise<number> {
  const frame = await frameOf(page, selector);
  let previous = -1;
  for (let i = 0; i < 150; i++) {
    const [h, c] = await Promise.all([frameHeight(page, selector), content(frame)]);
    const ready = c.canvasWidth !== null || c.noData;
    if (ready && Math.abs(h - c.body) <= 1 && h === previous) return h;
    previous = ready && Math.abs(h - c.body) <= 1 ? h : -1;
    await page.waitForTimeout(100);
  }
  const c = await content(frame);
  throw new Error(
    `${selector} did not settle: frame ${await frameHeight(page, selector)} px, content ${c.body} px`,
  );
}

// Each host test loads two or three embeds; allow for a busy machine.
describe('embed.js on a host page', { timeout: 120_000 }, () => {
  it('resizes each iframe to its own content height, with no scrollbars inside', async () => {
    const { page, errors } = await openHost();
    const a = await settled(page, '#a');
    const b = await settled(page, '#b');
    expect(a).toBeGreaterThan(300);
    expect(b).toBeGreaterThan(300);
    expect(a).not.toBe(b);
    for (const sel of ['#a', '#b']) {
      const c = await content(await frameOf(page, sel));
      expect(c.overflowX).toBe(0);
      expect(c.overflowY).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows width changes from 320 px to 1200 px and clips nothing', async () => {
    const { page, errors } = await openHost();
    const frame = await frameOf(page, '#b');
    await settled(page, '#b');
    const heights: Record<number, number> = {};
    for (const width of [320, 1200]) {
      await page.$eval('#b', (el, w) => ((el as HTMLElement).style.width = `${w}px`), width);
      // The chart rebuilds for the new width; wait for a canvas of that width.
      await frame.waitForFunction((w) => {
        const c = document.querySelector('canvas');
        return c !== null && Math.abs(c.getBoundingClientRect().width - (w - 24)) <= 2;
      }, width);
      heights[width] = await settled(page, '#b');
      const c = await content(frame);
      expect(c.viewport).toBe(width);
      expect(c.overflowX).toBe(0);
      expect(c.widestRight).toBeLessThanOrEqual(width + 0.5);
      expect(c.overflowY).toBeLessThanOrEqual(0);
      expect(heights[width]).toBe(c.body);
    }
    // Twelve targets: narrow bars wrap their labels, so the chart grows as the frame narrows.
    expect(heights[320]).toBeGreaterThan(heights[1200]! + 100);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ignores resize messages from another frame, even when they name our frame', async () => {
    const { page, errors } = await openHost();
    const a = await settled(page, '#a');
    const b = await settled(page, '#b');
    const forger = await (await page.waitForSelector('#forger')).contentFrame();
    const delivered = page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          window.addEventListener('message', (e) => e.data === 'forged' && resolve()),
        ),
    );
    await forger!.evaluate(() => window.postMessage('forge', '*'));
    await delivered;
    await page.waitForTimeout(200);
    expect(await frameHeight(page, '#a')).toBe(a);
    expect(await frameHeight(page, '#b')).toBe(b);
    expect(await frameHeight(page, '#forger')).toBe(62);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('resizes an iframe added after the script ran', async () => {
    const { page, errors } = await openHost();
    await settled(page, '#a');
    await page.evaluate((base) => {
      const f = document.createElement('iframe');
      f.id = 'late';
      f.title = 'Milestones';
      f.dataset.pdEmbed = '';
      f.height = '150';
      f.style.cssText = 'width:100%;border:0';
      f.src = `${base}embed.html?chart=milestones&region=421202&lang=en&theme=light`;
      document.body.prepend(f);
    }, baseUrl());
    expect(await settled(page, '#late')).not.toBe(150);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('resizes iframes that loaded before the script did', async () => {
    const { page, errors } = await openHost('?script=none');
    const frame = await frameOf(page, '#a');
    await frame.waitForSelector('canvas');
    await page.waitForTimeout(300);
    expect(await frameHeight(page, '#a')).toBe(150);
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      document.head.append(s);
    }, `${baseUrl()}embed.js`);
    expect(await settled(page, '#a')).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('embed page', () => {
  it('fits a 320 px wide screen with no horizontal scroll', async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?chart=targets&region=421202&lang=en&theme=light',
      { width: 320, height: 700 },
    );
    await page.waitForSelector('canvas');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const canvas = await page.$eval('canvas', (c) => c.getBoundingClientRect().width);
    expect(canvas).toBeLessThanOrEqual(320 - 24);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads the bundled data from its chart's file made by the build, no CSV and no validator", async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?chart=exit-timeline&region=421202&lang=zh',
    );
    await page.waitForSelector('canvas');
    const fetched = await fetchedPaths(page);
    expect(fetched).toContain(new URL('data/embed/exit-timeline.json', baseUrl()).pathname);
    expect(fetched.filter((p) => p.endsWith('.csv'))).toEqual([]);
    expect(fetched.filter((p) => /\/readDataset-/.test(p))).toEqual([]);
    // The chart's code was asked for by the HTML, not after the page's script and its imports.
    const preloaded = await page.$$eval('link[rel=modulepreload]', (links) =>
      links.map((l) => (l as HTMLLinkElement).href),
    );
    for (const chunk of [/\/exit-timeline-[^/]*\.js$/, /\/echartsBase-[^/]*\.js$/])
      expect(preloaded.some((href) => chunk.test(href))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads the tooltip on the first pointer and the CSV writer on the way to "get the data"', async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?chart=exit-timeline&region=421202&lang=zh',
      { width: 1000, height: 900 },
    );
    await page.waitForSelector('canvas');
    await page.waitForLoadState('networkidle');
    const loaded = (name: RegExp) => fetchedPaths(page).then((s) => s.some((p) => name.test(p)));
    expect(await loaded(/\/echartsTooltip-/)).toBe(false);
    expect(await loaded(/\/csvRows-/)).toBe(false);
    // The pointer over the 2017 bar: the tooltip arrives (its code first) and names the year.
    const box = (await page.locator('.embed-chart canvas').boundingBox())!;
    const tip = page.locator('.embed-chart div[style*="position: absolute"]', {
      hasText: '2017年计划出列',
    });
    await expect
      .poll(async () => {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.move(box.x + box.width / 2 + 4, box.y + box.height / 2 + 4);
        return tip.isVisible();
      })
      .toBe(true);
    expect(await loaded(/\/echartsTooltip-/)).toBe(true);
    await page.hover('.embed-getdata');
    await expect.poll(() => loaded(/\/csvRows-/)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows title, sources by document title, flags and a link to the same view of the dashboard', async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?chart=exit-timeline&region=421202&lang=zh&theme=auto',
    );
    await page.waitForSelector('canvas');
    expect(await page.textContent('h1')).toContain('咸安区');
    expect(await page.textContent('.embed-source')).toContain('聚力扶贫攻坚');
    expect(await page.textContent('.embed-flags summary')).toMatch(/\d+ 项数据质量提示/);
    const href = await page.$eval('.embed-meta a', (a) => (a as HTMLAnchorElement).href);
    const url = new URL(href);
    expect(url.pathname).toMatch(/\/index\.html$/);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      region: '421202',
      view: 'timeline',
      theme: 'auto',
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a takeaway as text, a credit line, and a "get the data" CSV of the drawn numbers', async () => {
    const takeaway = '<img src=x onerror="window.__x=1">三年出列 21 个村';
    const { page, errors } = await openPage(
      browser,
      `embed.html?chart=funds-use&region=421202&lang=zh&theme=light&subtitle=${encodeURIComponent(takeaway)}`,
      { width: 340, height: 900 },
    );
    await page.waitForSelector('canvas');
    expect(await page.textContent('.embed-subtitle')).toBe(takeaway);
    expect(await page.$('.embed-subtitle img')).toBeNull();
    expect(await page.evaluate(() => (window as { __x?: number }).__x)).toBeUndefined();
    expect(await page.textContent('.embed-credit')).toMatch(/^数据：.+ · 精准扶贫进度看板$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.embed-getdata'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^421202_.+_funds-use_.+_zh\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    // Exactly the chart's table, as the dashboard's own CSV export writes it.
    const model = new DashboardModel(await readDataset(fsReader('public/data')));
    const built = getChart('funds-use').build(
      model,
      chartContext({ region: '421202', year: model.defaultYear('421202'), width: 316 }),
    );
    expect(csv).toBe(tableCsv(built.table, 'zh', model.manifest));
    expect(built.table.rows.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('theme=dark gives a dark background; theme=auto follows the system setting live', async () => {
    const dark = await openPage(browser, 'embed.html?chart=milestones&region=421202&theme=dark');
    await dark.page.waitForSelector('canvas');
    expect(
      await dark.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe(DARK_BG);
    expect(dark.errors).toEqual([]);
    await dark.page.context().close();

    const auto = await openPage(browser, 'embed.html?chart=milestones&region=421202&theme=auto');
    await auto.page.waitForSelector('canvas');
    const bg = () =>
      auto.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await auto.page.emulateMedia({ colorScheme: 'dark' });
    await auto.page.waitForFunction(
      (c) => getComputedStyle(document.documentElement).backgroundColor === c,
      DARK_BG,
    );
    await auto.page.emulateMedia({ colorScheme: 'light' });
    await auto.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    expect(auto.errors).toEqual([]);
    await auto.page.context().close();
  });

  it('transparent=1 lets the host background show through', async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?chart=milestones&region=421202&transparent=1',
    );
    await page.waitForSelector('canvas');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgba(0, 0, 0, 0)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says "no data" instead of drawing an empty chart', async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?chart=causes&region=000000&lang=en',
    );
    await page.waitForSelector('.no-data');
    expect(await page.$('canvas')).toBeNull();
    expect(await page.textContent('.no-data')).toContain('No data');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names an unknown chart and lists the valid ones; names an unknown region', async () => {
    const chart = await openPage(browser, 'embed.html?chart=pie&region=421202&lang=en');
    const text = await chart.page.textContent('[role=alert]');
    expect(text).toContain('Unknown chart: "pie"');
    for (const id of ['map', 'exit-timeline', 'headcount']) expect(text).toContain(id);
    await chart.page.context().close();

    const region = await openPage(browser, 'embed.html?chart=targets&region=999999&lang=en');
    expect(await region.page.textContent('[role=alert]')).toContain('no region with code "999999"');
    expect([...chart.errors, ...region.errors]).toEqual([]);
    await region.page.context().close();
  });

  it('names a malformed region code instead of quietly showing the nation', async () => {
    const { page, errors } = await openPage(
      browser,
      'embed.html?chart=targets&region=42%3Cb%3E&lang=zh',
    );
    expect(await page.textContent('[role=alert]')).toBe('数据中没有地区代码“42<b>”。');
    expect(await page.locator('.embed canvas').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a dataset on another site in Chinese in the Chinese UI', async () => {
    const { page } = await openPage(
      browser,
      'embed.html?chart=targets&region=421202&data=https://example.com/data/',
    );
    const alert = await page.textContent('[role=alert]');
    expect(alert).toContain('?data= 必须是本站');
    expect(alert).not.toMatch(/must be|is not/);
    await page.context().close();
  });

  it('names an unreadable regions file and its reason, never blaming the region', async () => {
    const context = await browser.newContext({ viewport: { width: 340, height: 400 } });
    // UTF-16 without a byte-order mark, as some exports write it.
    const utf16 = Buffer.from(
      'code,code_kind,name,level,parent_code,source\n000000,gb2260,中国,nation,,x\n',
      'utf16le',
    );
    const manifest = readFileSync('public/data/manifest.json');
    await context.route('**/broken/**', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop();
      if (name === 'manifest.json') return route.fulfill({ body: manifest });
      if (name === 'regions.csv') return route.fulfill({ body: utf16 });
      return route.fulfill({ status: 404, body: '' });
    });
    const page = await context.newPage();
    await page.goto(
      new URL('embed.html?chart=targets&region=421202&lang=en&data=broken/', baseUrl()).href,
    );
    const alert = await page.locator('[role=alert]').textContent();
    expect(alert).toContain(
      'The regions file could not be used: regions.csv: This looks like UTF-16',
    );
    expect(alert).not.toContain('421202');
    await context.close();
  });
});
