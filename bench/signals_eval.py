#!/usr/bin/env python3
"""How well the support and vague-behavior detectors do on the labelled sets.

    python bench/signals_eval.py        # figures; exit 1 when a target is missed
    python bench/signals_eval.py -v     # also list every miss and false alarm
    python bench/signals_eval.py --vague-set vague_holdout.yaml   # a held-back set, run once

Sets: tests/data/support_eval.yaml, vague_eval.yaml. The safety net has its own evaluation,
with the development set, the old tuned set and the frozen holdout: bench/safety_eval.py.
Targets:
  - vague:   vague caught >= 90%, concrete flagged <= 5%
  - support: recall >= 85%, false alarms <= 10%  (our own bar; the note is gentle)
The detectors were tuned on these sets, so the figures are a regression floor.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repairkit.care import coaching
from repairkit.care import support as support_rules

DATA = ROOT / "tests" / "data"

TARGETS = {
    "vague_caught": (">=", 0.90),
    "concrete_flagged": ("<=", 0.05),
    "support_recall": (">=", 0.85),
    "support_false_alarms": ("<=", 0.10),
}


def load(name: str) -> dict:
    """A data file as plain Python (ruamel.yaml is a project dependency; PyYAML works too)."""
    text = (DATA / name).read_text(encoding="utf-8")
    try:
        from ruamel.yaml import YAML
    except ImportError:  # pragma: no cover - only without the project's dependencies
        import yaml
        return yaml.safe_load(text)
    return YAML(typ="safe", pure=True).load(text)


def _text(item: object) -> str:
    return item["text"] if isinstance(item, dict) else str(item)


@dataclass
class Result:
    figures: dict[str, float] = field(default_factory=dict)
    counts: dict[str, str] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def failed(self) -> list[str]:
        bad = []
        for name, (op, bar) in TARGETS.items():
            value = self.figures[name]
            if (op == ">=" and value < bar) or (op == "<=" and value > bar):
                bad.append(name)
        return bad


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def evaluate(vague_set: str = "vague_eval.yaml") -> Result:
    res = Result()

    support = load("support_eval.yaml")
    pos, neg = support["support"], support["ordinary"]
    s_missed = [_text(i) for i in pos if not support_rules.support_signs(_text(i))]
    s_alarms = [(_text(i), support_rules.support_signs(_text(i))) for i in neg]
    s_alarms = [f"{t}  <- {', '.join(f'{s.kind}: {s.text!r}' for s in sig)}" for t, sig in s_alarms if sig]
    s_hits = len(pos) - len(s_missed)
    res.figures["support_recall"] = _rate(s_hits, len(pos))
    res.figures["support_false_alarms"] = _rate(len(s_alarms), len(neg))
    res.figures["support_precision"] = _rate(s_hits, s_hits + len(s_alarms))
    res.counts["support"] = f"{s_hits}/{len(pos)} support texts noted, {len(s_alarms)}/{len(neg)} ordinary noted"
    res.misses["support missed"] = s_missed
    res.misses["support false alarms"] = s_alarms

    vague = load(vague_set)
    v_missed = [_text(i) for i in vague["vague"] if coaching.vague_behavior(_text(i)) is None]
    c_flagged = [f"{_text(i)}  <- {coaching.vague_behavior(_text(i))}" for i in vague["concrete"]
                 if coaching.vague_behavior(_text(i)) is not None]
    nv, nc = len(vague["vague"]), len(vague["concrete"])
    res.figures["vague_caught"] = _rate(nv - len(v_missed), nv)
    res.figures["concrete_flagged"] = _rate(len(c_flagged), nc)
    res.counts["vague"] = f"{nv - len(v_missed)}/{nv} vague caught, {len(c_flagged)}/{nc} concrete flagged"
    res.misses["vague not caught"] = v_missed
    res.misses["concrete flagged"] = c_flagged
    return res


def report(res: Result, verbose: bool = False) -> str:
    f = res.figures
    lines = [
        "Support (support_signs)",
        f"  recall          {f['support_recall']:6.1%}   target >= 85%",
        f"  false alarms    {f['support_false_alarms']:6.1%}   target <= 10%",
        f"  precision       {f['support_precision']:6.1%}   ({res.counts['support']})",
        "Behavior coaching (vague_behavior)",
        f"  vague caught    {f['vague_caught']:6.1%}   target >= 90%",
        f"  concrete flagged{f['concrete_flagged']:6.1%}   target <=  5%   ({res.counts['vague']})",
    ]
    shown = res.misses if verbose else {k: v for k, v in res.misses.items() if v and res.failed()}
    for title, items in shown.items():
        if items:
            lines.append(f"\n{title}:")
            lines += [f"  - {item}" for item in items]
    failed = res.failed()
    lines.append("")
    lines.append("all targets met" if not failed else "targets missed: " + ", ".join(failed))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--vague-set", default="vague_eval.yaml", metavar="FILE",
                        help="the behavior set under tests/data (default: the tuned vague_eval.yaml)")
    args = parser.parse_args(argv)
    res = evaluate(args.vague_set)
    print(report(res, args.verbose))
    return 1 if res.failed() else 0


if __name__ == "__main__":
    sys.exit(main())
