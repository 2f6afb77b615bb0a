#!/usr/bin/env python3
"""Aggregate check that new development texts do not repeat the frozen holdout.

    python eval/apology/contamination.py eval/apology/public-real.yaml [more.yaml ...]

For every text in the given development files, the highest character similarity
(difflib's SequenceMatcher ratio, case-folded, whitespace collapsed) to any text of a
frozen holdout (holdout.yaml, holdout-2.yaml, holdout-3.yaml).
Prints only aggregates and the ids of the *development* items at or above the threshold
(0.8), which are to be marked `train: false`; never a holdout text or id.
"""
from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HOLDOUTS = tuple(ROOT / "eval" / "apology" / name for name in ("holdout.yaml", "holdout-2.yaml", "holdout-3.yaml"))
THRESHOLD = 0.8


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _load(path: Path) -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"] or []


def best_similarity(text: str, others: list[str]) -> float:
    best = 0.0
    for other in others:
        matcher = difflib.SequenceMatcher(None, text, other, autojunk=False)
        if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
            continue
        best = max(best, matcher.ratio())
    return best


def main(argv: list[str]) -> int:
    held = [_norm(item["text"]) for path in HOLDOUTS for item in _load(path)]
    scores = []
    for name in argv:
        for item in _load(Path(name)):
            scores.append((best_similarity(_norm(item["text"]), held), item["id"], Path(name).name))
    scores.sort(reverse=True)
    above = [(s, i, f) for s, i, f in scores if s >= THRESHOLD]
    print(f"{len(scores)} development texts compared with {len(held)} holdout texts")
    print(f"highest similarity {scores[0][0]:.2f}; at or above {THRESHOLD}: {len(above)}; "
          f"0.6-0.8: {sum(0.6 <= s < THRESHOLD for s, _, _ in scores)}")
    for s, i, f in above:
        print(f"  {f}: {i} ({s:.2f}) -> mark train: false")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
