// The world-atlas TopoJSON (110m countries) turned into GeoJSON features: pure, so the map's data
// can be fetched when the map opens and tested in Node.

import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function countryFeatures(
  topology: CountriesTopology,
): FeatureCollection<Geometry, { name?: string }> {
  return feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name?: string }
  >;
}
