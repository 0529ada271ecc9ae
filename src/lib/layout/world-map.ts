// The world map as the page draws it, with no projection library: the country outlines were
// projected at build time (Equal Earth, `npm run corpus` writes public/data/world-map.json from
// map-projection.ts) onto a globe WORLD_MAP_UNITS wide, and are scaled here to the width given;
// places are projected with Equal Earth's formula, which puts them where d3-geo would (tested).

/** Width of the globe (±180° on the equator) in the file's coordinates, north pole at y = 0. */
export const WORLD_MAP_UNITS = 10_000;

/** Below this latitude the map is cut (Antarctica is left out: nothing of the story is there). */
export const SOUTH_LIMIT = -58;

/** world-atlas id of Antarctica. */
export const ANTARCTICA = '010';

export interface WorldMapFile {
  version: 1;
  /** The globe's outline (SVG path data, file coordinates). */
  sphere: string;
  countries: { id: string; name: string; d: string }[];
}

export interface CountryShape {
  /** ISO 3166-1 numeric code (world-atlas feature id). */
  id: string;
  name: string;
  d: string;
}

export interface MapLayout {
  width: number;
  height: number;
  sphere: string;
  countries: CountryShape[];
}

// Equal Earth (Šavrič, Patterson & Jenny 2018), as d3-geo's geoEqualEarthRaw computes it.
const M = Math.sqrt(3) / 2;
const [A1, A2, A3, A4] = [1.340264, -0.081106, 0.000893, 0.003796];
const RADIANS = Math.PI / 180;

function equalEarthRaw(lon: number, lat: number): [number, number] {
  const l = Math.asin(M * Math.sin(lat * RADIANS));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  return [
    (lon * RADIANS * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))),
    l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)),
  ];
}

const HALF_WIDTH = equalEarthRaw(180, 0)[0];
const NORTH = equalEarthRaw(0, 90)[1];

/** A place on the globe in file coordinates (x from 0 to WORLD_MAP_UNITS, y down from the pole). */
export function worldMapUnits(lon: number, lat: number): [number, number] {
  const [x, y] = equalEarthRaw(lon, lat);
  const k = WORLD_MAP_UNITS / (2 * HALF_WIDTH);
  return [WORLD_MAP_UNITS / 2 + k * x, k * (NORTH - y)];
}

const SOUTH_UNITS = worldMapUnits(0, SOUTH_LIMIT)[1];

/** How many pixels one file unit is on a map `width` wide with `padding` on each side. */
const scaleFor = (width: number, padding: number): number =>
  Math.max(1, width - 2 * padding) / WORLD_MAP_UNITS;

/** Height of a map `width` wide: from the north pole down to SOUTH_LIMIT, with the padding. */
export function mapHeight(width: number, padding = 4): number {
  return Math.ceil(padding + scaleFor(width, padding) * SOUTH_UNITS + padding);
}

/**
 * The widest map whose height is at most `height` (a frame of fixed size gives its chart a height:
 * the map is drawn narrower rather than cut or scaled down with its words). Never below `min`.
 */
export function mapWidthForHeight(height: number, min = 280, padding = 4): number {
  // The height grows in proportion to the width: the estimate is within a pixel or two (heights
  // are rounded up), settled on the exact one.
  let width = Math.floor(
    ((height - 2 * padding - 1) * WORLD_MAP_UNITS) / SOUTH_UNITS + 2 * padding,
  );
  while (width > min && mapHeight(width, padding) > height) width -= 1;
  while (mapHeight(width + 1, padding) <= height) width += 1;
  return Math.max(min, width);
}

/** A projector for places on a map `width` wide: longitude and latitude to pixels. */
export function mapProjector(
  width: number,
  padding = 4,
): (lon: number, lat: number) => [number, number] {
  const s = scaleFor(width, padding);
  return (lon, lat) => {
    const [x, y] = worldMapUnits(lon, lat);
    return [padding + s * x, padding + s * y];
  };
}

/** Path data moved from file coordinates onto the map: each "x,y" pair scaled, to 0.01 px. */
function scalePath(d: string, s: number, padding: number): string {
  const at = (v: string): number => Math.round((padding + s * Number(v)) * 100) / 100;
  return d.replace(/(-?[\d.]+),(-?[\d.]+)/g, (_, x: string, y: string) => `${at(x)},${at(y)}`);
}

/** The world map `width` wide: the file's outlines scaled to it. */
export function scaleWorldMap(file: WorldMapFile, width: number, padding = 4): MapLayout {
  const s = scaleFor(width, padding);
  return {
    width,
    height: mapHeight(width, padding),
    sphere: scalePath(file.sphere, s, padding),
    countries: file.countries.map((c) => ({
      id: c.id,
      name: c.name,
      d: scalePath(c.d, s, padding),
    })),
  };
}

/** A fetched world-map.json, checked; throws with what is wrong when it is not one. */
export function readWorldMapFile(value: unknown): WorldMapFile {
  const v = value as Partial<WorldMapFile> | null;
  if (v === null || typeof v !== 'object' || v.version !== 1)
    throw new Error('world-map.json: not a version 1 world map');
  if (typeof v.sphere !== 'string') throw new Error('world-map.json: no sphere outline');
  if (!Array.isArray(v.countries)) throw new Error('world-map.json: no list of countries');
  v.countries.forEach((c, i) => {
    if (typeof c?.id !== 'string' || typeof c.name !== 'string' || typeof c.d !== 'string')
      throw new Error(`world-map.json: country ${i + 1} lacks an id, a name or an outline`);
  });
  return v as WorldMapFile;
}
