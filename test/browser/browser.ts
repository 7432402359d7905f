import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A page that records console errors and uncaught exceptions, so a test can assert none. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1440, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, baseUrl()).href);
  return { page, errors };
}

/** Counts non-background pixels of every canvas in a chart card: > 0 means it drew. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$$eval(`${selector} canvas`, (canvases) =>
    canvases.reduce((sum, c) => {
      const canvas = c as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) return sum;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 16) if (data[i]! > 0) n++;
      return sum + n;
    }, 0),
  );
}

/** Waits until a page (dashboard, embed or error) has drawn and its data requests are done. */
export async function settle(page: Page, selector = '.dashboard'): Promise<void> {
  await page.waitForSelector(selector);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

/** The path of every file the page has fetched so far (the Resource Timing list). */
export const fetchedPaths = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  );
