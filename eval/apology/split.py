#!/usr/bin/env python3
"""Split the apology evaluation corpus into a development half and a frozen holdout.

    python eval/apology/split.py            # corpus.yaml -> dev.yaml + holdout.yaml
    python eval/apology/split.py --check    # re-split the union of dev.yaml and holdout.yaml
                                            # and confirm both files come out byte-identical

The corpus was written as eval/apology/corpus.yaml, split once, and corpus.yaml was
then deleted so that nobody tunes on the holdout by accident. When corpus.yaml is
absent, the script reads the union of dev.yaml and holdout.yaml instead; because the
split depends only on the item ids and labels (not on file order), splitting the union
gives exactly the same two files.

Split rule: items are grouped into units (a minimal pair is one unit, everything else
is one item), units are stratified by set + good + main flaw (pairs by the main flaw of
their flawed member), and each stratum is shuffled with a fixed seed and cut in half.
When a stratum has an odd number of units the extra one goes alternately to the holdout
and to dev, so the two halves stay about the same size.

Standard library plus PyYAML (already a project dependency).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.yaml"
DEV = HERE / "dev.yaml"
HOLDOUT = HERE / "holdout.yaml"

SEED = 20250611

SETS = ("public", "partner", "pair")
CATEGORIES = (
    "conditional", "sorry_you_feel", "explanation_first", "blame_shift", "minimising",
    "passive_evasion", "demand_forgiveness", "vague_promise", "self_focus",
    "apology_fatigue", "no_acknowledgement",
)
FIELDS = ("id", "set", "good", "main", "flaws", "pair", "speaker", "year", "source", "note", "text")

HEADER = """\
# Apology-checker evaluation corpus -- {title}
#
# What this is: apology texts labelled with the pitfalls that research on apologies
# (Lazare, Lerner, Schumann, Lewicki et al.) says undo them, for evaluating
# `repair apology-draft --check` (repairkit.apology.check_apology). Each flawed text has
# `main` (the one flaw a careful critic would name first) and `flaws` (every flaw
# present). Good texts have neither.
#
# Sets:
#   public  -- public statements (politicians, companies, celebrities, sports people,
#              institutions). Flawed ones were called non-apologies or weak apologies by
#              a published critic; good ones were called good by one. Each is quoted as
#              read on the stored copy of the page in `source` (see README.md for the
#              two edits allowed at the edges of a quotation); `note` says why.
#   partner -- partner-style apologies written for this corpus (varied voices, UK/US/AU
#              English, texting style). Not copied from tests/data/apology_eval.yaml.
#   pair    -- minimal pairs: a good partner-style apology and the same text with
#              exactly one flaw added. Both share a `pair:` key and sit in the same file.
#
# Categories: conditional, sorry_you_feel, explanation_first (intent defences are
# labelled explanation_first with "intent defence" in `note`), blame_shift, minimising,
# passive_evasion, demand_forgiveness, vague_promise, self_focus, apology_fatigue,
# no_acknowledgement.
#
# Split: eval/apology/split.py (seed {seed}), stratified by set + good + main, pairs kept
# together. dev.yaml and holdout.yaml are the two halves; corpus.yaml was deleted after
# splitting and can be rebuilt from their union.
#
# THE HOLDOUT IS FROZEN. holdout.yaml is checksummed in SHA256SUMS and is never tuned on:
# report aggregate figures only; nobody reads its individual misses to change rules.
# Tune on dev.yaml.
{extra}
items:
"""


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def emit(items: list[dict], title: str, extra: str = "") -> str:
    out = [HEADER.format(title=title, seed=SEED, extra=extra)]
    for item in items:
        lines = []
        for key in FIELDS:
            if key not in item or item[key] is None:
                continue
            value = item[key]
            if key == "id":
                lines.append(f"  - id: {value}")
            elif key == "good":
                lines.append(f"    good: {'true' if value else 'false'}")
            elif key == "flaws":
                lines.append(f"    flaws: [{', '.join(value)}]")
            elif key == "year":
                lines.append(f"    year: {int(value)}")
            elif key in ("set", "main", "pair"):
                lines.append(f"    {key}: {value}")
            elif key == "text":
                lines.append("    text: |")
                for line in str(value).rstrip("\n").split("\n"):
                    lines.append(f"      {line}" if line else "")
            else:
                lines.append(f"    {key}: {_q(str(value))}")
        out.append("\n".join(lines) + "\n")
    return "".join(out)


def validate(items: list[dict]) -> None:
    seen = set()
    pairs = defaultdict(list)
    for item in items:
        iid = item.get("id")
        where = f"item {iid!r}"
        if not iid or iid in seen:
            raise SystemExit(f"{where}: missing or duplicate id")
        seen.add(iid)
        unknown = set(item) - set(FIELDS)
        if unknown:
            raise SystemExit(f"{where}: unknown fields {sorted(unknown)}")
        if item.get("set") not in SETS:
            raise SystemExit(f"{where}: set must be one of {SETS}")
        if not isinstance(item.get("good"), bool):
            raise SystemExit(f"{where}: good must be true or false")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise SystemExit(f"{where}: empty text")
        if text.startswith((" ", "\t")):
            raise SystemExit(f"{where}: text may not start with whitespace")
        if item["good"]:
            if item.get("main") or item.get("flaws"):
                raise SystemExit(f"{where}: a good text has no main/flaws")
        else:
            flaws = item.get("flaws") or []
            if item.get("main") not in CATEGORIES or not flaws:
                raise SystemExit(f"{where}: a flawed text needs main and flaws")
            if any(f not in CATEGORIES for f in flaws) or item["main"] not in flaws:
                raise SystemExit(f"{where}: flaws must be categories and include main")
        if item["set"] == "public":
            if not item.get("source"):
                raise SystemExit(f"{where}: public items need source")
        else:
            for key in ("speaker", "year", "source"):
                if key in item:
                    raise SystemExit(f"{where}: {key} is for public items only")
        if item["set"] == "pair":
            if not item.get("pair"):
                raise SystemExit(f"{where}: pair items need a pair key")
            pairs[item["pair"]].append(item)
        elif "pair" in item:
            raise SystemExit(f"{where}: only pair items have a pair key")
    for key, members in pairs.items():
        if len(members) != 2 or sorted(m["good"] for m in members) != [False, True]:
            raise SystemExit(f"pair {key!r}: needs exactly one good and one flawed member")
        flawed = next(m for m in members if not m["good"])
        if flawed["flaws"] != [flawed["main"]]:
            raise SystemExit(f"pair {key!r}: the flawed member has exactly one flaw added")


def load_items() -> tuple[list[dict], str]:
    if CORPUS.exists():
        return list(yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["items"]), "corpus.yaml"
    if not (DEV.exists() and HOLDOUT.exists()):
        raise SystemExit("need corpus.yaml, or both dev.yaml and holdout.yaml")
    items = []
    for path in (DEV, HOLDOUT):
        items += yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    return items, "union of dev.yaml and holdout.yaml"


def stratum(unit: list[dict]) -> tuple[str, str, str]:
    if unit[0]["set"] == "pair":
        flawed = next(m for m in unit if not m["good"])
        return ("pair", "minimal-pair", flawed["main"])
    item = unit[0]
    return (item["set"], "good" if item["good"] else "flawed", item.get("main") or "-")


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    units: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        units[item.get("pair") or item["id"]].append(item)
    strata: dict[tuple, list[list[dict]]] = defaultdict(list)
    for key in sorted(units):
        unit = sorted(units[key], key=lambda m: m["id"])
        strata[stratum(unit)].append(unit)
    rng = random.Random(SEED)
    dev, holdout = [], []
    extra_to_holdout = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda u: u[0]["id"])
        rng.shuffle(group)
        n_holdout = len(group) // 2
        if len(group) % 2:
            n_holdout += 1 if extra_to_holdout else 0
            extra_to_holdout = not extra_to_holdout
        for unit in group[:n_holdout]:
            holdout.extend(unit)
        for unit in group[n_holdout:]:
            dev.extend(unit)
    by_id = lambda m: m["id"]  # noqa: E731
    return sorted(dev, key=by_id), sorted(holdout, key=by_id)


def render(items: list[dict]) -> tuple[str, str]:
    dev, holdout = split(items)
    return (emit(dev, "DEVELOPMENT half (dev.yaml): tune and inspect here"),
            emit(holdout, "FROZEN HOLDOUT half (holdout.yaml): aggregate figures only"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="re-split and compare with the existing dev.yaml and holdout.yaml")
    args = parser.parse_args(argv)
    items, origin = load_items()
    validate(items)
    dev_text, holdout_text = render(items)
    if args.check:
        same = (DEV.read_text(encoding="utf-8") == dev_text
                and HOLDOUT.read_text(encoding="utf-8") == holdout_text)
        print(f"re-split of the {origin} ({len(items)} items): "
              + ("identical to dev.yaml and holdout.yaml" if same else "DIFFERS"))
        return 0 if same else 1
    DEV.write_text(dev_text, encoding="utf-8")
    HOLDOUT.write_text(holdout_text, encoding="utf-8")
    for path in (DEV, HOLDOUT):
        n = len(yaml.safe_load(path.read_text(encoding="utf-8"))["items"])
        print(f"{path.name}: {n} items (from {origin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
