#!/usr/bin/env python3
"""Builds Sitrep's division-centres.tsv: a central point for every first-order division.

Usage:
  build-division-centres.py CITIES500 ADMIN1_CODES DIVISIONS_ENGLISH OUTPUT

CITIES500 is GeoNames cities500.txt (plain or .gz), ADMIN1_CODES GeoNames admin1CodesASCII.txt,
DIVISIONS_ENGLISH Sitrep's divisions-english.tsv. Python 3 standard library only.

A division's centre is the middle of the range its cities500 places span, in latitude and in
longitude, leaving out the outermost 2% on each side: GeoNames' cities table gives no division
outlines; the span of its towns is close to the division's own, and trimming keeps one far island
from pulling the centre away. (A median of the towns would lean toward the densely settled side:
eastern Texas.) Divisions with fewer than
three places are left out. Output rows: code, iso2, latitude, longitude, names ('|'-separated:
GeoNames name, ASCII name, Sitrep's English names).
"""
import gzip
import sys


def open_text(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def trimmed_middle(values, cut=0.02):
    values = sorted(values)
    k = int(len(values) * cut)
    return (values[k] + values[len(values) - 1 - k]) / 2


def main(cities, admin1, english, output):
    points = {}
    with open_text(cities) as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or not c[10]:
                continue
            points.setdefault(c[8] + "." + c[10], []).append((float(c[4]), float(c[5])))
    names = {}
    with open_text(admin1) as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 3:
                names[c[0]] = [c[1], c[2]]
    with open_text(english) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            if c[0] in names:
                names[c[0]] += [c[1]] + ([n for n in c[2].split("|") if n] if len(c) > 2 else [])
    with open(output, "w", encoding="utf-8") as out:
        out.write("# Central points of first-order divisions, from GeoNames cities500 (CC BY 4.0):\n")
        out.write("# the middle of the span of each division's places, outermost 2% left out.\n")
        out.write("# Built by tools/gazetteer/build-division-centres.py.\n")
        out.write("code\tiso2\tlatitude\tlongitude\tnames\n")
        for code in sorted(points):
            pts = points[code]
            if len(pts) < 3 or code not in names:
                continue
            lat = trimmed_middle([p[0] for p in pts])
            lon = trimmed_middle([p[1] for p in pts])
            unique = list(dict.fromkeys(n for n in names[code] if n))
            out.write(f"{code}\t{code.split('.')[0]}\t{lat:.4f}\t{lon:.4f}\t{'|'.join(unique)}\n")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
