// The base map: country boundaries from Natural Earth (public domain), shipped with the page as
// world-atlas TopoJSON (basemap/countries-50m.json, made by tools/basemap/make-basemap.sh) and
// drawn as a Leaflet GeoJSON layer; and the borders of first-level divisions (states,
// provinces), Natural Earth's 1:10m admin-1 as lines (basemap/admin1-10m.json, made by
// tools/basemap/make-admin1.sh). No tiles: the page asks no other host for anything.
// GPL-3.0-or-later.

const BASEMAP = '/basemap/countries-50m.json';
const ADMIN1 = '/basemap/admin1-10m.json';
/**
 * Admin-1 borders are drawn from this zoom on: on the whole world their four thousand lines are
 * a grey smudge, and the file is fetched only when first needed.
 */
export const ADMIN1_FROM_ZOOM = 4;

/** Adds the country layer to the map; the map works without it if it cannot be read. */
export async function addCountries(map) {
  const response = await fetch(BASEMAP);
  if (!response.ok) throw new Error('the base map could not be read (' + response.status + ')');
  const topology = await response.json();
  const layer = L.geoJSON(countries(topology), {
    interactive: false,
    style: {color: '#7a7a7a', weight: 0.9, fillColor: '#f4f2ec', fillOpacity: 1},
  });
  layer.addTo(map);
  layer.bringToBack();
  return layer;
}

/**
 * Shows the admin-1 borders whenever the map is zoomed in to ADMIN1_FROM_ZOOM or closer, in a
 * pane of their own above the country fill and below the events (style.css sets its z-index).
 * A failed read is reported through onError once; the map works without the layer.
 */
export function addAdmin1(map, onError) {
  map.createPane('admin1');
  let layer = null;
  let loading = null;
  const update = () => {
    const wanted = map.getZoom() >= ADMIN1_FROM_ZOOM;
    if (layer) {
      if (wanted && !map.hasLayer(layer)) layer.addTo(map);
      else if (!wanted && map.hasLayer(layer)) layer.remove();
    } else if (wanted && !loading) {
      loading = readAdmin1().then((lines) => {
        layer = L.geoJSON(lines, {pane: 'admin1', interactive: false,
          style: {color: '#aaa293', weight: 0.6, dashArray: '3 2'}});
        update();
      }, onError);
    }
  };
  map.on('zoomend', update);
  update();
}

async function readAdmin1() {
  const response = await fetch(ADMIN1);
  if (!response.ok) {
    throw new Error('the state and province borders could not be read (' + response.status + ')');
  }
  return admin1Lines(await response.json());
}

/** The TopoJSON MultiLineString 'admin1' as a GeoJSON Feature: each line its arcs joined. */
export function admin1Lines(topology) {
  const arcs = decodeArcs(topology);
  const coordinates = topology.objects.admin1.arcs.map((line) => lineOf(line, arcs));
  return {type: 'Feature', properties: {}, geometry: {type: 'MultiLineString', coordinates}};
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
  const ring = lineOf(indexes, arcs);
  for (let i = 1; i < ring.length; i++) {
    const jump = ring[i][0] - ring[i - 1][0];
    if (jump > 180) ring[i][0] -= 360;
    else if (jump < -180) ring[i][0] += 360;
  }
  return ring;
}

/** A line from its arcs: index ~i is arc i reversed; each arc repeats the last point before. */
function lineOf(indexes, arcs) {
  const line = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    for (let i = line.length ? 1 : 0; i < arc.length; i++) line.push(arc[i].slice());
  }
  return line;
}
