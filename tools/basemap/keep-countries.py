#!/usr/bin/env python3
"""Keeps the countries of a world-atlas TopoJSON file and drops its 'land' object.

Usage: keep-countries.py INPUT OUTPUT

The page draws country boundaries only; 'land' (the coastline as one shape) would be drawn under
them for nothing. The arcs stay as they are: the countries use every one of them. Each country
keeps its Natural Earth name, which the page shows on hover. Standard library only.
"""
import json
import sys


def main(source, target):
    with open(source, encoding="utf-8") as f:
        topology = json.load(f)
    if "countries" not in topology.get("objects", {}):
        sys.exit(f"keep-countries: {source} has no 'countries' object; is it world-atlas?")
    topology["objects"] = {"countries": topology["objects"]["countries"]}
    with open(target, "w", encoding="utf-8") as f:
        json.dump(topology, f, separators=(",", ":"), ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
