import type { Page } from 'playwright-core';

/** Issue 10: a drill into a province not seen before is drawn within 300 ms of its file arriving. */
export const MAP_DRILL_TARGET_MS = 300;
const MAP = '.chart-card[data-chart="map"]';

export interface Drill {
  name: string;
  file: string;
  /** The map file's response end → the frame that shows the province's map. */
  ms: number;
}

/**
 * In the page: clicks the index-th province with data and times from the moment its map file
 * has arrived (resource timing's responseEnd) to the frame after the chart shows that map.
 */
function drillOnce([selector, index]: [string, number]): Promise<{
  name: string;
  file: string;
  ms: number;
}> {
  const button = document.querySelectorAll<HTMLButtonElement>('.children button.has-data')[index];
  if (!button) return Promise.resolve({ name: '', file: '', ms: NaN });
  const name = (button.textContent ?? '').split(' · ')[0]!.trim();
  const started = performance.now();
  const label = () =>
    document.querySelector(`${selector} .chart-canvas`)?.getAttribute('aria-label');
  const before = label();
  button.click();
  return new Promise((done) => {
    const tick = () => {
      const now = label();
      if (now != null && now !== before) {
        // zrender paints on the next animation frame; the one after is on screen.
        return requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const drawn = performance.now();
            const file = performance
              .getEntriesByType('resource')
              .filter((e) => /\/maps\/\d{6}\.json$/.test(e.name) && e.startTime >= started)
              .at(-1) as PerformanceResourceTiming | undefined;
            done(
              file
                ? { name, file: file.name.split('/').at(-1)!, ms: drawn - file.responseEnd }
                : { name, file: '', ms: NaN },
            );
          }),
        );
      }
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/**
 * Drills from the nation into `count` provinces the page has not drawn yet, back up between
 * them, on the overview (the map). The dataset must be loaded; the page is left on the nation.
 */
export async function drillIntoProvinces(page: Page, count: number): Promise<Drill[]> {
  await page.click('#view-tab-overview');
  await upToNation(page);
  const drills: Drill[] = [];
  for (let i = 0; i < count; i++) {
    await page.waitForTimeout(200);
    const d = await page.evaluate(drillOnce, [MAP, i] as [string, number]);
    if (!Number.isNaN(d.ms)) drills.push(d);
    await upToNation(page);
  }
  return drills;
}

/** Back to the nation through its breadcrumb; at the nation the crumb is no button. */
async function upToNation(page: Page): Promise<void> {
  const nation = page.locator('.breadcrumbs button').first();
  if ((await nation.count()) > 0) await nation.click();
  await page.waitForSelector(`${MAP} .chart-canvas`);
}
