import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chartContext } from '../../src/charts/chartContext';
import { chartInBox } from '../../src/charts/chartInBox';
import type { ChartContext } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { exportMeta } from '../../src/export/exportMeta';
import { chartSvg, ssrSvg } from '../../src/export/renderSvg';
import type { Lang } from '../../src/i18n/format';
import { screenLayout } from '../../src/modes/screen/screenLayout';
import { registerSeedMaps, seedModel } from '../helpers/seedModel';

/**
 * Golden outputs: every chart for the seed regions and the nation, in both languages, as a file
 * export (chartSvg, the CLI's and the export menu's SVG) and as a wall panel (the screen mode's
 * medium, built for its panel at 1920×1080), drawn by the browser-free SVG renderer and compared with the
 * files under test/golden/. After a deliberate change: `npm run golden:update`, then review the
 * diff in the commit.
 */

const REGIONS = ['421202', '510802', '430600', '430372', '421200', '000000'] as const;
const LANGS: readonly Lang[] = ['zh', 'en'];
/** A file export's width (the CLI's default), and a small wall panel at the design size. */
const FILE_WIDTH = 1000;
const WALL = screenLayout(1920, 1080);
const PANEL = { width: 880, height: 400 };

/**
 * The SVG made stable and reviewable: one element per line, ZRender's instance counter taken
 * and its class counter out of ids (numbered per file instead), hydration attributes dropped, and long path data (boundaries) replaced by its length and a hash, so a changed
 * outline still fails while the files stay small.
 */
function stable(svg: string): string {
  const ids = new Map<string, number>();
  return svg
    .replace(/zr\d+-(?:cls-)?[a-z]*\d+/g, (id) => {
      if (!ids.has(id)) ids.set(id, ids.size);
      return `zr-${ids.get(id)}`;
    })
    .replace(/ ecmeta_\w+="[^"]*"/g, '')
    .replace(
      / d="([^"]{240,})"/g,
      (_, d: string) =>
        ` d="#${d.length}:${createHash('sha256').update(d).digest('hex').slice(0, 16)}"`,
    )
    .replace(/></g, '>\n<')
    .concat('\n');
}

const model = await seedModel();

describe.each(Object.values(CHARTS))('golden $id', (def) => {
  describe.each(REGIONS)('%s', (region) => {
    it.each(LANGS)(
      '%s',
      async (lang) => {
        const base = `../golden/${def.id}/${region}-${lang}`;
        const ctx: ChartContext = chartContext({
          region,
          year: model.defaultYear(region),
          lang,
          animation: false,
          medium: 'file',
          width: FILE_WIDTH,
        });
        const built = def.build(model, ctx);
        if (!built.option) {
          await expect(`no data: ${built.title}\n${built.description}\n`).toMatchFileSnapshot(
            `${base}.nodata.txt`,
          );
          return;
        }
        await registerSeedMaps(built.maps);
        const file = chartSvg(built, exportMeta(model, built, lang), {
          width: FILE_WIDTH,
          theme: 'light',
          background: 'solid',
        });
        await expect(stable(file)).toMatchFileSnapshot(`${base}-file.svg`);
        const wall = chartInBox(def, model, {
          ...ctx,
          medium: 'wall',
          ...PANEL,
          fontScale: WALL.chartFontScale,
          minFontPx: WALL.minChartPx,
        });
        await expect(
          stable(ssrSvg(wall.built.option!, PANEL.width, wall.height)),
        ).toMatchFileSnapshot(`${base}-screen.svg`);
        // A generous limit: on a loaded machine one large chart can take seconds to lay out.
      },
      60_000,
    );
  });
});
