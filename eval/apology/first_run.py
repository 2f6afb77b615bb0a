#!/usr/bin/env python3
"""Aggregate figures for repairkit.apology.check_apology on dev.yaml and holdout.yaml.

    PYTHONPATH=. python eval/apology/first_run.py

Prints Markdown tables of rates only. It never prints an item, an id or a text, so
its output can be shared for the holdout without breaking the holdout rule (see
README.md); on the holdout, per-set cells over fewer than three texts are left out
for the same reason. A text is *flagged* when the checker returns any finding; the *main flaw
is found* when the item's `main` category is among the findings' categories.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repairkit.apology import check_apology  # noqa: E402

SETS = ("public", "partner", "pair")
CATEGORIES = (
    "conditional", "sorry_you_feel", "explanation_first", "blame_shift", "minimising",
    "passive_evasion", "demand_forgiveness", "vague_promise", "self_focus",
    "apology_fatigue", "no_acknowledgement",
)


def rate(n: int, d: int, min_cell: int = 1) -> str:
    if not d:
        return "0/0 (-)"
    if d < min_cell:
        return f"(n={d}, not shown)"
    return f"{n}/{d} ({100 * n / d:.0f}%)"


def evaluate(path: Path) -> list[dict]:
    rows = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]:
        found = {f.category for f in check_apology(item["text"]).findings}
        rows.append({"set": item["set"], "good": item["good"], "main": item.get("main"),
                     "flaws": item.get("flaws") or [], "pair": item.get("pair"), "found": found})
    return rows


def report(name: str, rows: list[dict], min_cell: int = 1) -> str:
    out = [f"### {name}\n"]
    out.append("| set | flawed texts flagged | main flaw among the findings | good texts flagged |")
    out.append("|---|---|---|---|")
    for label, subset in [(s, [r for r in rows if r["set"] == s]) for s in SETS] + [("**all**", rows)]:
        flawed = [r for r in subset if not r["good"]]
        good = [r for r in subset if r["good"]]
        out.append(f"| {label} | {rate(sum(bool(r['found']) for r in flawed), len(flawed))} "
                   f"| {rate(sum(r['main'] in r['found'] for r in flawed), len(flawed))} "
                   f"| {rate(sum(bool(r['found']) for r in good), len(good))} |")
    pairs = defaultdict(dict)
    for r in rows:
        if r["pair"]:
            pairs[r["pair"]]["good" if r["good"] else "flawed"] = r
    separated = sum(1 for p in pairs.values() if p["flawed"]["found"] and not p["good"]["found"])
    out.append("")
    out.append(f"Minimal pairs told apart (flawed member flagged, good member not): "
               f"{rate(separated, len(pairs))}.")
    out.append("")
    out.append("Per category, flawed texts by their `main` flaw: *flagged* = any finding; "
               "*caught* = that category among the findings.\n")
    out.append("| main flaw | N | flagged | caught | flagged: public | flagged: partner | flagged: pair |")
    out.append("|---|---:|---|---|---|---|---|")
    for c in CATEGORIES:
        sub = [r for r in rows if not r["good"] and r["main"] == c]
        by_set = []
        for s in SETS:
            ss = [r for r in sub if r["set"] == s]
            by_set.append(rate(sum(bool(r["found"]) for r in ss), len(ss), min_cell))
        out.append(f"| {c} | {len(sub)} | {rate(sum(bool(r['found']) for r in sub), len(sub))} "
                   f"| {rate(sum(c in r['found'] for r in sub), len(sub))} | " + " | ".join(by_set) + " |")
    out.append("")
    out.append("Per category, every flawed text in which the flaw is present (main or not): "
               "*caught* = that category among the findings.\n")
    out.append("| flaw present | N | caught |")
    out.append("|---|---:|---|")
    for c in CATEGORIES:
        sub = [r for r in rows if not r["good"] and c in r["flaws"]]
        out.append(f"| {c} | {len(sub)} | {rate(sum(c in r['found'] for r in sub), len(sub))} |")
    return "\n".join(out) + "\n"


def main() -> int:
    # On the holdout, per-set cells with fewer than three texts are not shown: a rate
    # over one or two texts would say how particular, identifiable items fared.
    for name, min_cell in (("dev.yaml", 1), ("holdout.yaml", 3)):
        print(report(name, evaluate(HERE / name), min_cell))
    return 0


if __name__ == "__main__":
    sys.exit(main())
