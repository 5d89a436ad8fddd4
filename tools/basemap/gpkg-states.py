#!/usr/bin/env python3
# Reads the layer 'states_provinces' of QGIS's world_map.gpkg (Natural Earth 1:10m admin-1,
# generalized by QGIS) and writes it as GeoJSON, keeping only each unit's country code
# (adm0_a3): the page draws the borders between units of one country, nothing else.
# Standard library only: a GeoPackage is SQLite, its geometries a small header before WKB.
# GPL-3.0-or-later.
import json
import sqlite3
import struct
import sys

# Bytes of the envelope after the header, by the envelope code in bits 1-3 of the flags.
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def wkb_of(blob):
    """The WKB after a GeoPackage geometry header (magic 'GP', version, flags, srs id, envelope)."""
    if blob[:2] != b'GP':
        raise ValueError('not a GeoPackage geometry')
    flags = blob[3]
    return blob[8 + ENVELOPE_BYTES[(flags >> 1) & 7]:]


class Reader:
    def __init__(self, data):
        self.data = data
        self.at = 0

    def take(self, fmt):
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += struct.calcsize(fmt)
        return values

    def geometry(self):
        order = '<' if self.take('B')[0] == 1 else '>'
        kind = self.take(order + 'I')[0]
        if kind == 3:
            return 'Polygon', self.polygon(order)
        if kind == 6:
            return 'MultiPolygon', [self.geometry()[1] for _ in range(self.take(order + 'I')[0])]
        raise ValueError('unexpected WKB geometry type %d' % kind)

    def polygon(self, order):
        rings = []
        for _ in range(self.take(order + 'I')[0]):
            n = self.take(order + 'I')[0]
            flat = self.take(order + '%dd' % (2 * n))
            rings.append([[flat[i], flat[i + 1]] for i in range(0, 2 * n, 2)])
        return rings


def main(gpkg, out):
    db = sqlite3.connect(gpkg)
    features = []
    for adm0, blob in db.execute('SELECT adm0_a3, geom FROM states_provinces ORDER BY fid'):
        if blob is None:
            continue
        kind, coordinates = Reader(wkb_of(blob)).geometry()
        features.append({'type': 'Feature', 'properties': {'adm0_a3': adm0},
                         'geometry': {'type': kind, 'coordinates': coordinates}})
    with open(out, 'w', encoding='utf-8') as f:
        json.dump({'type': 'FeatureCollection', 'features': features}, f)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
