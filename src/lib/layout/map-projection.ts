// The world map's geometry: an equal-area projection (Equal Earth) fitted to the width it is given,
// country outlines as SVG path data, and markers projected from their coordinates.

import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface CountryShape {
  /** ISO 3166-1 numeric code (world-atlas feature id). */
  id: string;
  name: string;
  d: string;
  /** Centre of the shape on the map (for labels and keyboard focus rings). */
  centroid: [number, number];
}

export interface MapPoint {
  id: string;
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  sphere: string;
  countries: CountryShape[];
  points: MapPoint[];
  projection: GeoProjection;
}

const SPHERE: GeoPermissibleObjects = { type: 'Sphere' };

/** Below this latitude the map is cut (Antarctica is left out: nothing of the story is there). */
export const SOUTH_LIMIT = -58;

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
 * The widest map whose height is at most `height` (a frame of fixed size gives its chart a height:
 * the map is drawn narrower rather than cut or scaled down with its words). Never below `min`.
 */
export function mapWidthForHeight(height: number, min = 280, padding = 4): number {
  // The height grows in proportion to the globe's width: one measure gives the ratio.
  const probe = 1000;
  const ratio = (fittedProjection(probe, padding).height - 2 * padding) / (probe - 2 * padding);
  let width = Math.floor((height - 2 * padding - 1) / ratio + 2 * padding);
  // The estimate is within a pixel or two (heights are rounded up): settle it on the exact one.
  while (width > min && fittedProjection(width, padding).height > height) width -= 1;
  while (fittedProjection(width + 1, padding).height <= height) width += 1;
  return Math.max(min, width);
}

/** world-atlas id of Antarctica. */
const ANTARCTICA = '010';

export type CountryFeature = Feature<Geometry, { name?: string }>;

export function layoutMap(
  countries: FeatureCollection<Geometry, { name?: string }>,
  points: readonly { id: string; lon: number; lat: number }[],
  width: number,
): MapLayout {
  const { projection, height } = fittedProjection(width);
  const path = geoPath(projection);
  // The outlines are drawn without d3's adaptive resampling: on the atlas's dense vertices it adds
  // no point at screen sizes (the paths come out the same, tested), but it was most of the time
  // the map took to open. The sphere's outline keeps it (its few points need the curve).
  const outline = geoPath(fittedProjection(width).projection.precision(0));
  const shapes: CountryShape[] = [];
  for (const f of countries.features) {
    if (String(f.id) === ANTARCTICA) continue;
    const d = outline(f);
    if (!d) continue;
    const [cx, cy] = outline.centroid(f);
    shapes.push({
      id: String(f.id ?? ''),
      name: f.properties?.name ?? String(f.id ?? ''),
      d,
      centroid: [cx, cy],
    });
  }
  return {
    width,
    height,
    sphere: path(SPHERE) ?? '',
    countries: shapes,
    points: points.map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [NaN, NaN];
      return { id: p.id, x, y };
    }),
    projection,
  };
}
