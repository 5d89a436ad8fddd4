#!/usr/bin/env python3
"""Compares the CAMEO codes in actors.tsv with the Phoenix/PETRARCH actor dictionaries.

For every alias of a named actor, looks the alias up among the Phoenix actor names and their "+"
aliases and prints the Phoenix codes where they differ from ours. Dev-time only: a reviewer's aid
for keeping actors.tsv's CAMEO codes grounded in the Phoenix facts.

usage: check_phoenix_codes.py PHOENIX_DIR actors.tsv
"""
import os
import re
import sys

CODE = re.compile(r"\[([A-Z~]{3,})[^\]]*\]")
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.MilNonState.actors.txt",
         "Phoenix.International.actors.txt")


def fold(name):
    return re.sub(r"[^a-z0-9]+", " ", name.lower().replace("'s", "")).strip()


def phoenix_codes(directory):
    """Alias -> first code of its entry. An entry is a name line, its "+" alias lines (before or
    after the code) and its code lines."""
    codes = {}
    for name in FILES:
        group, group_code = [], None
        with open(os.path.join(directory, name), encoding="utf-8", errors="replace") as source:
            for raw in source:
                line = raw.split("#", 1)[0].rstrip()
                if not line.strip():
                    continue
                found = CODE.findall(line)
                text = CODE.sub("", line).strip()
                if text and not text.startswith("+"):
                    for alias in group:
                        codes.setdefault(alias, group_code)
                    group, group_code = [], None
                if text:
                    group.append(fold(text.lstrip("+").replace("_", " ")))
                if found and group_code is None:
                    group_code = found[0]
            for alias in group:
                codes.setdefault(alias, group_code)
    return {alias: code for alias, code in codes.items() if code}


def main(directory, table):
    codes = phoenix_codes(directory)
    with open(table, encoding="utf-8") as rows:
        for row in rows:
            cells = row.rstrip("\n").split("\t")
            if row.startswith(("#", "@")) or len(cells) < 7 or cells[0] == "-":
                continue
            for alias in cells[6].split("|"):
                code = codes.get(fold(alias))
                if code and not cells[2].lstrip("*") in code:
                    print(f"{cells[0]}\t{alias}\tours {cells[2]}\tPhoenix {code}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
