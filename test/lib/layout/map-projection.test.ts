import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryFeatures, type CountriesTopology } from '../../../src/lib/model/world-atlas.ts';
import {
  fittedProjection,
  layoutMap,
  mapWidthForHeight,
  SOUTH_LIMIT,
} from '../../../src/lib/layout/map-projection.ts';

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

  it('inverts back to the coordinates', () => {
    const [lon, lat] = projection.invert!(projection([120.49, 30.74])!)!;
    expect(lon).toBeCloseTo(120.49, 6);
    expect(lat).toBeCloseTo(30.74, 6);
  });
});

describe('mapWidthForHeight', () => {
  it('gives the widest map no taller than the height', () => {
    for (const height of [150, 200, 333, 480, 1000]) {
      const width = mapWidthForHeight(height);
      expect(fittedProjection(width).height, `${height}`).toBeLessThanOrEqual(height);
      // One pixel wider would be taller than asked.
      expect(fittedProjection(width + 1).height, `${height}`).toBeGreaterThan(height);
    }
  });

  it('never goes below the least width', () => {
    expect(mapWidthForHeight(40)).toBe(280);
    expect(mapWidthForHeight(40, 120)).toBe(120);
  });
});

describe('layoutMap', () => {
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

  it('draws each country but Antarctica, and projects the markers', () => {
    const map = layoutMap(world, [{ id: 'wuzhen', lon: 120.49, lat: 30.74 }], WIDTH);
    expect(map.countries.map((c) => [c.id, c.name])).toEqual([['156', 'China']]);
    expect(map.countries[0]!.d.startsWith('M')).toBe(true);
    const [ex, ey] = expected(120.49, 30.74);
    expect(map.points[0]!.x).toBeCloseTo(ex, 6);
    expect(map.points[0]!.y).toBeCloseTo(ey, 6);
    expect(map.width).toBe(WIDTH);
    expect(map.sphere.length).toBeGreaterThan(0);
  });
});

describe('layoutMap on the shipped atlas', () => {
  const atlas = countryFeatures(
    JSON.parse(
      readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
    ) as CountriesTopology,
  );

  it('draws the same outlines as d3-geo with its adaptive resampling, at phone to wall sizes', () => {
    for (const width of [280, 390, 1000, 2400]) {
      const resampled = geoPath(fittedProjection(width).projection);
      const map = layoutMap(atlas, [], width);
      expect(map.countries.length).toBeGreaterThan(150);
      // Every country but Antarctica, in the atlas's order.
      const expected = atlas.features
        .filter((f) => String(f.id) !== '010')
        .map((f) => [f.properties?.name, resampled(f)]);
      expect(map.countries.map((c) => [c.name, c.d])).toEqual(expected);
    }
  });
});
