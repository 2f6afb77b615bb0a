"""The learned second net: three small linear models over words and letter groups, scored in plain Python.

The rules in safety.py catch what can be named phrase by phrase. People rarely write that way, so a
linear model trained on labelled examples (bench/train_safety_model.py, scikit-learn at development
time only) scores the wording as a whole:

- `danger`: how much the text reads like someone is hurt, threatened, controlled or afraid;
- `crisis`: among danger texts, how much it reads like self-harm or suicidal thoughts;
- `caused`: among the rest, how much it reads like the writer hurt or frightened their partner.

The weights ship as package data (safety_model.json) and are read on first use. The features are
defined here and nowhere else, so training and scoring can never disagree about them.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources

from repairkit.care import lexicon
from repairkit.care.textrules import _norm

MODEL_FILE = "safety_model.json"
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_CHAR_SIZES = (3, 4, 5)
_LONG = 60  # words: longer texts are also scored a few sentences at a time


def tokens(text: str) -> list[str]:
    """Lower-case words with apostrophes dropped ("didn't" and "didnt" are one word)."""
    low = _norm(text).replace("'", "")
    return [t for t in _NOT_WORD.split(low) if t]


def features(text: str) -> list[str]:
    """Words, pairs of words, 3-5 letter groups inside words (these carry typos and plurals), the word
    groups of lexicon.py the text touches, and which of them meet in it."""
    words = [lexicon.canonical(t) for t in tokens(text)]
    found: set[str] = set()
    groups: set[str] = set()
    for i, word in enumerate(words):
        found.add("w:" + word)
        if i:
            found.add("b:" + words[i - 1] + " " + word)
        padded = "<" + word + ">"
        for size in _CHAR_SIZES:
            for start in range(len(padded) - size + 1):
                found.add("c:" + padded[start:start + size])
        groups.update(lexicon.groups_of(word))
    for group in groups:
        found.add("k:" + group)
    ordered = sorted(groups)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            found.add("kk:" + first + "+" + second)
    return sorted(found)


@dataclass(frozen=True)
class Scores:
    danger: float  # probability-like, 0..1
    crisis: float
    caused: float


_override: list[dict] = []  # a model given by `using`, for cross-validation


def _prepare(data: dict) -> dict:
    scale = data["scale"]
    weights = {name: tuple(v / scale for v in values) for name, values in data["weights"].items()}
    return {"bias": tuple(data["bias"]), "weights": weights, "thresholds": data.get("thresholds", {}),
            "meta": data.get("meta", {})}


@cache
def _shipped() -> dict:
    raw = resources.files("repairkit.care").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return _prepare(json.loads(raw))


def _model() -> dict:
    return _override[-1] if _override else _shipped()


@contextmanager
def using(data: dict) -> Iterator[None]:
    """Score with another model (as written by bench/train_safety_model.py) inside the block."""
    _override.append(_prepare(data))
    try:
        yield
    finally:
        _override.pop()


def thresholds() -> dict[str, float]:
    return dict(_model()["thresholds"])


def _sigmoid(x: float) -> float:
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def _score_one(text: str) -> Scores:
    model = _model()
    feats = features(text)
    if not feats:
        return Scores(0.0, 0.0, 0.0)
    weights = model["weights"]
    sums = [0.0, 0.0, 0.0]
    for feat in feats:
        w = weights.get(feat)
        if w is not None:
            sums[0] += w[0]
            sums[1] += w[1]
            sums[2] += w[2]
    norm = 1.0 / math.sqrt(len(feats))
    bias = model["bias"]
    return Scores(*(_sigmoid(bias[k] + sums[k] * norm) for k in range(3)))


_SENTENCE = re.compile(r"(?<=[.!?;\n])\s+")


def pieces(text: str) -> list[str]:
    """The text itself, and for long texts also windows of a few sentences, so one line about danger
    in a long, ordinary note still counts."""
    if len(tokens(text)) <= _LONG:
        return [text]
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    windows = [" ".join(sentences[i:i + 3]) for i in range(0, max(1, len(sentences) - 2))]
    return [text] + [w for w in windows if w.strip()]


def score(text: str) -> tuple[Scores, str]:
    """The highest danger score over the text's pieces, and the piece it came from."""
    best: tuple[Scores, str] | None = None
    for piece in pieces(text):
        got = _score_one(piece)
        if best is None or got.danger > best[0].danger:
            best = (got, piece)
    assert best is not None
    return best
