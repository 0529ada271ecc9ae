// The world map's outlines projected at build time (`npm run corpus` writes them to
// public/data/world-map.json): world-atlas's 110m countries in the Equal Earth projection, on a
// globe WORLD_MAP_UNITS wide. The page scales them to its width (world-map.ts) and never loads
// d3-geo or the atlas.

import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { ANTARCTICA, SOUTH_LIMIT, WORLD_MAP_UNITS, type WorldMapFile } from './world-map.ts';

const SPHERE: GeoPermissibleObjects = { type: 'Sphere' };

/**
 * Equal Earth, scaled so that the globe's width fills `width` less `padding` on each side, and
 * shifted so that the map runs from the north pole down to SOUTH_LIMIT.
 */
export function fittedProjection(
  width: number,
  padding = 4,
): { projection: GeoProjection; height: number } {
  const projection = geoEqualEarth().fitWidth(Math.max(1, width - 2 * padding), SPHERE);
  const [[, y0]] = geoPath(projection).bounds(SPHERE);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty - y0 + padding]);
  const south = projection([0, SOUTH_LIMIT])![1];
  return { projection, height: Math.ceil(south + padding) };
}

/**
 * Every country but Antarctica, in the atlas's order, as path data on a globe WORLD_MAP_UNITS
 * wide (whole units: 0.4 px on a map 3,840 px wide), and the globe's outline.
 */
export function buildWorldMapFile(
  countries: FeatureCollection<Geometry, { name?: string }>,
): WorldMapFile {
  const { projection } = fittedProjection(WORLD_MAP_UNITS, 0);
  // The outlines are drawn without d3's adaptive resampling: on the atlas's dense vertices it adds
  // no point at screen sizes (the paths come out the same, tested). The sphere's outline keeps it
  // (its few points need the curve).
  const sphere = geoPath(projection).digits(0)(SPHERE) ?? '';
  const outline = geoPath(fittedProjection(WORLD_MAP_UNITS, 0).projection.precision(0)).digits(0);
  const shapes: WorldMapFile['countries'] = [];
  for (const f of countries.features) {
    if (String(f.id) === ANTARCTICA) continue;
    const d = outline(f);
    if (!d) continue;
    shapes.push({ id: String(f.id ?? ''), name: f.properties?.name ?? String(f.id ?? ''), d });
  }
  return { version: 1, sphere, countries: shapes };
}

/** The file's bytes: one country a line, so that a change to the atlas reads as a diff. */
export function serializeWorldMapFile(file: WorldMapFile): string {
  const countries = file.countries.map((c) => JSON.stringify(c)).join(',\n');
  return `{"version":${file.version},"sphere":${JSON.stringify(file.sphere)},"countries":[\n${countries}\n]}\n`;
}
