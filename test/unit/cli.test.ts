import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { chartContext, contextFor } from '../../src/charts/chartContext';
import { CHART_IDS, type ChartId } from '../../src/charts/chartTypes';
import { escapeHtml } from '../../src/charts/escapeHtml';
import { CHARTS, getChart } from '../../src/charts/registry';
import { findCjkFonts, MISSING_FONT_MESSAGE } from '../../src/export/rasterise';
import { run } from '../../src/cli/render';
import type { MetricKey } from '../../src/model/metrics';
import { seedModel } from '../helpers/seedModel';

type Case = { region: string; metric?: MetricKey };

/** Regions of the bundled dataset where these charts show the most. */
const CHOSEN: Partial<Record<ChartId, Case>> = {
  map: { region: '421202', metric: 'poor_people' },
  'exit-timeline': { region: '421202' },
  milestones: { region: '421200' },
  targets: { region: '430600' },
  'funds-source': { region: '430600' },
  'funds-use': { region: '421202' },
  infrastructure: { region: '430600' },
  assistance: { region: '510802' },
  causes: { region: '421202' },
  headcount: { region: '000000' },
};
const SEED_REGIONS = ['421202', '421200', '430600', '510802', '430372', '000000'];

const model = await seedModel();

/** A chart not chosen above (a new one) renders at the first seed region where it draws. */
const firstDrawn = (id: ChartId): Case | null => {
  const region = SEED_REGIONS.find(
    (r) =>
      getChart(id).build(model, chartContext({ region: r, year: model.defaultYear(r) })).option,
  );
  return region ? { region } : null;
};
const CASES = Object.fromEntries(
  CHART_IDS.flatMap((id) => {
    const c = CHOSEN[id] ?? firstDrawn(id);
    return c ? [[id, c]] : [];
  }),
) as Record<ChartId, Case>;

const dir = mkdtempSync(join(tmpdir(), 'render-'));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const args = (id: ChartId, format: string, lang = 'zh') => {
  const c = CASES[id];
  return [
    '--region',
    c.region,
    '--chart',
    id,
    '--format',
    format,
    '--lang',
    lang,
    ...(c.metric ? ['--metric', c.metric] : []),
  ];
};

const titleOf = (id: ChartId, lang: 'zh' | 'en' = 'zh') =>
  getChart(id).build(
    model,
    chartContext({
      region: CASES[id].region,
      year: model.defaultYear(CASES[id].region),
      metric: CASES[id].metric,
      lang,
      animation: false,
      width: 1000,
    }),
  ).title;

describe('render CLI: every chart', () => {
  it('covers every chart id of the registry', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(CHARTS).sort());
  });

  for (const id of Object.keys(CASES) as ChartId[]) {
    it(`${id}: SVG with the Chinese title as text`, async () => {
      const file = join(dir, `${id}.svg`);
      const r = await cli(...args(id, 'svg'), '--out', file);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const svg = readFileSync(file, 'utf8');
      const title = titleOf(id);
      expect(title).toMatch(/[\u4e00-\u9fff]/);
      expect(svg).toMatch(
        new RegExp(`<text[^>]*>${escapeHtml(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text>`),
      );
      expect(svg).toContain('Noto Sans CJK SC');
      // The footer names documents by title; a reader cannot look up "000_c375c8cd05350800.txt".
      expect(svg).toContain('来源：《');
      expect(svg).not.toMatch(/_[0-9a-f]{16}\.txt/);
    });

    it(`${id}: PNG at the requested size with ink on it`, async () => {
      const file = join(dir, `${id}.png`);
      const r = await cli(
        ...args(id, 'png'),
        '--width',
        '700',
        '--height',
        '600',
        '--scale',
        '2',
        '--out',
        file,
      );
      expect(r.code).toBe(0);
      const png = decode(readFileSync(file));
      expect([png.width, png.height]).toEqual([1400, 1200]);
      const colours = new Set<number>();
      let ink = 0;
      for (let i = 0; i < png.data.length; i += png.channels) {
        const [red, green, blue] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (red + green + blue < 600) ink++;
        colours.add((red << 16) | (green << 8) | blue);
      }
      expect(ink).toBeGreaterThan(5000);
      expect(colours.size).toBeGreaterThan(10);
    }, 60_000);
  }

  it('draws every legend entry, without a pager, in the height the chart laid out', async () => {
    const file = join(dir, 'legend.svg');
    expect((await cli(...args('funds-source', 'svg'), '--out', file)).code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const built = getChart('funds-source').build(
      model,
      chartContext({ region: '430600', year: model.latestYear, animation: false, width: 1000 }),
    );
    const series = (built.option as { series: Array<{ name: string }> }).series;
    for (const { name } of series) expect(texts).toContain(escapeHtml(name));
    expect(texts.filter((t) => /^\d+\/\d+$/.test(t!))).toEqual([]);
    const inner = /<svg x="0" y="\d+" width="1000" height="(\d+)"/.exec(svg);
    // The builder lays the legend out in rows: the export has nothing to add.
    expect(Number(inner![1])).toBe(built.height);
  });

  it('renders in English', async () => {
    const file = join(dir, 'en.svg');
    expect((await cli(...args('exit-timeline', 'svg', 'en'), '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(
      `>${escapeHtml(titleOf('exit-timeline', 'en'))}</text>`,
    );
  });
});

describe('render CLI: arguments', () => {
  it('--list prints the chart ids, one per line', async () => {
    const r = await cli('--list');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual(Object.keys(CHARTS));
  });

  it('a chart without data exits 1 with "no data" and writes nothing', async () => {
    const file = join(dir, 'none.svg');
    const r = await cli('--region', '000000', '--chart', 'causes', '--out', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no data/);
    expect(existsSync(file)).toBe(false);
  });

  it('renders several regions × charts in one run into a folder, naming each skipped chart', async () => {
    const out = join(dir, 'many');
    const r = await cli('--region', '421202,430600', '--chart', 'all', '--out', `${out}/`);
    const expected = ['421202', '430600'].flatMap((region) =>
      (Object.keys(CHARTS) as ChartId[])
        .filter((id) => getChart(id).build(model, contextFor(model, { region, year: null })).option)
        .map((id) => `${region}_${id}.svg`),
    );
    expect(readdirSync(out).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(15);
    // 430600 has no causes: named on stderr, and the run says not everything was written.
    expect(r.err).toMatch(/no data: .*430600/);
    expect(r.code).toBe(1);
    expect(readFileSync(join(out, '421202_exit-timeline.svg'), 'utf8')).toContain(
      escapeHtml(titleOf('exit-timeline')),
    );
  });

  it('a chart list with data everywhere exits 0; one unknown region writes nothing', async () => {
    const out = join(dir, 'list');
    const ok = await cli(
      '--region',
      '421202,000000',
      '--chart',
      'headcount,milestones',
      '--out',
      out,
    );
    expect(ok.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '000000_headcount.svg',
      '000000_milestones.svg',
      '421202_headcount.svg',
      '421202_milestones.svg',
    ]);
    const bad = await cli(
      '--region',
      '421202,421203',
      '--chart',
      'headcount',
      '--out',
      join(dir, 'typo/'),
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown region code "421203"/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });

  it('writes a PPTX report per region', async () => {
    const out = join(dir, 'reports');
    const r = await cli('--region', '421202,430600', '--report', '--out', `${out}/`);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['421202_report.pptx', '430600_report.pptx']);
    // A PPTX is a zip archive.
    expect(readFileSync(join(out, '421202_report.pptx')).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  const bad: Array<[string, string[], RegExp]> = [
    [
      'unknown chart',
      ['--region', '421202', '--chart', 'exit', '--out', 'x.svg'],
      /unknown chart "exit"\. Did you mean exit-timeline/,
    ],
    [
      'unknown region',
      ['--region', '421203', '--chart', 'causes', '--out', 'x.svg'],
      /unknown region code "421203"\. Did you mean .*421202 咸安区/,
    ],
    [
      'bad format',
      ['--region', '421202', '--chart', 'causes', '--format', 'gif', '--out', 'x.gif'],
      /--format must be one of svg, png/,
    ],
    ['missing --out', ['--region', '421202', '--chart', 'causes'], /--out is required/],
    [
      'bad language',
      ['--region', '421202', '--chart', 'causes', '--lang', 'fr', '--out', 'x.svg'],
      /--lang must be one of zh, en/,
    ],
    [
      'bad width',
      ['--region', '421202', '--chart', 'causes', '--width', 'wide', '--out', 'x.svg'],
      /--width must be a number/,
    ],
    [
      'height too small',
      ['--region', '421202', '--chart', 'causes', '--height', '200', '--out', 'x.svg'],
      /height 200 leaves/,
    ],
    [
      'unknown option',
      ['--region', '421202', '--chart', 'causes', '--colour', 'red', '--out', 'x.svg'],
      /Unknown option '--colour'/,
    ],
  ];
  for (const [what, argv, message] of bad)
    it(`${what}: exit 2 with a message`, async () => {
      const r = await cli(...argv.map((a) => (a.startsWith('x.') ? join(dir, a) : a)));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(existsSync(join(dir, 'x.svg'))).toBe(false);
    });

  it('names the Debian package when no CJK font is installed', () => {
    expect(findCjkFonts(['/nonexistent'])).toEqual([]);
    expect(findCjkFonts().length).toBeGreaterThan(0);
    expect(MISSING_FONT_MESSAGE).toContain('apt-get install fonts-noto-cjk');
  });

  it('runs as `npm run render`, with the exit code of run()', () => {
    // scripts/cli/render.mjs runs the bundled CLI, building it first when a source is newer.
    const r = spawnSync(
      'node',
      [
        'scripts/cli/render.mjs',
        '--region',
        '421202',
        '--chart',
        'pie',
        '--out',
        join(dir, 'p.svg'),
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown chart "pie"');
  }, 60_000);
});
