"""The learned second net: three small linear models over words and letter groups, scored in plain Python.

The rules in safety.py catch what can be named phrase by phrase. People rarely write that way, so a
linear model trained on labelled examples (bench/train_safety_model.py, scikit-learn at development
time only) scores the wording as a whole:

- `danger`: how much the text reads like someone is hurt, threatened, controlled or afraid;
- `crisis`: among danger texts, how much it reads like self-harm or suicidal thoughts;
- `caused`: among the rest, how much it reads like the writer hurt or frightened their partner.

The weights ship as package data (safety_model.txt for danger, safety_model_paths.txt for the
other two) and are read on first use, in a plain format of their own (`dumps`, `loads`) that costs an
everyday note a millisecond less than JSON did. The features are
defined here and nowhere else, so training and scoring can never disagree about them.
"""
from __future__ import annotations

import itertools
import math
import re
import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import NamedTuple

from repairkit.care import lexicon
from repairkit.care.textrules import _Lazy, _norm

MODEL_FILE = "safety_model.txt"
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
    return sorted(_feature_set(_words(text)))


def _words(text: str) -> list[str]:
    canonical = lexicon.canonical
    return [canonical(t) for t in tokens(text)]


_BY_WORD: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
_BY_WORD_KEPT = 50_000  # words remembered, for a long evaluation run


def _word_features(word: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A (canonical) word's own features (the word, its letter groups) and its lexicon groups, found once."""
    got = _BY_WORD.get(word)
    if got is None:
        found = {"w:" + word}
        padded = "<" + word + ">"
        for size in _CHAR_SIZES:
            for start in range(len(padded) - size + 1):
                found.add("c:" + padded[start:start + size])
        if len(_BY_WORD) >= _BY_WORD_KEPT:
            _BY_WORD.clear()
        got = _BY_WORD[word] = (frozenset(found), lexicon.groups_of(word))
    return got


def _feature_set(words: list[str]) -> set[str]:
    found, groups = _words_and_pairs(words)
    _add_groups(found, groups)
    return found


def _words_and_pairs(words: list[str]) -> tuple[set[str], set[str]]:
    """Each word's own features and every neighbouring pair, and the word groups apart."""
    found: set[str] = set()
    groups: set[str] = set()
    previous = None
    for word in words:
        own, its_groups = _word_features(word)
        found |= own
        if previous is not None:
            found.add("b:" + previous + " " + word)
        previous = word
        groups.update(its_groups)
    return found, groups


def _add_groups(found: set[str], groups: set[str]) -> None:
    for group in groups:
        found.add("k:" + group)
    ordered = sorted(groups)
    for i, first in enumerate(ordered):
        for second in ordered[i + 1:]:
            found.add("kk:" + first + "+" + second)


class Scores(NamedTuple):
    danger: float  # probability-like, 0..1
    crisis: float
    caused: float


# Two files, so that an ordinary note only pays for the first: the danger model (and the thresholds),
# then the crisis and caused-harm models, read only when a text is not clear.
MODEL_FILES = {"danger": MODEL_FILE, "crisis": "safety_model_paths.txt", "caused": "safety_model_paths.txt"}
_override: list[dict] = []  # a model given by `using`, for cross-validation


class _Linear(NamedTuple):
    bias: float
    weights: dict[str, int]
    scale: float


def _linear(part: dict, scale: float) -> _Linear:
    return _Linear(part["bias"], dict(zip(part["features"], part["weights"])), scale)


_FORMAT = "repairkit linear models, format 1"


def dumps(data: dict) -> str:
    """A model file's text (what bench/train_safety_model.py writes), from the same dictionary as
    `using` takes: `scale`, optional `thresholds` and `meta`, and models of `bias`, `features` and
    integer `weights`. Line by line: the format's name; `scale N`; `thresholds NAME VALUE ...`;
    `meta` and JSON; then for each model `model NAME BIAS COUNT`, its weights on one line (each a
    16-bit little-endian two's-complement integer in four hex digits: read in one call, where
    turning 7,772 decimal numbers into ints took an everyday note 0.6 ms) and its features one to a
    line. Numbers are written as Python reads them back exactly."""
    import json

    lines = [_FORMAT, f"scale {data['scale']!r}"]
    if "thresholds" in data:
        lines.append("thresholds " + " ".join(f"{k} {v!r}" for k, v in sorted(data["thresholds"].items())))
    if "meta" in data:
        lines.append("meta " + json.dumps(data["meta"], sort_keys=True))
    for name in sorted(k for k, v in data.items() if isinstance(v, dict) and "weights" in v):
        part = data[name]
        features = list(part["features"])
        if any(not f or "\n" in f or f != f.strip() for f in features) or len(features) != len(part["weights"]):
            raise ValueError(f"model {name}: features must be one line each and match the weights")
        weights = [int(w) for w in part["weights"]]
        if any(not -32768 <= w <= 32767 for w in weights):
            raise ValueError(f"model {name}: a weight does not fit in 16 bits; lower the scale")
        packed = b"".join(w.to_bytes(2, "little", signed=True) for w in weights).hex()
        lines += [f"model {name} {float(part['bias'])!r} {len(features)}", packed]
        lines += features
    return "\n".join(lines) + "\n"


def loads(text: str) -> dict:
    """The dictionary `dumps` wrote (`meta` stays JSON text until `meta` is asked for)."""
    lines = text.split("\n")
    if lines[0] != _FORMAT:
        raise ValueError(f"not a model file: it should start with {_FORMAT!r}")
    data: dict = {}
    i = 1
    while i < len(lines) and lines[i]:
        key, _, rest = lines[i].partition(" ")
        if key == "scale":
            data["scale"] = int(rest)
        elif key == "thresholds":
            words = rest.split()
            data["thresholds"] = {words[k]: float(words[k + 1]) for k in range(0, len(words), 2)}
        elif key == "meta":
            data["meta"] = rest
        elif key == "model":
            name, bias, count = rest.split()
            end = i + 2 + int(count)
            data[name] = {"bias": float(bias), "weights": _weights(lines[i + 1]), "features": lines[i + 2:end]}
            i = end - 1
        i += 1
    return data


def _weights(packed: str) -> list[int]:
    raw = bytes.fromhex(packed)
    if sys.byteorder != "little":
        swapped = bytearray(len(raw))
        swapped[0::2], swapped[1::2] = raw[1::2], raw[0::2]
        raw = bytes(swapped)
    return memoryview(raw).cast("h").tolist()


def meta(name: str) -> dict:
    """How a shipped model file was trained (bench/train_safety_model.py)."""
    import json

    return json.loads(_file(name)["meta"])


@cache
def _file(name: str) -> dict:
    # next to this module (package data); importlib.resources would cost more to import than the read
    return loads((Path(__file__).parent / name).read_text(encoding="utf-8"))


@cache
def _shipped(which: str) -> _Linear:
    data = _file(MODEL_FILES[which])
    return _linear(data[which], data["scale"])


def _model(which: str) -> _Linear:
    if _override:
        return _override[-1][which]
    return _shipped(which)


def thresholds() -> dict[str, float]:
    return dict(_override[-1]["thresholds"] if _override else _file(MODEL_FILE)["thresholds"])


@contextmanager
def using(data: dict) -> Iterator[None]:
    """Score with another model (as built by bench/train_safety_model.py) inside the block."""
    scale = data["scale"]
    _override.append({"thresholds": data.get("thresholds", {}),
                      **{k: _linear(data[k], scale) for k in ("danger", "crisis", "caused")}})
    try:
        yield
    finally:
        _override.pop()


def _sigmoid(x: float) -> float:
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def _score(model: _Linear, feats: Collection[str]) -> float:
    if not feats:
        return _sigmoid(model.bias)
    total = sum(map(model.weights.get, feats, _ZEROS))  # an exact integer, in any order
    return _sigmoid(model.bias + total / model.scale / math.sqrt(len(feats)))


_ZEROS = itertools.repeat(0)
_SENTENCE = _Lazy(r"(?<=[.!?;\n])\s+")  # compiled for the first long text


def pieces(text: str) -> list[str]:
    """The text itself, and for long texts also windows of a few sentences, so one line about danger
    in a long, ordinary note still counts."""
    if len(tokens(text)) <= _LONG:
        return [text]
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    windows = [" ".join(sentences[i:i + 3]) for i in range(max(1, len(sentences) - 2))]
    return [text] + [w for w in windows if w.strip()]


def danger(text: str) -> tuple[float, str]:
    """The highest danger score over the text's pieces (`pieces`), and the piece it came from.

    Scored as `features` of each piece would be, but each sentence of a long text is read once: the
    features of the text, or of a window, are those of its sentences, the pairs of words where they
    meet, and the word groups of them all (tokens never cross the spaces the text is split at, or the
    space a window is joined with, so the sets are the same)."""
    model = _model("danger")
    words = tokens(text)
    if len(words) <= _LONG:
        canonical = lexicon.canonical
        return _score(model, _feature_set([canonical(t) for t in words])), text
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    parts = [_sentence_part(s) for s in sentences]
    best, best_piece = _score(model, _joined(parts)), text
    for i in range(max(1, len(sentences) - 2)):
        window = " ".join(sentences[i:i + 3])
        if not window.strip():
            continue
        got = _score(model, _joined(parts[i:i + 3]))
        if got > best:
            best, best_piece = got, window
    return best, best_piece


def _joined(parts: list[tuple[set[str], set[str], str | None, str | None]]) -> set[str]:
    """The features of these sentences joined by spaces."""
    found: set[str] = set()
    groups: set[str] = set()
    previous = None
    for own, its_groups, first, last in parts:
        found |= own
        groups |= its_groups
        if first is not None:
            if previous is not None:
                found.add("b:" + previous + " " + first)
            previous = last
    _add_groups(found, groups)
    return found


def _sentence_part(sentence: str) -> tuple[set[str], set[str], str | None, str | None]:
    """One sentence's features without the word groups, its groups, and its first and last words."""
    words = _words(sentence)
    found, groups = _words_and_pairs(words)
    return found, groups, (words[0] if words else None), (words[-1] if words else None)


def paths(piece: str) -> tuple[float, float]:
    """For a text that is not clear: how much it reads like a crisis, and like the writer caused harm."""
    feats = features(piece)
    return _score(_model("crisis"), feats), _score(_model("caused"), feats)


def score(text: str) -> tuple[Scores, str]:
    """All three scores for the text's most dangerous piece (for evaluation and tests)."""
    value, piece = danger(text)
    crisis, caused = paths(piece)
    return Scores(value, crisis, caused), piece
