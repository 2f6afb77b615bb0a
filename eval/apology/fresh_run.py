#!/usr/bin/env python3
"""First run of a new development batch, before anything is tuned on it.

    python eval/apology/fresh_run.py eval/apology/public-real-2.yaml

Prints the aggregate table (the checker of the current commit, and its rules alone) in the
format of FRESH_RUNS.md. Items marked `train: false` (too close to a frozen holdout) are left
out. Development files only: never run it on a holdout.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from apology_eval import Figures, load, run, table  # noqa: E402


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    if "holdout" in path.name:
        print("refusing to run on a holdout", file=sys.stderr)
        return 2
    items = [i for i in load(path) if i.get("train", True) is not False]
    learned = Figures(run(items, learned=True))
    rules = Figures(run(items, learned=False))
    print(f"{path.name}: {len(items)} texts ({len(learned.flawed)} flawed, {len(learned.good)} good)")
    print(table([("checker", learned, 1), ("rules alone", rules, 1)]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
