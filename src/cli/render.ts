import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fsReader } from './fsReader';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contextFor } from '../charts/chartContext';
import { echarts } from '../charts/echartsSetup';
import { mapFileFor, mapsOfFile, type GeoFeatureCollection } from '../charts/mapCatalog';
import { CHART_IDS, isChartId, type ChartId } from '../charts/chartTypes';
import { CHARTS, getChart } from '../charts/registry';
import type { ThemeName } from '../charts/theme';
import { readDataset } from '../data/readDataset';
import type { Lang } from '../i18n/format';
import { DashboardModel } from '../model/dashboardModel';
import { METRICS, type MetricKey } from '../model/metrics';
import { exportMeta } from '../export/exportMeta';
import { findCjkFonts, MISSING_FONT_MESSAGE, svgToPng } from '../export/rasterise';
import { chartSvg } from '../export/renderSvg';
import dayjs from 'dayjs';

// Two folders up both from src/cli/ and from the bundle in .cache/cli/ (scripts/cli/render.mjs).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `Usage: npm run render -- --region <code> --chart <id> --out <file>
       npm run render -- --region <code>,<code>… --chart <id>,<id>…|all --out <folder>/
       [--format svg|png] [--lang zh|en] [--width 1000] [--height <px>] [--scale 1]
       [--theme light|dark] [--year <yyyy>] [--metric ${METRICS.join('|')}] [--data public/data]
       npm run render -- --region <code>,<code>… --report --out <folder>/   (a PPTX deck per region)
       npm run render -- --list        (the chart ids, one per line)
Several regions or charts (or an --out ending in /) write <folder>/<region>_<chart>.<format>
in one run; a chart without data for a region is skipped and named. Exit code: 0 when every
file asked for was written, 1 when one had no data (or PNG has no CJK font), 2 for a bad
command line.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** A bad command line: exit code 2 and the message. */
class UsageError extends Error {}

const OPTIONS = {
  region: { type: 'string' },
  chart: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string', default: 'zh' },
  out: { type: 'string' },
  width: { type: 'string', default: '1000' },
  height: { type: 'string' },
  scale: { type: 'string', default: '1' },
  theme: { type: 'string', default: 'light' },
  year: { type: 'string' },
  // Left out: the first metric the region's map has figures for, as the dashboard opens it.
  metric: { type: 'string' },
  data: { type: 'string' },
  list: { type: 'boolean', default: false },
  report: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function number(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${value}"`);
  return n;
}

/** Close chart ids: same prefix or containing the typed text. */
function chartHint(id: string): string {
  const ids = Object.keys(CHARTS);
  const close = ids.filter(
    (c) => c.includes(id) || id.includes(c) || c.slice(0, 3) === id.slice(0, 3),
  );
  return close.length > 0 ? `Did you mean ${close.join(', ')}? ` : '';
}

/** Regions whose code shares the longest prefix with the typed one, or whose name matches. */
function regionHint(model: DashboardModel, code: string): string {
  for (let n = code.length; n >= 2; n--) {
    const found = model.regions.search(code.slice(0, n), 5).filter((r) => r.level !== 'village');
    if (found.length > 0)
      return `Did you mean ${found.map((r) => `${r.code} ${r.name}`).join(', ')}? `;
  }
  return '';
}

async function loadModel(folder: string): Promise<DashboardModel> {
  const result = await readDataset(fsReader(folder));
  if (result.columns.regions.length === 0)
    throw new UsageError(`--data ${folder}: no readable dataset (regions.csv missing or empty)`);
  return new DashboardModel(result);
}

const registered = new Set<string>();

async function registerMaps(
  names: readonly string[],
  own?: ReadonlyMap<string, GeoFeatureCollection>,
): Promise<void> {
  for (const name of names) {
    const geo = own?.get(name);
    if (geo) {
      echarts.registerMap(name, geo as Parameters<typeof echarts.registerMap>[1]);
      continue;
    }
    if (registered.has(name)) continue;
    const json: unknown = JSON.parse(
      await readFile(join(ROOT, 'public/maps', mapFileFor(name)), 'utf8'),
    );
    for (const [map, geo] of mapsOfFile(name, json)) {
      echarts.registerMap(map, geo as Parameters<typeof echarts.registerMap>[1]);
      registered.add(map);
    }
    if (!registered.has(name)) throw new Error(`map ${name}: not in ${mapFileFor(name)}`);
  }
}

async function render(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.list) {
    for (const id of Object.keys(CHARTS)) io.out(id);
    return 0;
  }
  if (!args.chart && !args.report)
    throw new UsageError(
      '--chart or --report is required (npm run render -- --list shows the ids)',
    );
  const charts = args.chart ? chartIds(args.chart) : [];
  if (!args.region) throw new UsageError('--region is required: a region code such as 421202');
  if (!args.out) throw new UsageError('--out is required: the file to write');
  const codes = listOf(args.region);
  // Several files go into a folder; one file goes where --out says, unless that is a folder.
  const files = (charts.length + (args.report ? 1 : 0)) * codes.length;
  const folder = files > 1 || /[/\\]$/.test(args.out);
  const format = oneOf(
    'format',
    args.format ??
      (folder || args.report ? 'svg' : (args.out.split('.').pop()?.toLowerCase() ?? '')),
    ['svg', 'png'] as const,
  );
  const lang = oneOf<Lang>('lang', args.lang, ['zh', 'en']);
  const theme = oneOf<ThemeName>('theme', args.theme, ['light', 'dark']);
  const metric =
    args.metric === undefined ? null : oneOf<MetricKey>('metric', args.metric, METRICS);
  const width = number('width', args.width, 200, 8000)!;
  const height = number('height', args.height, 200, 8000);
  const scale = number('scale', args.scale, 0.25, 8)!;
  const year = number('year', args.year, 1949, 2100) ?? null;
  // A report's slides hold PNG images, drawn with the CJK fonts too.
  const fonts = format === 'png' || args.report ? findCjkFonts() : [];
  if ((format === 'png' || args.report) && fonts.length === 0) {
    io.err(MISSING_FONT_MESSAGE);
    return 1;
  }

  const model = await loadModel(args.data ? resolve(args.data) : join(ROOT, 'public/data'));
  // Every region is checked before anything is drawn: a typo writes nothing.
  const regions = codes.map((code) => {
    const region = model.region(code);
    if (!region) throw new UsageError(`unknown region code "${code}". ${regionHint(model, code)}`);
    return region;
  });
  /** A region's chart context as files draw it; the report sets its own theme and width. */
  const contextOf = (region: string, drawn: { theme?: ThemeName; width?: number } = {}) =>
    contextFor(model, { region, year, metric, lang, animation: false, medium: 'file', ...drawn });
  let missing = 0;
  for (const region of regions)
    for (const id of charts) {
      const built = getChart(id).build(model, contextOf(region.code, { theme, width }));
      if (!built.option) {
        io.err(
          `no data: ${built.title} — the sources give no figures for ${region.code} ${region.name}; nothing written.`,
        );
        missing++;
        continue;
      }
      await registerMaps(built.maps, built.ownMaps);
      let svg: string;
      try {
        svg = chartSvg(built, exportMeta(model, built, lang), {
          width,
          height,
          theme,
          background: 'solid',
        });
      } catch (e) {
        if (e instanceof RangeError) throw new UsageError(e.message);
        throw e;
      }
      await write(
        folder ? resolve(args.out, `${region.code}_${id}.${format}`) : resolve(args.out),
        format === 'svg' ? svg : svgToPng(svg, scale, fonts),
      );
    }
  // The deck's writer (pptxgenjs) loads only for --report: a chart alone starts without it.
  const { buildReport } = args.report ? await import('../export/report') : { buildReport: null };
  if (buildReport)
    for (const region of regions) {
      const deck = await buildReport({
        model,
        region: region.code,
        ctx: contextOf(region.code),
        generated: dayjs().format('YYYY-MM-DD'),
        png: async (built, width) => {
          await registerMaps(built.maps, built.ownMaps);
          const svg = chartSvg(built, null, { width, theme: 'light', background: 'solid' });
          return `data:image/png;base64,${Buffer.from(svgToPng(svg, 2, fonts)).toString('base64')}`;
        },
      });
      const bytes = (await deck.write({ outputType: 'nodebuffer' })) as Uint8Array;
      await write(
        folder ? resolve(args.out, `${region.code}_report.pptx`) : resolve(args.out),
        bytes,
      );
    }
  return missing === 0 ? 0 : 1;

  async function write(out: string, bytes: string | Uint8Array): Promise<void> {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, bytes);
    io.out(`wrote ${out}`);
  }
}

/** A comma-separated list, blanks dropped. */
const listOf = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** `all`, one chart id or several; an unknown one is a usage error naming it. */
function chartIds(value: string): readonly ChartId[] {
  if (value === 'all') return CHART_IDS;
  return listOf(value).map((id) => {
    if (!isChartId(id))
      throw new UsageError(
        `unknown chart "${id}". ${chartHint(id)}Known: ${Object.keys(CHARTS).join(', ')}, or all`,
      );
    return id;
  });
}

/** The CLI as a function, so tests call it without a process: returns the exit code. */
export async function run(argv: string[], io: Io = consoleIo): Promise<number> {
  try {
    return await render(argv, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`render: ${e.message}`);
    io.err(USAGE);
    return 2;
  }
}
