#!/usr/bin/env bash
# Builds the page's admin-1 layer, sitrep-server/.../web/basemap/admin1-10m.json: the borders
# between first-level divisions (states, provinces) of one country, from Natural Earth's 1:10m
# "Admin 1 - States, Provinces" v4.1.0 (public domain) as generalized by QGIS into its
# world_map.gpkg, taken from Debian's package qgis-common 3.22.16+dfsg-1 (GPL-2+).
# The output is committed, so the build needs only Maven; run this again only to change the data.
# Needs apt-get (after apt-get update) or the .deb given as $1, dpkg-deb, python3, node and npm.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../sitrep-server/src/main/resources/org/sitrep/server/web/basemap/admin1-10m.json"
package="qgis-common=3.22.16+dfsg-1"
# The package checked when this script was written: a changed download is refused, not shipped.
sha256="8c46e9da78b82772b23777643e02210c43945f01faee2316899f6438b65a5960"
gpkg="./usr/share/qgis/resources/data/world_map.gpkg"
# Douglas-Peucker is too coarse for borders; this is the smallest spherical triangle area (in
# steradians) a point must carry to stay, which keeps the file under 1 MB.
min_weight="5e-7"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ $# -ge 1 ]; then
  cp "$1" "$work/qgis-common.deb"
else
  (cd "$work" && apt-get download "$package" >/dev/null 2>&1) \
    || { echo "make-admin1: apt-get download $package failed (run apt-get update?)" >&2; exit 1; }
  mv "$work"/qgis-common_*.deb "$work/qgis-common.deb"
fi
echo "$sha256  $work/qgis-common.deb" | sha256sum -c --quiet -
dpkg-deb --fsys-tarfile "$work/qgis-common.deb" | tar -x -C "$work" "$gpkg"
python3 "$here/gpkg-states.py" "$work/$gpkg" "$work/states.geojson"

# The TopoJSON tools run from the work folder, pinned, and are not part of Sitrep.
mkdir -p "$work/tools"
cp "$here/admin1-mesh.mjs" "$work/tools/"
(cd "$work/tools" && npm install --no-save --no-audit --no-fund --silent \
  topojson-server@3.0.1 topojson-simplify@3.0.3 topojson-client@3.1.0)
node "$work/tools/admin1-mesh.mjs" "$work/states.geojson" "$out" "$min_weight"
echo "make-admin1: wrote $out ($(wc -c <"$out") bytes)"
