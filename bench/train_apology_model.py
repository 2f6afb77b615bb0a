#!/usr/bin/env python3
"""Train the apology checker's learned models and write repairkit/care/apology_model.json.

    pip install scikit-learn          # development only; the package never imports it
    python bench/train_apology_model.py --cv    # cross-validated figures; writes nothing
    python bench/train_apology_model.py         # the same, then train on everything and write the JSON

Training data (never the holdout): eval/apology/dev.yaml, dev-extra.yaml, dev-brief.yaml, every
fresh-*.yaml batch and public-real.yaml, public-real-2.yaml (real public statements) (but any item marked `train: false`); tests/data/apology_eval.yaml (the older set: its good texts, and its flawed texts for the
eight categories it was labelled with); and the drafts of bench/apology_drafts.py's plans across
phrasings (good texts, weighted down so their few templates don't dominate), because drafts must
pass their own check. Logistic regressions over the features of repairkit/care/apology_model.py
(binary, scaled by 1/sqrt(count)):

  flawed     every text: flawed or good
  public     every text: a public statement or not (register; the gate for additions depends on it)
  <category> one per category: that flaw present, against texts known not to have it

Cross-validation: development texts are split into FOLDS groups (a minimal pair stays together);
each group is checked by `check_apology` with models trained without it. The thresholds the checker
uses are chosen from the cross-validated scores (see `choose_thresholds`), never from the holdout.
Weights are rounded to 1/SCALE and small ones dropped; the script checks the rounded model scores
like the full one.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repairkit.care import apology, apology_model  # noqa: E402

EVAL = ROOT / "eval" / "apology"
REAL_FILES = (EVAL / "public-real.yaml", EVAL / "public-real-2.yaml")  # real public statements with published verdicts
OUT = ROOT / "repairkit" / "care" / apology_model.MODEL_FILE
FLOOR = ROOT / "tests" / "data" / "apology_eval.yaml"
OLD_CATEGORIES = set(apology.CATEGORIES[:8])  # what the older set was labelled with
SCALE = 1000
C = 16.0
MIN_WEIGHT = 400      # in 1/SCALE: smaller weights are dropped
MIN_TEXTS = 2         # a feature seen in fewer training texts is left out
FOLDS = 5
REPEATS = 2
SEED = 20261203
DRAFT_SALTS = 6
DRAFT_WEIGHT = 0.15   # all drafts together weigh about as much as a dozen written texts
REAL_WEIGHT = 2.0     # real public statements (public-real*.yaml): the kind of text the holdout's public half is


@dataclasses.dataclass
class Item:
    text: str
    good: bool
    flaws: set[str]
    known: set[str]          # categories whose presence or absence the labels say
    group: str
    source: str              # file name, "floor" or "draft"
    set: str = "partner"
    main: str | None = None
    weight: float = 1.0


def _load(path: Path) -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"] or []


def development_files() -> list[Path]:
    return [EVAL / "dev.yaml", EVAL / "dev-extra.yaml", EVAL / "dev-brief.yaml", *sorted(EVAL.glob("fresh-*.yaml")),
            *REAL_FILES]


def development(files: list[Path] | None = None) -> list[Item]:
    items = []
    for path in files or development_files():
        for raw in _load(path):
            if raw.get("train") is False:
                continue  # kept for the record, not trained on (see its note)
            items.append(Item(raw["text"], bool(raw["good"]), set(raw.get("flaws") or []), set(apology.CATEGORIES),
                              raw.get("pair") or raw["id"], path.name, raw.get("set", "partner"), raw.get("main"),
                              REAL_WEIGHT if path in REAL_FILES else 1.0))
    return items


def floor_items() -> list[Item]:
    out = []
    for raw in _load(FLOOR):
        good = not raw.get("expect")
        out.append(Item(raw["text"], good, set(raw.get("expect") or []),
                        set(apology.CATEGORIES) if good else set(OLD_CATEGORIES), "floor:" + raw["id"], "floor"))
    return out


def draft_items() -> list[Item]:
    sys.path.insert(0, str(ROOT / "bench"))
    import apology_drafts

    out = []
    for salt in range(DRAFT_SALTS):
        for plan in apology_drafts.plans():
            plan = dataclasses.replace(plan, id=f"{plan.id}-{salt}")
            text = apology.draft_apology(plan, today=apology_drafts.TODAY)
            out.append(Item(text, True, set(), set(apology.CATEGORIES), "draft:" + plan.id, "draft", weight=DRAFT_WEIGHT))
    return out


def prepared(text: str) -> str:
    """What the checker scores: the text as the rules see it (shorthand expanded, apostrophes
    straightened, blanks and quoted words masked)."""
    return apology._read_rules(text).context.text


def _matrix(feature_lists: list[list[str]], vocabulary: dict[str, int] | None = None):
    """Sparse rows, binary features scaled by 1/sqrt(count) (count before pruning, as when scoring).
    A new vocabulary keeps the features seen in at least MIN_TEXTS texts."""
    from collections import Counter

    from scipy.sparse import csr_matrix

    grow = vocabulary is None
    if grow:
        seen = Counter(f for feats in feature_lists for f in set(feats))
        vocabulary = {f: n for n, f in enumerate(sorted(f for f, k in seen.items() if k >= MIN_TEXTS))}
        grow = False
    rows, cols, vals = [], [], []
    for r, feats in enumerate(feature_lists):
        value = 1.0 / (len(feats) ** 0.5) if feats else 0.0
        for f in feats:
            col = vocabulary.get(f)
            if col is None:
                if not grow:
                    continue
                col = vocabulary[f] = len(vocabulary)
            rows.append(r)
            cols.append(col)
            vals.append(value)
    import numpy as np

    x = csr_matrix((np.array(vals), (np.array(rows, dtype=np.int32), np.array(cols, dtype=np.int32))),
                   shape=(len(feature_lists), len(vocabulary)))
    x.indices = x.indices.astype("int32")
    x.indptr = x.indptr.astype("int32")
    return x, vocabulary


def _fit_one(x, labels: list[int], weights: list[float], names: list[str]) -> dict:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000)
    clf.fit(x, labels, sample_weight=weights)
    kept = sorted((n, round(w * SCALE)) for n, w in zip(names, clf.coef_[0]) if abs(round(w * SCALE)) >= MIN_WEIGHT)
    return {"bias": round(float(clf.intercept_[0]), 6), "features": [n for n, _ in kept],
            "weights": [w for _, w in kept]}


def fit(items: list[Item], thresholds: dict[str, float] | None = None) -> dict:
    """All models as one JSON-ready dict."""
    feats = [apology_model.features(prepared(i.text)) for i in items]
    x, vocabulary = _matrix(feats)
    names = [None] * len(vocabulary)
    for f, col in vocabulary.items():
        names[col] = f
    out = {"scale": SCALE, "thresholds": thresholds or dict(DEFAULT_THRESHOLDS),
           "flawed": _fit_one(x, [int(not i.good) for i in items], [i.weight for i in items], names),
           "categories": {}}
    out["public"] = _fit_one(x, [int(i.set == "public") for i in items], [i.weight for i in items], names)
    for category in apology.CATEGORIES:
        rows = [n for n, i in enumerate(items) if category in i.known]
        labels = [int(category in items[n].flaws) for n in rows]
        out["categories"][category] = _fit_one(x[rows], labels, [items[n].weight for n in rows], names)
    return out


DEFAULT_THRESHOLDS = {"keep": 0.3, "keep_sentence": 0.5, "keep_noack": 0.5, "gate": 0.6, "keep_noack_cat": 0.0, "noack_sure": 0.0,
                      **{"add:" + c: 0.9 for c in apology.CATEGORIES}}


def folds_of(items: list[Item], folds: int, seed: int) -> list[int]:
    groups = sorted({i.group for i in items})
    random.Random(seed).shuffle(groups)
    where = {g: n % folds for n, g in enumerate(groups)}
    return [where[i.group] for i in items]


@dataclasses.dataclass
class Held:
    """One development text: what the rules found, and the reading of models trained without it."""
    item: Item
    rules: apology._RulesRead
    reading: apology.Reading

    @property
    def rule_categories(self) -> set[str]:
        return {rule.category for _, _, rule in self.rules.found}

    def found(self, limits: dict[str, float]) -> set[str]:
        """The categories `check_apology` reports with these thresholds (the same code)."""
        kept, _ = apology._weigh(self.rules.found, self.reading, limits)
        return {rule.category for _, _, rule in kept}


def cross_validate(dev: list[Item], extras: list[Item], repeats: int = REPEATS) -> list[list[Held]]:
    """For each repeat, every development text read by models trained without its fold."""
    reads = [apology._read_rules(i.text) for i in dev]
    runs = []
    for r in range(repeats):
        fold = folds_of(dev, FOLDS, SEED + r)
        held: list[Held | None] = [None] * len(dev)
        for k in range(FOLDS):
            with apology_model.using(fit([i for i, f in zip(dev, fold) if f != k] + extras)):
                model = apology_model.model()
                for n, (item, f) in enumerate(zip(dev, fold)):
                    if f == k:
                        held[n] = Held(item, reads[n], apology.Reading(reads[n].context, model))
        runs.append(held)
    return runs


def rates(held: list[Held], found: list[set[str]], keep=lambda h: True) -> tuple[float, float, float, int, int]:
    flawed = [(h, f) for h, f in zip(held, found) if keep(h) and not h.item.good]
    good = [(h, f) for h, f in zip(held, found) if keep(h) and h.item.good]

    def share(xs: list[bool]) -> float:
        return sum(xs) / len(xs) if xs else 0.0

    return (share([bool(f) for _, f in flawed]), share([h.item.main in f for h, f in flawed if h.item.main]),
            share([bool(f) for _, f in good]), len(flawed), len(good))


ADD_BUDGET = 0.015   # share of good development texts allowed to reach a category's level
GATE = 0.6           # the whole text must read as flawed, with a margin, before anything is added
GATE_PUBLIC = 0.7      # the same, for a text the register model reads as a public statement: real statements
                       # (condolences, context, remedies in the passive) read as somewhat flawed even when sound
NOACK_CAT_SHARE = 0.2  # "nothing acknowledged" also needs its own score: where at most this share of texts
                       # labelled no_acknowledgement score lower ...
NOACK_SURE = 0.8       # ... unless the whole text reads as plainly flawed


def choose_thresholds(runs: list[list[Held]]) -> dict[str, float]:
    """From cross-validated scores of the written development texts (not the older set, not drafts):

    keep          where at most 5% of flawed texts score lower: below it the text reads as sound, and
                  a rule's finding is set aside (unless its own sentence reads as that pitfall);
    keep_sentence where at most 10% of the rules' correct findings in flawed texts (the category is among
                  the text's labels) are in a sentence that scores lower for that category;
    keep_noack    where at most 10% of the texts labelled `no_acknowledgement` score lower (at most 0.5);
    keep_noack_cat  where at most NOACK_CAT_SHARE of those texts score lower on the no_acknowledgement model;
                  "nothing acknowledged" stands only above it, or when the whole text reaches NOACK_SURE;
    gate          GATE: nothing is added unless the whole text reads as flawed (GATE_PUBLIC for a text the
                  register model, `public`, reads as a public statement);
    add:<category>  where at most ADD_BUDGET of good texts reach that category's score (at least 0.3).
    """
    scores = [h for run in runs for h in run if h.item.source not in ("floor", "draft")]
    good = [h for h in scores if h.item.good]
    flawed = sorted(h.reading.flawed for h in scores if not h.item.good)
    unowned = sorted(h.reading.flawed for h in scores if "no_acknowledgement" in h.item.flaws)
    unowned_cat = sorted(h.reading.categories["no_acknowledgement"] for h in scores if "no_acknowledgement" in h.item.flaws)

    def above(values: list[float], share: float) -> float:      # at most `share` reach it
        values = sorted(values, reverse=True)
        k = int(len(values) * share)
        return values[k] + 1e-6 if k < len(values) else 1.0

    def below(values: list[float], share: float) -> float:      # at most `share` score lower
        return values[int(len(values) * share)]

    correct = sorted(h.reading.sentence(h.reading.sentence_index(start), rule.category)
                     for h in scores if not h.item.good
                     for start, _, rule in h.rules.found
                     if rule.category in h.item.flaws and rule not in apology.STRUCTURAL_RULES)
    limits = {"keep": round(min(0.5, below(flawed, 0.05)), 3), "keep_sentence": round(min(0.5, below(correct, 0.10)), 3),
              "keep_noack": round(min(0.5, below(unowned, 0.10)), 3), "gate": GATE,
              "keep_noack_cat": round(below(unowned_cat, NOACK_CAT_SHARE), 3), "noack_sure": NOACK_SURE,
              "gate_public": GATE_PUBLIC}
    for category in apology.CATEGORIES:
        limits["add:" + category] = round(max(0.3, above([h.reading.categories[category] for h in good], ADD_BUDGET)), 4)
    return limits


def report(runs: list[list[Held]], t: dict[str, float]) -> None:
    print(f"thresholds {t}")
    subsets = [("all development", lambda h: h.item.source not in ("floor", "draft")),
               ("public", lambda h: h.item.set == "public" and h.item.source not in ("floor", "draft")),
               ("partner", lambda h: h.item.set == "partner" and h.item.source not in ("floor", "draft")),
               ("pair", lambda h: h.item.set == "pair"),
               ("real statements", lambda h: h.item.source.startswith("public-real"))]
    def from_file(name: str):
        return lambda h: h.item.source == name

    subsets += [(f"  {name}", from_file(name)) for name in sorted({h.item.source for h in runs[0]} - {"floor", "draft"})]
    print(f"{'':<26}{'rules alone':>26}{'rules + models (CV)':>26}")
    for name, keep in subsets:
        cells = []
        for found_of in (lambda h: h.rule_categories, lambda h: h.found(t)):
            vals = [rates(run, [found_of(h) for h in run], keep) for run in runs]
            avg = [sum(v[k] for v in vals) / len(vals) for k in range(3)]
            cells.append("{:3.0f}% {:3.0f}% {:3.0f}%".format(*(100 * a for a in avg)))
        n = rates(runs[0], [set()] * len(runs[0]), keep)
        print(f"{name:<26}{cells[0]:>26}{cells[1]:>26}   ({n[3]} flawed, {n[4]} good)")
    print("(each cell: flawed flagged, main flaw found, good flagged; rules alone are tuned on most of these texts)")
    print(f"\n{'by main flaw (written texts)':<26}{'rules alone':>26}{'rules + models (CV)':>26}")

    def written(h: Held) -> bool:
        return h.item.source not in ("floor", "draft")

    for category in apology.CATEGORIES:
        cells = []
        for found_of in (lambda h: h.rule_categories, lambda h: h.found(t)):
            flagged = main = total = 0
            for run in runs:
                for h in run:
                    if written(h) and not h.item.good and h.item.main == category:
                        f = found_of(h)
                        total += 1
                        flagged += bool(f)
                        main += category in f
            cells.append(f"{100 * flagged / total:3.0f}% {100 * main / total:3.0f}%" if total else "-")
        alarms = [sum(category in h.found(t) for h in run if written(h) and h.item.good) / max(1, sum(
            written(h) and h.item.good for h in run)) for run in runs]
        print(f"  {category:<24}{cells[0]:>26}{cells[1]:>26}   good texts given it: "
              f"{100 * sum(alarms) / len(alarms):.0f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures; write nothing")
    args = parser.parse_args(argv)
    dev = development()
    extras = floor_items() + draft_items()
    runs = cross_validate(dev, extras)
    thresholds = choose_thresholds(runs)
    report(runs, thresholds)
    if args.cv:
        return 0
    model = fit(dev + extras, thresholds)
    model["meta"] = {"trained_on": [str(p.relative_to(ROOT)) for p in development_files()]
                     + [str(FLOOR.relative_to(ROOT)), "bench/apology_drafts.py drafts"],
                     "features": "words, word pairs, letter groups of 3-5, first-sentence words and pairs "
                                 "(repairkit/care/apology_model.py)",
                     "C": C, "min_weight": MIN_WEIGHT, "folds": FOLDS, "repeats": REPEATS, "seed": SEED,
                     "script": "bench/train_apology_model.py"}
    OUT.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {OUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
