import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryFeatures, type CountriesTopology } from '../../../src/lib/model/world-atlas.ts';
import {
  buildWorldMapFile,
  fittedProjection,
  serializeWorldMapFile,
} from '../../../src/lib/layout/map-projection.ts';
import { SOUTH_LIMIT, WORLD_MAP_UNITS } from '../../../src/lib/layout/world-map.ts';

// Equal Earth as published (Šavrič, Patterson & Jenny 2018), written out here independently of d3-geo.
const M = Math.sqrt(3) / 2;
const [A1, A2, A3, A4] = [1.340264, -0.081106, 0.000893, 0.003796];
function equalEarth(lon: number, lat: number): [number, number] {
  const lambda = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  return [
    (lambda * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))),
    theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)),
  ];
}

// Fitted to 1000 px with 4 px padding: the equator (±180°) spans 992 px, the north pole line sits at y = 4.
const WIDTH = 1000;
const k = (WIDTH - 8) / (2 * equalEarth(180, 0)[0]);
const expected = (lon: number, lat: number): [number, number] => {
  const [x, y] = equalEarth(lon, lat);
  return [WIDTH / 2 + k * x, 4 + k * (equalEarth(0, 90)[1] - y)];
};

describe('fittedProjection', () => {
  const { projection, height } = fittedProjection(WIDTH);

  it('puts Wuzhen (30.74° N, 120.49° E) where its coordinates put it', () => {
    const [x, y] = projection([120.49, 30.74])!;
    const [ex, ey] = expected(120.49, 30.74);
    expect(x).toBeCloseTo(ex, 6);
    expect(y).toBeCloseTo(ey, 6);
    // East of the centre, north of the equator.
    expect(x).toBeGreaterThan(WIDTH / 2);
    expect(y).toBeLessThan(projection([0, 0])![1]);
  });

  it('fills the width: ±180° on the equator at the padding', () => {
    expect(projection([-180, 0])![0]).toBeCloseTo(4, 6);
    expect(projection([180, 0])![0]).toBeCloseTo(WIDTH - 4, 6);
  });

  it('ends the map a little below the southern limit', () => {
    expect(height).toBe(Math.ceil(expected(0, SOUTH_LIMIT)[1] + 4));
  });
});

describe('buildWorldMapFile', () => {
  const square = (id: string, name: string, lon: number, lat: number) => ({
    type: 'Feature' as const,
    id,
    properties: { name },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [lon, lat],
          [lon, lat + 5],
          [lon + 5, lat + 5],
          [lon + 5, lat],
          [lon, lat],
        ],
      ],
    },
  });
  const world: FeatureCollection<Geometry, { name?: string }> = {
    type: 'FeatureCollection',
    features: [square('156', 'China', 115, 28), square('010', 'Antarctica', 0, -80)],
  };

  it('draws each country but Antarctica in whole units of a globe WORLD_MAP_UNITS wide', () => {
    const file = buildWorldMapFile(world);
    expect(file.countries.map((c) => [c.id, c.name])).toEqual([['156', 'China']]);
    // The square's first corner (115° E, 28° N), projected by hand and rounded.
    const kk = WORLD_MAP_UNITS / (2 * equalEarth(180, 0)[0]);
    const [x, y] = equalEarth(115, 28);
    const corner = [
      Math.round(WORLD_MAP_UNITS / 2 + kk * x),
      Math.round(kk * (equalEarth(0, 90)[1] - y)),
    ];
    expect(file.countries[0]!.d.startsWith(`M${corner[0]},${corner[1]}L`)).toBe(true);
    expect(file.countries[0]!.d).toMatch(/^M[\d,L]+Z$/);
    // The globe's outline spans the whole width.
    const xs = [...file.sphere.matchAll(/(-?\d+),(-?\d+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(WORLD_MAP_UNITS);
  });

  it('serializes to JSON that reads back the same, one country a line', () => {
    const file = buildWorldMapFile(world);
    const text = serializeWorldMapFile(file);
    expect(JSON.parse(text)).toEqual(file);
    expect(text.split('\n')[1]).toBe(JSON.stringify(file.countries[0]));
  });
});

describe('public/data/world-map.json', () => {
  const atlas = countryFeatures(
    JSON.parse(
      readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
    ) as CountriesTopology,
  );

  it('is what `npm run corpus` builds from the atlas (run it and commit the result if this fails)', () => {
    const committed = readFileSync('public/data/world-map.json', 'utf8');
    expect(serializeWorldMapFile(buildWorldMapFile(atlas))).toBe(committed);
  });
});
