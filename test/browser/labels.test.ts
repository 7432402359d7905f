import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsReader } from '../../src/cli/fsReader';
import { readDataset } from '../../src/data/readDataset';
import { DashboardModel } from '../../src/model/dashboardModel';
import { chartLabelProblems } from '../helpers/chartLabels';
import { measureLikeTextFit } from '../helpers/svgLabels';
import { launch, openPage, settle } from './browser';

// No chart label overlaps another, leaves its chart, is cut or pages, at the widths the
// dashboard and the embed really give their charts. Each page is opened at its size to read
// those widths; every chart is then rendered at them for the regions with data, in both
// languages, and its text boxes checked (the wall's are measured on screen, in screen.test).

let browser: Browser;
let model: DashboardModel;
beforeAll(async () => {
  measureLikeTextFit();
  [browser, model] = await Promise.all([
    launch(),
    readDataset(fsReader('public/data')).then((r) => new DashboardModel(r)),
  ]);
});
afterAll(async () => {
  await browser?.close();
});

/** Widths of the charts drawn on a page, read from their canvases. */
const chartWidths = (page: Page, selector: string) =>
  page.$$eval(`${selector} canvas`, (cs) => [
    ...new Set(cs.map((c) => Math.round(c.getBoundingClientRect().width))),
  ]);

const problemsAt = (width: number) => chartLabelProblems(model, [width]);

describe('chart labels at the widths pages give them', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 375, height: 812 },
  ])
    it(`the dashboard at ${viewport.width}×${viewport.height}`, { timeout: 120_000 }, async () => {
      const { page, errors } = await openPage(browser, './', viewport);
      await settle(page);
      await page.waitForSelector('.chart-card canvas');
      // The overview's map and, beside the figures, the lead chart; every other view's charts
      // take the map's width.
      const widths = await chartWidths(page, '.chart-card');
      expect(widths.length).toBeGreaterThan(0);
      for (const width of widths) {
        const { found, renders } = problemsAt(width);
        expect(found).toEqual([]);
        expect(renders).toBeGreaterThan(60);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });

  for (const width of [340, 1000])
    it(`an embed ${width} px wide`, { timeout: 120_000 }, async () => {
      const { page, errors } = await openPage(
        browser,
        'embed.html?chart=exit-timeline&region=421200',
        {
          width,
          height: 800,
        },
      );
      await settle(page, '.embed canvas');
      const widths = await chartWidths(page, '');
      expect(widths).toHaveLength(1);
      expect(widths[0]).toBeLessThan(width);
      const { found, renders } = problemsAt(widths[0]!);
      expect(found).toEqual([]);
      expect(renders).toBeGreaterThan(60);
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
