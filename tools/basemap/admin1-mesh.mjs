// Turns the admin-1 units (GeoJSON from gpkg-states.py) into the page's admin-1 layer: a
// TopoJSON with one MultiLineString object, 'admin1', holding only the borders between two units
// of the same country (coasts and country borders are the country layer's), simplified and
// quantized so the committed file stays small. Runs at maintainer time with topojson-server,
// topojson-simplify and topojson-client from npm; none of them ships with Sitrep.
// Usage: node admin1-mesh.mjs IN.geojson OUT.json MIN_WEIGHT  (GPL-3.0-or-later)
import {readFileSync, writeFileSync} from 'node:fs';
import {topology} from 'topojson-server';
import {presimplify, simplify, sphericalTriangleArea} from 'topojson-simplify';
import {meshArcs, quantize} from 'topojson-client';

const [input, output, minWeight] = process.argv.slice(2);
const states = JSON.parse(readFileSync(input, 'utf8'));
// Quantizing first snaps the shared borders of neighbours onto the same points, so they become
// shared arcs; simplifying the arcs then keeps both sides of a border identical.
let topo = topology({states}, 1e6);
topo = simplify(presimplify(topo, sphericalTriangleArea), Number(minWeight));
const mesh = meshArcs(topo, topo.objects.states,
    (a, b) => a !== b && a.properties.adm0_a3 === b.properties.adm0_a3);

// Keep only the arcs of the mesh, renumbered, and drop arcs simplified down to a point.
const kept = [];
const lines = [];
for (const line of mesh.arcs) {
  const indexes = [];
  for (const index of line) {
    const arc = topo.arcs[index < 0 ? ~index : index];
    if (arc.length < 2) continue;
    kept.push(arc);
    indexes.push(index < 0 ? ~(kept.length - 1) : kept.length - 1);
  }
  if (indexes.length) lines.push(indexes);
}
let out = {type: 'Topology', arcs: kept,
  objects: {admin1: {type: 'MultiLineString', arcs: lines}}};
// The topology is still in absolute coordinates; bbox and transform are computed afresh.
out = quantize(out, 1e5);
delete out.bbox;
writeFileSync(output, JSON.stringify(out));
