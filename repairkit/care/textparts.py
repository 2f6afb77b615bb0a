"""Long texts: a rule run only where it can match, with the same matches as the whole rule.

A long text holds many trigger words, so the whole-text prefilter (`_DANGER_TRIGGERS`) lets many rules
through; each rule's pattern is then run only in part, as its alternatives (`_finditer_parts`). Read
by textrules.py only when a text of `textrules._PARTS_FROM` characters or more reaches a rule.
"""
from __future__ import annotations

import bisect
import re
import zlib
from collections.abc import Callable, Iterable, Iterator

from repairkit.care import compiled as _kept_code
from repairkit.care.compiled import compile as _compile
from repairkit.care.textrules import _Lazy, _Rule, _triggers_text

# A rule's pattern is `\b(?:A|B|...)`. For each rule, keyed by `_parts_key` of its source, the table
# in safety_parts.py (`PARTS`, generated and proved by tests/test_guidance_prefilter.py) gives the
# lengths of its alternatives and, for each, (groups of trigger words, each group with a word in every
# string the alternative can match; whether it can never match one of `_STOPS`, so that its groups must
# meet in one piece of the text between them; the characters a match can begin with, all word
# characters, or None). A rule or alternative with no entry runs everywhere.
_Groups = tuple[tuple[str, ...], ...]
_PartsEntry = tuple[tuple[int, ...], tuple[tuple[_Groups, bool, "str | None"], ...]]
_STOPS = ".!?;"
_KEEP_COMPILED = 32  # sets of alternatives kept compiled, per rule


def _parts_key(source: str) -> str:
    data = source.encode("utf-8")
    return f"{zlib.crc32(data):08x}{len(data):04x}"


class _Parts:
    __slots__ = ("compiled", "sources", "triggers", "whole")

    def __init__(self, sources: tuple[str, ...], triggers: tuple) -> None:
        self.sources = sources
        self.whole = r"\b(?:" + "|".join(sources) + ")"  # the rule's own source (checked by _parts_of)
        self.triggers = triggers
        self.compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def pattern(self, kept: tuple[int, ...]) -> re.Pattern[str]:
        if len(kept) < len(self.sources) and _kept_code.has(self.whole):
            # The whole rule, made from kept code (care/compiled.py): the parts left out match
            # nowhere in this text, so no match changes.
            kept = tuple(range(len(self.sources)))
        got = self.compiled.get(kept)
        if got is None:
            if len(self.compiled) >= _KEEP_COMPILED:  # a long run over many texts: forget the oldest
                del self.compiled[next(iter(self.compiled))]
            got = self.compiled[kept] = _compile(r"\b(?:" + "|".join(self.sources[i] for i in kept) + ")")
        return got


def _parts_of(pattern: _Lazy, table: dict[str, _PartsEntry]) -> _Parts | None:
    """The rule's alternatives and their triggers, or None when the table does not fit the rule. (Found
    once per rule: the table is the one generated for these rules.)"""
    if pattern.parts is None:
        source = pattern.source
        entry = table.get(_parts_key(source))
        parts: _Parts | bool = False
        if entry is not None and source.startswith(r"\b(?:") and source.endswith(")"):
            lengths, triggers = entry
            inner = source[5:-1]
            sources, at = [], 0
            for length in lengths:
                sources.append(inner[at:at + length])
                at += length + 1
            if at == len(inner) + 1 and "|".join(sources) == inner and len(triggers) == len(sources):
                parts = _Parts(tuple(sources), triggers)
        pattern.parts = parts  # type: ignore[assignment]
    return pattern.parts or None


class _Where:
    """Where trigger words are in a long text: in which pieces between stops (`_STOPS`)."""

    __slots__ = ("_word_starts", "bounds", "flat", "flat_stops", "found", "grams", "held", "norm", "table")

    def __init__(self, norm: str, flat: str, table: Callable[[], dict[str, _PartsEntry]]) -> None:
        self.norm = norm
        self.table = table  # read when a rule is first run
        self.flat = flat or _triggers_text(norm)
        self.flat_stops = [m.start() for m in _STOP.finditer(self.flat)]
        norm_stops = [m.start() for m in _STOP.finditer(norm)]
        # piece k of the text runs from after stop k-1 to stop k (collapsing spaces keeps every stop)
        self.bounds = list(zip([0] + [i + 1 for i in norm_stops], norm_stops + [len(norm)]))
        self.found: dict[str, set[int]] = {}
        self.held: dict[str, bool] = {}
        flat = self.flat
        # every run of four characters: a word missing one of its own is not in the text (no scan needed)
        self.grams = {flat[i:i + 4] for i in range(len(flat) - 3)}
        self._word_starts: list[int] | None = None

    def holds(self, word: str) -> bool:
        """`word in flat`, remembered, and mostly answered without a scan."""
        got = self.held.get(word)
        if got is None:
            grams = self.grams
            if len(word) >= 4 and (word[:4] not in grams or word[-4:] not in grams
                                   or word[len(word) // 2 - 2:len(word) // 2 + 2] not in grams):
                got = False
            else:
                got = word in self.flat
            self.held[word] = got
        return got

    def may_match(self, groups: tuple[tuple[str, ...], ...]) -> bool:
        """`_may_match(groups, flat)`."""
        holds = self.holds
        return all(any(holds(word) for word in words) for words in groups)

    def pieces(self, word: str) -> set[int]:
        """The pieces of the text `word` is found in."""
        got = self.found.get(word)
        if got is None:
            got = set()
            if self.holds(word):
                flat, stops, find = self.flat, self.flat_stops, self.flat.find
                at = find(word)
                while at >= 0:
                    got.add(bisect.bisect_right(stops, at))
                    at = find(word, at + 1)
            self.found[word] = got
        return got

    def finditer(self, rule: _Rule) -> Iterator[re.Match[str]]:
        return _finditer_parts(rule, self)

    def word_starts(self) -> list[int]:
        if self._word_starts is None:
            self._word_starts = [m.start() for m in _WORD_START.finditer(self.norm)]
        return self._word_starts


_STOP = _Lazy("[" + re.escape(_STOPS) + "]")
_WORD_START = _Lazy(r"\b\w")


def _finditer_parts(rule: _Rule, where: _Where) -> Iterator[re.Match[str]]:
    """`rule.pattern.finditer(where.norm)`, running only what can match.

    An alternation matches at each place by the first of its alternatives that matches there, so
    leaving out alternatives that match nowhere in the text changes no match. An alternative whose
    trigger groups have no word in the text matches nowhere; one that cannot match a stop matches
    only inside a piece where all its groups meet, and is tried only at such pieces' word starts
    with a letter it can begin with. Matches are never empty, and each is found where a scan of the
    whole text would find it first."""
    parts = _parts_of(rule.pattern, where.table())
    if parts is None:
        yield from rule.pattern.finditer(where.norm)
        return
    kept: list[int] = []
    pieces: set[int] = set()
    firsts: set[str] | None = set()
    everywhere = False
    for i, (groups, in_sentence, begins) in enumerate(parts.triggers):
        if not groups:
            kept.append(i)
            everywhere = True
            continue
        if not in_sentence:
            if where.may_match(groups):
                kept.append(i)
                everywhere = True
            continue
        common: set[int] | None = None
        for group in groups:
            here: set[int] = set()
            for word in group:
                here |= where.pieces(word)
            common = here if common is None else common & here
            if not common:
                break
        if not common:
            continue
        kept.append(i)
        pieces |= common
        if begins is None or firsts is None:
            firsts = None
        else:
            firsts.update(begins)
    if not kept:
        return
    compiled = parts.pattern(tuple(kept))
    norm = where.norm
    if everywhere:
        yield from compiled.finditer(norm)
        return
    match = compiled.match
    pos = 0
    starts = where.word_starts() if firsts is not None else None
    for k in sorted(pieces):
        begin, end = where.bounds[k]
        begin = max(begin, pos)
        if starts is None:
            places: Iterable[int] = range(begin, end)
        else:
            places = (p for p in starts[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]
                      if norm[p] in firsts)
        for p in places:
            if p < pos:
                continue
            m = match(norm, p)
            if m is not None:
                yield m
                pos = m.end()
