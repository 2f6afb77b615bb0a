"""Evaluate the apology checker on the labelled set in tests/data/apology_eval.yaml.

Prints precision and recall per category and the three headline figures, and
exits 1 if a target is missed:

  - every flawed text gets at least one finding            (target 100%)
  - good texts with any finding                            (target at most 10%)
  - flawed texts where every expected category was found   (target at least 80%)

Run from the project root:  python bench/apology_eval.py  [--verbose] [--part tuning|holdout]

Items marked `part: holdout` were written after the rules were settled; the
summary prints the headline figures for each part as well as overall.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repairkit.care.apology import CATEGORIES, check_apology

DATA = ROOT / "tests" / "data" / "apology_eval.yaml"

TARGET_FLAWED_FLAGGED = 1.0
TARGET_GOOD_FLAGGED_MAX = 0.10
TARGET_EXPECTED_FOUND = 0.80


@dataclass
class Outcome:
    id: str
    expected: set[str]
    found: set[str]


@dataclass
class Report:
    outcomes: list[Outcome]

    @property
    def flawed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.expected]

    @property
    def good(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.expected]

    @property
    def flawed_flagged(self) -> float:
        return _share(self.flawed, lambda o: bool(o.found))

    @property
    def good_flagged(self) -> float:
        return _share(self.good, lambda o: bool(o.found))

    @property
    def expected_found(self) -> float:
        return _share(self.flawed, lambda o: o.expected <= o.found)

    def per_category(self) -> dict[str, tuple[int, int, int]]:
        """category -> (true positives, false positives, false negatives), counted per text."""
        table = {}
        for category in CATEGORIES:
            tp = sum(1 for o in self.outcomes if category in o.expected and category in o.found)
            fp = sum(1 for o in self.outcomes if category not in o.expected and category in o.found)
            fn = sum(1 for o in self.outcomes if category in o.expected and category not in o.found)
            table[category] = (tp, fp, fn)
        return table

    def misses(self) -> list[str]:
        problems = []
        if self.flawed_flagged < TARGET_FLAWED_FLAGGED:
            problems.append("some flawed texts got no finding")
        if self.good_flagged > TARGET_GOOD_FLAGGED_MAX:
            problems.append("too many good texts got a finding")
        if self.expected_found < TARGET_EXPECTED_FOUND:
            problems.append("too few flawed texts had their expected categories found")
        return problems


def _share(items: list[Outcome], test) -> float:
    return sum(1 for o in items if test(o)) / len(items) if items else 0.0


def load_items(path: Path = DATA) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    try:
        from ruamel.yaml import YAML

        data = YAML(typ="safe").load(text)
    except ImportError:  # pragma: no cover - ruamel.yaml is a project dependency
        import yaml

        data = yaml.safe_load(text)
    return data["items"]


def evaluate(items: list[dict] | None = None) -> Report:
    items = load_items() if items is None else items
    outcomes = []
    for item in items:
        result = check_apology(item["text"])
        outcomes.append(Outcome(item["id"], set(item.get("expect") or []),
                                {f.category for f in result.findings}))
    return Report(outcomes)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def render(report: Report, *, verbose: bool = False) -> str:
    lines = [(f"apology checker on {len(report.outcomes)} texts "
              f"({len(report.flawed)} flawed, {len(report.good)} good)"), ""]
    lines.append(f"{'category':<20} {'texts':>5} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for category, (tp, fp, fn) in report.per_category().items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        lines.append(f"{category:<20} {tp + fn:>5} {tp:>4} {fp:>4} {fn:>4} {_pct(precision):>10} {_pct(recall):>8}")
    lines.append("")
    lines.append(f"flawed texts with at least one finding:       {_pct(report.flawed_flagged)}  (target 100%)")
    lines.append(f"good texts with any finding:                  {_pct(report.good_flagged)}  (target at most 10%)")
    lines.append(f"flawed texts with every expected category:    {_pct(report.expected_found)}  (target at least 80%)")
    if verbose:
        lines.append("")
        for o in report.outcomes:
            if o.expected != o.found:
                missing = ", ".join(sorted(o.expected - o.found)) or "-"
                extra = ", ".join(sorted(o.found - o.expected)) or "-"
                lines.append(f"  {o.id}: missing {missing}; extra {extra}")
    problems = report.misses()
    lines.append("")
    lines.append("targets: " + ("all met" if not problems else "MISSED: " + "; ".join(problems)))
    return "\n".join(lines)


def render_parts(items: list[dict]) -> str:
    lines = ["", f"{'by part':<10} {'texts':>5} {'flawed flagged':>15} {'good flagged':>13} {'expected found':>15}"]
    for part in ("tuning", "holdout"):
        chosen = [i for i in items if i.get("part", "tuning") == part]
        if not chosen:
            continue
        r = evaluate(chosen)
        lines.append(f"{part:<10} {len(chosen):>5} {_pct(r.flawed_flagged):>15} {_pct(r.good_flagged):>13} "
                     f"{_pct(r.expected_found):>15}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    items = load_items()
    if "--part" in argv:
        part = argv[argv.index("--part") + 1]
        items = [i for i in items if i.get("part", "tuning") == part]
    report = evaluate(items)
    print(render(report, verbose="--verbose" in argv or "-v" in argv))
    if "--part" not in argv:
        print(render_parts(items))
    return 1 if report.misses() else 0


if __name__ == "__main__":
    sys.exit(main())
