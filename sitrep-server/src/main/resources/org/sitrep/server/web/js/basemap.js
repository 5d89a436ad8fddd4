// The base map: country boundaries from Natural Earth (public domain), shipped with the page as
// world-atlas TopoJSON (basemap/countries-50m.json, made by tools/basemap/make-basemap.sh) and
// drawn as a Leaflet GeoJSON layer. No tiles: the page asks no other host for anything.
// GPL-3.0-or-later.

const BASEMAP = '/basemap/countries-50m.json';

/** Adds the country layer to the map; the map works without it if it cannot be read. */
export async function addCountries(map) {
  const response = await fetch(BASEMAP);
  if (!response.ok) throw new Error('the base map could not be read (' + response.status + ')');
  const topology = await response.json();
  const layer = L.geoJSON(countries(topology), {
    interactive: false,
    style: {color: '#8a8a8a', weight: 0.7, fillColor: '#f4f2ec', fillOpacity: 1},
  });
  layer.addTo(map);
  layer.bringToBack();
  return layer;
}

/** The TopoJSON object 'countries' as a GeoJSON FeatureCollection. */
export function countries(topology) {
  const arcs = decodeArcs(topology);
  const features = [];
  for (const g of topology.objects.countries.geometries) {
    let coordinates;
    if (g.type === 'Polygon') coordinates = g.arcs.map((ring) => ringOf(ring, arcs));
    else if (g.type === 'MultiPolygon') {
      coordinates = g.arcs.map((polygon) => polygon.map((ring) => ringOf(ring, arcs)));
    } else continue; // a country without a shape at this scale
    features.push({type: 'Feature', properties: g.properties || {},
      geometry: {type: g.type, coordinates}});
  }
  return {type: 'FeatureCollection', features};
}

/** Quantized, delta-encoded arcs back to longitude and latitude. */
function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((point) => {
      x += point[0];
      y += point[1];
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]]
          : [point[0], point[1]];
    });
  });
}

/**
 * A ring from its arcs (index ~i is arc i reversed; each arc after the first repeats the last
 * point of the one before). The data is spherical: a ring that crosses the antimeridian jumps
 * from 180 to -180, which a flat map would draw as a line across the world, so its longitudes
 * are kept continuous instead (the shape then reaches past 180).
 */
function ringOf(indexes, arcs) {
  const ring = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    for (let i = ring.length ? 1 : 0; i < arc.length; i++) ring.push(arc[i].slice());
  }
  for (let i = 1; i < ring.length; i++) {
    const jump = ring[i][0] - ring[i - 1][0];
    if (jump > 180) ring[i][0] -= 360;
    else if (jump < -180) ring[i][0] += 360;
  }
  return ring;
}
