/**
 * npx tsx scripts/maps/fake-townships.ts — writes the test fixture
 * test/fixtures/boundaries/xianan-townships.FAKE.geojson: 咸安区 (421202)'s county polygon from
 * public/maps/420000.json cut into ten vertical strips, one per township code of the bundled
 * regions.csv. The strips are MADE UP for tests: they are not the townships' boundaries, and
 * the file says so in every feature.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import mapshaper from 'mapshaper';
import { mapsOfFile } from '../../src/charts/mapCatalog';

const COUNTY = '421202';
const OUT = 'test/fixtures/boundaries/xianan-townships.FAKE.geojson';
const NOTE =
  'MADE-UP TEST FIXTURE: the county polygon of 咸安区 cut into strips; not real township boundaries / 测试用虚构数据：咸安区县界切成条带，并非真实乡镇边界';

const townships = readFileSync('public/data/regions.csv', 'utf8')
  .split('\n')
  .map((l) => l.split(','))
  .filter((c) => c[4] === 'township' && c[5] === COUNTY)
  .map((c) => ({ code: c[0]!, name: c[2]! }));

const maps = mapsOfFile('420000', JSON.parse(readFileSync('public/maps/420000.json', 'utf8')));
const county = maps.get('421200')!.features.find((f) => f.properties.adcode === COUNTY)!;
const coords = JSON.stringify(county.geometry)
  .match(/-?\d+\.\d+,-?\d+\.\d+/g)!
  .map((p) => p.split(',').map(Number));
const xs = coords.map((p) => p[0]!);
const ys = coords.map((p) => p[1]!);
const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
const step = (x1 - x0) / townships.length;

const features = [];
for (const [i, t] of townships.entries()) {
  const bbox = [x0 + i * step, y0 - 0.01, x0 + (i + 1) * step, y1 + 0.01].map((v) => v.toFixed(6));
  const files = await mapshaper.applyCommands(
    `-i in.json -clip bbox=${bbox.join(',')} -explode -sort 'this.area' descending -filter 'this.id == 0' -o out.json precision=0.0001`,
    { 'in.json': { type: 'FeatureCollection', features: [county] } },
  );
  const strip = JSON.parse(String(files['out.json'])) as {
    features?: Array<{ geometry: unknown }>;
    geometries?: unknown[];
  };
  const geometry = strip.features?.[0]?.geometry ?? strip.geometries?.[0];
  if (!geometry) throw new Error(`strip ${i} of ${COUNTY} is empty`);
  features.push({
    type: 'Feature',
    properties: { code: t.code, name: t.name, note: NOTE },
    geometry,
  });
}
const text = `{"type":"FeatureCollection","name":"${NOTE}","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
writeFileSync(OUT, text);
console.log(`wrote ${OUT}: ${features.length} made-up strips, ${text.length} bytes`);
