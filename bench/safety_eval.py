#!/usr/bin/env python3
"""How the safety net does: development set, the old tuned set (a floor) and the frozen holdout.

    python bench/safety_eval.py               # development set and old set; exit 1 if a floor is missed
    python bench/safety_eval.py --cv          # development figures from cross-validation (honest for the model)
    python bench/safety_eval.py --holdout     # also the frozen holdout: aggregate figures only
    python bench/safety_eval.py --rules-only  # the phrase rules without the learned model
    python bench/safety_eval.py -v            # development misses and false alarms (never the holdout's)
    python bench/safety_eval.py --blind-crisis  # crisis routing with the crisis rules and score switched off

A text counts as stopped when the net's level is "stop" or "unsure": the command line stops an unsure
text off a terminal and asks on one, so an unsure counts as a stop on danger texts and as a false alarm
on benign ones. Crisis routing: of the self-harm and suicide texts that stop, how many go to the crisis
page (shown at all, and shown first: a stop the rules don't clearly explain shows the crisis page beside
the other one). The holdout is read only after its checksum is verified, and only totals are printed
(eval/safety/README.md); run it rarely and record each run in docs/safety-and-coaching.md.
"""
from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (str(ROOT), str(ROOT / "bench")):
    if path not in sys.path:
        sys.path.insert(0, path)

import safety_data

from repairkit.care import learned, safety

# (figure, op, bar): the targets for the holdout; floors (a little under what the net reaches)
# for the development set and the old tuned set.
HOLDOUT_TARGETS = [("stopped", ">=", 0.60), ("false_alarms", "<=", 0.10)]
DEV_FLOORS = [("stopped", ">=", 0.80), ("false_alarms", "<=", 0.04), ("crisis_routed", ">=", 1.0)]
DEV_CV_FLOORS = [("stopped", ">=", 0.70), ("false_alarms", "<=", 0.07), ("crisis_routed", ">=", 0.97)]
OLD_FLOORS = [("stopped", ">=", 0.93), ("false_alarms", "<=", 0.06)]


@dataclass
class Figures:
    danger: int = 0
    stopped: int = 0
    benign: int = 0
    alarms: int = 0
    unsure_danger: int = 0
    unsure_benign: int = 0
    crisis_texts: int = 0          # self-harm / suicide texts that stopped
    crisis_routed: int = 0         # ... and were shown the crisis page
    crisis_first: int = 0          # ... first
    caused_texts: int = 0          # texts by the person who caused harm (not crisis) that stopped
    caused_routed: int = 0         # ... and went to the caused-harm page
    wrong_crisis: int = 0          # other danger texts sent to the crisis page first
    crisis_too: int = 0            # other danger texts shown the crisis page after their own
    by_kind: dict[str, list[int]] = field(default_factory=lambda: collections.defaultdict(lambda: [0, 0]))
    by_who: dict[str, list[int]] = field(default_factory=lambda: collections.defaultdict(lambda: [0, 0]))
    by_where: dict[str, list[int]] = field(default_factory=lambda: collections.defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def rate(self, name: str) -> float:
        if name == "stopped":
            return self.stopped / self.danger if self.danger else 0.0
        if name == "false_alarms":
            return self.alarms / self.benign if self.benign else 0.0
        if name == "crisis_routed":
            return self.crisis_routed / self.crisis_texts if self.crisis_texts else 1.0
        if name == "caused_routed":
            return self.caused_routed / self.caused_texts if self.caused_texts else 1.0
        raise KeyError(name)

    def missed(self, targets: list[tuple[str, str, float]]) -> list[str]:
        bad = []
        for name, op, bar in targets:
            value = self.rate(name)
            if (op == ">=" and value < bar) or (op == "<=" and value > bar):
                bad.append(f"{name} {value:.1%} (target {op} {bar:.0%})")
        return bad


Check = Callable[[str], safety.Verdict]


def evaluate(items: list[safety_data.Item], check: Check = safety.check_texts) -> Figures:
    fig = Figures()
    for item in items:
        verdict = check(item.text)
        stops = verdict.level != "clear"
        if item.danger:
            fig.danger += 1
            fig.stopped += stops
            fig.unsure_danger += verdict.level == "unsure"
            for table, key in ((fig.by_kind, item.kind), (fig.by_who, item.who), (fig.by_where, item.where)):
                if key:
                    table[key][0] += stops
                    table[key][1] += 1
            if not stops:
                fig.misses.append(f"[{item.kind}/{item.who}] {item.text}")
                continue
            if item.crisis:
                fig.crisis_texts += 1
                fig.crisis_routed += "crisis" in verdict.pages
                fig.crisis_first += verdict.path == "crisis"
            else:
                fig.wrong_crisis += verdict.path == "crisis"
                fig.crisis_too += verdict.path != "crisis" and "crisis" in verdict.pages
                if item.caused:
                    fig.caused_texts += 1
                    fig.caused_routed += verdict.path == "caused_harm"
        else:
            fig.benign += 1
            fig.alarms += stops
            fig.unsure_benign += verdict.level == "unsure"
            if stops:
                why = ", ".join(f"{s.kind}: {s.text!r}" for s in verdict.signals)
                fig.false_alarms.append(f"[{item.kind}] {item.text}  <- {verdict.level}, {why}")
    return fig


def rules_only(text: str) -> safety.Verdict:
    """The net without its learned model: a model that never scores above zero."""
    never = {"bias": -50.0, "features": [], "weights": []}
    with learned.using({"scale": 1, "danger": never, "crisis": never, "caused": never,
                        "thresholds": learned.thresholds()}):
        return safety.check_texts(text)


def blind_crisis(check: Check) -> Check:
    """`check` as if the net had never learned what suicidal or self-harm writing looks like: no crisis
    rules and a crisis score of zero. What still reaches the crisis page then does so by the routing's
    structure alone (a stop the other rules don't clearly explain shows the crisis page too), which is
    what protects words for it the rules and the model have never seen."""
    import contextlib

    never = {"bias": -50.0, "features": [], "weights": []}
    danger, paths = learned._file(learned.MODEL_FILE), learned._file(learned.MODEL_FILES["crisis"])
    kept = [(r, t) for r, t in zip(safety._DANGER_RULES, safety._DANGER_TRIGGERS) if r.kind not in
            safety.CRISIS_KINDS]

    def run(text: str) -> safety.Verdict:
        with contextlib.ExitStack() as stack:
            if not learned._override:  # cross-validation brings its own model; only its crisis head goes
                stack.enter_context(learned.using({"scale": danger["scale"], "danger": danger["danger"],
                                                   "crisis": never, "caused": paths["caused"],
                                                   "thresholds": learned.thresholds()}))
            rules, triggers = safety._DANGER_RULES, safety._DANGER_TRIGGERS
            safety._DANGER_RULES, safety._DANGER_TRIGGERS = [r for r, _ in kept], tuple(t for _, t in kept)
            try:
                return check(text)
            finally:
                safety._DANGER_RULES, safety._DANGER_TRIGGERS = rules, triggers

    return run


def cv_checks(dev_items: list[safety_data.Item]) -> Check:
    """check_texts where each development text is scored by a model trained without its fold."""
    import random

    import train_safety_model as train

    order = list(range(len(dev_items)))
    random.Random(train.SEED).shuffle(order)
    extras = safety_data.old_set() + safety_data.ordinary_extras()
    verdicts: dict[str, safety.Verdict] = {}
    limits = learned.thresholds()
    for k in range(train.FOLDS):
        held = {order[i] for i in range(k, len(order), train.FOLDS)}
        model = train.fit([it for n, it in enumerate(dev_items) if n not in held] + extras)
        model["thresholds"] = limits
        with learned.using(model):
            for n in held:
                verdicts[dev_items[n].text] = safety.check_texts(dev_items[n].text)
    return lambda text: verdicts[text] if text in verdicts else safety.check_texts(text)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.0%})" if b else "-"


def report(columns: dict[str, Figures]) -> str:
    names = list(columns)
    width = 22
    lines = ["".ljust(26) + "".join(n.ljust(width) for n in names)]

    def row(label: str, values: list[str]) -> None:
        lines.append(label.ljust(26) + "".join(v.ljust(width) for v in values))

    figs = [columns[n] for n in names]
    row("danger stopped", [_pct(f.stopped, f.danger) for f in figs])
    row("  of which unsure", [str(f.unsure_danger) for f in figs])
    row("benign false alarms", [_pct(f.alarms, f.benign) for f in figs])
    row("  of which unsure", [str(f.unsure_benign) for f in figs])
    row("crisis texts to crisis", [_pct(f.crisis_routed, f.crisis_texts) for f in figs])
    row("  crisis page first", [_pct(f.crisis_first, f.crisis_texts) for f in figs])
    row("caused-harm to its page", [_pct(f.caused_routed, f.caused_texts) for f in figs])
    row("other danger to crisis", [str(f.wrong_crisis) for f in figs])
    row("  crisis page second", [str(f.crisis_too) for f in figs])
    for title, attr in (("kind", "by_kind"), ("who", "by_who"), ("where", "by_where")):
        keys = sorted({k for f in figs for k in getattr(f, attr)})
        if not keys:
            continue
        lines.append(f"per {title}:")
        for key in keys:
            row(f"  {key}", [_pct(*getattr(f, attr)[key]) if key in getattr(f, attr) else "-" for f in figs])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="also run the frozen holdout (aggregate only)")
    parser.add_argument("--cv", action="store_true", help="development figures from cross-validation")
    parser.add_argument("--rules-only", action="store_true", help="the phrase rules without the learned model")
    parser.add_argument("-v", "--verbose", action="store_true", help="list development misses and false alarms")
    parser.add_argument("--blind-crisis", action="store_true",
                        help="crisis routing by structure alone: no crisis rules, no crisis score (no floors)")
    args = parser.parse_args(argv)
    check: Check = rules_only if args.rules_only else safety.check_texts
    if args.blind_crisis:
        dev = evaluate(safety_data.dev(), blind_crisis(check))
        print("crisis routing with the crisis rules and the crisis score switched off (development set):")
        print(f"  self-harm and suicide texts that stopped   {dev.crisis_texts}")
        print(f"  ... shown the crisis page                  {_pct(dev.crisis_routed, dev.crisis_texts)}")
        return 0
    dev_items = safety_data.dev()
    dev_check = cv_checks(dev_items) if args.cv and not args.rules_only else check
    columns = {"development" + (" (cv)" if args.cv else ""): evaluate(dev_items, dev_check),
               "old tuned set": evaluate(safety_data.old_set(), check)}
    if args.holdout:
        held = safety_data.holdout()
        if not args.rules_only:  # the learned-model decision: both, from the same single run
            columns["holdout, rules only"] = evaluate(held, rules_only)
        columns["holdout"] = evaluate(held, check)
    print("safety net: " + ("phrase rules only" if args.rules_only else "phrase rules + learned model"))
    print(report(columns))
    failed = []
    dev_name = next(iter(columns))
    if not args.rules_only:
        failed += [f"development: {m}" for m in columns[dev_name].missed(DEV_CV_FLOORS if args.cv else DEV_FLOORS)]
        failed += [f"old set: {m}" for m in columns["old tuned set"].missed(OLD_FLOORS)]
        if args.holdout:
            failed += [f"holdout: {m}" for m in columns["holdout"].missed(HOLDOUT_TARGETS)]
    if args.verbose:
        dev = columns[dev_name]
        print("\ndevelopment misses:")
        print("\n".join("  " + m for m in dev.misses) or "  none")
        print("development false alarms:")
        print("\n".join("  " + m for m in dev.false_alarms) or "  none")
        old = columns["old tuned set"]
        print("old set misses:")
        print("\n".join("  " + m for m in old.misses) or "  none")
        print("old set false alarms:")
        print("\n".join("  " + m for m in old.false_alarms) or "  none")
    print()
    print("all targets met" if not failed else "targets missed:\n  " + "\n  ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
