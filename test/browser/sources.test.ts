import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/view/urlState';
import { launch, openPage, settle } from './browser';

/** How the bundled source files are named on disk: "002_7904431722f2badd.txt". */
const HASH_FILE = /_[0-9a-f]{16}\.txt/;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The page's text without the cells of its data tables, where a clerk looks files up. The
 * village list is a table too, but a reader's one: its cells stay in. Collapsed <details>
 * (the headline sources) count, as a reader opens them.
 */
const readerText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const cell of body.querySelectorAll('table:not(.vl-table) :is(td, th)')) cell.remove();
    return body.textContent ?? '';
  });

describe('source names', () => {
  it('names documents by title, never by file name, in every view and both languages', async () => {
    const { page, errors } = await openPage(browser, 'index.html?region=430600');
    await settle(page);
    for (const lang of ['zh', 'en'])
      for (const view of VIEWS) {
        await page.evaluate((url) => {
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate'));
        }, `index.html?region=430600&view=${view}&lang=${lang}`);
        await expect
          .poll(() => page.locator('.view-panel').getAttribute('aria-labelledby'))
          .toBe(`view-tab-${view}`);
        await page.waitForLoadState('networkidle');
        const text = await readerText(page);
        expect(text.match(HASH_FILE)?.[0], `${lang} ${view}`).toBeUndefined();
        expect(text, `${lang} ${view}`).toContain('《精准扶贫（岳阳市2016年年鉴条目）》');
      }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('keeps the file name in the data table, and the links open the file', async () => {
    const { page, errors } = await openPage(browser, 'index.html?region=430600&view=funds');
    await settle(page);
    const card = page.locator('.chart-card:has(.source-line)').first();
    expect(await card.locator('.source-line a').first().getAttribute('href')).toMatch(
      /^sources\/\d{3}_[0-9a-f]{16}\.txt$/,
    );
    await card.getByRole('tab', { name: '数据表' }).click();
    await expect
      .poll(() => card.locator('.data-table td').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(HASH_FILE)]));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
