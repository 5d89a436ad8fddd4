#!/usr/bin/env python3
"""Writes the compact CAMEO -> PLOVER table Sitrep ships (cameo-plover.tsv).

Reads the PLOVER project's CAMEO2PLOVER conversion table ("code: TYPE, mode, context # description")
and keeps one row per CAMEO code (the first when a code is listed twice). Dev-time only.

usage: compact_cameo2plover.py CAMEO2PLOVER-2021.txt > cameo-plover.tsv
"""
import re
import sys

LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$")


def rows(lines):
    seen = set()
    for line in lines:
        match = LINE.match(line.strip())
        if not match:
            continue
        code, fields, description = match.group(1), match.group(2), match.group(3) or ""
        parts = [p.strip() for p in fields.split(",")]
        parts += [""] * (3 - len(parts))
        if code in seen or not parts[0]:
            continue
        seen.add(code)
        yield code, parts[0], parts[1], parts[2], description.strip()


def main(path):
    with open(path, encoding="utf-8") as source:
        print("# CAMEO code\tPLOVER type\tPLOVER mode\tPLOVER context\tCAMEO description")
        print("# From the PLOVER project's CAMEO2PLOVER table (Draft 0.8, 17 September 2021,"
              " ed. Philip Schrodt).")
        for row in rows(source):
            print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1])
