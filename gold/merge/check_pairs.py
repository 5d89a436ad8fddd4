#!/usr/bin/env python3
"""Checks a pair file for `sitrep eval merge`: each line one JSON object with a unique id, a label
"same" or "different", two reports {text, published (YYYY-MM-DD)} of 2-4 sentences, and a note.
Prints the counts and exits 1 naming the line of the first problem.

    python3 gold/merge/check_pairs.py gold/merge/pairs.jsonl
"""
import datetime
import json
import re
import sys


def problems(path):
    ids = set()
    labels = {"same": 0, "different": 0}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                pair = json.loads(line)
            except json.JSONDecodeError as e:
                yield f"{where}: not JSON: {e}"
                continue
            extra = set(pair) - {"id", "label", "a", "b", "note"}
            if extra:
                yield f"{where}: unknown keys {sorted(extra)}"
            if not isinstance(pair.get("id"), str) or pair["id"] in ids:
                yield f"{where}: id missing or used before"
            ids.add(pair.get("id"))
            if pair.get("label") not in labels:
                yield f"{where}: label must be same or different"
            else:
                labels[pair["label"]] += 1
            if not isinstance(pair.get("note"), str) or not pair["note"]:
                yield f"{where}: note missing"
            for side in ("a", "b"):
                report = pair.get(side)
                if not isinstance(report, dict) or set(report) != {"text", "published"}:
                    yield f"{where}: {side} must be {{text, published}}"
                    continue
                try:
                    datetime.date.fromisoformat(report["published"])
                except (TypeError, ValueError):
                    yield f"{where}: {side}.published is not YYYY-MM-DD"
                sentences = len(re.findall(r"[.!?](?:\s|$)", report["text"]))
                if not 1 <= sentences <= 4:
                    yield f"{where}: {side}.text has {sentences} sentences; expected 1-4"
            if pair.get("a", {}).get("text") == pair.get("b", {}).get("text"):
                yield f"{where}: the two reports are the same text"
    print(f"{path}: {len(ids)} pairs, {labels['same']} same, {labels['different']} different")


if __name__ == "__main__":
    found = list(problems(sys.argv[1] if len(sys.argv) > 1 else "gold/merge/pairs.jsonl"))
    for p in found:
        print(p, file=sys.stderr)
    sys.exit(1 if found else 0)
