"""The apology checker's learned half: small linear models over words and letter groups, scored in plain Python.

The rules in apology.py find a pitfall where a phrase can be pointed at, and say what to try instead.
Phrase rules fit the texts they were written from, so a second opinion reads the text as a whole:

- `flawed`: how much the whole text reads like an apology that goes wrong somewhere;
- one model per category (`conditional`, `sorry_you_feel`, ...): how much it reads like that pitfall.

apology.py keeps a rule's finding only when the text does not read as a sound apology, and adds the
pitfall the text most reads like when the rules found nothing (see ``weigh`` there). The weights are
trained at development time (bench/train_apology_model.py, scikit-learn, never imported here) and ship
as package data (apology_model.json), read on first use. The features are defined here and nowhere
else, so training and scoring can never disagree about them.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

MODEL_FILE = "apology_model.json"
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?]+(?=\s|$)|\n|$)", re.DOTALL)
_CHAR_SIZES = (3, 4, 5)


def tokens(text: str) -> list[str]:
    """Lower-case words with apostrophes dropped ("didn't" and "didnt" are one word)."""
    low = text.lower().replace("'", "").replace("\u2019", "")
    return [t for t in _NOT_WORD.split(low) if t]


@lru_cache(maxsize=8192)
def _word_features(word: str) -> tuple[str, ...]:
    padded = "<" + word + ">"
    return ("w:" + word, *("c:" + padded[start:start + size]
                           for size in _CHAR_SIZES for start in range(len(padded) - size + 1)))


def features(text: str) -> list[str]:
    """Words, pairs of words, letter groups of 3-5 inside words (typos, plurals, spellings), and the
    words and pairs of the first sentence again (what comes first matters: an excuse before any
    acknowledgement). ``text`` is expected with texting shorthand already expanded (apology._expand)."""
    words = tokens(text)
    found: set[str] = set()
    for i, word in enumerate(words):
        found.update(_word_features(word))
        if i:
            found.add("b:" + words[i - 1] + " " + word)
    first = _FIRST_SENTENCE.match(text.strip())
    head = tokens(first.group()) if first else []
    for i, word in enumerate(head):
        found.add("f:" + word)
        if i:
            found.add("fb:" + head[i - 1] + " " + word)
    return sorted(found)


class _Linear(NamedTuple):
    bias: float
    weights: dict[str, int]
    scale: float


def _linear(part: dict, scale: float) -> _Linear:
    return _Linear(part["bias"], dict(zip(part["features"], part["weights"])), scale)


class Model(NamedTuple):
    flawed: _Linear
    categories: dict[str, _Linear]
    thresholds: dict[str, float]
    public: _Linear | None = None  # how much the text reads like a public statement (register)


def _build(data: dict) -> Model:
    scale = data["scale"]
    return Model(_linear(data["flawed"], scale),
                 {name: _linear(part, scale) for name, part in data["categories"].items()},
                 dict(data["thresholds"]),
                 _linear(data["public"], scale) if "public" in data else None)


_override: list[Model] = []  # a model given by `using`, for cross-validation


@cache
def _shipped() -> Model:
    # next to this module (package data); importlib.resources would cost more to import than the read
    return _build(json.loads((Path(__file__).parent / MODEL_FILE).read_text(encoding="utf-8")))


def model() -> Model:
    return _override[-1] if _override else _shipped()


@contextmanager
def using(data: dict) -> Iterator[None]:
    """Score with another model (as built by bench/train_apology_model.py) inside the block."""
    _override.append(_build(data))
    try:
        yield
    finally:
        _override.pop()


def _sigmoid(x: float) -> float:
    if x < -40:
        return 0.0
    if x > 40:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


def score(linear: _Linear, feats: list[str]) -> float:
    """Probability-like score, 0..1. Features are binary and scaled by 1/sqrt(count), as in training."""
    if not feats:
        return _sigmoid(linear.bias)
    total = sum(map(linear.weights.get, feats, repeat(0)))  # in order, as a loop would add them
    return _sigmoid(linear.bias + total / linear.scale / math.sqrt(len(feats)))


class Scores(NamedTuple):
    flawed: float
    categories: dict[str, float]


def scores(text: str) -> Scores:
    m = model()
    feats = features(text)
    return Scores(score(m.flawed, feats), {name: score(lin, feats) for name, lin in m.categories.items()})
