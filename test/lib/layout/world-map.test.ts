import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fittedProjection } from '../../../src/lib/layout/map-projection.ts';
import { countryFeatures, type CountriesTopology } from '../../../src/lib/model/world-atlas.ts';
import {
  mapHeight,
  mapProjector,
  mapWidthForHeight,
  readWorldMapFile,
  scaleWorldMap,
} from '../../../src/lib/layout/world-map.ts';

// The page's map against d3-geo's projection of the same atlas at the same width (what the page
// drew before the outlines were projected at build time).
const file = readWorldMapFile(JSON.parse(readFileSync('public/data/world-map.json', 'utf8')));
const atlas = countryFeatures(
  JSON.parse(
    readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
  ) as CountriesTopology,
);
const pairs = (d: string): number[][] =>
  [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('mapProjector and mapHeight', () => {
  it('put places where d3-geo’s fitted Equal Earth puts them, at phone to wall widths', () => {
    for (const width of [280, 390, 1000, 2400]) {
      const { projection, height } = fittedProjection(width);
      const project = mapProjector(width);
      for (const [lon, lat] of [
        [120.49, 30.74],
        [-74, 40.7],
        [180, 0],
        [-180, -45],
        [0, 90],
        [151.2, -33.9],
      ] as const) {
        const [x, y] = project(lon, lat);
        const [ex, ey] = projection([lon, lat])!;
        expect(x, `${width} ${lon}`).toBeCloseTo(ex, 6);
        expect(y, `${width} ${lat}`).toBeCloseTo(ey, 6);
      }
      expect(mapHeight(width)).toBe(height);
    }
  });

  it('give the same height as d3-geo at every width from 1 to 3000', () => {
    for (let width = 1; width <= 3000; width += 1)
      expect(mapHeight(width), `${width}`).toBe(fittedProjection(width).height);
  });
});

describe('mapWidthForHeight', () => {
  it('gives the widest map no taller than the height', () => {
    for (const height of [150, 200, 333, 480, 1000]) {
      const width = mapWidthForHeight(height);
      expect(mapHeight(width), `${height}`).toBeLessThanOrEqual(height);
      // One pixel wider would be taller than asked.
      expect(mapHeight(width + 1), `${height}`).toBeGreaterThan(height);
    }
  });

  it('never goes below the least width', () => {
    expect(mapWidthForHeight(40)).toBe(280);
    expect(mapWidthForHeight(40, 120)).toBe(120);
  });
});

describe('scaleWorldMap', () => {
  it('draws every country but Antarctica as d3-geo does at that width, to a fraction of a pixel', () => {
    for (const width of [280, 390, 1000, 2400]) {
      const map = scaleWorldMap(file, width);
      expect(map.width).toBe(width);
      expect(map.height).toBe(fittedProjection(width).height);
      const outline = geoPath(fittedProjection(width).projection.precision(0));
      const features = atlas.features.filter((f) => String(f.id) !== '010');
      expect(map.countries.map((c) => [c.id, c.name])).toEqual(
        features.map((f) => [String(f.id ?? ''), f.properties?.name]),
      );
      // Whole file units (0.5 off at most) scaled to the width, then 0.01 px.
      const tolerance = (0.5 * (width - 8)) / 10_000 + 0.006;
      let worst = 0;
      features.forEach((f, i) => {
        const got = pairs(map.countries[i]!.d);
        const want = pairs(outline(f)!);
        expect(got.length, f.properties?.name).toBe(want.length);
        got.forEach(([x, y], j) => {
          worst = Math.max(worst, Math.abs(x! - want[j]![0]!), Math.abs(y! - want[j]![1]!));
        });
      });
      expect(worst, `${width}`).toBeLessThanOrEqual(tolerance);
      // The same commands, in the same order: only the numbers moved.
      expect(map.countries[0]!.d.replace(/[\d.,-]+/g, '')).toBe(
        outline(features[0]!)!.replace(/[\d.,-]+/g, ''),
      );
    }
  });

  it('draws the globe’s outline across the whole width, inside the padding', () => {
    const map = scaleWorldMap(file, 1000);
    const xs = pairs(map.sphere).map(([x]) => x!);
    expect(Math.min(...xs)).toBeCloseTo(4, 2);
    expect(Math.max(...xs)).toBeCloseTo(996, 2);
  });
});

describe('readWorldMapFile', () => {
  it.each([
    [null, 'not a version 1 world map'],
    [{ version: 2, sphere: '', countries: [] }, 'not a version 1 world map'],
    [{ version: 1, countries: [] }, 'no sphere outline'],
    [{ version: 1, sphere: 'M0,0Z' }, 'no list of countries'],
    [
      { version: 1, sphere: 'M0,0Z', countries: [{ id: '1', name: 'A', d: 'M0,0Z' }, { id: '2' }] },
      'country 2 lacks an id, a name or an outline',
    ],
  ])('names what is wrong in %j', (value, message) => {
    expect(() => readWorldMapFile(value)).toThrow(`world-map.json: ${message}`);
  });
});
