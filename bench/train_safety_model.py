#!/usr/bin/env python3
"""Train the safety net's learned models and write repairkit/care/safety_model.txt (and _paths.txt).

    pip install scikit-learn          # development only; the package never imports it
    python bench/train_safety_model.py            # train on everything, write the model files
    python bench/train_safety_model.py --cv       # cross-validated figures on the development set only

Training data: eval/safety/dev.yaml, tests/data/safety_eval.yaml, and the ordinary texts of the other
labelled sets (bench/safety_data.py). Never the holdout. Three logistic regressions over the features of
repairkit/care/learned.py (binary, scaled by 1/sqrt(count)):
  danger  all texts: danger or not
  crisis  danger texts: self-harm or suicide or not
  caused  danger texts outside crisis whose voice is known: written by the person who caused harm or not
The result is deterministic (fixed solver, fixed folds); weights are rounded to 1/SCALE and tiny ones
dropped, and the script checks the rounded model still agrees with the full one.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import safety_data

from repairkit.care import learned

OUT = ROOT / "repairkit" / "care" / learned.MODEL_FILE
SCALE = 1000          # weights are stored as integers of 1/SCALE
C = {"danger": 4.0, "crisis": 4.0, "caused": 4.0}
MIN_WEIGHT = 150      # in 1/SCALE: smaller danger weights are dropped (the file is read on every check)
MIN_WEIGHT_PATHS = 150
FOLDS = 5
SEED = 20261202


def training_items(dev_items: list[safety_data.Item]) -> list[safety_data.Item]:
    return dev_items + safety_data.old_set() + safety_data.ordinary_extras()


def _vectors(texts: list[str]):
    from sklearn.feature_extraction import DictVectorizer

    rows = []
    for text in texts:
        feats = learned.features(text)
        value = 1.0 / (len(feats) ** 0.5) if feats else 0.0
        rows.append({f: value for f in feats})
    vec = DictVectorizer()
    x = vec.fit_transform(rows).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")
    return vec, x


def _fit(texts: list[str], labels: list[int], c: float):
    from sklearn.linear_model import LogisticRegression

    vec, x = _vectors(texts)
    clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=1000)
    clf.fit(x, labels)
    names = vec.get_feature_names_out()
    return float(clf.intercept_[0]), dict(zip(names, clf.coef_[0]))


def _part(fitted: tuple[float, dict], min_weight: int) -> dict:
    bias, coef = fitted
    kept = sorted((name, round(w * SCALE)) for name, w in coef.items() if abs(round(w * SCALE)) >= min_weight)
    return {"bias": round(bias, 6), "features": [n for n, _ in kept], "weights": [w for _, w in kept]}


def fit(items: list[safety_data.Item]) -> dict:
    """The three models as one JSON-ready dict (thresholds are added by the caller)."""
    danger = _fit([i.text for i in items], [int(i.danger) for i in items], C["danger"])
    dangerous = [i for i in items if i.danger]
    crisis = _fit([i.text for i in dangerous], [int(i.crisis) for i in dangerous], C["crisis"])
    voiced = [i for i in dangerous if i.who and not i.crisis]
    caused = _fit([i.text for i in voiced], [int(i.caused) for i in voiced], C["caused"])
    return {"scale": SCALE, "danger": _part(danger, MIN_WEIGHT), "crisis": _part(crisis, MIN_WEIGHT_PATHS),
            "caused": _part(caused, MIN_WEIGHT_PATHS)}


def cv_scores(dev_items: list[safety_data.Item], folds: int = FOLDS) -> dict[str, learned.Scores]:
    """Each development text scored by a model trained without its fold (but with the other sets)."""
    order = list(range(len(dev_items)))
    random.Random(SEED).shuffle(order)
    extras = safety_data.old_set() + safety_data.ordinary_extras()
    out: dict[str, learned.Scores] = {}
    for k in range(folds):
        held = {order[i] for i in range(k, len(order), folds)}
        model = fit([it for n, it in enumerate(dev_items) if n not in held] + extras)
        with learned.using(model):
            for n in held:
                out[dev_items[n].text] = learned.score(dev_items[n].text)[0]
    return out


def choose_thresholds(dev_items: list[safety_data.Item], scores: dict[str, learned.Scores]) -> dict[str, float]:
    """From cross-validated scores: `stop` where at most 2% of benign development texts score higher,
    `unsure` at most 4% (the rules add their own few, and texts nobody tuned on run a little higher). `crisis` where at most 8% of the other danger
    texts score higher: the crisis page also points to the safety page, so sending someone there by
    mistake costs little, while a missed crisis costs a lot. `caused` where at most 5% of the victims'
    texts score higher."""

    def level(values: list[float], rate: float, floor: float) -> float:
        values = sorted(values, reverse=True)
        allowed = int(rate * len(values))
        return round(max(floor, min(0.99, values[allowed] + 1e-6)), 4) if allowed < len(values) else floor

    benign = [scores[i.text].danger for i in dev_items if not i.danger]
    others = [scores[i.text].crisis for i in dev_items if i.danger and not i.crisis]
    victims = [scores[i.text].caused for i in dev_items if i.danger and not i.crisis and i.who and not i.caused]
    return {"stop": level(benign, 0.02, 0.5), "unsure": level(benign, 0.04, 0.3),
            "crisis": level(others, 0.08, 0.2), "caused": level(victims, 0.05, 0.3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures; write nothing")
    args = parser.parse_args(argv)
    dev_items = safety_data.dev()
    scores = cv_scores(dev_items)
    thresholds = choose_thresholds(dev_items, scores)
    danger = [i for i in dev_items if i.danger]
    benign = [i for i in dev_items if not i.danger]
    for name in ("unsure", "stop"):
        t = thresholds[name]
        caught = sum(scores[i.text].danger >= t for i in danger)
        alarms = sum(scores[i.text].danger >= t for i in benign)
        print(f"model alone, cross-validated, at {name} {t:.3f}: {caught}/{len(danger)} danger, "
              f"{alarms}/{len(benign)} benign")
    if args.cv:
        return 0
    model = fit(training_items(dev_items))
    meta = {"trained_on": ["eval/safety/dev.yaml", "tests/data/safety_eval.yaml", "tests/data/vague_eval.yaml",
                           "tests/data/apology_eval.yaml", "tests/data/support_eval.yaml",
                           "repairkit/care/coaching.py suggestions"],
            "features": "words, word pairs, letter groups of 3-5, word groups (repairkit/care/learned.py)",
            "C": C, "min_weight": [MIN_WEIGHT, MIN_WEIGHT_PATHS], "folds": FOLDS, "seed": SEED,
            "script": "bench/train_safety_model.py"}
    files = {OUT: {"scale": SCALE, "thresholds": thresholds, "meta": meta, "danger": model["danger"]},
             OUT.with_name(learned.MODEL_FILES["crisis"]): {"scale": SCALE, "meta": meta, "crisis": model["crisis"],
                                                            "caused": model["caused"]}}
    for path, data in files.items():
        path.write_text(learned.dumps(data), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
