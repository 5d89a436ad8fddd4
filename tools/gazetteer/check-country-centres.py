#!/usr/bin/env python3
"""Check sitrep-core/.../place/country-centres.tsv (stdlib only).

Checks that every country code of GeoNames countryInfo.txt has exactly one
row, that latitude/longitude are numeric and in range, and lists countries
whose centre lies more than --max-km from the mean position of that country's
cities in GeoNames cities15000.txt, so they can be double-checked by hand.

Usage: check-country-centres.py [--geonames DIR] [--tsv FILE] [--max-km N]
Exit status 1 if a structural check fails (the distance list is advisory).
"""
import argparse
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_TSV = os.path.join(ROOT, "sitrep-core", "src", "main", "resources",
                           "org", "sitrep", "place", "country-centres.tsv")
DEFAULT_GEONAMES = "/work/shared/data/geonames"


def country_codes(path):
    codes = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code = line.split("\t", 1)[0]
            if code == "ISO":  # column header line
                continue
            codes.append(code)
    return codes


def city_means(path):
    """Mean of unit vectors of each country's cities -> (lat, lon, count)."""
    acc = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 9:
                continue
            try:
                lat, lon = math.radians(float(cols[4])), math.radians(float(cols[5]))
            except ValueError:
                continue
            v = acc.setdefault(cols[8], [0.0, 0.0, 0.0, 0])
            v[0] += math.cos(lat) * math.cos(lon)
            v[1] += math.cos(lat) * math.sin(lon)
            v[2] += math.sin(lat)
            v[3] += 1
    out = {}
    for cc, (x, y, z, n) in acc.items():
        out[cc] = (math.degrees(math.atan2(z, math.hypot(x, y))),
                   math.degrees(math.atan2(y, x)), n)
    return out


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geonames", default=DEFAULT_GEONAMES)
    ap.add_argument("--tsv", default=DEFAULT_TSV)
    ap.add_argument("--max-km", type=float, default=1500.0)
    args = ap.parse_args()

    errors = []
    expected = country_codes(os.path.join(args.geonames, "countryInfo.txt"))
    rows = {}
    with open(args.tsv, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {n}: expected 4 tab-separated columns, got {len(cols)}")
                continue
            code, lat_s, lon_s, source = cols
            try:
                lat, lon = float(lat_s), float(lon_s)
            except ValueError:
                errors.append(f"line {n}: non-numeric coordinates {lat_s!r} {lon_s!r}")
                continue
            if not (math.isfinite(lat) and -90 <= lat <= 90):
                errors.append(f"line {n}: latitude out of range: {lat}")
            if not (math.isfinite(lon) and -180 <= lon <= 180):
                errors.append(f"line {n}: longitude out of range: {lon}")
            if not source.strip():
                errors.append(f"line {n}: empty source")
            if code in rows:
                errors.append(f"line {n}: duplicate code {code}")
            rows[code] = (lat, lon, source)

    missing = [c for c in expected if c not in rows]
    extra = sorted(set(rows) - set(expected))
    if missing:
        errors.append("missing codes: " + " ".join(missing))
    if extra:
        errors.append("codes not in countryInfo.txt: " + " ".join(extra))

    means = city_means(os.path.join(args.geonames, "cities15000.txt"))
    far = []
    for code, (lat, lon, _) in sorted(rows.items()):
        if code in means:
            mlat, mlon, cnt = means[code]
            d = km(lat, lon, mlat, mlon)
            if d > args.max_km:
                far.append((d, code, lat, lon, mlat, mlon, cnt))
    no_cities = sorted(c for c in rows if c not in means)

    print(f"{len(rows)} rows, {len(expected)} countryInfo codes")
    print(f"no cities15000 entries (not distance-checked): {' '.join(no_cities)}")
    print(f"centres more than {args.max_km:.0f} km from the mean of their cities:")
    for d, code, lat, lon, mlat, mlon, cnt in sorted(far, reverse=True):
        print(f"  {code} {d:7.0f} km  centre {lat:g},{lon:g}  "
              f"city mean {mlat:.2f},{mlon:.2f} ({cnt} cities)")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
