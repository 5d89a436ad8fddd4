#!/usr/bin/env bash
# Builds the page's base map, sitrep-server/.../web/basemap/countries-50m.json, from the npm
# package world-atlas 2.0.2 (Natural Earth's 1:50m admin-0 country boundaries, public domain,
# as TopoJSON by Mike Bostock, ISC). The output is committed, so the build needs only Maven;
# run this again only to change the data. Needs curl and python3 (standard library).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../sitrep-server/src/main/resources/org/sitrep/server/web/basemap/countries-50m.json"
url="https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz"
# The tarball checked when this script was written: a changed download is refused, not shipped.
sha256="032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
curl -fsSL -o "$work/world-atlas.tgz" "$url"
echo "$sha256  $work/world-atlas.tgz" | sha256sum -c --quiet -
tar -xzf "$work/world-atlas.tgz" -C "$work" package/countries-50m.json
python3 "$here/keep-countries.py" "$work/package/countries-50m.json" "$out"
echo "make-basemap: wrote $out ($(wc -c <"$out") bytes)"
