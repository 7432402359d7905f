import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// Node only (the CLI and tests): the browser rasterises through canvas instead.

export const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];

export const MISSING_FONT_MESSAGE =
  'No Noto Sans CJK font found under /usr/share/fonts: Chinese text would be drawn as boxes. ' +
  'Install it with `apt-get install fonts-noto-cjk` (or run `scripts/setup.sh --browser`).';

/** The Noto Sans CJK collections on this machine, found by walking the font folders. */
export function findCjkFonts(dirs: readonly string[] = FONT_DIRS): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory() && depth < 4) walk(path, depth + 1);
      else if (/^NotoSansCJK.*\.(ttc|otf)$/i.test(e.name)) found.push(path);
    }
  };
  for (const dir of dirs) walk(dir, 0);
  return found.sort();
}

/** SVG → PNG at `ratio` pixels per SVG px, with the CJK fonts loaded so glyphs are baked in. */
export function svgToPng(svg: string, ratio: number, fontFiles: readonly string[]): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: ratio },
    font: {
      fontFiles: [...fontFiles],
      loadSystemFonts: true,
      defaultFontFamily: 'Noto Sans CJK SC',
    },
  });
  return resvg.render().asPng();
}
