#!/usr/bin/env python3
"""Aggregate figures for the apology checker on dev.yaml and holdout.yaml, as Markdown tables.

    python eval/apology/first_run.py               # today's checker (rules weighed by the models)
    python eval/apology/first_run.py --rules-only  # today's rules alone
    python eval/apology/first_run.py --dev-only    # dev.yaml only (no holdout)

It reproduces FIRST_RUN.md's figures only when run on the commit recorded there (54c8d71, when
the checker was `repairkit.apology`); on any later commit it measures that commit's checker.
The holdout is run rarely and every run is recorded in docs/apology.md.

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

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repairkit.care.apology import check_apology  # noqa: E402

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


def evaluate(path: Path, learned: bool = True) -> list[dict]:
    rows = []
    for item in YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"]:
        found = {f.category for f in check_apology(item["text"], learned=learned).findings}
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    learned = "--rules-only" not in argv
    files = (("dev.yaml", 1),) if "--dev-only" in argv else (("dev.yaml", 1), ("holdout.yaml", 3))
    # On the holdout, per-set cells with fewer than three texts are not shown: a rate
    # over one or two texts would say how particular, identifiable items fared.
    for name, min_cell in files:
        print(report(name, evaluate(HERE / name, learned), min_cell))
    return 0


if __name__ == "__main__":
    sys.exit(main())
