"""Draft an apology from a repair plan, and check an apology for common pitfalls.

The checker is a small table of readable rules (``RULES``), applied sentence
by sentence, plus a few context checks that keep it precise: a conditional
inside a plan for raising it is fine, a phrase that is negated or reported
("I'm not going to say things got out of hand") is not the pitfall itself,
an explanation only counts against an apology when it comes before any
acknowledgement, and a vague promise only counts when the text names no
observable behavior at all. See docs/apology.md for the research behind the
rules and the evaluation figures.

Pure: standard library plus repairkit.model and repairkit.textsafe.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from repairkit.care import compiled as _kept_code
from repairkit.care.compiled import compile as _compile
from repairkit.model import Plan
from repairkit.textsafe import safe_text

CATEGORIES: tuple[str, ...] = (
    "conditional",
    "sorry_you_feel",
    "explanation_first",
    "blame_shift",
    "minimising",
    "passive_evasion",
    "demand_forgiveness",
    "vague_promise",
    "self_focus",
    "apology_fatigue",
    "no_acknowledgement",
)

COMPONENTS: tuple[str, ...] = (
    "acknowledges",
    "names_impact",
    "regret",
    "commits_to_change",
    "offers_repair",
)

COMPONENT_HINTS: dict[str, str] = {
    "acknowledges": "say plainly what you did, in the first person",
    "names_impact": "say what it was like for them",
    "regret": "say that you are sorry, without conditions",
    "commits_to_change": "name one thing you will do that they will be able to see",
    "offers_repair": "offer a way to put it right or to raise it if it happens again",
}


# --------------------------------------------------------------------------
# Records


@dataclass
class Finding:
    category: str
    line: int  # 1-based
    col: int  # 1-based, in characters
    text: str  # the matched words
    why: str
    better: str


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    components: dict[str, bool] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "findings": [
                {"category": f.category, "line": f.line, "col": f.col, "text": f.text,
                 "why": f.why, "better": f.better}
                for f in self.findings
            ],
            "components": {name: bool(self.components.get(name, False)) for name in COMPONENTS},
        }


CONTEXT_CHECKS: tuple[str, ...] = (
    "negated", "negated_wide", "reported", "plan", "whether", "owned", "after_ack", "disowned", "concrete",
    "reinforces", "no_apology", "first_person", "judged")


@dataclass(frozen=True)
class Rule:
    """One row of the rule table.

    ``unless`` names context checks that cancel a match (see ``_CONTEXT``):
      negated   -- a "not"/"never"/"no"/"n't" just before it in the same clause
      reported  -- it is words being reported ("I was wrong to say you're ...")
      plan      -- a conditional that sets up how to raise it next time
      whether   -- "if" that means "whether" ("I want to know if you were hurt")
      owned     -- the feeling is tied to what I did ("... when I left")
      after_ack -- it comes after the first acknowledgement (explanations only)
      disowned  -- the same sentence says it is no excuse
      concrete  -- the text elsewhere names an observable behavior
      reinforces -- what follows "but" strengthens the apology ("but that's no excuse")
    """

    category: str
    pattern: _Alternatives | re.Pattern[str]
    why: str
    better: str
    unless: tuple[str, ...] = ()
    name: str = ""


class _Lazy:
    """A regular expression compiled on first use: drafting, or a check that never needs it, does
    not pay for compiling it."""

    __slots__ = ("compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self.compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        return self.source

    def __getattr__(self, name: str):
        if self.compiled is None:
            self.compiled = _compile(self.source, self.flags)
        return getattr(self.compiled, name)


# Case-insensitive matching lets a few letters outside ASCII stand for ASCII ones (re's own
# equivalences: dotted and dotless i, long s, the Kelvin sign). Folding a text this way keeps every
# letter a pattern can match on a trigger word that is found by plain `in`.
_FOLD = str.maketrans({**{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_STOPS = ".!?"  # what an alternative in ``_IN_SENTENCE`` can never match across
# Every character `\s` matches, for the start keys (``_STARTS``): all of them count as a space.
_SPACES = str.maketrans(dict.fromkeys(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000", " "))
_WORD_START = _Lazy(r"\b\w")
_STOP = _Lazy("[" + re.escape(_STOPS) + "]")
# A trigger word made only of these characters lies inside one run of them in the text.
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789'-"
_WORDS = _Lazy(r"[a-z0-9'\-]+")
_IN_WORDS: dict[str, bool] = {}


class _Words:
    """Which trigger words a text holds, and in which of its pieces between full stops."""

    __slots__ = ("_candidates", "_pieces", "_starts", "_stops", "_words", "folded", "present", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.translate(_FOLD)
        self.present: dict[str, bool] = {}
        self._words: str | None = None
        self._stops: tuple[list[str], list[int]] | None = None
        self._pieces: dict[str, set[int]] = {}
        self._starts: tuple[dict[str, list[int]], dict[str, list[int]], list[int]] | None = None
        self._candidates: dict[tuple[str, ...], list[int]] = {}

    def candidates(self, keys: tuple[str, ...]) -> list[int]:
        """Where a word starts with one of ``keys`` (its first one or two characters, folded, any
        whitespace as a space; "*" for any word), in order."""
        found = self._candidates.get(keys)
        if found is None:
            if self._starts is None:
                spaced = self.folded.translate(_SPACES)
                one: dict[str, list[int]] = {}
                two: dict[str, list[int]] = {}
                every = [m.start() for m in _WORD_START.finditer(self.text)]
                for at in every:
                    one.setdefault(spaced[at], []).append(at)
                    two.setdefault(spaced[at:at + 2], []).append(at)
                self._starts = (one, two, every)
            one, two, every = self._starts
            if "*" in keys:
                found = every
            else:
                places: set[int] = set()
                for key in keys:
                    places.update((two if len(key) == 2 else one).get(key, ()))
                found = sorted(places)
            self._candidates[keys] = found
        return found

    def holds(self, word: str) -> bool:
        present = self.present.get(word)
        if present is None:
            if _IN_WORDS.get(word) is None:
                _IN_WORDS[word] = not word.strip(_WORD_CHARS)
            if _IN_WORDS[word]:
                # all of it word characters: it can only be found inside one word, so look among the
                # text's words, each once (far shorter than the text)
                if self._words is None:
                    self._words = "\n".join(set(_WORDS.findall(self.folded)))
                present = word in self._words
            else:
                present = word in self.folded
            self.present[word] = present
        return present

    def pieces(self, group: tuple[str, ...]) -> set[int]:
        """The pieces of the text (between '.', '!' and '?') that hold a word of ``group``."""
        if self._stops is None:
            cut = _STOP.split(self.folded)
            ends, at = [], -1
            for piece in cut:
                at += len(piece) + 1
                ends.append(at)  # where each piece's stop is
            self._stops = (cut, ends)
        ends = self._stops[1]
        out: set[int] = set()
        for word in group:
            found = self._pieces.get(word)
            if found is None:
                found = self._pieces[word] = set()
                folded, at = self.folded, self.folded.find(word)
                while at >= 0:
                    piece = bisect.bisect_left(ends, at)
                    found.add(piece)
                    at = folded.find(word, ends[piece] + 1)  # on to the next piece
            out |= found
        return out

    def pieces_also(self, pieces: set[int], group: tuple[str, ...]) -> set[int]:
        """Those of ``pieces`` (from ``pieces``) that also hold a word of ``group``."""
        cut = self._stops[0]  # type: ignore[index]
        return {i for i in pieces if any(word in cut[i] for word in group)}


_seen: list[_Words] = []  # the last few texts read, for the several patterns run on each


def _words_in(text: str) -> _Words:
    for words in _seen:
        if words.text is text:
            return words
    words = _Words(text)
    _seen.insert(0, words)
    del _seen[4:]
    return words


_Groups = tuple[tuple[str, ...], ...]
_KEEP_COMPILED = 64  # sets of alternatives kept compiled, per pattern
_FULL_PATTERNS = False  # True: every alternative runs on every text (tests compare the two paths)


class _Alternatives:
    """A pattern made of alternatives, compiled and run only in part.

    Each alternative has trigger words (``_TRIGGERS``, generated and proved by
    tests/test_apology_prefilter.py): every string it can match holds one word of each of its
    groups, and for those in ``_IN_SENTENCE``, within one piece of the text between full stops
    (they cannot match '.', '!' or '?'). On a text that lacks them, the alternative matches
    nowhere, so it is left out of the pattern that runs. An alternation matches at each place by
    the first of its alternatives that matches there, so leaving out alternatives that match
    nowhere in the text changes no match; what is left is compiled once per set of alternatives and
    kept. Short texts compile a handful of alternatives instead of the whole table, and every text
    is scanned by fewer of them.
    """

    __slots__ = ("_all", "_compiled", "_triggers", "flags", "pattern", "sources")

    def __init__(self, sources: tuple[str, ...], flags: int = re.IGNORECASE) -> None:
        self.sources = sources
        self.flags = flags
        self._all = tuple(range(len(sources)))
        self.pattern = "|".join(f"(?:{a})" for a in sources)  # the whole pattern's source, as re.Pattern.pattern
        # per alternative: its trigger groups, whether they must meet in one sentence, how a match begins
        self._triggers: tuple[tuple[_Groups | None, bool, tuple[str, ...] | None], ...] | None = None
        self._compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    def full(self) -> re.Pattern[str]:
        return self._pattern(tuple(range(len(self.sources))))  # type: ignore[return-value]

    def _pattern(self, kept: tuple[int, ...]) -> re.Pattern[str] | None:
        if kept and len(kept) < len(self.sources) and _kept_code.has(self.pattern, self.flags):
            # The whole pattern, made from kept code (care/compiled.py): the alternatives left out
            # match nowhere in this text, so no match changes.
            kept = self._all
        try:
            return self._compiled[kept]
        except KeyError:
            compiled = _compile("|".join(f"(?:{self.sources[i]})" for i in kept), self.flags) if kept else None
            if len(self._compiled) >= _KEEP_COMPILED:  # a long run over many texts: forget the oldest
                del self._compiled[next(iter(self._compiled))]
            self._compiled[kept] = compiled
            return compiled

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that can match somewhere in ``text`` (None: none can)."""
        return self._pattern(self._kept(text))

    def _kept(self, text: str) -> tuple[int, ...]:
        if _FULL_PATTERNS:
            return tuple(range(len(self.sources)))
        triggers = self._triggers
        if triggers is None:
            triggers = self._triggers = tuple(
                (_TRIGGERS.get(k), k in _IN_SENTENCE, _STARTS.get(k)) for k in map(_trigger_key, self.sources))
        words = _words_in(text)
        kept = []
        for i, (groups, in_sentence, _) in enumerate(triggers):
            if groups is None:
                kept.append(i)
                continue
            if not all(any(words.holds(w) for w in group) for group in groups):
                continue  # a group with no word in the text: the alternative cannot match
            if in_sentence and len(groups) > 1:
                pieces = words.pieces(groups[0])  # the rarest group
                for group in groups[1:]:
                    pieces = words.pieces_also(pieces, group)
                    if not pieces:
                        break
                if not pieces:
                    continue  # no piece between full stops holds a word of every group
            kept.append(i)
        return tuple(kept)

    def _starts(self, kept: tuple[int, ...]) -> tuple[str, ...] | None:
        """Every way a match of these alternatives can begin (``_STARTS``), or None if one can begin anywhere."""
        keys: set[str] = set()
        for i in kept:
            starts = self._triggers[i][2]  # type: ignore[index]
            if starts is None:
                return None
            keys.update(starts)
        return tuple(sorted(keys))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``. When every alternative left begins at the start of a word with
        known letters (``_STARTS``), the pattern is tried only where a word begins with them: a match
        found at the first such place is the one a scan of every place would find first."""
        kept = self._kept(text)
        compiled = self._pattern(kept)
        if compiled is None:
            return iter(())
        starts = None if _FULL_PATTERNS else self._starts(kept)
        if starts is None:
            return compiled.finditer(text, pos) if endpos is None else compiled.finditer(text, pos, endpos)
        return _scan(compiled, text, _words_in(text).candidates(starts), pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def _scan(compiled: re.Pattern[str], text: str, candidates: list[int], pos: int,
          endpos: int | None) -> Iterator[re.Match[str]]:
    """``compiled.finditer(text, pos, endpos)`` when no match can begin outside ``candidates`` and
    none is empty."""
    match = compiled.match
    i = bisect.bisect_left(candidates, pos)
    while i < len(candidates):
        at = candidates[i]
        if endpos is not None and at >= endpos:
            return
        m = match(text, at) if endpos is None else match(text, at, endpos)
        if m is None:
            i += 1
        else:
            yield m
            i = bisect.bisect_left(candidates, m.end(), i + 1)


def _trigger_key(source: str) -> str:
    """An alternative's key in ``_TRIGGERS``: a changed alternative has no entry, and runs everywhere."""
    return hashlib.blake2b(source.encode("utf-8"), digest_size=6).hexdigest()


def _re(*alternatives: str) -> _Alternatives:
    return _Alternatives(alternatives)


# Shared vocabulary.
_SORRY = r"(?:sorry|apologi[sz]e|apologies|regret)"
_I_WILL = r"I(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+promise\s+to|\s+promise\s+(?:I'll|I\s+will)|\s+promise\s+you\s+I'll)"
_STATES = (r"(?:tired|exhausted|knackered|shattered|wiped\s+out|burnt?\s+out|stressed(?:\s+out)?|frazzled|overwhelmed|busy|"
           r"hungry|hangry|drunk|tipsy|wasted|hungover|distracted|worried|anxious|on\s+edge|not\s+myself|not\s+thinking|"
           r"half\s+asleep|running\s+on\s+empty|under\s+(?:a\s+lot\s+of\s+|so\s+much\s+|(?:enormous|huge|immense|intense|great|real|considerable|a\s+great\s+deal\s+of)\s+)?(?:pressure|strain|stress)|"
           r"in\s+a\s+(?:bad\s+|foul\s+|terrible\s+|horrible\s+)?(?:mood|rush|hurry|state))")
_HURT_WORDS = (r"(?:hurt|upset|offended|bothered|annoyed|embarrassed|uncomfortable|disrespected|"
               r"ignored|left\s+out|angry|mad|sad|disappointed|insulted)")

# --------------------------------------------------------------------------
# The rule table. Each rule: category, pattern, why, better, and the context
# checks that cancel it. Order within a category does not matter.

RULES: tuple[Rule, ...] = (
    # conditional -- Lazare: a conditional apology doubts that there was an offence.
    Rule(
        "conditional",
        _re(rf"\b{_SORRY}\b(?:\s+(?:to\s+you|for\s+(?:that|this|it)|about\s+(?:that|this|it)))?\s*,?\s+if\b(?:\s+[\w']+){{0,4}}",
            r"\bif\s+(?:I|my\s+\w+|what\s+I\s+(?:said|did)|anything\s+I\s+(?:said|did))\b[^.!?,]{0,60},\s*(?:then\s+)?(?:I(?:'m|\s+am)\s+(?:\w+\s+)?sorry|I\s+apologi[sz]e)",
            # the 'if' further on in the apology's own sentence: "my apologies to Ms X if she is offended"
            rf"\b{_SORRY}\b(?:[^.!?;\n]|(?:(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|(?<=\bDr))\.){{0,60}}?\bif\s+(?:[\w']+\s+){{0,3}}?(?:is|was|were|are|felt|feels|got|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?{_HURT_WORDS}"),
        "Sorry-if makes the hurt sound hypothetical, as if it might not have happened.",
        "Drop the 'if' and say what happened: \"I'm sorry I spoke to you like that at dinner.\"",
        name="sorry if",
    ),
    Rule(
        "conditional",
        _re(rf"\bif\s+you\s+(?:were|was|felt|got|have\s+been|'ve\s+been)\s+(?:\w+\s+)?{_HURT_WORDS}",
            r"\bif\s+(?:I|my\s+(?:\w+\s+)?\w+|what\s+I\s+(?:said|did)|anything\s+I\s+(?:said|did)|something\s+I\s+(?:said|did))\s+"
            r"(?:hurt|upset|offended|came\s+across|sounded|seemed|was\s+(?:out\s+of\s+line|wrong|rude|harsh|unfair|off|too\s+\w+))",
            r"\bif\s+(?:that|it|this)\s+(?:came\s+across|sounded|seemed|felt\s+like)",
            r"\bif\s+that's\s+how\s+you\s+(?:saw|see|took|take)\s+it",
            r"\bto\s+the\s+extent\s+that\b",
            r"\bI\s+(?:might|may)\s+have\s+(?:hurt|upset|offended|said|done|come\s+across|sounded)",
            # the harm itself hedged after the apology: "for any embarrassment my comments may have caused"
            rf"\b{_SORRY}\b[^.!?;\n]{{0,80}}?\b(?:may|might)\s+have\s+(?:caused|created|given|brought)\b",
            # regret only for how it would be received: "if I had understood how it would be perceived"
            r"\bif\s+I\s+had\s+(?:known|understood|realised|realized|thought|imagined)\b[^.!?]{0,40}?\bhow\s+(?:it|this|that|my\s+\w+|people)\s+would\s+(?:be\s+)?(?:perceived|received|taken|seen|read|understood|react)",
            r"\b(?:for\s+)?whatever\s+I\s+(?:did|said)\b"),
        "A hedge ('if', 'to the extent', 'might have') leaves open whether anything happened.",
        "Say it as fact: \"I hurt you when I ...\" or \"What I said was unkind.\"",
        unless=("plan", "whether", "negated"),
        name="hedged harm",
    ),

    # sorry_you_feel -- Lazare's wrong offence: sorry for their feeling, not for the act.
    Rule(
        "sorry_you_feel",
        _re(rf"\b{_SORRY}\s+(?:that\s+)?you(?:'re|\s+are|\s+were|\s+got|\s+have\s+been|'ve\s+been|\s+feel|\s+felt)\s+"
            rf"(?:so\s+|really\s+|a\s+bit\s+|that\s+)?(?:{_HURT_WORDS}|that\s+way|this\s+way|like\s+that)",
            rf"\b{_SORRY}\s+(?:that\s+)?you\s+(?:feel|felt)\b",
            rf"\b{_SORRY}\s+(?:that\s+)?you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+feeling\b",
            rf"\b{_SORRY}\s+(?:that\s+)?(?:it|that|this|my\s+\w+|what\s+I\s+said)\s+(?:came\s+across|came\s+out|sounded|landed|was\s+taken|was\s+received)\b",
            rf"\b{_SORRY}\s+(?:that\s+)?you\s+(?:took|take|see|saw|heard|read|interpreted|perceived)\s+(?:it|that|this|my|what)",
            rf"\b{_SORRY}\s+(?:that\s+)?your\s+feelings\s+(?:were|got)\s+hurt",
            rf"\b{_SORRY}\s+(?:that\s+)?(?:it|that|this)\s+(?:upset|hurt|bothered|offended)\s+you",
            rf"\b{_SORRY}\s+(?:for|about)\s+how\s+you\s+(?:feel|felt)",
            rf"\b{_SORRY}\s+(?:that\s+)?that's\s+how\s+(?:it|you)",
            # the regret attached to how it was received, whoever is named: "sorry that our intentions have
            # been misunderstood", "regret that my words were misinterpreted", "regret how it was perceived"
            rf"\b{_SORRY}\b[^.!?;\n]{{0,40}}?\b(?:misunderstood|misinterpreted|misconstrued|misread|taken\s+out\s+of\s+context|taken\s+the\s+wrong\s+way|taken\s+(?:so\s+)?(?:seriously|literally|badly|personally)|"
            rf"(?:the\s+way|how)\s+(?:it|this|that|they|my\s+\w+|our\s+\w+)\s+(?:was|were|has\s+been|have\s+been|would\s+be)\s+(?:perceived|received|interpreted|taken))\b"),
        "It apologises for their feeling, not for what you did, so the act goes unowned.",
        "Name your action instead: \"I'm sorry I left without saying goodbye.\"",
        unless=("owned",),
        name="sorry you feel",
    ),

    # explanation_first -- Schumann: justifications read as defensive; Lerner:
    # explaining early asks the hurt person to comfort you.
    Rule(
        "explanation_first",
        _re(rf"\bI(?:\s+was|'d\s+been|\s+had\s+been|'ve\s+been|\s+have\s+been)\s+(?:(?:just|so|really|very|only|too|completely|pretty|a\s+bit|a\s+little|also|totally|absolutely)\s+)*"
            rf"(?:{_STATES}|running\s+late|trying\s+to|catching\s+up|having\s+a|working\s+(?:nights|night\s+shifts|late|so\s+hard|long\s+hours)|on\s+(?:nights|night\s+shifts|lates))\b",
            r"\bI(?:'d|\s+had)\s+(?:had\s+)?(?:too\s+much|way\s+too\s+much|a\s+lot|a\s+few)\s+to\s+drink\b|\bI\s+(?:had|'d\s+got)\s+nothing\s+left\b",
            r"\b(?:wasn't|was\s+not|isn't|is\s+not|never|not)\s+(?:my\s+intention|what\s+I\s+meant|how\s+I\s+meant\s+(?:it|that)|meant\s+(?:that\s+way|like\s+that)|intentional|on\s+purpose|deliberate)\b",
            r"\byou\s+know\s+(?:I've\s+been|I'm|I\s+was|I\s+had|how\s+(?:stressed|tired|busy|hard|much|I\s+get))",
            r"\b(?:anyone|anybody|most\s+people)\s+would\s+have\b|\bpeople\s+(?:say|do)\s+things\s+(?:when|they)\b",
            r"\b(?:does|do|did)\s+(?:strange|funny|weird|crazy)\s+things\s+to\s+(?:people|you|us|me)\b",
            r"\bwhen\s+you're\s+(?:that\s+|so\s+)?(?:tired|stressed|exhausted|drunk|grieving)\b",
            r"\bmy\s+(?:phone|battery|car|train|bus|alarm)\s+(?:died|broke|was\s+dead|ran\s+out|was\s+cancelled|was\s+late|didn't\s+go\s+off)\b",
            r"\b(?:the|my|a|our)\s+(?:meeting|call|shift|train|bus|match|game)\s+(?:ran|went)\s+(?:over|late|on)\b|\bI\s+got\s+(?:stuck|held\s+up|caught\s+up|roped\s+into|dragged\s+into)\b",
            r"\bwith\s+everything\s+(?:that's\s+been\s+|that\s+has\s+been\s+)?going\s+on\b|\b(?:so\s+much|a\s+lot|too\s+much)\s+on\s+my\s+plate\b",
            r"\bI\s+(?:just\s+|honestly\s+)?(?:didn't|did\s+not)\s+(?:think|realise|realize)\s+(?:it|that|you|this)\s+(?:would|was|were|'d|mattered|cared)",
            r"\bI(?:'d|\s+had)\s+(?:had\s+)?(?:a\s+|such\s+a\s+)?(?:really\s+|so\s+|very\s+)?(?:long|bad|rough|hard|awful|terrible|horrible|stressful)\s+(?:day|week|night|time)",
            r"\bI(?:'d|\s+had)\s+(?:hardly|barely|not)\s+slept|\bI\s+hadn't\s+slept",
            r"\b(?:it's|it\s+has|it\s+had|it'd)\s+been\s+(?:a\s+|such\s+a\s+)?(?:really\s+|so\s+|very\s+)?(?:long|bad|rough|hard|crazy|mad|stressful|busy|hectic|tough)\s+(?:day|week|month|year|few\s+weeks|time)",
            r"\b(?:work|my\s+boss|my\s+job|my\s+shift|the\s+office|the\s+traffic|traffic|today|(?:the|this|my)\s+(?:whole\s+)?(?:week|day|month))\s+"
            r"(?:was|is|has\s+been|had\s+been)\s+(?:so\s+|really\s+|absolutely\s+|just\s+|such\s+)?(?:a\s+)?"
            r"(?:crazy|insane|mad|hectic|nightmare|disaster|hell|manic|intense|full\s+on|non-stop|brutal|chaos|chaotic|draining|too\s+much)",
            r"\bbecause\s+(?:of\s+(?:work|how|my|the\s+(?:traffic|day|week))|work\s+(?:was|is|has)|I\s+was\s+(?:so\s+|really\s+|just\s+)?(?:tired|stressed|busy|exhausted)|my\s+(?:boss|job|dad|mum|mom|day|week|past|family))",
            r"\bI\s+(?:only|just)\s+(?:meant|wanted\s+to|said\s+it|did\s+it)\b",
            r"\bI\s+(?:didn't|did\s+not|never)\s+(?:mean|intend|meant)\b",
            r"\bwhat\s+I\s+(?:really\s+)?meant\s+was\b",
            r"\bmy\s+(?:intention|point|plan|idea)\s+was\b",
            r"\bthe\s+reason\s+(?:I|why|was|is)\b",
            r"\bthat's\s+(?:why|the\s+only\s+reason)\s+I\b",
            r"\bin\s+my\s+defen[cs]e\b",
            r"\bto\s+be\s+fair\b",
            r"\byou\s+(?:have|need|'ve\s+got)\s+to\s+understand\b",
            r"\bI\s+(?:couldn't|could\s+not)\s+help\s+it\b",
            r"\bI\s+(?:just\s+|honestly\s+|really\s+)?(?:thought|assumed|figured)\s+(?:you'd|you\s+would|it\s+would|it'd|it\s+was|we'd|we\s+had|you\s+were)",
            r"\bI\s+get\s+(?:defensive|angry|stressed|like\s+that|wound\s+up)\b"),
        "An explanation before any acknowledgement sounds like a defence and asks them to understand you first.",
        "Start with what you did and what it did to them; if the reason matters, add it later, without 'but'.",
        unless=("after_ack", "negated", "disowned"),
        name="excuse before acknowledgement",
    ),
    Rule(
        "explanation_first",
        _re(r"\b(?:but|however)\b"),
        "A 'but' after an apology takes it back: what follows is heard as the real message.",
        "End the apology with a full stop. If there is context, give it later and without 'but'.",
        unless=("reinforces",),
        name="sorry, but",
    ),

    # blame_shift -- Schumann: blaming the victim or others makes apologies fail.
    Rule(
        "blame_shift",
        _re(r"\byou\s+made\s+me\b(?!\s+(?:realis|realiz|see\b|understand|think\b|laugh|smile|happy))",
            r"\b(?:it's|it\s+is|it\s+was|that's|that\s+was)\s+(?:(?:partly|also|just\s+as\s+much|really|actually|half)\s+)?your\s+fault",
            r"\byour\s+fault\s+(?:too|as\s+well)\b",
            r"\b(?:you|he|she|they|your\s+(?:\w+\s+)?\w+)\s+started\s+(?:it|this|that|the\s+whole\s+thing|the\s+(?:fight|argument|row))\b",
            r"\bwhat\s+did\s+you\s+expect\b|\b(?:push(?:ed|ing|es)?|press(?:ed|ing|es)?)\s+my\s+buttons\b|\bwhich\s+buttons\s+to\s+push\b",
            r"\byou\s+(?:provoked|pushed\s+me|wound\s+me\s+up|set\s+me\s+off|"
            r"kept\s+(?:on|pushing|nagging|texting|calling|going\s+on|bringing|checking|interrupting|criticising|criticizing|picking)|"
            r"keep\s+(?:on|pushing|nagging|going\s+on|bringing\s+(?:it|that|this)\s+up))",
            r"\b(?:(?:you|he|she|they|your\s+(?:\w+\s+)?\w+)\s+(?:was|were|is|are)|you're)\s+the\s+one\s+who\b"
            r"(?!\s+(?:had\s+to|was\s+left|were\s+left|got\s+left|ended\s+up|paid|carried|sat|waited|got\s+hurt|suffered|dealt|found\s+out|was\s+hurt))",
            r"\b(?:if|had)\s+you\s+(?:hadn't|had\s+not|had\s+just|didn't|did\s+not|wouldn't|would\s+just|would\s+stop|weren't|were\s+not|just)\b",
            r"\bif\s+you(?:'d|\s+had)\s+(?:just\s+|only\s+)?(?:\w+ed|told|said|been|let|done|gone|given|not|never)\b",
            r"\b(?:we\s+both|both\s+of\s+us)\s+(?:said|did|were|made|lost|got|messed|played|started|have\s+to\s+(?:own|take)|share\s+the\s+blame)",
            r"\bit\s+takes\s+two\b",
            r"\bnot\s+(?:all|only|just|entirely|completely)\s+(?:on\s+me|my\s+fault)\b|\bnot\s+all\s+me\b",
            r"\byou\s+(?:should\s+have|should've)\s+(?:known|told|said|asked|called|reminded|checked|realised|realized|understood|just|been\s+clearer)",
            r"\byou\s+(?:were|was|did|said|had|have\s+been)\b[^.!?,]{0,30}?\b(?:too|as\s+well|either)\b(?!\s+(?:much|many|late|long|soon|early|far))",
            r"\b(?:constant|endless|non-stop|all\s+the)\s+(?:nagging|moaning|criticism|criticising|criticizing|complaining)\b|\byour\s+(?:nagging|moaning|attitude)\b",
            r"\b(?:that|your)\s+tone\s+with\s+me\b",
            r"\byou\s+(?:always|never)\s+(?:do|say|make|start|bring|overreact|nag|assume|blow|listen|let\s+me|give\s+me|believe|trust|appreciate|tell\s+me|want|take|twist)",
            r"\byou\s+know\s+how\s+(?:you|your)\b",
            r"\b(?:your|my)\s+(?:friends|mum|mom|mother|dad|father|family|brother|sister|boss)\s+(?:wind|winds|wound|made|make|started|provoke|provoked|push|pushed)\b"),
        "It moves responsibility onto them (or others), which turns the apology into an accusation.",
        "Keep to your own part: \"I raised my voice. That was mine to control.\"",
        unless=("negated", "reported"),
        name="blame",
    ),

    # minimising -- Lazare: minimising the offence is a failed acknowledgement.
    Rule(
        "minimising",
        _re(r"\b(?:it|that|this)(?:'s|\s+is|\s+was)\s+(?:honestly\s+|really\s+|seriously\s+)?(?:just|only)\s+"
            r"(?:a\s+|an\s+|one\b|two\b|three\b|five\b|ten\b|fifteen\b|twenty\b|thirty\b|forty\b|\d|a\s+few|a\s+couple|joking|kidding|teasing|words|banter|once\b)",
            r"\b(?:it|that|this)(?:'s|\s+is|\s+was)\s+(?:honestly\s+|really\s+|just\s+)?a\s+joke\b",
            r"\b(?:no|not\s+(?:such\s+)?a|hardly\s+a)\s+(?:big\s+|huge\s+)deal\b|\bnot\s+that\s+big\s+(?:of\s+)?a\s+deal\b",
            r"\b(?:wasn't|isn't|weren't|not)\s+(?:really\s+)?that\s+(?:big|bad|serious|loud|late|long|harsh|important)\b",
            r"\b(?:hardly|not\s+exactly|isn't\s+exactly|wasn't\s+exactly)\s+(?:the\s+end\s+of\s+the\s+world|a\s+crime|a\s+disaster|a\s+big)",
            r"\b(?:only|just)\s+(?:joking|kidding|teasing|messing\s+(?:about|around)|having\s+a\s+laugh|banter)\b",
            r"\bover-?react(?:ing|ed|s)?\b|\b(?:too|so|overly)\s+sensitive\b|\bbeing\s+(?:so\s+)?dramatic\b",
            r"\b(?:(?:let's\s+not|don't|do\s+not|no\s+need\s+to)\s+)?mak(?:e|ing)\s+(?:such\s+)?a\s+(?:big\s+)?(?:deal|thing|fuss|drama)\s+(?:out\s+of|of|about)\b",
            r"\b(?:(?:let's\s+not|don't|do\s+not|no\s+need\s+to)\s+)?blow(?:ing|n)?\s+(?:it|this|that|things)\s+out\s+of\s+proportion\b",
            r"\b(?:a\s+(?:little|bit|tad|touch)|slightly)\s+(?:late|loud|harsh|sharp|short|snappy|grumpy|rude|blunt|cross|much)\b",
            r"\bit's\s+not\s+like\s+I\b|\bit\s+(?:wasn't|isn't)\s+like\s+I\b|\bat\s+least\s+I\b",
            r"\b(?:everyone|everybody|every\s+couple|all\s+couples)\s+(?:does|do|fights|argues|says)\b",
            r"\b(?:such\s+a|a|just\s+a|only\s+a)\s+(?:small|little|tiny|minor|silly)\s+(?:thing|mistake|comment|slip)\b",
            r"\byou\s+(?:need\s+to|should|have\s+to)\s+(?:calm\s+down|relax|chill)\b",
            r"\b(?:it|that)\s+was\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+(?:comment|joke|remark|drink|text|slip|word)\b(?!\s+(?:too|more|of))",
            r"\bsuch\s+a\s+big\s+(?:thing|deal)\b|\b(?:this|that|so)\s+much\s+of\s+a\s+(?:drama|fuss|deal|big\s+deal|thing)\b",
            r"\b(?:only|just)\s+(?:the\s+)?once\b|\bharmless\b|\bmeant\s+to\s+be\s+(?:funny|a\s+joke|light-?hearted)\b",
            # the words recast as a joke: "something I said in jest", "meant as humour", "tongue-in-cheek"
            r"\b(?:said|meant|written|posted|intended|made)\s+(?:(?:purely|only|just|entirely|as\s+a\s+joke\s+and)\s+)?(?:in\s+jest|as\s+(?:a\s+)?(?:joke|humou?r|banter|light-?hearted\s+\w+))\b"
            r"|\btongue[-\s]in[-\s]cheek\b|\b(?:a\s+bit\s+of|harmless|friendly)\s+banter\b",
            r"\bI\s+(?:don't|do\s+not)\s+(?:get|see|understand)\s+why\s+(?:it's|it\s+is|you're|you\s+are|this\s+is|that's)\b",
            r"\b(?:accidents|mistakes|these\s+things|things\s+like\s+that|stuff|shit)\s+happen\b|\bstuff\s+happens\b",
            r"\b(?:nobody|no\s+one|no-one)\s+(?:got|was)\s+(?:hurt|harmed|injured)\b|\bno\s+harm\s+done\b"),
        "It shrinks what happened or how they took it, which tells them their hurt is out of place.",
        "Let it be as big as it was for them: \"I kept you waiting and it mattered.\"",
        unless=("negated", "reported"),
        name="minimise",
    ),

    # passive_evasion -- Lazare's vague and passive acknowledgements: no one did anything.
    Rule(
        "passive_evasion",
        _re(r"\b(?:mistakes|errors|things|words|some\s+things|hurtful\s+things|harsh\s+things|voices|feelings|promises|lines|stuff|a\s+lot)\s+"
            r"(?:were|was|got|have\s+been|had\s+been)\s+(?:made|said|raised|hurt|broken|crossed|spoken|thrown|done)\b",
            r"\b(?:things|it|the\s+(?:conversation|evening|night|argument|fight|row|discussion|party|dinner|day))\s+(?:just\s+)?(?:got|went|spiralled|spiraled|escalated)\s+"
            r"(?:a\s+(?:bit|little)\s+)?(?:out\s+of\s+hand|heated|messy|ugly|too\s+far|off\s+the\s+rails|sideways|away\s+from\s+us)",
            r"\b(?:the\s+(?:evening|night|day|dinner|party|weekend|conversation)|things)\s+went\s+(?:the\s+way\s+(?:it|they)\s+did|how\s+(?:it|they)\s+did|badly|wrong|south)",
            r"\bthere\s+(?:was|were|has\s+been)\s+(?:a\s+|some\s+)?(?:bit\s+of\s+a\s+)?(?:misunderstanding|miscommunication|mix-?up|confusion)",
            r"\b(?:it|that|this)(?:'s|\s+is|\s+was)\s+(?:all\s+|really\s+)?(?:a\s+)?(?:misunderstanding|miscommunication|mix-?up)",
            r"\b(?:text|message|call|email|reminder|booking|payment|bill|invoice)s?\s+(?:just\s+)?(?:never\s+got|didn't\s+get|did\s+not\s+get|wasn't|was\s+not|never\s+was)\s+(?:sent|made|paid|booked|done)",
            r"\bwhat\s+happened\s+happened\b|\bit\s+just\s+happened\b|\bwhat\s+(?:was|got)\s+(?:said|done)\b",
            r"\b(?:the\s+)?(?:money|savings|card|rent|deposit)\s+(?:was|got|had\s+been)\s+(?:spent|used|taken|moved|lost)\b",
            r"\b(?:it|things)\s+(?:shouldn't\s+have|should\s+never\s+have)\s+(?:gone|got|gotten)\s+(?:that|so)\s+far\b",
            r"\b(?!(?:you|I|we|he|she|they)\b)\w+\s+(?:got|was|were|had\s+been)\s+(?:forgotten|overlooked|neglected|missed|dropped|skipped)\b",
            r"\b(?:stuff|things|words|it\s+all)\s+(?:just\s+)?(?:came\s+out|got\s+said|slipped\s+out|spilled\s+out|boiled\s+over)\b",
            r"\b(?:last\s+night|the\s+(?:evening|night|weekend|party|dinner|day|argument|fight|row)|yesterday|things)\s+(?:was|were|got|turned\s+into)\s+"
            r"(?:a\s+(?:bit\s+of\s+a\s+)?|such\s+a\s+)?(?:mess|disaster|shambles|car\s+crash|train\s?wreck)\b",
            r"\b(?:promises|plans|commitments|agreements|boundaries)\s+(?:weren't|were\s+not|wasn't|haven't\s+been|didn't\s+get|never\s+got)\s+(?:kept|followed\s+through|done|honou?red|respected|met)\b",
            r"\bthe\s+ball\s+(?:was|got)\s+dropped\b"),
        "Nobody does anything in this sentence, so nobody takes responsibility.",
        "Put yourself in it as the one who acted: \"I said hurtful things.\"",
        unless=("negated", "reported", "judged"),
        name="passive",
    ),

    # demand_forgiveness -- Lewicki et al.: a request for forgiveness adds least;
    # the hurt partner is not obliged to forgive on command or on a timetable.
    Rule(
        "demand_forgiveness",
        _re(r"\b(?:can|could|shall)\s+we\s+(?:please\s+)?(?:just\s+)?(?:move\s+on|move\s+past|get\s+past|put\s+(?:this|it|that)\s+behind|forget|drop\s+(?:it|this)|"
            r"let\s+(?:it|this)\s+go|be\s+(?:okay|ok|good|fine|normal)|go\s+back\s+to\s+(?:normal|how)|get\s+back\s+to\s+normal|make\s+up|"
            r"stop\s+(?:fighting|talking\s+about|going\s+on)|have\s+a\s+nice|not\s+(?:talk|go\s+over|bring|dwell)|"
            r"start\s+(?:fresh|over|again|afresh)|wipe\s+the\s+slate|turn\s+the\s+page)",
            r"\b(?:leave|put)\s+(?:it|this|that|all\s+(?:of\s+)?(?:this|that))\s+in\s+the\s+past\b|\bclean\s+slate\b",
            r"\blet's\s+(?:please\s+)?(?:just\s+)?(?:move\s+on|forget|put\s+(?:this|it)\s+behind|drop\s+(?:it|this)|not\s+(?:dwell|talk\s+about|go\s+over|bring)|let\s+(?:it|this)\s+go|get\s+past|draw\s+a\s+line)",
            r"\bhope\s+(?:we|you)\s+can\s+(?:put\s+(?:this|it)\s+behind|move\s+on|get\s+past|forget|forgive)",
            r"\bforgive\s+me\b",
            r"\b(?:need|want|would\s+like|'d\s+like|asking\s+for|ask\s+for|beg\s+for)\s+(?:you\s+to\s+forgive|your\s+forgiveness|forgiveness|us\s+to\s+be\s+(?:okay|ok|fine|good|normal)|(?:this|it)\s+to\s+be\s+over)",
            r"\b(?:are|r)\s+we\s+(?:okay|ok|good|fine|cool|alright|all\s+right)(?:\s+now)?\s*\?",
            r"\bwe(?:'re|\s+are)\s+(?:okay|ok|good|fine|cool)(?:\s+now)?\s*,?\s*(?:right|yeah)\s*\?",
            r"\bhow\s+long\s+(?:are\s+you\s+going|do\s+I\s+have|will\s+you|must\s+I)\b",
            r"\b(?:behind\s+us|over\s+it|okay|fine|normal|back\s+to\s+normal|past\s+this)\s+by\s+(?:tomorrow|tonight|the\s+weekend|this\s+weekend|next\s+week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
            r"\bget\s+over\s+it\b",
            r"\b(?:friends|okay|ok|good|fine|us|normal)\s+again\s*\?|\b(?:am\s+I\s+)?forgiven\s*\?|\btruce\s*\?",
            r"\b(?:are\s+you\s+)?still\s+(?:mad|angry|upset|cross)(?:\s+(?:at|with)\s+me)?\s*\?",
            r"\b(?:don't|do\s+not)\s+(?:be|stay)\s+(?:mad|angry|upset|cross)\b"),
        "It asks them to forgive or move on, which puts the pace of the repair on you instead of on them.",
        "Leave forgiveness with them: \"Take the time you need. I'll keep showing you.\"",
        unless=("negated_wide",),
        name="forgive/move on",
    ),

    # vague_promise -- Lewicki et al.: an offer of repair matters; it only
    # counts if it can be seen. "Do better" can't be noticed or checked.
    Rule(
        "vague_promise",
        _re(rf"\b{_I_WILL}\s+(?:really\s+|genuinely\s+)?(?:try\s+(?:to\s+(?:do|be)\s+better|harder|my\s+best)|do\s+better|be\s+better|be\s+a\s+better|change\b|"
            r"work\s+on\s+(?:it|myself|that|this|things|us|being|staying|my)|be\s+more\s+\w+|care\s+more|communicate\s+better|"
            r"make\s+(?:it|this|things)\s+(?:up\s+to\s+you|right)|never\s+(?:do\s+(?:it|that|this)|let\s+(?:it|that|this)\s+happen)\s+again|"
            r"improve|be\s+different|sort\s+myself\s+out|be\s+(?:the\s+\w+\s+you\s+deserve|there\s+for\s+you\s+more)|step\s+up|prove\s+(?:it|myself)|"
            r"earn\s+(?:your\s+trust|it)\s+back|make\s+(?:more\s+of\s+)?an?\s+effort|put\s+(?:in\s+)?(?:more\s+)?effort|pay\s+more\s+attention|"
            r"listen\s+more|be\s+less\s+\w+|get\s+better|learn\s+from\s+(?:this|it)|show\s+you\s+(?:I've|I\s+have)\s+changed|be\s+(?:kinder|nicer|calmer))",
            r"\b(?:it|this|that)(?:\s+won't|\s+will\s+not|\s+will\s+never|'ll\s+never)(?:\s+ever)?\s+happen\s+again\b",
            r"\bthings\s+(?:will|are\s+going\s+to)\s+(?:be\s+different|change)\b"),
        "A promise like this can't be seen or checked, so it asks them to take your word again.",
        "Name one thing they could notice: \"When I'm running late, I'll text before the time we agreed.\"",
        unless=("concrete", "negated"),
        name="vague promise",
    ),
    # --- More of each pitfall, found while reading public statements and texts ---
    Rule(
        "conditional",
        _re(rf"\b{_SORRY}\s+(?:\w+\s+){{0,6}}?(?:to|for)\s+(?:anyone|anybody|any\s+(?:\w+\s+){{0,3}}?\w+|those|people|everyone)\s+(?:who|that|whom)\s+(?:I\s+(?:may\s+)?(?:have\s+)?|(?:was|were|is|are|'s|has\s+been|have\s+been|may\s+have\s+been|felt|got|might\s+have\s+been)\s+(?:actually\s+|genuinely\s+|really\s+)?)(?:offended|hurt|upset)",
            rf"\b{_SORRY}\s+(?:\w+\s+){{0,6}}?(?:to|for)\s+(?:anyone|anybody|any\s+\w+|those|people)\s+(?:who|that)(?:'s|\s+was|\s+were|\s+is|\s+felt)\s+(?:actually\s+|genuinely\s+)?(?:offended|hurt|upset)",
            rf"\b{_SORRY}\s+(?:\w+\s+){{0,3}}?for\s+any\s+(?:\w+\s+){{0,2}}?(?:actions?|offen[cs]es?|hurt|harm|pain|upset|distress|behaviou?rs?|words|comments|remarks|mistakes?|wrong|inconvenience|misunderstanding)\b",
            r"\bto\s+the\s+extent\s+(?:I|my|we|our|it|that\s+I)\b",
            r"\bif\s+so\b[^.!?]{0,20}\b(?:sorry|apologi[sz]e)",
            r"\bif\s+(?:some|any|one|a\s+few)\s+of\s+(?:my|our)\s+\w+\s+(?:was|were)\b",
            r"\bif\s+(?:they|my\s+\w+|our\s+\w+|those\s+\w+|these\s+\w+)\s+(?:were|was)\s+(?:construed|taken|interpreted|read|seen|perceived|misunderstood)\b",
            r"\bI\s+(?:might|may)\s+have\s+been\s+(?:a\s+bit\s+|a\s+little\s+|slightly\s+|too\s+)?\w+",
            r"\bif\s+anyone\s+(?:was|felt|got|is|has\s+been)\s+(?:\w+\s+)?(?:offended|hurt|upset)"),
        "An apology to whoever 'may have' been hurt leaves open whether anyone was, and what you did.",
        "Say who you hurt and how, as fact: \"I hurt you when I ...\"",
        unless=("plan", "whether", "negated"),
        name="hedged audience",
    ),
    Rule(
        "sorry_you_feel",
        _re(rf"\b{_SORRY}\s+(?:\w+\s+){{0,6}}?(?:to|for)\s+(?:anyone|anybody|any\s+\w+|those|people|everyone)\s+(?:who|that)\s+(?:thought|took|takes|found|finds|perceived|saw|sees|heard|read|interpreted|felt\s+(?:that|like))\b",
            r"\b(?:feel|felt)\s+(?:bad|badly|terrible|awful)\s+for\s+(?:anyone|anybody|those|people)\s+who\b",
            rf"\b{_SORRY}\s+(?:that\s+)?(?:my|our)\s+(?:\w+\s+)?(?:words|comments?|remarks?|joke|statements?|tweets?|posts?|behaviou?r|actions?|choice\s+of\s+words)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:misinterpreted|misunderstood|misconstrued|misread|taken|construed|interpreted|received)\b",
            rf"\b{_SORRY}\s+(?:that\s+)?(?:my|our)\s+(?:\w+\s+)?(?:words|comments?|remarks?|joke|statements?|behaviou?r|actions?|tweets?|posts?)\s+(?:has|have|had)?\s*(?:upset|offended|bothered|caused\s+(?:offen[cs]e|upset))\s+(?:people|anyone|some|so\s+many|many|you|others|those)",
            rf"\b{_SORRY}\s+(?:that\s+)?your\s+(?:night|evening|day|birthday|weekend|holiday|trip|party|dinner)\s+(?:was|got)\s+(?:ruined|spoiled|spoilt|wrecked)",
            rf"\b{_SORRY}\s+(?:that\s+)?you\s+(?:got|have|had|took|get)\s+the\s+wrong\s+(?:idea|impression|end)",
            rf"\b{_SORRY}\s+(?:that\s+)?(?:she|he|they|you|people|the\s+\w+)\s+(?:had|have|has)\s+to\s+(?:go\s+through|experience|deal\s+with|endure|face)\b",
            rf"\b{_SORRY}\s+(?:for|about)\s+(?:the\s+|any\s+)?(?:offen[cs]e|upset|distress)\s+(?:taken|felt|caused)\b",
            # the effect, hedged with "any", as what is regretted: "for any offence these comments have caused"
            rf"\b{_SORRY}\s+(?:\w+ly\s+)?(?:(?:to\s+\w+\s+)?(?:for|about)\s+)any\s+(?:\w+\s+)?(?:offen[cs]e|upset|distress|hurt|pain|embarrassment|problems?|concerns?|harm|confusion|misunderstanding|anger|frustration)\b"
            r"(?=[^.!?]{0,60}\b(?:caused|experienced|felt))",
            # an audience's reaction as what is regretted: "sorry that some viewers found it distressing"
            rf"\b{_SORRY}\s+(?:\w+ly\s+)?(?:that\s+)?(?:(?:some|many|any|a\s+few|so\s+many|those|the|our|my)\s+)?(?:of\s+(?:you|our\s+\w+)\s+)?"
            r"(?:people|fans|viewers|listeners|readers|customers|members|supporters|users|followers|guests|audiences?|public|community)\s+"
            r"(?:\w+ly\s+)?(?:felt|feel|found|find|were|was|have\s+been|had\s+to|took|saw|thought|may\s+have|might\s+have)\b"),
        "It apologises for how they took it, not for what you did, so the act goes unowned.",
        "Name your action instead: \"I'm sorry I said it.\"",
        unless=("owned",),
        name="sorry they took it so",
    ),
    # blame_shift in a statement: the cause handed to someone else (Lazare: blaming the wrong party)
    Rule(
        "blame_shift",
        _re(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:caused|triggered|brought\s+about)\s+by\s+(?:a|an|the|one\s+of\s+(?:our|the))\s+(?:\w+\s+){0,3}?"
            r"(?:third[-\s]party|supplier|contractor|partner|provider|vendor|subcontractor|external)\b",
            r"\b(?:our|the|a|one\s+of\s+our)\s+(?:third[-\s]party\s+|external\s+)?(?:suppliers?|contractors?|partners?|providers?|vendors?|subcontractors?)\s+"
            r"(?:failed|let\s+us\s+down|did\s+not|didn't|was\s+responsible|were\s+responsible|made\s+(?:a|an)\s+(?:error|mistake))\b",
            r"\b(?:words|comments?|remarks?|statements?|views)\s+(?:were|was|have\s+been|has\s+been)\s+(?:deliberately\s+)?(?:twisted|distorted|misrepresented|weaponised|weaponized)\b",
            r"\b(?:twisted|distorted|misrepresented)\s+by\s+(?:political\s+)?(?:opponents|the\s+media|critics|my\s+enemies)\b",
            r"\b(?:caused|triggered|brought\s+about)\s+by\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:failure|fault|error|problem|outage)\s+(?:at|in|with)\s+(?:one\s+of\s+)?(?:our\s+|a\s+|the\s+)?"
            r"(?:third[-\s]party|external|partner|supplier)",
            # someone else provoked it: "the honourable member had been goading me all afternoon"
            r"\b(?:he|she|they|the\s+(?:\w+\s+){1,3})(?:had\s+been|has\s+been|was|were|kept)\s+(?:\w+ly\s+)?(?:goading|provoking|baiting|taunting|abusing|insulting|"
            r"winding)\s+(?:me|us)\b",
            # circumstances or people outside the speaker made it happen
            r"\b(?:outside|beyond)\s+(?:of\s+)?(?:our|my)\s+(?:\w+\s+)?control\b",
            r"\bwithout\s+(?:my|our)\s+(?:(?:knowledge|approval|consent|permission|authori[sz]ation|sign-off)(?:\s+or\s+|\s*,\s*|\s+and\s+)?){1,3}"),
        "It hands the cause to someone else, so the apology stops being yours.",
        "Keep to your own part: what you decided or failed to do, even if others were involved.",
        unless=("negated", "reported"),
        name="someone else caused it",
    ),
    Rule(
        "explanation_first",
        _re(r"\b(?:never|not|wasn't|isn't|without)\s+(?:\w+\s+){0,3}?(?:intentionally|intended|deliberately|on\s+purpose|the\s+intention|my\s+intention|any\s+intention|intent)\b",
            r"\b(?:my|our)\s+intention\s+(?:is|was)\s+(?:never|not|always|only)\b|\bnot\s+sorry\s+for\s+(?:any\s+of\s+)?(?:my|our)\s+intentions?\b",
            r"\bI\s+(?:\w+ly\s+)?(?:believed|thought|assumed|understood)\s+(?:\w+ly\s+)?(?:that\s+)?(?:this|it|they|that)\s+(?:was|were|would\s+be)\b",
            r"\bI\s+(?:said\s+to|told)\s+myself\b",
            r"\b(?:times|rules|things|standards|norms)\s+(?:\w+\s+){0,4}(?:were|was)\s+(?:so\s+|very\s+)?different\b|\bthat\s+was\s+the\s+culture\b",
            r"\b(?:untrue|mischaracteri[sz]ed|inaccurate|exaggerated|taken\s+out\s+of\s+context|not\s+(?:all\s+)?(?:accurate|true))\b",
            r"\b(?:I|we)\s+(?:only\s+|just\s+|all\s+)?wanted\s+to\s+(?:make|help|protect|lighten|keep|give|surprise|do|be|have)\b",
            r"\bbecause\s+I\s+(?:didn't|did\s+not|don't)\s+want\s+to\b|\bbecause\s+I\s+(?:wanted|was\s+trying|thought|was\s+worried|needed)\b",
            r"\bI\s+only\s+(?:stayed|said|did|went|looked|asked|left|took|spent|joked|laughed|mentioned|checked)\b",
            r"\b(?:the\s+)?(?:M\d+|motorway|freeway|highway|roads?|trains?|tube|bus(?:es)?|traffic|flight)\s+(?:was|were)\s+(?:a\s+|an\s+)?(?:absolute\s+|complete\s+|total\s+|just\s+)?(?:car\s+park|nightmare|mess|chaos|gridlocked|jammed|rammed|delayed|cancelled|a\s+joke|hell)",
            r"\bI\s+needed\s+(?:some\s+)?(?:air|space|a\s+break|a\s+minute)\b|\bthat's\s+all\s+it\s+was\b"),
        "A defence of your intentions or circumstances, before owning what you did, asks them to see your side first.",
        "Own the act and its effect first; if your reasons matter, give them afterwards and without 'but'.",
        unless=("after_ack", "disowned"),
        name="defence of intent",
    ),
    Rule(
        "blame_shift",
        _re(r"\bwhat\s+about\s+(?:when\s+)?you\b|\bwhat\s+about\s+(?:the\s+time|all\s+the\s+times)\b",
            r"\byou(?:'d|\s+had|\s+were|\s+was|'ve|\s+have)?\s+(?:been\s+)?(?:having\s+a\s+(?:go|dig)\s+at\s+me|on\s+at\s+me|going\s+on\s+at\s+me|nagging|in\s+my\s+face|winding\s+me\s+up|picking\s+at\s+me|pushing\s+me)",
            r"\byou\s+picked\s+the\s+(?:worst|wrong)\b|\byou\s+(?:could|should)\s+have\s+just\b|\byou\s+could've\s+just\b",
            r"\byou\s+(?:never|always)\s+\w+\s+(?:\w+\s+){0,6}?(?:either|too)\b|\band\s+I\s+never\s+say\s+(?:a\s+word|anything)\b",
            r"\b(?:because|cause|cos|coz)\s+you\s+(?:wouldn't|didn't|kept|were|started|made|never|always|wouldnt|didnt|won't|had|just)\b",
            r"\byou\s+(?:weren't|wasn't|were\s+not)\s+exactly\b|\bwhat\s+was\s+I\s+(?:meant|supposed)\s+to\s+do\b",
            r"\bif\s+you're\s+looking\s+for\s+(?:something|trouble|a\s+reason)\b|\byou\s+know\s+what\s+(?:she|he|they|you)(?:'s|\s+is|'re|\s+are)\s+like\b",
            r"\b(?:it's|it\s+is|it\s+was|this\s+is|this\s+was)?\s*not\s+my\s+fault\b",
            r"\byou\s+(?:spend|spent|do|did|said|forgot|forget)\s+(?:\w+\s+){0,6}?and\s+I\s+(?:never|didn't|don't)\b",
            r"\b(?:the|those)\s+(?:trolls|media|press|critics|other\s+side)\s+(?:made|twisted|turned)\b"),
        "It moves responsibility onto them (or others), which turns the apology into an accusation.",
        "Keep to your own part: \"I raised my voice. That was mine to control.\"",
        unless=("reported",),
        name="counter-blame",
    ),
    Rule(
        "minimising",
        _re(r"\ba\s+(?:quick|little|tiny|small|bit\s+of\s+a)\s+(?:look|peek|glance|dig|jab|comment|joke|flutter|spend|white\s+lie|fib)\b",
            r"\bthat's\s+all\b|\bthe\s+end\s+of\s+the\s+world\b|\b(?:says|does)\s+that\s+(?:stuff|sort\s+of\s+thing|to)\s+(?:to\s+)?everyone\b",
            r"\bthat's\s+hardly\b|\bhardly\s+(?:walking|a|the|anything|ever)\b",
            r"\blocker\s+room\b|\b(?:many|so\s+many|a\s+lot\s+of)\s+years\s+ago\b|\b(?:said|done)\s+(?:far\s+|much\s+)?worse\b",
            r"\bI\s+(?:didn't|did\s+not|never)\s+(?:shout|scream|yell|swear|hit|touch|threaten|get\s+up|use\s+(?:any\s+)?(?:derogatory|bad|foul)|call\s+(?:anyone|you|her|him|them)\s+names)\b",
            r"\b(?:what|something)\s+(?:companies|everyone|people|comedians|all\s+couples)\s+do\b|\bpoorly\s+(?:communicated|worded|phrased|explained)\b",
            r"\b(?:at\s+times|from\s+time\s+to\s+time|now\s+and\s+then|once\s+or\s+twice)\b(?=[^.!?]{0,40}$)|\binsensitive(?:ly)?\s+at\s+times\b",
            r"\b(?:a\s+(?:bit|little)|slightly|somewhat)\s+(?:spirited|much|off|over\s+the\s+top|insensitive|careless|tactless|clumsy)\b",
            r"\b(?:it|that|this)\s+was\s+(?:a\s+|an\s+)?(?:minor|small|little|honest|innocent|silly|tiny)\s+(?:mistake|slip|error|thing|joke|oversight|lapse)\b",
            r"\bI\s+just\s+(?:didn't|did\s+not)\s+\w+\b[^.!?]{0,40},\s*that's\s+all\b",
            r"\bwasn't\s+(?:a\s+)?(?:great|good|fun)\s+(?:night|day|time)\s+for\s+anyone\b|\bsuch\s+a\s+(?:thing|big\s+deal)\s+(?:for|to)\s+you\b"),
        "It shrinks what happened or how they took it, which tells them their hurt is out of place.",
        "Let it be as big as it was for them: \"I kept you waiting and it mattered.\"",
        unless=("negated", "reported"),
        name="shrink",
    ),
    Rule(
        "passive_evasion",
        _re(r"\b(?!(?:you|I|we|he|she|they)\b)\w+\s+(?:didn't|did\s+not|never)\s+(?:get|got)\s+(?:booked|done|paid|sent|fixed|sorted|cleaned|posted|made|bought|ordered|picked\s+up)\b",
            r"\b(?:deeply\s+|truly\s+)?regret\s+what\s+(?:occurred|happened|took\s+place|went\s+on)\b",
            r"\bslipped\s+(?:through\s+the\s+cracks|my\s+mind)\b|\bgot\s+(?:lost|missed)\s+in\s+the\b",
            r"\b(?:it|things|everything|it\s+all)\s+(?:all\s+)?(?:just\s+)?(?:escalated|blew\s+up|kicked\s+off|went\s+too\s+far|unravelled|unraveled|spiral(?:l)?ed)\b",
            r"\bthings\s+happened\b|\b(?:it's|it\s+has)\s+come\s+to\s+this\b|\bgot\s+to\s+that\s+point\b",
            r"\b(?:were|was|have\s+been|has\s+been)\s+(?:never\s+)?(?:\w+ly\s+)?(?:misinterpreted|misunderstood|misconstrued|poorly\s+communicated|mishandled|used\s+to|spoken\s+to)\b",
            r"\b(?:got|was|were)\s+moved\s+around\b|\bsomehow\s+I\b",
            r"\b(?:the\s+)?\w+\s+situation\b(?=[^.!?]{0,30}[.!?]|$)",
            r"\bwe\s+(?:are|were|'re)\s+in\s+this\s+(?:situation|position|mess)\b",
            r"\b(?:things|we)\s+(?:simply\s+|just\s+)?(?:did\s+not|didn't)\s+get\s+right\b|\bthings\s+(?:we|I)\s+(?:simply\s+)?(?:did\s+not|didn't)\s+get\s+right\b",
            r"\bgave\s+(?:an|the)\s+impression\b|\bI\s+could\s+have\s+(?:\w+\s+)?(?:worded|phrased|put|said|calibrated|chosen)\s+(?:it|that|this|those\s+words|my\s+words|things)\s+(?:better|differently|more\s+carefully)\b"),
        "Nobody does anything in this sentence, so nobody takes responsibility.",
        "Put yourself in it as the one who acted: \"I said hurtful things.\"",
        unless=("negated", "reported", "judged", "after_ack"),
        name="agentless",
    ),
    Rule(
        "passive_evasion",
        _re(rf"\b{_SORRY}\s+(?:that\s+)?(?:the|this|that|what|it)\s+(?:\w+\s+){{0,2}}?(?:happened|occurred|went\s+down|took\s+place)\b"),
        "Sorry that it happened leaves out who made it happen.",
        "Put yourself in it as the one who acted: \"I'm sorry I ...\"",
        unless=("negated", "reported", "judged", "after_ack"),
        name="sorry it happened",
    ),
    Rule(
        "demand_forgiveness",
        _re(r"\byou're\s+(?:going\s+to|gonna)\s+forgive\s+me\b|\bforgive\s+me,?\s+right\b",
            r"\b(?:give|giving)\s+me\s+(?:some\s+|a\s+bit\s+of\s+|any\s+)?credit\b",
            r"\b(?:now\s+)?you\s+(?:need|have|got|'ve\s+got)\s+to\s+(?:let\s+(?:it|this|that)\s+go|get\s+over|move\s+on|drop\s+it|forgive|stop\s+(?:bringing|going\s+on|being))",
            r"\bI\s+(?:ask|beg|am\s+asking|'m\s+asking)\s+(?:for\s+)?(?:your\s+)?forgiveness\b|\bI\s+beg\s+you\b",
            r"\bbefore\s+you\s+(?:drop|let\s+go\s+of|forget)\s+(?:it|this|that)\b",
            r"\b(?:hope|hoping)\s+(?:you'll|you\s+will|you\s+can|we\s+can)\s+(?:forgive|forget|move\s+on|let\s+it\s+go)\b",
            r"\b(?:I|we)\s+(?:just\s+)?want\s+(?:things|us|everything)\s+(?:to\s+go\s+)?back\s+to\s+(?:normal|how\s+(?:it|they)\s+(?:was|were))\b"),
        "It asks them to forgive, move on or give you credit, which puts the pace of the repair on you.",
        "Leave forgiveness with them: \"Take the time you need. I'll keep showing you.\"",
        unless=("negated",),
        name="forgive/credit",
    ),
    Rule(
        "vague_promise",
        _re(r"\b(?:it|this|that)\s+(?:won't|will\s+not)\s+be\s+(?:an\s+issue|a\s+problem|a\s+thing)\b",
            r"\b(?:learn\s+and\s+grow|grow\s+and\s+learn)\b|\bwork\s+to\s+(?:do|be)\s+better\b",
            r"\bwant\s+to\s+be\s+(?:the\s+(?:\w+\s+)?(?:person|partner|man|woman|husband|wife|boyfriend|girlfriend)\s+you\s+deserve|better\s+for\s+you|a\s+better\s+\w+)",
            r"\bI(?:'ll|\s+will)\s+be\s+better\b|\bI\s+(?:swear|promise)\s+(?:I'll|I\s+will)\s+(?:change|be\s+better|do\s+better)\b"),
        "A promise like this can't be seen or checked, so it asks them to take your word again.",
        "Name one thing they could notice: \"When I'm running late, I'll text before the time we agreed.\"",
        unless=("concrete", "negated"),
        name="vague promise, more",
    ),

    # self_focus -- Lerner: an apology that dwells on the speaker's own pain asks the
    # hurt person for comfort; Schumann: self-threat turns apologies toward the self.
    Rule(
        "self_focus",
        _re(r"\bI\s+(?:feel|felt|'ve\s+been\s+feeling|have\s+been\s+feeling)\s+(?:so\s+|absolutely\s+|really\s+|just\s+|utterly\s+)?(?:awful|terrible|horrible|sick|dreadful|wretched|like\s+(?:a|such\s+a|the)\s+(?:failure|idiot|monster|fool|mess|terrible|horrible|bad))",
            r"\bI\s+(?:haven't|have\s+not|can't|cannot|couldn't)\s+(?:slept|sleep|eat|eaten|stop\s+(?:thinking|crying))\b",
            r"\bhow\s+(?:bad|stupid|awful|terrible)\s+I\s+(?:must\s+)?(?:look|looked|seem)\b|\bI\s+hate\s+myself\b|\bI'm\s+(?:such\s+a|a)\s+(?:useless|terrible|horrible|awful|rubbish|hopeless|bad)\s+(?:person|partner|boyfriend|girlfriend|husband|wife|mum|dad)\b",
            r"\b(?:so\s+|really\s+|very\s+)?(?:hard|tough|difficult|awful|hell|rough|stressful|painful|horrible)\s+(?:for|on)\s+me\b",
            r"\byou\s+have\s+no\s+idea\s+how\s+(?:\w+\s+){0,2}I\b",
            r"\bI\s+(?:want|would\s+like|'d\s+like)\s+my\s+(?:old\s+)?(?:life|peace|sleep)\s+back\b|\b(?:no\s+one|nobody)\s+(?:\w+\s+)?(?:wants?|wishes)\s+(?:\w+\s+){0,3}more\s+than\s+I\s+do\b",
            r"\bI'm\s+(?:so\s+|really\s+)?upset\s+with\s+myself\b|\bI\s+am\s+(?:so\s+|greatly\s+|deeply\s+|very\s+)?embarrassed\b|\bI'm\s+(?:so\s+|really\s+)?embarrassed\b|\bembarrassed\s+and\s+ashamed\b|\bmy\s+shame\b",
            r"\bI\s+(?:get|got)\s+(?:sad|mad|anxious|frustrated|impatient|lonely)\b|\b(?:pains|hurts|kills)\s+me\s+(?:more|so|the\s+most|to)\b",
            r"\bI'm\s+(?:the\s+one\s+(?:who's|who\s+is)\s+)?(?:hurting|suffering)\s+too\b|\bI'm\s+beating\s+myself\s+up\b|\bI've\s+been\s+beating\s+myself\s+up\b",
            r"\b(?:I|I've)\s+(?:been\s+)?feeling\s+(?:like\s+)?(?:such\s+a\s+|a\s+)?(?:failure|mess|wreck)\b",
            # the speaker's sorrow as the subject, not what they did or what it did to the other person:
            # "I'm sad, I'm really sad", "I'm really busted up over this" (but "I'm gutted I missed it" is owned)
            r"\bI(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+|just\s+|deeply\s+|truly\s+)?(?:sad|saddened|heartbroken|crushed|busted\s+up)\b"
            r"(?!\s+(?:that|because|I\b|we\b|to\s+(?:have|hear|think|know)|about\s+what|for\s+(?:you|her|him|them|what|the\s+(?:pain|hurt|harm|people\s+I))))",
            # the speaker's nights: "Friday nights are always my worst night of sleep", "a particularly long night"
            r"\b(?:my\s+worst\s+night|sleepless\s+nights?|(?:a|such\s+a)\s+(?:particularly\s+|really\s+|very\s+)?long\s+night)\b"),
        "This turns toward your own feelings, so they may end up looking after you instead of being heard.",
        "Keep the focus on them for now: say what it was like for them; your own feelings can wait for another time.",
        unless=("negated", "reported"),
        name="about me",
    ),

    # apology_fatigue -- Lerner: "I've said sorry enough" and counting apologies turn
    # the apology into a complaint about the person who was hurt.
    Rule(
        "apology_fatigue",
        _re(r"\bI(?:'ve|\s+have)?\s+(?:already\s+)?(?:said|told\s+you)\s+(?:I'm|I\s+am|I\s+was)?\s*sorry\b(?!\s+(?:for\s+this\s+)?before\s+and)|\bI\s+(?:already\s+)?said\s+sorry\b(?!\s+(?:for\s+this\s+)?before\s+and)|\bI(?:'ve|\s+have)\s+already\s+apologi[sz]ed\b",
            r"\bI(?:'ve|\s+have)\s+(?:already\s+)?(?:said\s+sorry|apologi[sz]ed|apologi[sz]ed\s+for\s+\w+)\s+(?:\w+\s+){0,2}?(?:twice|(?:like\s+)?(?:two|three|four|five|six|ten|\d+|a\s+hundred|so\s+many|how\s+many|many)\s+times|enough|over\s+and\s+over|again\s+and\s+again)",
            r"\bhow\s+many\s+times\s+(?:do|must|have|will|should)\s+I\b|\bhow\s+many\s+(?:more\s+)?times\b[^.!?]{0,30}\bsorry\b",
            r"\b(?:the\s+)?(?:second|third|fourth|fifth|tenth|hundredth|\d+(?:st|nd|rd|th))\s+time\s+I(?:'ve|\s+have)\s+(?:apologi[sz]ed|said\s+sorry)\b",
            r"\bI\s+keep\s+(?:saying\s+sorry|apologi[sz]ing)\b|\bnever\s+enough\s+for\s+you\b|\bis\s+(?:that|this)\s+enough\s*\??",
            r"\bsorry[,.!]?\s+sorry[,.!]?\s+sorry\b",
            r"\bwhat\s+(?:more|else)\s+(?:do\s+you\s+want|can\s+I\s+(?:\w+\s+)?(?:do|say)|do\s+I\s+(?:have\s+to|need\s+to)\s+(?:do|say)|is\s+it\s+you\s+want|do\s+you\s+want\s+me\s+to\s+say)\b|\bwhat\s+is\s+it\s+you\s+want\s+me\s+to\s+say\b",
            r"\bI(?:'ve|\s+have)\s+apologi[sz]ed\s+for\s+\w+(?:\s+\w+){0,3}\.\s+(?:Now|So)\b"),
        "Counting your apologies, or saying you've apologised enough, makes it a complaint about them.",
        "Say it once more as if for the first time, and leave out how often you've said it before.",
        unless=("negated", "reported"),
        name="said it enough",
    ),
    Rule(
        "conditional",
        _re(r"\b(?:anyone|anybody|any\s+(?:\w+\s+){0,2}?\w+|those|people|everyone)\s+(?:who|that|whom)\s+(?:may\s+|might\s+)?(?:have\s+been|has\s+been|was|were|felt|is|are|'s|got|feels)\s+(?:\w+ly\s+)?(?:[a-z]+ed|hurt|upset|let\s+down)\b"),
        "An apology to whoever 'may have been' affected leaves open whether anyone was, and what you did.",
        "Say who you hurt and how, as fact: \"I hurt you when I ...\"",
        unless=("no_apology", "negated"),
        name="hedged audience, anywhere",
    ),
    Rule(
        "sorry_you_feel",
        _re(rf"\b{_SORRY}\s+(?:that\s+)?(?:some|many|a\s+few|those|people|fans|customers|anyone|some\s+of\s+(?:our|my|the)\s+\w+)\s+(?:found|felt|were|thought|took|saw|perceived|considered|may\s+have\s+(?:found|felt))\b",
            # one person or group named: "we regret that the customer felt mistreated"
            rf"\b{_SORRY}\s+(?:that\s+)?the\s+(?:\w+\s+)?(?:customers?|passengers?|guests?|famil(?:y|ies)|fans?|viewers?|readers?|players?|community|public|audience)\s+(?:felt|found|thought|perceived|considered|took)\b"),
        "It apologises for how people took it, not for what you did, so the act goes unowned.",
        "Name what you did: \"We made an advert that ...\"",
        unless=("owned",),
        name="sorry people took it",
    ),
    Rule(
        "sorry_you_feel",
        _re(rf"\b{_SORRY}\s+(?:that\s+)?(?:you|anyone|people|some\s+people|others|those)\s+(?:were|was|are|felt|feel|got|have\s+been|'ve\s+been|'re|may\s+have\s+been|might\s+have\s+been)\s+(?:so\s+|very\s+|really\s+|a\s+bit\s+)?(?!(?:left|alone|waiting|kept|stuck|the\s+one)\b)[a-z]+(?:ed|ful|ing)\b"),
        "It apologises for how they felt, not for what you did, so the act goes unowned.",
        "Name your action instead: \"I'm sorry I ...\"",
        unless=("owned",),
        name="sorry you were",
    ),
    Rule(
        "explanation_first",
        _re(r"\bwhich\s+is\s+(?:why|how)\s+I\b|\bthe\s+(?:only|main|real|whole)\s+reason\b|\bin\s+the\s+heat\s+of\b",
            r"\b(?:work|life|things|everything|the\s+week|this\s+week|my\s+job|the\s+kids|home)\s+(?:has|have|had)\s+been\s+(?:so\s+|really\s+|absolutely\s+|just\s+)?(?:relentless|full[-\s]on|overwhelming|a\s+lot|non-stop|crazy|mad|hectic|insane|chaos|brutal)"),
        "An explanation before owning what you did sounds like a defence and asks them to understand you first.",
        "Own the act and its effect first; if your reasons matter, give them afterwards and without 'but'.",
        unless=("after_ack", "disowned"),
        name="reason first",
    ),
    Rule(
        "blame_shift",
        _re(r"\byou\s+(?:\w+\s+)?(?:wind|wound|winds|push|pushed|pushes|provoke|provoked|provokes|goad|goaded|bait|baited|drive|drove|drives|set|sets|wound)\s+me\s+(?:up|off|over\s+the\s+edge|to|mad|crazy|round\s+the\s+bend)\b",
            r"\byou\s+gave\s+me\s+(?:every|no|good|plenty\s+of)\s+(?:reason|choice|option|cause)\b|\bleft\s+me\s+(?:no|little)\s+choice\b",
            r"\byou(?:'d|\s+would)\s+have\s+(?:done|said|reacted)\s+(?:exactly\s+)?(?:the\s+same|worse)\b|\bthen\s+again,?\s+you\b",
            r"\byou(?:'re|\s+are|\s+were|\s+weren't|'re\s+not|\s+are\s+not)\s+(?:\w+\s+){0,4}?(?:too|either|as\s+well)\b(?!\s+(?:much|many|late|long|soon|early|far))|\b(?:not\s+exactly\s+innocent|no\s+angel|not\s+perfect\s+either)\b",
            r"\b(?:our|the|a|their)\s+(?:supplier|suppliers|contractor|contractors|vendor|vendors|third[-\s]party|partner\s+company|subcontractor|courier|provider|agency)\s+(?:\w+\s+){0,2}?(?:failed|didn't|did\s+not|neglected|forgot|caused|was\s+responsible)\b"),
        "It moves responsibility onto them (or others), which turns the apology into an accusation.",
        "Keep to your own part: \"I raised my voice. That was mine to control.\"",
        unless=("reported",),
        name="counter-blame, more",
    ),
    Rule(
        "minimising",
        _re(r"\b(?:\w+|\d+)\s+(?:minutes?|mins?|hours?|drinks?|pounds?|quid|dollars?|bucks|seconds?)\b[^.!?]{0,25}?,?\s+not\s+(?:\w+|\d+)\s+(?:minutes?|mins?|hours?|drinks?|pounds?|quid|dollars?|bucks|days?)\b",
            r"\b(?:a\s+)?(?:throwaway|offhand|passing|off-the-cuff)\s+(?:line|comment|remark|joke)\b|\b(?:didn't|did\s+not)\s+think\s+(?:anyone|you|anybody)\s+would\s+(?:even\s+)?(?:notice|care|mind)\b",
            r"\ba\s+(?:small|tiny|limited)\s+number\s+of\b|\ba\s+handful\s+of\b|\bminor\s+(?:delay|issue|disruption|glitch|error|incident|problem|mistake)s?\b"),
        "It shrinks what happened or how they took it, which tells them their hurt is out of place.",
        "Let it be as big as it was for them: \"I kept you waiting and it mattered.\"",
        unless=("negated", "reported"),
        name="shrink, more",
    ),
    Rule(
        "passive_evasion",
        _re(r"\b(?!(?:you|I|we|he|she|they|me|it)\b)\w+\s+(?:\w+\s+)?(?:got|gets|getting|ended\s+up\s+(?:getting|being))\s+(?:\w+ly\s+)?(?:cancelled|canceled|forgotten|left|lost|broken|spent|missed|dropped|deleted|moved|mixed\s+up|overlooked|delayed|postponed|skipped|double-booked|sold|thrown\s+out|damaged|ruined|wrecked|used|taken|said|shared|leaked|sent)\b",
            r"\b(?:errors?|mistakes?|an?\s+(?:error|mistake|incident|issue|problem|oversight|lapse|breach))\s+(?:\w+\s+)?(?:occurred|happened|arose|took\s+place)\b|\bit\s+is\s+(?:deeply\s+|most\s+|very\s+)?regrettable\b",
            r"\b(?!(?:you|I|we|he|she|they|me|it|that|this|which|who)\b)\w+\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:accessed|shared|leaked|exposed|released|lost|sold|misused|mishandled|ignored|overlooked|cancelled|breached|compromised|spent|missed|broken)\b(?!\s+by\b)"),
        "Nobody does anything in this sentence, so nobody takes responsibility.",
        "Put yourself in it as the one who acted: \"We lost your data.\"",
        unless=("negated", "reported", "first_person", "judged", "after_ack"),
        name="agentless, more",
    ),
    Rule(
        "demand_forgiveness",
        _re(r"\b(?:let's|lets|can\s+we|could\s+we|we\s+should|just)\s+(?:\w+\s+){0,6}?(?:forget\s+(?:about\s+)?(?:it|this|that)|move\s+on|put\s+(?:it|this)\s+behind)",
            r"\btell\s+me\s+(?:we're|we\s+are|you're|you\s+are)\s+(?:okay|ok|alright|all\s+right|fine|good|not\s+(?:mad|angry|upset|cross))",
            r"\bwe\s+can\s+(?:start\s+(?:again|over|fresh|afresh)|get\s+past\s+(?:it|this)|go\s+back\s+to\s+normal)\b",
            r"\b(?:please\s+)?(?:don't|do\s+not)\s+(?:be|stay|get)\s+(?:mad|angry|upset|cross|annoyed)(?:\s+(?:with|at)\s+me)?\b"),
        "It asks them to forgive, move on or feel fine, which puts the pace of the repair on you.",
        "Leave forgiveness with them: \"Take the time you need. I'll keep showing you.\"",
        unless=("negated_wide",),
        name="move on, more",
    ),
    Rule(
        "vague_promise",
        _re(r"\b(?:committed\s+to|determined\s+to|going\s+to\s+work\s+to)\s+(?:doing|do|being|be)\s+better\b|\bdo(?:ing)?\s+better\s+(?:for|by)\s+(?:you|our|my|the)\b"),
        "A promise like this can't be seen or checked, so it asks them to take your word again.",
        "Name one thing they could notice: \"When I'm running late, I'll text before the time we agreed.\"",
        unless=("concrete", "negated"),
        name="vague commitment",
    ),
    Rule(
        "self_focus",
        _re(r"\bI'm\s+(?:such\s+a|a)\s+(?:useless|terrible|horrible|awful|rubbish|hopeless|bad|shit|crap)\s+(?:mother|father|friend|son|daughter|human|human\s+being|boyfriend|girlfriend|husband|wife|partner|person)\b|\byou\s+must\s+(?:think|hate)\s+(?:I'm|me)\b",
            r"\b(?:worst|hardest|most\s+painful|most\s+difficult|toughest|darkest)\s+(?:\w+\s+){0,2}(?:of|in)\s+my\s+(?:life|career)\b",
            r"\b(?:hard|tough|difficult|awful|painful)\s+(?:it\s+is|it's|this\s+is|it\s+has\s+been|this\s+has\s+been|it\s+was)\s+(?:for|on)\s+me\b",
            r"\bI(?:'ve|\s+have)\s+been\s+(?:crying|sobbing|in\s+bits|a\s+wreck|so\s+upset|miserable|devastated|heartbroken|beside\s+myself|a\s+mess)\b|\b(?:can|could)\s+(?:barely|hardly|not|n't)\s+look\s+at\s+myself\b",
            r"\b(?:ask|request)\s+(?:for\s+)?(?:privacy|space)\s+for\s+(?:me|my|myself)\b"),
        "This turns toward your own feelings, so they may end up looking after you instead of being heard.",
        "Keep the focus on them for now: say what it was like for them; your own feelings can wait.",
        unless=("negated", "reported"),
        name="about me, more",
    ),
    Rule(
        "apology_fatigue",
        _re(r"\b(?:apologi[sz]ed|said\s+sorry|saying\s+sorry|apologi[sz]ing)\s+(?:\w+\s+){0,3}?(?:a\s+(?:million|thousand|hundred)|loads\s+of|heaps\s+of|countless|so\s+many|enough|over\s+and\s+over|again\s+and\s+again)\b",
            r"\bhow\s+many\s+more\s+times\b|\bhow\s+much\s+longer\b[^.!?]{0,40}\b(?:sorry|apologi)",
            r"\b(?:said\s+sorry|apologi[sz]ed)\b[^.!?]{0,30}\band\s+again\b|\b(?:tired|sick)\s+of\s+(?:apologi[sz]ing|saying\s+sorry)\b|\bhave\s+to\s+keep\s+(?:saying\s+sorry|apologi[sz]ing)\b",
            r"\bwhat\s+(?:else|more)\s+(?:I'm|I\s+am|am\s+I)\s+(?:supposed|meant|expected)\s+to\s+(?:say|do)\b"),
        "Counting your apologies, or saying you've apologised enough, makes it a complaint about them.",
        "Say it once more as if for the first time, and leave out how often you've said it before.",
        unless=("negated", "reported"),
        name="said it enough, more",
    ),
)

# --------------------------------------------------------------------------
# Context checks

# Something a person does that the other can see: the test for a concrete commitment.
_ACTION = (r"(?:text|call|phone|ring|message|tell|say|ask|check|show|send|forward|put|set|book|leave|walk|step|stay|sit|"
           r"come|go\b|pause|stop|wait|listen|let\s+you\s+(?:know|finish|speak|talk|decide)|share|write|hand|pick|turn|switch|keep|plan|block|schedule|find|"
           r"back\s+you|speak|talk|apologi[sz]e|sleep|cook|pay|help|drive|meet|look|read|hold|answer|reply|decide)\b"
           r"(?!\s+(?:more|better|harder)\b)")
_CONCRETE = _re(
    rf"\bI(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'ve|\s+have)\s+(?:\w+\s+){{0,2}}?{_ACTION}",
    # present tense, as plans are often written ("When plans change, I text ..."),
    # limited to verbs whose past tense looks different
    r"\bI\s+(?:always\s+|now\s+|then\s+)?(?:text|call|phone|tell|say|ask|check|show|send|forward|leave|walk|step|"
    r"stay|sit|come|go|pause|stop|wait|listen|talk|share|keep|book)\b",
    rf"\bwe(?:'ll|\s+will)\s+(?:\w+\s+){{0,2}}?{_ACTION}",
    r"\b(?:stays|stay|goes|lives)\s+(?:in|on|off|at|between)\b",
    r"\b(?:every|each)\s+(?:day|evening|morning|night|week|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday|time)\b",
    r"\b(?:within|in)\s+(?:an?|one|two|five|ten|fifteen|twenty|thirty|\d+)\s+(?:minutes?|mins?|hours?|days?)\b",
    # what an organisation has already done or will do that others can see
    r"\b(?:I|we)(?:'ve|\s+have)\s+(?:already\s+|now\s+|just\s+)?(?:removed|withdrawn|suspended|refunded|contacted|written|published|"
    r"deleted|stopped|fixed|changed|launched|begun|started|appointed|set\s+up|taken\s+down|paid|returned|cancelled|"
    r"asked|told|moved|blocked|booked|put|sold|replaced|called|rung|texted|emailed|apologi[sz]ed\s+to)\b",
    # a promise tied to a day or an occasion they will see: "at Jen's on Friday", "tonight"
    r"\b(?:I'll|I\s+will|I'm\s+going\s+to)\b[^.!?]{0,60}?\b(?:tonight|tomorrow|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"this\s+(?:weekend|evening|morning|afternoon)|next\s+(?:week|weekend|time\s+we))\b",
    r"\b(?:will\s+be|have\s+been|has\s+been)\s+(?:fully\s+)?(?:refunded|removed|withdrawn|published|suspended|compensated|contacted)\b",
)

_ACK = _re(
    r"\bI\s+(?:was\s+wrong|got\s+(?:it|that|this)\s+wrong|messed\s+up|screwed\s+up|let\s+you\s+down|hurt\s+you|broke|yelled|shouted|snapped|swore|"
    r"raised\s+my\s+voice|slammed|ignored|dismissed|interrupted|talked\s+over|left|walked\s+out|stormed|forgot|missed|lied|hid|kept|"
    r"went\s+(?:quiet|silent|off)|made\s+fun|mocked|laughed|cancelled|canceled|didn't|did\s+not|wasn't|was\s+not|"
    r"was\s+(?:rude|short|sharp|cruel|harsh|dismissive|unkind|unfair|sarcastic|mean|selfish|careless|late|dishonest|cold|out\s+of\s+line)|"
    r"should\s+have|shouldn't\s+have|should've|made\s+(?:you|the\s+decision|a\s+decision|plans)|put\s+you|read\s+your|"
    r"told\s+(?:my|your|him|her|them)|said|spoke|changed\s+the\s+subject|chose|stayed\s+quiet|stood\s+there|"
    r"scared\s+you|frightened\s+you|embarrassed\s+you|humiliated|brushed|blamed|critici[sz]ed|called\s+you|pretended|"
    r"booked|made\s+that)\b",
    r"\b(?:that|it|this)(?:'s|\s+is|\s+was)\s+(?:all\s+)?(?:on\s+me|my\s+fault|my\s+doing|my\s+responsibility|wrong\s+of\s+me|"
    r"(?:really\s+|so\s+)?(?:wrong|unfair|cruel|dismissive|disrespectful|dishonest|unkind|hurtful|selfish|not\s+okay|not\s+ok))",
    r"\bI\s+take\s+(?:full\s+)?responsibility\b|\bI\s+own\s+(?:that|it|this)\b|\bmy\s+(?:fault|mistake|doing)\b",
    r"\b(?:there's|there\s+is|that's|it's|there\s+was)\s+no\s+excuse\b",
    r"\bI\s+know\s+what\s+I\s+did\b|\bI\s+did\s+(?:that|this|it)\b",
    r"\b(?:I'm|I\s+am)\s+(?:so\s+|really\s+|truly\s+|very\s+)?(?:sorry|ashamed)\s+(?:I\b|that\s+I\b|for\b|about\s+(?:what|how|the\s+way))",
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:so\s+|really\s+)?sorry\s+(?:I\b|for\b)",
    r"\bI\s+apologi[sz]e\s+for\b",
)

_IMPACT = _re(
    r"\byou\s+(?:were|felt|must\s+have\s+felt|had\s+to|ended\s+up|sat|waited|spent|stood|came\s+home|found\s+out|ran\s+out|"
    r"didn't\s+(?:know|deserve)|couldn't|deserved|carried|had\s+(?:dinner|a\s+rough|a\s+hard|a\s+bad)|'ve\s+had\s+to|were\s+left|trusted)\b",
    r"\b(?:it|that|this)\s+(?:left|made|put)\s+you\b",
    r"\b(?:left|made)\s+you\s+(?:feel|alone|on\s+your\s+own|waiting|doing)",
    r"\b(?:did|does|meant|cost)\s+(?:to\s+|for\s+)?you\b|\bwas\s+like\s+for\s+you\b|\bimpact\s+on\s+you\b",
    r"\byou\b[^.!?]{0,40}\b(?:hurt|embarrassed|humiliated|scared|frightened|exposed|alone|lonely|shut\s+out|left\s+out|"
    r"on\s+your\s+own|small|invisible|unheard|let\s+down|worried|cold|waiting)\b",
)

_REGRET = _re(
    r"\b(?:sorry|apologi[sz]e|apologies|regret)\b",
    r"\bI\s+wish\s+I\b|\bashamed\b|\bI\s+hate\s+that\s+I\b|\bI\s+feel\s+(?:terrible|awful|sick|bad)\b",
)

_OFFER = _re(
    r"\bwhat\s+(?:can|could)\s+I\s+do\b|\bis\s+there\s+anything\s+I\s+can\b|\bhow\s+can\s+I\s+make\b",
    r"\bmake\s+(?:it|this|things)\s+right\b|\bmake\s+amends\b",
    r"\bcheck\s+in\b|\bcheck-in\b|\bhold\s+me\s+to\b|\bcall\s+it\s+out\b|\btell\s+me\b|\blet\s+me\s+know\b|\bsqueeze\s+my\s+hand\b",
    r"\b(?:I'd|I\s+would)\s+like\s+to\s+(?:apologi[sz]e|hear|talk|sit|listen)\b",
    r"\bI(?:'ll|\s+will)\s+(?:apologi[sz]e|pay|replace|fix|call\s+your|talk\s+to\s+your|explain\s+to)\b",
    r"\bcan\s+we\s+(?:sit\s+down|talk)\b|\byou\s+can\s+(?:ask|hold|tell|call|say)\b",
    r"\bI(?:'ve|\s+have)\s+(?:booked|fixed|paid|sorted|replaced|called|set)\b",
    r"\b(?:if|when)\s+(?:it|this|that|the\s+old\s+pattern|I)\b[^.!?]{0,40}\b(?:again|comes\s+back|returns|slips?)\b",
    r"\bwe\s+agreed\b",
)

_NEGATOR = _Lazy(
    r"(?:\b(?:not|no|never|nothing|without|instead\s+of|rather\s+than|stop|won't|cannot)\b|n't\b)[^,;:()]*$",
    re.IGNORECASE,
)
# "I wouldn't have snapped if you hadn't ..." is not a negation of what follows.
_COUNTERFACTUAL = _Lazy(r"\b(?:wouldn't|would\s+not|would\s+never|couldn't|could\s+not)\s+have\b", re.IGNORECASE)
_REPORTER = _Lazy(
    r"\b(?:said|say|saying|says|called|call|calling|told\s+you|tell\s+you|telling\s+you|pretend|pretending|pretended|"
    r"act\s+like|acted\s+like|acting\s+like|claimed|implied|suggested)\s+(?:[\w']+\s+){0,3}[\"'\u201c\u2018]?$",
    re.IGNORECASE,
)
_PLAN_WORDS = _Lazy(
    r"\b(?:again|next\s+time|ever|in\s+(?:the\s+)?future|from\s+now\s+on|any\s+time|whenever)\b", re.IGNORECASE)
_PLAN_FOLLOW = _Lazy(
    r"\b(?:tell\s+me|let\s+me\s+know|say\s+so|call\s+it\s+out|I'll|I\s+will|we'll|we\s+will|please|squeeze)\b", re.IGNORECASE)
_WHETHER = _Lazy(
    r"\b(?:know|ask|asking|asked|wonder|wondering|sure|check|see|find\s+out|tell\s+me|understand)\s*$", re.IGNORECASE)
_OWNED = _Lazy(r"^[^.!?]{0,40}?\b(?:when|because|after)\s+I\b", re.IGNORECASE)
_DISOWNED = _Lazy(
    r"\bno\s+excuse\b|\bnot\s+an\s+excuse\b|\bisn't\s+an\s+excuse\b|\b(?:doesn't|does\s+not|didn't|did\s+not)\s+(?:excuse|justify)\b|"
    r"\b(?:doesn't|does\s+not|didn't|did\s+not)\s+make\s+it\s+(?:okay|ok|right|better|any\s+better)\b|\bnot\s+making\s+excuses\b|"
    r"\bbut\s+I\s+did\b|\b(?:doesn't|does\s+not|don't|do\s+not)\s+matter\b|\bwhat\s+matters\b",
    re.IGNORECASE,
)
_REINFORCES = _Lazy(
    r"^\s*(?:but|however)\b,?\s*(?:"
    r"(?:that's|that\s+is|it's|it\s+is|there's|there\s+is)\s+(?:no|not\s+an?)\s+excuse|"
    r"(?:that|it|this)\s+(?:doesn't|does\s+not|didn't|did\s+not)\s+(?:make|excuse|change|justify)|"
    r"(?:that's|it's|that\s+is|it\s+is)\s+(?:on\s+me|my\s+(?:fault|responsibility|problem|job|doing))|"
    r"(?:I'm|I\s+am)\s+not\s+(?:making|giving|offering)\s+(?:any\s+)?excuses|"
    r"(?:also|more\s+than\s+that|(?:most|above|more)\s+of\s+all|above\s+all|more\s+importantly|most\s+importantly)\b)",
    re.IGNORECASE,
)
_NEGATED_ASK = _Lazy(
    r"\b(?:not|never|n't|won't)\s+(?:\w+\s+){0,2}?(?:going\s+to|gonna|ask(?:ing)?|want(?:ing)?|expect(?:ing)?|need|pretend)\b",
    re.IGNORECASE)
_HAS_APOLOGY = _Lazy(r"\b(?:sorry|apologi[sz]e[sd]?|apologies|regret)\b", re.IGNORECASE)
_FIRST_PERSON = _Lazy(r"\b(?:I|we)\b(?!'m\s+sorry|\s+am\s+sorry|\s+are\s+sorry|'re\s+sorry)", re.IGNORECASE)
# A plain moral judgement of the act ("It was wrong", "shameful"): a passive sentence
# beside it is not evasion.
_JUDGED = _Lazy(
    r"\b(?:was|is|were)\s+(?:both\s+|totally\s+|completely\s+|so\s+|deeply\s+)?(?:wrong|unjustified|unjustifiable|inexcusable|"
    r"indefensible|shameful|disgraceful|unacceptable)\b", re.IGNORECASE)
_NOT_ONLY = _Lazy(r"\bnot\s+(?:only|just)\b", re.IGNORECASE)
_HEDGES = ("conditional", "sorry_you_feel")
_HAS_SORRY = _Lazy(rf"\b{_SORRY}\b", re.IGNORECASE)

# Blanks the draft leaves to fill ("[what it was like for you: ...]") are not
# the writer's words yet, so the checker ignores them.
_BLANK = _Lazy(r"\[[^\[\]\n]{1,80}:\s*(?:\.\.\.|…)\]")
_SENTENCE_END = _Lazy(r"[.!?…]+[\"”’')\]]*(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)")
_CLAUSE_BREAK = _Lazy(r"[,;:()—–]|\s-\s")


# --------------------------------------------------------------------------
# Checking


@dataclass
class _Sentence:
    start: int
    end: int


def _normalise(text: str) -> str:
    """Same length as the input: typographic apostrophes become plain ones."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of words in quotation marks that sit inside a sentence.

    Quoted words are someone's words being reported, or the plan's agreed
    wording; they are not flagged. A quote that starts its paragraph is not
    treated as reported speech (a whole message pasted in quotes is still
    checked).
    """
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "\u201c":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "\u201d" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif ch == "\n" and depth and text.startswith("\n", i + 1):
            spans.append((start, i))  # an unclosed quote ends with its paragraph
            depth = 0
    if depth:
        spans.append((start, len(text)))
    in_curly = _mask(text, spans)
    for paragraph in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", in_curly):
        marks = [m.start() for m in re.finditer('"', paragraph.group())]
        for a, b in zip(marks[::2], marks[1::2]):
            spans.append((paragraph.start() + a, paragraph.start() + b + 1))
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
    kept = []
    for start, end in sorted(spans):
        para_start = paragraph_starts[bisect.bisect_right(paragraph_starts, start) - 1]
        if text[max(para_start, start - _REACH):start].strip() or (start - para_start) > _REACH:
            kept.append((start, end))
    return kept


def _sentences(text: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if text[pos:m.end()].strip():
            out.append(_Sentence(pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        out.append(_Sentence(pos, len(text)))
    return out


# Context checks look at most this far either side of a match, so a long
# text without full stops stays linear.
_REACH = 240


def _before(text: str, sentence: _Sentence, at: int) -> str:
    return text[max(sentence.start, at - _REACH):at]


def _after(text: str, sentence: _Sentence, at: int) -> str:
    return text[at:min(sentence.end, at + _REACH)]


def _clause_prefix(text: str, sentence: _Sentence, at: int) -> str:
    prefix = _before(text, sentence, at)
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end():]
    return prefix[-50:]


def _clause_rest(text: str, sentence: _Sentence, at: int) -> str:
    rest = _after(text, sentence, at)
    m = _CLAUSE_BREAK.search(rest)
    return rest[:m.start()] if m else rest


# What an apology is about when it is not an act: an event, or what others went through
# ("sorry for the distress caused", "for any inconvenience", "that this happened").
_EXPERIENCE_OBJECT = _Lazy(
    r"^\s*(?:(?:very|so|really|truly|deeply|sincerely|genuinely|terribly|incredibly|extremely|most)\s+)*"
    r"(?:(?:for|about|over|that|to)\s+)?(?:(?:any|all|the|this|that|these|those|such)\s+)?(?:(?:\w+\s+){0,2}?)"
    r"(?:inconvenience|disruption|distress|concern|confusion|frustration|anxiety|worry|upset|hurt|pain|offen[cs]e|"
    r"problems?|issues?|delays?|difficult(?:y|ies)|trouble|events?|incidents?|accidents?|situation|circumstances|"
    r"experience|impact|consequences|damage|disappointment|anger|embarrassment|harm|loss|suffering|outcome|reaction|"
    r"disturbance|stress|grief)\b"
    r"|^\s*(?:(?:very|so|really|truly|deeply|sincerely)\s+)*(?:(?:that|for|about)\s+)?(?:what(?:ever)?|everything\s+that|"
    r"(?:this|it|that|the\s+\w+)\s+(?:has\s+|had\s+)?)\s*(?:happened|occurred|arose|took\s+place|came\s+about|went\s+wrong|unfolded)\b",
    re.IGNORECASE)
_CAUSE_WORD = _Lazy(r"because|due|owing|as\s+a\s+result", re.IGNORECASE)
# Circumstances offered before anything is owned: causes, pressures, the times, states of mind,
# advice followed, what was intended (Schumann 2014: justifications that stand in for an apology).
_CIRCUMSTANCE = _re(
    r"\bbecause\b", r"\bdue\s+to\b", r"\bowing\s+to\b", r"\bas\s+a\s+result\b", r"\b(?:was|were)\s+caused\s+by\b",
    r"\b(?:at|in)\s+(?:the|that)\s+time\b", r"\bback\s+then\b", r"\bin\s+those\s+days\b",
    r"\b(?:a\s+)?different\s+(?:time|times|era|culture|world)\b", r"\bthe\s+culture\b", r"\bcame\s+of\s+age\b",
    r"\bheat\s+of\s+(?:the\s+)?(?:moment|battle|game|debate)\b", r"\bheated\b",
    r"\bemotions?\s+(?:was|were|are|is|had\s+been|ran|running)\b", r"\b(?:running|ran)\s+high\b",
    r"\b(?:goad|provok|taunt|wind(?:ing)?\s+(?:me|us)\s+up)\w*", r"\bshouted\s+at\s+me\b",
    r"\b(?:under|enormous|extreme|huge|intense|immense|unprecedented|record|exceptional)\s+(?:\w+\s+)?(?:pressure|strain|demand|load|volumes?|stress)\b",
    r"\bunprecedented\b", r"\b(?:stretched|swamped|overloaded|inundated)\b", r"\bthan\s+ever\s+(?:before\b)?", r"\b(?:far\s+)?beyond\s+(?:anything|what)\s+(?:we|our|I|anyone)\b", r"\boutside\s+(?:our|my)\s+control\b",
    r"\b(?:on|following)\s+the\s+advice\b", r"\badvice\s+(?:I|we)\s+(?:was|were)\s+given\b",
    r"\b(?:I|we)\s+(?:genuinely\s+|honestly\s+|sincerely\s+)?(?:believed|understood|assumed)\b",
    r"\bpassed\s+away\b", r"\bnot\s+in\s+a\s+good\s+place\b", r"\b(?:my|our)\s+(?:grief|bereavement)\b",
    r"\b(?:I|we)\s+(?:was|were)\s+grieving\b",
    r"\b(?:I|we)\s+(?:was|were|had\s+been|'d\s+been)\s+(?:\w+\s+)?(?:exhausted|overwhelmed|under\s+\w+|going\s+through)\b",
    r"\b(?:never|not)\s+(?:my|our|the)\s+(?:intention|aim|intent|purpose)\b", r"\bwas\s+(?:designed|meant|intended)\s+to\b",
    r"\bthe\s+intent(?:ion)?\s+(?:is|was)\b", r"\bpassion\b", r"\bspeaks?\s+from\s+the\s+heart\b", r"\bin\s+hindsight\b",
    r"\btempers?\s+(?:were|was|ran|running|had\s+been|flared)\b", r"\b(?:full\s+of|charged\s+with|heightened)\s+(?:\w+\s+)?emotions?\b",
    r"\bon\s+the\s+road\s+for\b", r"\ba\s+(?:very\s+)?long\s+(?:campaign|day|season|flight|shift|night|week)\b",
)


class _Context:
    """What the context checks need to know about the whole text."""

    def __init__(self, text: str, sentences: list[_Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self._starts = [s.start for s in sentences]
        self.concrete = _CONCRETE.search(text) is not None
        self.judged = _JUDGED.search(text) is not None
        self.first_ack = len(text) + 1
        self.owned = False  # the structure found a specific act owned (set by _read_rules)

    def find_first_ack(self, hedged: set[int], excuses: list[tuple[int, int]] | None = None) -> None:
        """Where the first real acknowledgement is.

        An excuse that looks like an admission ("I didn't mean to") is not
        one, and neither is anything in a hedged sentence ("If I was out of
        line, then I'm sorry"). ``excuses``: where the excuse rule matches, if already found.
        """
        if excuses is None:
            excuse_rule = next(r for r in RULES if r.name == "excuse before acknowledgement")
            excuses = [(m.start(), m.end()) for m in excuse_rule.pattern.finditer(self.text)]
        for m in _ACK.finditer(self.text):
            if self.sentence_index(m.start()) in hedged:
                continue
            if any(s < m.end() and m.start() < e for s, e in excuses):
                continue
            self.first_ack = m.start()
            return

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)

    def sentence_of(self, pos: int) -> _Sentence:
        return self.sentences[self.sentence_index(pos)]

    def cancels(self, check: str, m: re.Match[str]) -> bool:
        text = self.text
        sentence = self.sentence_of(m.start())
        if check == "negated":
            prefix = _COUNTERFACTUAL.sub(" ", _clause_prefix(text, sentence, m.start()))
            return _NEGATOR.search(" ".join(prefix.split()[-4:])) is not None
        if check == "negated_wide":
            prefix = _clause_prefix(text, sentence, m.start())
            words = " ".join(prefix.split()[-8:])
            return _NEGATOR.search(" ".join(prefix.split()[-4:])) is not None or _NEGATED_ASK.search(words) is not None
        if check == "no_apology":
            return _HAS_APOLOGY.search(text[sentence.start:sentence.end]) is None
        if check == "first_person":
            return _FIRST_PERSON.search(text[sentence.start:sentence.end]) is not None
        if check == "judged":
            return self.judged
        if check == "reported":
            return _REPORTER.search(_before(text, sentence, m.start())[-60:]) is not None
        if check == "owned":
            return _OWNED.search(_after(text, sentence, m.end())) is not None
        if check == "after_ack":
            return m.start() > self.first_ack
        if check == "disowned":
            return _DISOWNED.search(_before(text, sentence, m.start()) + _after(text, sentence, m.start())) is not None
        if check == "concrete":
            return self.concrete
        if check == "plan":
            if _HAS_SORRY.search(_before(text, sentence, m.start())):
                return False
            if _PLAN_WORDS.search(_before(text, sentence, m.start()) + _after(text, sentence, m.start())):
                return True
            return _PLAN_FOLLOW.search(_after(text, sentence, m.end())) is not None
        if check == "whether":
            return _WHETHER.search(_before(text, sentence, m.start())) is not None
        if check == "reinforces":
            return self._but_is_harmless(m, sentence)
        raise ValueError(f"unknown context check {check!r}")

    def _but_is_harmless(self, m: re.Match[str], sentence: _Sentence) -> bool:
        """A 'but' is only a finding when it follows an apology and takes something back."""
        text = self.text
        before = _before(text, sentence, m.start())
        if _HAS_SORRY.search(before):
            if _NOT_ONLY.search(before):
                return True
        elif before.strip(" \t\n\"'“"):
            return True  # a 'but' mid-sentence with no apology before it
        else:
            index = self.sentence_index(m.start())
            if index == 0:
                return True
            previous = self.sentences[index - 1]
            if not _HAS_SORRY.search(text[max(previous.start, previous.end - _REACH):previous.end]):
                return True
        return _REINFORCES.search(_after(text, sentence, m.start())) is not None

    def but_clause_end(self, m: re.Match[str]) -> int:
        sentence = self.sentence_of(m.start())
        rest = _clause_rest(self.text, sentence, m.end())
        return min(m.end() + len(rest.rstrip(" .!?\n")), m.start() + 60)


# --------------------------------------------------------------------------
# Texting shorthand. People write "im", "u", "ill", "didnt"; the rules are written
# for "I'm", "you", "I'll", "didn't". The text is expanded before checking, with a
# map back to the original, so line:col still point at what the person wrote.

_SHORTHAND = {
    "im": "I'm", "ive": "I've", "u": "you", "ur": "your", "ya": "you", "dont": "don't", "didnt": "didn't",
    "doesnt": "doesn't", "wont": "won't", "cant": "can't", "isnt": "isn't", "wasnt": "wasn't",
    "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "wouldnt": "wouldn't", "thats": "that's", "youre": "you're", "youve": "you've",
    "youll": "you'll", "youd": "you'd", "theyre": "they're", "whats": "what's", "tho": "though",
    "cos": "because", "coz": "because", "cuz": "because", "pls": "please", "plz": "please", "sry": "sorry",
    "soz": "sorry", "gonna": "going to", "wanna": "want to", "ill": "I'll", "r": "are", "shouldve": "should've",
    "wouldve": "would've", "couldve": "could've", "apologise": "apologise",
}
_SHORT_RE = _Lazy(r"\b(?:" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# "ill" is "I'll" unless it follows a word that makes it the adjective ("I'm ill").
_ILL_ADJECTIVE = _Lazy(r"(?:\b(?:am|is|was|were|be|been|being|feel|felt|feeling|'m|so|really|very|too|get|got|fell)\s*)$",
                            re.IGNORECASE)


def _expand(text: str) -> tuple[str, list[int]]:
    """Shorthand expanded, and for each character of the result, its index in ``text``."""
    parts: list[str] = []
    where: list[int] = []
    last = 0
    for m in _SHORT_RE.finditer(text):
        word = m.group()
        low = word.lower()
        if low == "ill" and _ILL_ADJECTIVE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if low == "r" and not re.match(r"\s+(?:we|you|u)\b", text[m.end():m.end() + 4], re.IGNORECASE):
            continue  # only "r we ok", "r u mad"
        if low == "u" and text[max(0, m.start() - 1):m.start()] in ("'", "-"):
            continue
        replacement = _SHORTHAND[low]
        if replacement.lower() == low:
            continue
        parts.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        parts.append(replacement)
        where.extend(min(m.start() + i, m.end() - 1) for i in range(len(replacement)))
        last = m.end()
    parts.append(text[last:])
    where.extend(range(last, len(text)))
    where.append(len(text))
    return "".join(parts), where


# --------------------------------------------------------------------------
# Structure: what is acknowledged, and what each apology is about.
#
# An acknowledgement is a first-person clause whose verb is something the speaker
# did ("I shouted", "we sent the wrong emails", "I didn't text"), a fault the
# speaker owns ("I was rude", "that's on me", "I take full responsibility"), or an
# apology whose object is the speaker's own act ("sorry I left", "sorry for
# reading your phone", "sorry for the comment about your mum"). It does not count
# when it is hedged ("if I...", "I might have..."), an excuse ("I didn't mean
# to"), a promise ("I'll..."), reported ("you think I...") or generic ("I've made
# mistakes", "for the wrong I've done", "sorry for everything").

_IRREGULAR_PAST = (
    "said|told|left|forgot|missed|broke|hid|kept|lied|spent|took|made|went|came|gave|put|read|sent|let|threw|stole|"
    "drank|drove|ran|sat|stood|shut|hit|hurt|swore|sold|bought|brought|caught|fought|lost|slept|spoke|wrote|ate|"
    "blew|bit|chose|dug|fell|flew|froze|hung|laughed|led|lent|meant|paid|rang|rode|saw|shook|shot|slammed|stuck|"
    "struck|tore|threw|undid|woke|wore|won|yelled|done|been|gone|taken|given|broken|forgotten|hidden|spoken|"
    "written|stolen|driven|eaten|thrown|torn|let|cut|upset|overstepped|screwed|messed|stuffed|ghosted|"
    "blanked|bailed|flaked|dumped|bit|snapped|shouted|cheated|grew"
)
# Verbs of thinking and wanting say what went on inside, not what was done.
_NOT_ACTS = (
    "thought|believed|felt|wanted|needed|knew|meant|hoped|learned|learnt|realised|realized|understood|assumed|"
    "wished|loved|liked|tried|intended|figured|guessed|expected|seemed|appeared|used|supposed|reckoned|imagined|"
    "heard|saw|had|was|were|did|could|would|should|lived|worked|grew(?=\\s+up\\b)|began|apologised|apologized|regretted|"
    "got|noticed|wondered|decided|considered|believe|think|feel|want|need|know|mean|hope|love|like|guess|"
    "regret|apologise|apologize|promised|swear|swore|learned|didn't|never|always|also|just|really|genuinely|"
    "honestly|am|are|is|will|shall|can|may|might|must|ask|asked|welcomed|thanked|accept|accepted|take|"
    "became|remain|remained|continue|continued|own|owned|deserved|admired|hurt|upset|offended|disappointed|"
    "acted|behaved|affected|impacted"
)
_FAULT_STATES = (
    r"(?:(?:so|really|very|too|completely|totally|way\s+too|pretty|incredibly|deeply)\s+)?"
    r"(?:late|rude|wrong|unfair|stupid|foolish|ignorant|naive|short|sharp|harsh|cruel|unkind|mean|nasty|selfish|careless|thoughtless|dismissive|"
    r"out\s+of\s+(?:line|order)|dishonest|unfaithful|cold|distant|absent|sarcastic|condescending|patronising|"
    r"patronizing|disrespectful|insensitive|hurtful|horrible|awful\s+to\s+you|vile|a\s+(?:prat|jerk|idiot|dick|"
    r"coward|bully)|an\s+(?:idiot|arse|ass)|not\s+there|nowhere\s+to\s+be\s+(?:seen|found)|closed|down|offline|"
    r"unavailable|negligent|irresponsible|reckless|defensive|controlling|jealous|possessive|petty|lazy|"
    r"in\s+the\s+wrong|unreachable|silent|checked\s+out|on\s+my\s+phone|grumpy|moody|snappy|stroppy|impatient|"
    r"short-tempered|(?:such\s+)?a\s+(?:grump|nightmare|knob|pig|cow|brat|snob|monster))"
)
_FIRST = r"(?:I|we)"
_ADVERBS = r"(?:(?:just|really|completely|totally|basically|then|also|actually|simply|clearly|badly|utterly|stupidly|thoughtlessly|carelessly|deliberately|repeatedly|again|even|literally|kind\s+of|sort\s+of|straight\s+up)\s+)*"
_ACT_CLAUSE = _Alternatives((
    rf"\b(?P<subj>{_FIRST})(?:'ve|\s+have|'d|\s+had)?\s+{_ADVERBS}"
    rf"(?P<verb>(?!(?:{_NOT_ACTS})\b)(?:{_IRREGULAR_PAST}|[a-z]{{2,}}ed)\b)",
    rf"\b(?P<neg>{_FIRST})\s+{_ADVERBS}(?:didn't|did\s+not|never|haven't|have\s+not|hadn't|had\s+not|wasn't|weren't)\s+{_ADVERBS}"
    rf"(?P<negverb>(?!(?:mean|intend|think|realise|realize|know|understand|want|expect|see|notice|care|say\s+sorry|apologi[sz]e)\b)\w+)",
    rf"\b(?P<state>{_FIRST})(?:\s+was|\s+were|\s+got|'ve\s+been|\s+have\s+been|'d\s+been|\s+had\s+been|'m\s+the\s+one\s+who\s+(?:was|'s\s+been))\s+"
    rf"(?:(?:an?|over\s+an?|almost\s+an?|nearly\s+an?|\w+|\d+)\s+(?:\w+\s+)?(?=late\b))?{_FAULT_STATES}\b",
    r"\bI\s+(?:should\s+(?:never\s+|not\s+)?have|shouldn't\s+have|should've|should\s+never\s+have)\s+(?!been\s+(?:more|less|clearer|told|asked)\b)\w+",
), re.IGNORECASE)
_ACK_PHRASES = _re(
    r"\b(?:that|it|this)(?:'s|\s+is|\s+was)\s+(?:all\s+)?(?:on\s+me|my\s+fault|my\s+doing|my\s+responsibility|my\s+(?:job|mess|mistake))\b",
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:take|accept|bear|have\s+to\s+take|must\s+take)\s+(?:full\s+|complete\s+|total\s+|all\s+(?:the\s+)?)?responsibility\b"
    r"(?!\s+for\s+(?:the|this|that|our|my)\s+(?:\w+\s+)?(?:situation|circumstances|controversy|outcome|events?)\b)",
    r"\bI\s+am\s+the\s+(?:one\s+)?responsible\b|\bI\s+own\s+(?:that|it|this|what\s+I\s+did)\b|\bmy\s+(?:fault|mistake|doing|bad)\b",
    # responsibility named as the speaker's: "as the company responsible", "the fault is mine"
    r"\b(?:I|we)\s+(?:am|are|was|were)\s+(?:\w+\s+){0,2}?responsible\s+for\b(?!\s+(?:ensuring|making\s+sure|keeping|protecting|leading|running|overseeing|delivering|providing|serving)\b)"
    r"|\bas\s+the\s+(?:\w+\s+){0,2}?responsible\b",
    r"\b(?:it|that|the\s+(?:fault|blame|responsibility|mistake|failure))(?:'s|\s+is|\s+was)\s+(?:all\s+|entirely\s+|solely\s+)?mine\b",
    # an organisation's own people or systems as the ones who acted: "our officers did not respond"
    rf"\bour\s+(?:own\s+)?(?:\w+\s+)?(?:staff|team|officers?|people|employees|stewards|managers?|drivers?|nurses|doctors|"
    rf"teachers|system|systems|app|website|site|store|stores|company|service|advert|campaign|checks)\s+(?:\w+ly\s+)?"
    rf"(?:did\s+not|didn't|failed|should\s+(?:not\s+|never\s+)?have|(?!(?:{_NOT_ACTS})\b)[a-z]{{2,}}ed)\b",
    # a judged act: "that comment about your weight was cruel"
    r"\b(?:that|the|this|those|these)\s+(?:comments?|jokes?|remarks?|messages?|texts?|posts?|tweets?|emails?|words|decision|video|photo|sketch|column|thing\s+I\s+said)\b"
    r"[^.!?]{0,40}?\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:cruel|wrong|unfair|unkind|hurtful|nasty|mean|racist|sexist|"
    r"offensive|out\s+of\s+(?:line|order)|unacceptable|inexcusable|indefensible|not\s+(?:okay|ok|fair|funny))\b",
    # a promise broken: "I promised and didn't follow through"
    r"\bI\s+(?:promised|said\s+I\s+would|said\s+I'd|told\s+you\s+I'd)\b[^.!?]{0,40}?\b(?:and|but)\s+(?:then\s+)?(?:didn't|did\s+not|never)\b",
    r"\b(?:there's|there\s+is|that's|it's|there\s+was|that\s+was)\s+(?:(?:simply|just|really|absolutely|truly)\s+)?no\s+excuse\b",
    # the failure told from the other side, past and pinned on the speaker: "you deserved better from us"
    r"\byou\s+deserved\s+(?:(?:so\s+much|much|far|a\s+lot)\s+)?better\b[^.!?]{0,20}?\bfrom\s+(?:me|us)\b",
    r"\b(?:I|we)\s+(?:did|made)\s+(?:a|one|such\s+a)\s+(?:bad|terrible|awful|stupid|serious|big|cruel|unforgivable|wrong)\s+(?:thing|call|mistake|error|choice|decision)\b",
    r"\b(?:I|we)\s+(?:made|committed)\s+(?:a|an|one)\s+(?:\w+\s+)?(?:mistake|error)\b",
    r"\b(?:I|we)\s+(?:got|have\s+got|'ve\s+got)\s+(?:it|this|that)\s+(?:\w+\s+)?wrong\b",
    r"\b(?:I|we)\s+(?:fell|have\s+fallen|'ve\s+fallen)\s+short\b|\b(?:I|we)\s+(?:really\s+)?\[?(?:screwed|messed|stuffed|f\w*ed)\]?\s+(?:\w+\s+)?up\b",
    r"\bI\s+(?:should|ought\s+to)\s+(?:have\s+)?know(?:n)?\s+better\b",
    r"\b(?:that|it|this)\s+was\s+(?:\w+\s+){1,2}of\s+me\b",
    r"\b(?:what\s+(?:I|we|the\s+\w+|they)\s+did|my\s+\w+|our\s+\w+|what\s+happened\s+(?:on|at|in|to)(?:\s+\w+){1,3})\s+(?:was|is|were)\s+(?:both\s+|totally\s+|completely\s+|so\s+|really\s+|deeply\s+)?"
    r"(?:wrong|unjustified|unjustifiable|inexcusable|indefensible|shameful|unacceptable|disgraceful|cruel|unfair|"
    r"hurtful|dishonest|a\s+lie|a\s+betrayal|a\s+breach|out\s+of\s+(?:line|order)|not\s+(?:okay|ok|fair|acceptable))\b",
    r"\bI\s+know\s+what\s+I\s+did\b",
    # conduct judged by the speaker ("behaved" alone, and "swore" as a promise, are not acts)
    r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:acted|behaved|conducted\s+(?:myself|ourselves))\s+(?:\w+\s+)?(?:badly|poorly|inappropriately|disgracefully|"
    r"appallingly|terribly|unprofessionally|irresponsibly|shamefully|wrongly|rudely|aggressively|disrespectfully|foolishly|stupidly)\b",
    r"\b(?:I|we)\s+swore\s+at\b",
    r"\b(?:my|our)\s+(?:own\s+)?(?:(?:past|earlier|old|recent|horrible|awful|terrible|stupid|offensive|hurtful|careless|thoughtless|cruel|ignorant|insensitive|racist|sexist|homophobic)\s+){0,2}(?:failure|failings?|mistake|error|wrongdoing|misconduct|negligence|actions|conduct|"
    r"behaviou?r|decision|comments?|remarks?|words|handling|response|lapse|lie|lies|dishonesty|betrayal|tweets?|posts?|jokes?|"
    r"statements?|language|slurs?|outburst)\b(?!\s+(?:were|was)\s+(?:(?:not|never)\s+)?(?:made|meant|intended|said|written|posted|done|uttered)\b"
    r"|\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:misinterpreted|misunderstood|misconstrued|misread|taken|construed|interpreted|perceived|received|seen\s+as|viewed\s+as|twisted)|\s+(?:may|might|could)\s+have\b"
    # what the words did to feelings is the object, not the words: "(sorry) my comments have caused offence"
    r"|\s+(?:have\s+|has\s+|had\s+)?(?:caused|created|sparked|provoked|triggered|generated)\s+(?:\w+\s+){0,2}?(?:offen[cs]e|upset|hurt|pain|distress|concerns?|controversy|confusion|anger|outrage|discomfort|debate|reactions?|embarrassment|uproar|stir|fuss)\b)",
    r"\b(?:I|we)(?:'ve|\s+have)?\s+caused\b",
    r"\b(?:I|we)\s+(?:let\s+(?:you|her|him|them|\w+)\s+down|failed\s+(?:you|her|him|them|the\s+\w+|our\s+\w+))\b",
)
_GENERIC_OBJECT = _Lazy(
    r"^\s*(?:(?:plenty\s+of|a\s+lot\s+of|lots\s+of|so\s+many|some|many|all\s+sorts\s+of)\s+)?(?:mistakes|things|stuff|errors|everything|anything|whatever|"
    r"some\s+things|a\s+lot|wrongs)\b|^\s*to\s+(?:fulfil|fulfill|meet|live\s+up\s+to|uphold)\s+(?:our|my|the)\s+(?:responsibilit|obligation|duty|duties|standard|value|commitment|expectation)",
    re.IGNORECASE)
_GENERIC_ANTECEDENT = _Lazy(
    r"\b(?:the\s+wrong|everything|anything|whatever|all|things|what(?:ever)?|mistakes|the\s+things|the\s+mistakes?|the\s+ways?)\s+(?:that\s+)?$", re.IGNORECASE)
_HEDGE_BEFORE = _Lazy(
    r"(?:\b(?:if|unless|whether|in\s+case|might|may|could|would|wouldn't|couldn't|maybe|perhaps|possibly|to\s+the\s+extent)\b[^,;.!?]*$)"
    r"|(?:\b(?:you|they|he|she|people|some|many|others|critics)\s+(?:have\s+|has\s+|had\s+|'ve\s+)?(?:said|say|think|thought|feel|felt|believe|claim|claimed|suggested|reckon|seem\s+to\s+think)\s+(?:that\s+)?$)"
    r"|(?:\b(?:I'll|I\s+will|we'll|we\s+will|going\s+to|gonna)\s+(?:\w+\s+){0,3}(?:tell|say|admit|explain|show)\s+(?:\w+\s+){0,2}(?:that\s+)?$)",
    re.IGNORECASE)

# What a negated act denies when it denies wrongdoing as such: "(I have not engaged in) any misconduct",
# "(we did not do) anything wrong", "(I never broke) any rules".
_DENIED = _Lazy(
    r"^[^.!?\n]{0,30}?\b(?:any(?:thing)?\s+(?:\w+\s+)?(?:misconduct|wrongdoing|wrong|illegal|improper|impropriety|crimes?|laws?|rules?|"
    r"offen[cs]es?|harm)|nothing\s+(?:\w+\s+)?(?:wrong|illegal|improper))\b",
    re.IGNORECASE)

# The speaker's words named only as what caused a feeling: "(sorry for) the offence my comments caused".
_FEELING_BEFORE = _Lazy(
    r"\b(?:the|any|such|all\s+the)\s+(?:\w+\s+)?(?:offen[cs]e|upset|hurt|pain|distress|concerns?|confusion|embarrassment|anger|"
    r"outrage|discomfort)\s+(?:that\s+|which\s+)?$",
    re.IGNORECASE)
# "(sorry for) the embarrassment I have caused": what is regretted is the stir, not an act
_CAUSED = _Lazy(r"(?:I|we)(?:'ve|\s+have)?\s+caused\b", re.IGNORECASE)
_EFFECT_BEFORE = _Lazy(
    r"\b(?:the|any|all\s+the)\s+(?:\w+\s+)?(?:embarrassment|distraction|inconvenience|disruption|confusion|concerns?|controversy|"
    r"offen[cs]e|upset|stir|fuss|attention)\s+(?:that\s+|which\s+)?$",
    re.IGNORECASE)
_APOLOGY_WORD = _Lazy(
    r"\b(?:sorry|apologi[sz]e[sd]?|apologies|apology|regret|regrettable|forgive\s+me|my\s+bad|I\s+feel\s+(?:terrible|awful|bad))\b",
    re.IGNORECASE)
_VAGUE_OBJECT = _Lazy(
    r"^\s*(?:(?:for|about|over)\s+)?(?:(?:all\s+)?(?:of\s+)?(?:everything|it\s+all|all\s+(?:of\s+)?(?:it|this|that)|whatever|anything|"
    r"how\s+(?:things|it|everything|stuff)|the\s+way\s+(?:things|it|everything)|what(?:ever)?\s+(?:happened|went\s+on|occurred)|"
    r"(?:the\s+|this\s+|that\s+)?(?:whole\s+)?(?:situation|thing|things|stuff|mess|business|matter|drama|upset|inconvenience|"
    r"confusion|distraction|disruption|misunderstanding)|"
    # what the regret is about is a state of affairs, whatever words stand before the noun:
    # "our current situation", "the recent controversy", "the repercussions of ...", "the appearance of impropriety"
    r"(?:the|this|that|our|my|any|these|those)\s+(?:[\w'-]+\s+){0,2}?(?:situation|controversy|circumstances|repercussions|"
    r"consequences|fallout|perception|appearance|reactions?|confusion|misunderstanding|concerns?|discussion|debate)\b(?!\s+(?:I|we)\b)|"
    r"(?:the\s+|this\s+|that\s+|last\s+|your\s+|our\s+)?"
    r"(?:weekend|night|evening|morning|afternoon|day|week|month|year|earlier|yesterday|today|tonight|lately|recently|"
    r"before|last\s+night|the\s+other\s+day|friday|saturday|sunday|monday|tuesday|wednesday|thursday))\b)",
    re.IGNORECASE)
_SPECIFIC_OBJECT = _Lazy(
    r"^\s*(?:(?:(?:very|so|really|truly|deeply|sincerely|genuinely|terribly|incredibly|extremely)\s+)*)"
    r"(?:(?:for|about|that|over)\s+)?(?:"
    r"(?:the|this|that(?!\s+(?:I|we|you|he|she|they|it)\b)|my|our|those|these)\s+(?:\w+\s+){0,3}?"
    r"(?!(?:situation|thing|things|stuff|mess|way|mistakes?|wrongs?|errors?|hurt|pain|harm|offen[cs]e|upset|distress|frustration|"
    r"events?|incidents?|accidents?|inconvenience|disruption|delays?|problems?|issues?|concern|confusion|experience|impact|"
    r"consequences|damage|disappointment|outcome|circumstances)\b)\w{3,}\b(?!\s+(?:that|which)\s+(?:I|we)\b)"
    r"|(?!(?:everything|anything|nothing|something|being\s+(?:so\s+)?(?:upset|hurt)))\w+ing\b"
    # "what I said about your friends": what I did, pinned down by where, when or to whom
    r"|what\s+I\s+(?:said|did|wrote|posted|sent|called\s+you)\s+(?:about|to|at|on|in|last|yesterday|this|that)\b)",
    re.IGNORECASE)


class _Structure:
    """The acknowledgements in a text and the apologies with nothing specific behind them."""

    def __init__(self, text: str, sentences: list[_Sentence], excuses: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.acks: list[int] = []
        for m in _ACT_CLAUSE.finditer(text):
            if self._counts(m, excuses):
                self.acks.append(m.start())
        for m in _ACK_PHRASES.finditer(text):
            if self._hedged(m.start()) or (m.group()[:2].lower() in ("my", "ou")
                                           and _FEELING_BEFORE.search(text, max(0, m.start() - 40), m.start())) or (
                    _CAUSED.match(m.group()) and _EFFECT_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                continue
            self.acks.append(m.start())
        self.apologies = [m for m in _APOLOGY_WORD.finditer(text)]
        for m in self.apologies:
            rest = text[m.end():m.end() + 80]
            sentence_rest = re.split(r"[.!?\n]", rest, maxsplit=1)[0]
            if self._hedged(m.start()) or _VAGUE_OBJECT.match(sentence_rest):
                continue
            if _SPECIFIC_OBJECT.match(sentence_rest) and not re.match(r"^\s*(?:for|about)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:offen[cs]e|hurt|pain|upset|distress|frustration)\b", sentence_rest, re.IGNORECASE):
                self.acks.append(m.start())
        self.acks.sort()

    def _hedged(self, at: int) -> bool:
        start = max(0, at - 80)
        for s in self.sentences:
            if s.start <= at < s.end:
                start = max(s.start, at - 80)
                break
        prefix = self.text[start:at]
        prefix = re.split(r"[;:]|,\s+(?=(?:and|but|so)\b)", prefix)[-1]
        return _HEDGE_BEFORE.search(prefix) is not None

    def _counts(self, m: re.Match[str], excuses: list[tuple[int, int]]) -> bool:
        if any(s < m.end() and m.start() < e for s, e in excuses):
            return False
        if self._hedged(m.start()):
            return False
        if (m.groupdict().get("verb") or "").lower() == "caused" and _EFFECT_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
            return False  # "the embarrassment I have caused": the stir is regretted, not an act
        if _GENERIC_ANTECEDENT.search(self.text[max(0, m.start() - 30):m.start()]):
            return False
        after = self.text[m.end():m.end() + 60]
        if _GENERIC_OBJECT.match(after):
            return False
        if re.match(r"\s*\?", after[:2]) or re.match(r"[^.!?\n]{0,40}\?", after):
            return False  # a question is not an admission
        if m.groupdict().get("neg") and _DENIED.match(after):
            return False  # "I have not engaged in any misconduct": a denial, not an admission
        return True

    def first_ack(self) -> int | None:
        return self.acks[0] if self.acks else None


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def check_apology(text: str, *, learned: bool = True) -> CheckResult:
    """Findings (pitfalls) and components (good parts) of an apology text.

    The rules find pitfalls they can point at; with ``learned`` (the default), the learned models
    (apology_model.py) then weigh them: a rule's finding stands only when the text as a whole does
    not read as a sound apology, and when the rules found nothing in a text that reads as flawed,
    the pitfall it reads most like is reported at the sentence that carries it (see ``_weigh``).
    ``learned=False`` gives the rules alone, for evaluation.
    """
    read = _read_rules(text)
    final, set_aside = read.found, False
    if learned and read.visible.strip():
        from repairkit.care import apology_model

        model = apology_model.model()
        final, set_aside = _weigh(read.found, Reading(read.context, model), model.thresholds)
    return _result(read, final, set_aside)


@dataclass
class _RulesRead:
    """What the rules found, and what the rest of the check needs to know about the text."""

    original: str
    where: list[int]      # for each character of the expanded text, its index in ``original``
    visible: str          # shorthand expanded, blanks masked
    context: _Context
    found: list[tuple[int, int, Rule]]
    owned: list[int]      # where the text acknowledges a specific act


def _read_rules(text: str) -> _RulesRead:
    original = text
    text, where = _expand(_normalise(text))
    blanks = [(m.start(), m.end()) for m in _BLANK.finditer(text)]
    visible = _mask(text, blanks)  # what the components look at
    quiet = _mask(visible, _quoted_spans(visible))  # what the rules look at
    context = _Context(quiet, _sentences(visible))

    def run(rules: list[Rule]) -> list[tuple[int, int, Rule]]:
        found = []
        for rule in rules:
            for m in rule.pattern.finditer(quiet):
                if any(context.cancels(check, m) for check in rule.unless):
                    continue
                end = context.but_clause_end(m) if rule.name == "sorry, but" else m.end()
                found.append((m.start(), end, rule))
        return found

    # Hedges first: a hedged sentence does not count as an acknowledgement.
    hedges = run([r for r in RULES if r.category in _HEDGES])
    excuse_rule = next(r for r in RULES if r.name == "excuse before acknowledgement")
    excuses = [(m.start(), m.end()) for m in excuse_rule.pattern.finditer(quiet)]
    context.find_first_ack({context.sentence_index(start) for start, _, _ in hedges}, excuses)
    structure = _Structure(quiet, context.sentences, excuses)
    hedged_sentences = {context.sentence_index(start) for start, _, _ in hedges}
    owned = [a for a in structure.acks if context.sentence_index(a) not in hedged_sentences]
    if owned:
        context.first_ack = min(context.first_ack, owned[0])
        context.owned = True
    raw = hedges + run([r for r in RULES if r.category not in _HEDGES])
    raw += _context_first(quiet, context, structure, owned, raw)
    if not owned and quiet.strip():
        raw.append(_unacknowledged(quiet, structure, hedged_sentences))
    for start, end in blanks:
        raw.append((start, end, BLANK_RULE))

    raw.sort(key=lambda item: (item[0], -item[1], CATEGORIES.index(item[2].category)))
    kept: list[tuple[int, int, Rule]] = []
    reported_to: dict[str, int] = {}
    for start, end, rule in raw:
        if start < reported_to.get(rule.category, -1):
            continue  # the same pitfall already reported for these words
        kept.append((start, end, rule))
        reported_to[rule.category] = max(end, reported_to.get(rule.category, -1))
    # A 'but' whose clause holds another finding (blame, minimising) is reported as that.
    other_starts = [start for start, _, rule in kept if rule.category != "explanation_first"]
    final = []
    for start, end, rule in kept:
        if rule.name == "sorry, but":
            sentence_end = context.sentence_of(start).end
            i = bisect.bisect_right(other_starts, start)
            if i < len(other_starts) and other_starts[i] < sentence_end:
                continue
        final.append((start, end, rule))
    return _RulesRead(original, where, visible, context, final, owned)


def _result(read: _RulesRead, final: list[tuple[int, int, Rule]], set_aside: bool) -> CheckResult:
    original, where, visible, context = read.original, read.where, read.visible, read.context
    line_starts = _line_starts(original)
    findings = []
    for start, end, rule in final:
        start, end = where[start], where[max(end - 1, start)] + 1
        line = bisect.bisect_right(line_starts, start)
        col = start - line_starts[line - 1] + 1
        words = re.sub(r"\s+", " ", original[start:end]).strip()
        if len(words) > _SHOWN:
            words = words[:_SHOWN].rsplit(" ", 1)[0] + " …"
        findings.append(Finding(rule.category, line, col, words, rule.why, rule.better))

    hedged = {context.sentence_index(start) for start, _, rule in final if rule.category in _HEDGES}
    regret = any(context.sentence_index(m.start()) not in hedged for m in _REGRET.finditer(visible))
    components = {
        "acknowledges": bool(read.owned) or set_aside,
        "names_impact": any(context.sentence_index(m.start()) not in hedged for m in _IMPACT.finditer(visible)),
        "regret": regret,
        "commits_to_change": _CONCRETE.search(visible) is not None,
        "offers_repair": _OFFER.search(visible) is not None,
    }
    return CheckResult(findings, components)


NO_ACK_RULE = Rule(
    "no_acknowledgement",
    re.compile(r"(?!)"),  # found by structure (``_Structure``), not by a pattern
    "Nothing here says, in your own words, what you did, so the sorry can sound like it is about the situation.",
    "Name the act in the first person: \"I forgot your birthday, and you spent the day waiting for a message.\"",
    name="nothing acknowledged",
)
NO_ACK_EVENT_RULE = Rule(
    "no_acknowledgement",
    re.compile(r"(?!)"),  # found by structure: every apology is for an event or for what others went through
    "The sorry here is for what happened or for what others went through, not for something you did.",
    "Say what you did that caused it, in the first person: \"We sent the wrong letters\", \"I cancelled without telling you.\"",
    name="sorry for the event, nothing owned",
)
CONTEXT_RULE = Rule(
    "explanation_first",
    re.compile(r"(?!)"),  # found by structure (``_context_first``)
    "The circumstances come before anything is owned, so the apology can sound like a defence.",
    "Start with what you did and what it did to them; if the circumstances matter, give them afterwards.",
    name="circumstances before the apology",
)
BLANK_RULE = Rule(
    "no_acknowledgement",
    re.compile(r"(?!)"),  # blanks are found by _BLANK
    "This part is still a blank; until it says what happened in your words, the apology isn't finished.",
    "Replace the brackets with what you did and what it was like for them, in your own words.",
    name="blank",
)


# --------------------------------------------------------------------------
# Weighing: the rules' findings and the learned models' reading of the whole text.
#
# Phrase rules fit the texts they were written from (docs/apology.md has the figures), so a
# rule's finding stands only when the whole text does not read as a sound apology
# (``keep``; a stricter ``keep_noack`` for "nothing acknowledged", which depends most on
# wording the acknowledgement finder may not know). When the text reads as flawed
# (``add``), the pitfalls it reads most like (``category``) are added at the sentence
# that reads most like each, and if nothing at all was found, the likeliest one is.
# Thresholds come from cross-validation (bench/train_apology_model.py).

_READS_AS: dict[str, tuple[str, str]] = {
    "conditional": (
        "This reads as hedged, as if the hurt might not have happened.",
        "Say it as fact: \"I hurt you when I ...\""),
    "sorry_you_feel": (
        "This reads as sorry for how they feel or took it, more than for what you did.",
        "Name your action: \"I'm sorry I ...\""),
    "explanation_first": (
        "This reads as a reason or a defence, before you've owned what you did.",
        "Start with what you did and what it did to them; if the reason matters, give it later, without 'but'."),
    "blame_shift": (
        "This reads as moving some of the responsibility onto them, or onto someone else.",
        "Keep to your own part: \"I raised my voice. That was mine to control.\""),
    "minimising": (
        "This reads as making what happened, or how they took it, smaller than it was for them.",
        "Let it be as big as it was for them: \"It mattered, and I see that now.\""),
    "passive_evasion": (
        "This reads as if things happened on their own, with nobody doing them.",
        "Put yourself in it as the one who acted: \"I said ...\" or \"We sent ...\""),
    "demand_forgiveness": (
        "This reads as asking for something back: forgiveness, moving on, or credit for apologising.",
        "Leave forgiveness with them: \"Take the time you need. I'll keep showing you.\""),
    "vague_promise": (
        "This reads as a promise they can't see or check.",
        "Name one thing they could notice: \"When I'm running late, I'll text before the time we agreed.\""),
    "self_focus": (
        "This reads as being about your own feelings, so they may end up looking after you.",
        "Keep the focus on them for now: say what you think it was like for them."),
    "apology_fatigue": (
        "This reads as tired of apologising, which can sound like a complaint about them.",
        "Say it once, as if for the first time, and leave out how often you've said it."),
    "no_acknowledgement": (
        "This reads as sorry without saying, in your own words, what you did.",
        "Name the act in the first person: \"I forgot your birthday, and you spent the day waiting.\""),
}
READ_RULES: dict[str, Rule] = {
    category: Rule(category, re.compile(r"(?!)"), why, better, name=f"reads as {category}")
    for category, (why, better) in _READS_AS.items()
}
_MAX_ADDED = 2
_SHOWN = 90  # characters of a sentence shown for a finding the models added

# Where the models may add a pitfall: a broad cue of it, much looser than a rule (a hedge word for
# `conditional`, someone else as a subject for `blame_shift`, a passive or "happened" for
# `passive_evasion`, ...). Without one the text is left alone, however it scores: a bag of words
# can read "I made an offensive remark" as a hedge because hedges often mention offence. The
# finding points at the sentence with a cue that reads most like the pitfall.
CUES: dict[str, _Lazy] = {name: _Lazy(pattern, re.IGNORECASE) for name, pattern in {
    "conditional": r"\bif\b|\bmay\b|\bmight\b|\bany(?:one|body)?\b|\bwhatever\b|\bextent\b|\b(?:those|people|everyone)\s+who\b",
    "sorry_you_feel": r"\byou\s+(?:feel|felt|were|are|took|take|found|saw|see|had\s+to|got|have\s+been)\b|"
                      r"\b(?:people|anyone|anybody|some|those|fans|customers|viewers|members|supporters|public)\b|"
                      r"\bcame\s+(?:across|out)\b|\btaken\b|\bmis\w*(?:interpreted|understood|read|construed)\b|\bhow\s+you\b|"
                      r"\byour\s+feelings\b|\b(?:upset|offended|hurt|distress\w*|disappointed)\b",
    "explanation_first": r"\bbecause\b|\bcos\b|\bsince\b|\b(?:I|we)\s+(?:was|were|had|'d|have\s+been|'ve\s+been)\b|"
                         r"\b(?:meant|mean|intend\w*|purpose|thought|believed|assumed|figured|wanted|tried|trying)\b|"
                         r"\b(?:work|traffic|train|phone|tired|stress\w*|busy|sleep|drunk|day|week|pressure|time|culture|advice)\b|"
                         r"\bbut\b|\bhowever\b",
    "blame_shift": r"\byou\b|\byour\b|\bthey\b|\bhe\b|\bshe\b|\bthem\b|\bboth\b|\bfault\b|"
                   r"\b(?:supplier|partner|provider|courier|media|press|critics|opponents|referee|officials|advice|others)\b",
    "minimising": r"\b(?:only|just|little|bit|tad|few|small|minor|tiny|one|once|literally|tops|handful|brief(?:ly)?|slightly|"
                  r"silly|jok\w+|banter|fun|harmless|nothing|deal|overreact\w*|sensitive|dramatic|isolated|limited|"
                  r"minutes?|mins?|ago|throwaway|words|comment)\b",
    "passive_evasion": r"\b(?:was|were|been|got|get|gets|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b|\bhappen\w*|\boccurr\w*|"
                       r"\bsituation\b|\bthings\b|\bevents?\b|\bincident\b|\bwent\b|\bregrettable\b",
    "demand_forgiveness": r"\bforgiv\w*|\bmove\s+(?:on|past|forward)|\bbehind\s+(?:us|them|me)|\bpast\s+(?:this|it)|\bforget\b|"
                          r"\bnormal\b|\b(?:okay|ok|good|fine|cool)\s*\?|\bdrop\s+it\b|\blet\s+it\s+go\b|\bare\s+we\b|\bcredit\b|"
                          r"\bhope\s+(?:we|you|that)\b|\bstill\s+(?:mad|angry|upset|cross)\b|\bnow\?|\bthing\b",
    "vague_promise": r"\b(?:will|'ll|going\s+to|gonna|promise|swear|commit\w*|try|better|change|learn\w*|grow|improve|never|"
                     r"won't|make\s+it\s+up|work\s+on)\b",
    "self_focus": r"\b(?:feel|felt|feeling|awful|terrible|sick|slept|sleep|hard|hardest|painful|devastated|gutted|ashamed|"
                  r"embarrassed|hate|crying|cried|mess|failure|myself|family|privacy|worse|heartbroken|struggl\w*)\b",
    "apology_fatigue": r"\b(?:again|times|already|twice|enough|hundred|million|third|second|tenth|keep|said\s+sorry|"
                       r"apologi[sz](?:ed|ing)|how\s+many|what\s+more|what\s+else|statement)\b",
    "no_acknowledgement": r"\b(?:sorry|apologi\w+|regret\w*)\b",
}.items()}
# A hedge or a sorry-you-feel is about the apology itself: its cue must be in a sentence that apologises
# ("anyone who was hurt can contact us" is an offer, not a hedge).
_ABOUT_THE_APOLOGY = ("conditional", "sorry_you_feel")


class Reading:
    """The learned models' reading of a text (as the rules see it: shorthand expanded, blanks and
    quoted words masked): the whole of it, and each sentence when asked."""

    def __init__(self, context: _Context, model) -> None:
        from repairkit.care import apology_model

        self._am = apology_model
        self.model = model
        self.visible = context.text
        self.context = context
        feats = apology_model.features(self.visible)
        self.flawed = apology_model.score(model.flawed, feats)
        self.categories = {name: apology_model.score(linear, feats) for name, linear in model.categories.items()}
        # how much it reads like a public statement rather than a message to a partner
        self.public = apology_model.score(model.public, feats) if model.public is not None else 0.0
        self._features: dict[int, list[str]] = {}
        self._scores: dict[tuple[int, str], float] = {}

    def sentence_index(self, pos: int) -> int:
        return self.context.sentence_index(pos)

    def sentences(self) -> range:
        return range(len(self.context.sentences))

    def span(self, index: int) -> tuple[int, int]:
        """A sentence without its surrounding space."""
        sentence = self.context.sentences[index]
        piece = self.visible[sentence.start:sentence.end]
        lead = len(piece) - len(piece.lstrip())
        return sentence.start + lead, max(sentence.start + lead + 1, sentence.start + len(piece.rstrip()))

    def sentence_text(self, index: int) -> str:
        sentence = self.context.sentences[index]
        return self.visible[sentence.start:sentence.end]

    def sentence(self, index: int, which: str) -> float:
        """How much one sentence reads as flawed (``which="flawed"``) or as one category."""
        key = (index, which)
        if key not in self._scores:
            if index not in self._features:
                sentence = self.context.sentences[index]
                self._features[index] = self._am.features(self.visible[sentence.start:sentence.end])
            linear = self.model.flawed if which == "flawed" else self.model.categories[which]
            self._scores[key] = self._am.score(linear, self._features[index])
        return self._scores[key]


_SHORT_WORDS = 30  # a text this short owns its act in words the structure knows, or not at all


def _weigh(found: list[tuple[int, int, Rule]], reading: Reading,
           limits: dict[str, float]) -> tuple[list[tuple[int, int, Rule]], bool]:
    """The rules' findings weighed by the learned models, and whether "nothing acknowledged" was
    set aside because the text reads as a sound apology.

    A rule's finding stands when the whole text reads as flawed (``keep``), or when the sentence it
    is in reads as that pitfall (``keep_sentence``): one hedged sentence in an otherwise good
    apology still counts. "Nothing acknowledged" has no sentence of its own, so it needs the whole
    text (``keep_noack``) and either that pitfall's own score (``keep_noack_cat``) or a text that reads
    as plainly flawed (``noack_sure``): real statements that own the act in words the finder does not
    know read as somewhat flawed overall, but not as unacknowledged. When the whole text reads as
    flawed (``gate``; ``gate_public``, higher, when the register model reads it as a public statement,
    since sound real statements read as somewhat flawed too), the models add up to two pitfalls the
    rules did not report: those whose own score reaches its level (``add:<category>``, set so that
    few good texts reach it) and whose cue is in the text (``CUES``), each at the sentence with a
    cue that reads most like it.
    """
    kept: list[tuple[int, int, Rule]] = []
    set_aside = False
    public = reading.public >= 0.5  # reads as a public statement, not a message to a partner
    unowned = None  # "nothing acknowledged", as the structure found it, if the models set it aside
    for start, end, rule in found:
        if rule is BLANK_RULE:
            kept.append((start, end, rule))
        elif rule is NO_ACK_EVENT_RULE:
            # the structure is plain (every sorry is for an event): it stands unless the text reads as sound
            if reading.flawed >= limits["keep"]:
                kept.append((start, end, rule))
            else:
                set_aside = True
        elif rule is NO_ACK_RULE:
            if reading.flawed >= limits["keep_noack"] and (
                    reading.categories["no_acknowledgement"] >= limits.get("keep_noack_cat", 0.0)
                    or reading.flawed >= limits.get("noack_sure", 0.0)):
                kept.append((start, end, rule))
            else:
                set_aside, unowned = True, (start, end, rule)
        elif (reading.flawed >= limits["keep"]
              or reading.sentence(reading.sentence_index(start), rule.category) >= limits["keep_sentence"]):
            kept.append((start, end, rule))
    if reading.flawed >= (limits.get("gate_public", limits["gate"]) if public else limits["gate"]):
        have = {rule.category for _, _, rule in kept}
        likely = sorted(((p / limits["add:" + c], c) for c, p in reading.categories.items()
                         if c not in have and p >= limits["add:" + c]), reverse=True)
        added = 0
        for _, category in likely:
            if category == "vague_promise" and reading.context.concrete:
                continue  # something they will be able to see is named: the rule's own test
            if category == "no_acknowledgement" and reading.context.owned:
                continue  # a specific act is owned: the structure's own test says otherwise
            cued = sorted({reading.sentence_index(m.start()) for m in CUES[category].finditer(reading.visible)})
            if category in _ABOUT_THE_APOLOGY:
                cued = [i for i in cued if _HAS_APOLOGY.search(reading.sentence_text(i))]
            if not cued:
                continue
            index = max(cued, key=lambda i, c=category: reading.sentence(i, c))
            kept.append((*reading.span(index), READ_RULES[category]))
            added += 1
            if added == _MAX_ADDED:
                break
        kept.sort(key=lambda item: (item[0], -item[1], CATEGORIES.index(item[2].category)))
    if unowned is not None and not kept and (not public or len(reading.visible.split()) <= _SHORT_WORDS):
        # A message that owns no specific act is never "no pitfalls found" (SPEC): the models may set
        # the finding aside beside others, not leave the text with none at all. A long statement in a
        # public register is the exception: it can own its act in words the structure doesn't know.
        kept.append(unowned)
    return kept, set_aside and not any(rule.category == "no_acknowledgement" for _, _, rule in kept)


def _context_first(text: str, context: _Context, structure: _Structure, owned: list[int],
                   found: list[tuple[int, int, Rule]]) -> list[tuple[int, int, Rule]]:
    """Circumstances in the sentences before the first apology, with nothing owned before it.

    Clause order, not wording: a cause, a pressure, the times, a state of mind or an intention in a
    sentence of its own, ahead of the sorry, reads as the defence coming first, whatever the words.
    """
    if not structure.apologies or any(rule.category == "explanation_first" for _, _, rule in found):
        return []
    first_apology = structure.apologies[0].start()
    index = context.sentence_index(first_apology)
    if index == 0:
        return []
    first_owned = min([context.first_ack, *owned[:1]])
    for sentence in context.sentences[:index]:
        if sentence.start > first_owned:
            break  # something is owned first: what follows is context, not a defence
        m = _CIRCUMSTANCE.search(text, sentence.start, sentence.end)
        while m and _CAUSE_WORD.match(m.group()) and any(0 <= a - m.end() <= 12 for a in structure.acks):
            m = _CIRCUMSTANCE.search(text, m.end(), sentence.end)  # "because we hadn't checked": the cause owned
        if m and m.start() < first_owned:
            piece = text[sentence.start:sentence.end]
            lead = len(piece) - len(piece.lstrip())
            return [(sentence.start + lead, max(sentence.start + lead + 1, sentence.start + len(piece.rstrip())), CONTEXT_RULE)]
    return []


def _about_events(text: str, structure: _Structure, hedged: set[int], context: _Context) -> bool:
    """Every apology is for an event or for what others went through (or hedged), and one at least is."""
    events = 0
    for m in structure.apologies:
        if context.sentence_index(m.start()) in hedged:
            continue
        rest = re.split(r"[.!?\n]", text[m.end():m.end() + 100], maxsplit=1)[0]
        addressee = re.match(r"^[\s,]*to\s+(?:(?!for\b|that\b|over\b|about\b|if\b)[\w'’-]+\s*){1,8}", rest, re.IGNORECASE)
        if addressee:  # "apologise to those affected (for ...)": what matters is what follows
            rest = rest[addressee.end():]
            if not re.match(r"^\s*(?:for|that|over|about)\b", rest, re.IGNORECASE):
                continue
        if _EXPERIENCE_OBJECT.match(rest):
            events += 1
        elif not _VAGUE_OBJECT.match(rest) and rest.strip(" ,;:-—"):
            return False
    return events > 0


def _unacknowledged(text: str, structure: _Structure, hedged: set[int] | None = None) -> tuple[int, int, Rule]:
    """Where to point when nothing is acknowledged: the first apology, else the first words."""
    if structure.apologies:
        m = structure.apologies[0]
        start = m.start()
        head = text[start:start + 80]
        cut = re.search(r"[.!?\n;,]", head[len(m.group()):])
        end = start + len(m.group()) + (cut.start() if cut else len(head) - len(m.group()))
    else:
        start = len(text) - len(text.lstrip())
        head = text[start:start + 60]
        cut = re.search(r"[.!?\n]", head)
        end = start + (cut.start() if cut else len(head))
    rule = NO_ACK_RULE
    if structure.apologies and hedged is not None and _about_events(text, structure, hedged, _Context(text, structure.sentences)):
        rule = NO_ACK_EVENT_RULE
    return start, max(end, start + 1), rule


_PRESENT_WORDS = {
    "acknowledges": "you say plainly what you did",
    "names_impact": "you say what it was like for them",
    "regret": "you say sorry without conditions",
    "commits_to_change": "you name something they will be able to see you do",
    "offers_repair": "you offer a way to put it right or to raise it again",
}
_MISSING_WORDS = {
    "acknowledges": "say what you did, in the first person (\"I left without telling you\")",
    "names_impact": "say what you think it was like for them, and let them correct you",
    "regret": "say sorry plainly, with nothing attached",
    "commits_to_change": "name one thing you'll do that they'll be able to see",
    "offers_repair": "offer a way to put it right, or a way for them to raise it if it happens again",
}


def format_findings(result: CheckResult, source: str) -> str:
    """Human text: one line per finding plus a suggestion, then what is there and what would help."""
    where = safe_text(source, one_line=True)
    lines = []
    for f in result.findings:
        lines.append(f"{where}:{f.line}:{f.col}: {f.category}: «{safe_text(f.text, one_line=True)}» — {f.why}")
        lines.append(f"    try: {f.better}")
    if not result.findings:
        lines.append(f"{where}: no pitfalls found")
    present = [_PRESENT_WORDS[c] for c in COMPONENTS if result.components.get(c)]
    missing = [_MISSING_WORDS[c] for c in COMPONENTS if not result.components.get(c)]
    if present:
        lines.append("Already there: " + "; ".join(present) + ".")
    if missing:
        lines.append("What would help it land:")
        lines.extend(f"    - {m}" for m in missing)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Drafting
#
# A draft is what a person might say aloud in about a minute: to their partner, in
# the second person, in their own voice. The plan's fields are retold, not quoted:
# the partner's name becomes "you", the speaker's name becomes "I". The impact is
# offered as the speaker's understanding, with room to be corrected. The fear is
# spoken to in words that fit what happened (a sub-case is read from the incident
# and pattern), and for `other` the draft makes a tentative guess instead of handing
# the work back. Phrasings are picked by a hash of the plan, so the same plan always
# gives the same draft and different plans read differently.


def _seed(plan: Plan) -> str:
    parts = [plan.id, plan.title, plan.incident, plan.impact, plan.pattern, plan.fear, plan.behavior, plan.raise_it]
    return "\x1f".join("" if p is None else str(p) for p in parts)


def _pick(seed: str, part: str, options: tuple[str, ...]) -> str:
    """The same plan always picks the same phrasing; different plans vary."""
    digest = hashlib.sha256(f"{part}\x1e{seed}".encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def _given(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


def format_date(day: dt.date, today: dt.date) -> str:
    """'Friday 4 December', with the year only when it is not this year."""
    text = f"{day:%A} {day.day} {day:%B}"
    return text if day.year == today.year else f"{text} {day.year}"


# Third-person verbs that turn into second or first person: "Alex says" -> "you say".
_VERB_S = _Lazy(r"^(?:says|texts|tells|asks|gives|uses|calls|squeezes|puts|mentions|raises|sends|names|"
                     r"taps|holds|writes|shows|points|lets|gets|decides|chooses|needs|wants|feels|sits|waits|"
                     r"explains|has|does|goes|is|was)$")
_S_TO_BASE = {"has": "have", "does": "do", "goes": "go", "is": "are", "was": "were"}


def _retell(text: str, hurt: str | None, repairing: str | None) -> str:
    """The plan's words as the speaker would say them to their partner."""
    out = text.strip()
    for name, me in ((hurt, False), (repairing, True)):
        if not name:
            continue
        escaped = re.escape(name)
        out = re.sub(rf"\b{escaped}'s\b", "my" if me else "your", out)

        def verb(m: re.Match[str], me: bool = me) -> str:
            word = m.group(1)
            if not _VERB_S.match(word):
                return ("I " if me else "you ") + word
            if me:
                base = {"is": "am", "was": "was", "has": "have", "does": "do", "goes": "go"}.get(word, word[:-1])
                if word.endswith("es") and word not in _S_TO_BASE and word[:-2].endswith(("sh", "ch", "x", "ss")):
                    base = word[:-2]
                return "I " + base
            base = _S_TO_BASE.get(word, word[:-1])
            if word.endswith("es") and word not in _S_TO_BASE and word[:-2].endswith(("sh", "ch", "x", "ss")):
                base = word[:-2]
            return "you " + base

        out = re.sub(rf"(?<![\w'])(?:{escaped})\s+(\w+)", verb, out)
        out = re.sub(rf"(?<=\bto\s){escaped}\b|(?<=\bwith\s){escaped}\b|(?<=\bfor\s){escaped}\b|(?<=\bat\s){escaped}\b",
                     "me" if me else "you", out)
        out = re.sub(rf"\b{escaped}\b", "I" if me else "you", out)
    return out


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _clause(text: str) -> str:
    """Lower-case the first letter (unless it is 'I' or a name) and drop the full stop."""
    text = text.strip().rstrip(".!")
    if text[:2] not in ("I ", "I'") and text[:1].isupper() and not text[1:2].isupper():
        first = text.split(" ", 1)[0]
        if first.lower() in _COMMON_STARTS:
            text = text[0].lower() + text[1:]
    return text


_COMMON_STARTS = {"when", "if", "whenever", "every", "each", "the", "at", "on", "in", "after", "before", "you", "we",
                  "my", "your", "a", "an", "as", "once", "by", "during", "dinner", "last", "this", "that"}

# Sub-cases within each fear, read from the incident and the pattern.
_SUBCASES: dict[str, tuple[tuple[str, str], ...]] = {
    "reliability": (("late", r"\blate\b|\bwait|\bon\s+time\b|\bhour\b|\bminutes\b"),
                    ("forgot", r"\bforg[eo]t|\bremember|\bbirthday|\banniversary"),
                    ("cancel", r"\bcancel|\bdidn't\s+(?:turn\s+up|show)|\bbail|\bno-show")),
    "respect": (("public", r"\bin\s+front\s+of\b|\bparty\b|\bfriends\b|\bjoke|\bmock|\blaugh|\bteas"),
                ("privacy", r"\b(?:phone|messages|journal|diary|emails?|laptop|bag)\b"),
                ("tone", r"\bshout|\byell|\bsnap|\bvoice\b|\btone\b|\bswor|\bsarcas|\bcalled\s+you")),
    "alone": (("backing", r"\bmum\b|\bmom\b|\bdad\b|\bfamily\b|\bbrother\b|\bsister\b|\bparents\b|\bsaid\s+nothing|\bback(?:ed)?\s+you"),
              ("walkout", r"\bwalk(?:ed)?\s+out|\bleft\b|\bslam|\bstorm|\bdisappear|\bwent\s+quiet|\bsilent|\bsilence"),
              ("crisis", r"\bhospital|\bfuneral|\bscan\b|\bappointment|\bill\b|\bsick\b")),
    "honesty": (("money", r"\bmoney|\bspen[dt]|\bcard\b|\bdebt|\bbet|\bsavings|\bbank|\bloan|£|\$"),
                ("privacy", r"\b(?:phone|messages|journal|diary|emails?|laptop)\b"),
                ("hiding", r"\bhid|\bhidden|\bsecret|\bdidn't\s+tell|\bmessag|\blie|\blied")),
}
_LONG = _Lazy(r"\bmonths?\b|\bweeks\b|\byears?\b|\bfor\s+a\s+while\b|\bsince\b|\bongoing\b|\ball\s+along\b", re.IGNORECASE)


def _subcase(fear: str, text: str) -> str:
    for name, pattern in _SUBCASES.get(fear, ()):
        if re.search(pattern, text, re.IGNORECASE):
            return name
    return "general"


# What I think this touched, by fear and sub-case. "{span}" is "that evening" or "all
# that time", to fit the incident's time frame.
_FEAR_LINES: dict[tuple[str, str], tuple[str, ...]] = {
    ("reliability", "late"): (
        "I think what it really touched is whether you can count on me to turn up when I say I will.",
        "I think underneath it is a question I keep giving you reasons to ask: whether my word about time means anything.",
    ),
    ("reliability", "forgot"): (
        "I think it made you wonder whether the things that matter to you stay in my mind at all.",
        "I think it left you unsure whether you can rely on me to remember what matters to you.",
    ),
    ("reliability", "cancel"): (
        "I think it made it harder to believe that when I say yes to you, I mean it.",
        "I think it chipped at something basic: whether a plan with me is a plan you can lean on.",
    ),
    ("reliability", "general"): (
        "I think the real fear is that you can't rely on me, and reassurance won't answer that.",
        "I think it left you wondering whether you can count on me, and more promises won't settle that.",
    ),
    ("respect", "public"): (
        "I think it felt like I was willing to make you smaller in front of other people, and that says something about respect.",
        "I think being laughed at in front of others, by me of all people, felt like I don't respect you.",
    ),
    ("respect", "privacy"): (
        "I think it told you that I don't respect what's yours, or your right to keep it.",
        "I think it felt like your own things weren't safe from me, and that's a failure of respect.",
    ),
    ("respect", "tone"): (
        "I think the way I spoke to you {span} felt like contempt, and you deserve to be spoken to with care even when I'm angry.",
        "I think my tone {span} told you I don't respect you, whatever I meant by it, and how it landed is what counts.",
    ),
    ("respect", "general"): (
        "I think it left you feeling that I don't respect you, and explaining what I meant won't fix that.",
        "I think it felt like disrespect, and I'd rather change it than argue about what I intended.",
    ),
    ("alone", "backing"): (
        "I think it left you on your own just when you needed me next to you.",
        "I think it felt like I'd left you to face it by yourself, with me right there in the room.",
    ),
    ("alone", "walkout"): (
        "I think it left you alone with it, not knowing if I'd come back to talk.",
        "I think when I go quiet or leave, you're left holding the whole thing on your own.",
    ),
    ("alone", "crisis"): (
        "I think you had to get through something hard by yourself, when I should have been beside you.",
        "I think it left you alone at a moment when you needed me most.",
    ),
    ("alone", "general"): (
        "I think it left you feeling that you're on your own in this, that I say sorry and then go missing.",
        "I think the fear is that you're alone in this, and a quick sorry from me doesn't change that.",
    ),
    ("honesty", "money"): (
        "I think it made you wonder what else about our money you don't know, {span}.",
        "I think it shook your trust in what I tell you about money, and that won't come back from promises.",
    ),
    ("honesty", "privacy"): (
        "I think it made you wonder whether I'm straight with you, or whether I check and keep it to myself.",
        "I think it left you unsure what I'm doing behind your back, and that's a question of honesty.",
    ),
    ("honesty", "hiding"): (
        "I think the hardest part is that I kept it from you {span}, and you're left wondering what else you don't know.",
        "I think what hurts is that you found it yourself instead of hearing it from me, {span}.",
    ),
    ("honesty", "general"): (
        "I think the fear is that I hide things, and that you only find out when you go looking.",
        "I think it made you wonder whether I'm open with you, and telling you first is the only real answer.",
    ),
}
# For `other`: a tentative guess, built from whatever the plan's words suggest.
_OTHER_GUESSES: dict[str, str] = {
    "reliability": "whether you can count on me",
    "respect": "whether I respect you",
    "alone": "whether you're on your own with this",
    "honesty": "whether I'm straight with you",
    "general": "whether you matter to me as much as you should",
}
_OTHER_LINES = (
    "I've been asking myself what this touched for you. My guess is {guess}, but I may have it wrong.",
    "I'm not sure I've found it yet, but I wonder if this touched {guess}. If it's something else, I want to understand it.",
)

_OPENINGS = (
    "I want to say this properly.",
    "I owe you more than a quick sorry.",
    "There's something I need to own.",
    "I'd like to start with what I did.",
    "I don't want to rush this.",
)
_OWN_INCIDENT = (
    "That was me, and I'm sorry.",
    "I did that, and I'm sorry.",
    "I'm sorry. There's no way round the fact that I did it.",
    "I'm really sorry for it.",
)
_OWN_PATTERN = (
    "I've done this more than once, and it's mine to change.",
    "I've done it again and again, and that's on me.",
    "I've done it more than once, and you've seen it every time. I'm sorry.",
)
_IMPACT_LEADS = (
    "From what I understand, {impact}",
    "As far as I can tell, {impact}",
    "I think {impact}",
    "My understanding is that {impact}",
)
_IMPACT_INVITES = (
    "If I've got that wrong, or there's more to it, I want to hear it.",
    "Tell me if I've missed part of it.",
    "I may not have all of it, and I'm ready to hear the rest.",
)
_IMPACT_GUESSES: dict[str, tuple[str, ...]] = {
    "reliability": ("I imagine it left you waiting and wondering whether I'd come through.",
                    "I can only guess at it, but I think it left you carrying the uncertainty I created."),
    "respect": ("I imagine it left you feeling small, and that I hadn't thought about you at all.",
                "I can only guess, but I think it stung, and it stayed with you after."),
    "alone": ("I imagine it left you feeling on your own, at a time you needed company.",
              "I can only guess, but I think it felt lonely, with me right there."),
    "honesty": ("I imagine it left you doubting what else I haven't told you.",
                "I can only guess, but I think it made the ground feel less solid under you."),
    "other": ("I can only guess at what it was like for you, and I'd rather hear it than assume.",
              "I don't know all of what it was like for you, and I want to."),
}
_PATTERN_LEADS = (
    "And it isn't only this once. {pattern}",
    "It's part of something I keep doing: {pattern_clause}.",
    "I know this isn't new. {pattern}",
    "It fits a pattern you've seen before: {pattern_clause}.",
)
_CHANGE_LEADS = (
    "So this is what I'm doing from now on: {behavior_clause}.",
    "What I'm going to do is this: {behavior_clause}.",
    "Here's what you'll see from me: {behavior_clause}.",
    "The change I'm making is simple to notice: {behavior_clause}.",
)
_RAISE_LEADS = (
    "If I slip, we've agreed how you can raise it: {raise_clause}, and I'll listen instead of defending myself.",
    "And if it happens again, {raise_clause}. I'll take that as fair, not as an attack.",
    "If you see the old pattern, {raise_clause}, and I won't argue.",
    "When it slips, you don't need to find new words: {raise_clause}.",
)
_CHECKINS = (
    "On {date} let's sit down and look at whether it has actually shown up.",
    "We'll check in on {date}, and what counts is what you've seen, not what I've said.",
    "On {date} we'll look honestly at how it's gone.",
    "Let's check in on {date} and go by what you've noticed.",
)
_CLOSINGS = (
    "You don't owe me anything for saying this.",
    "There's no deadline on trusting me again.",
    "I'm not asking you to feel differently by any particular day.",
    "I'd rather show you than ask you to believe me.",
    "Take whatever time you need.",
)
_SPANS = {True: "all that time", False: "that day"}


@dataclass
class DraftGaps:
    """What a plan is missing for a draft in the speaker's words (for the command to say)."""

    incident: bool
    impact: bool


def draft_gaps(plan: Plan) -> DraftGaps:
    return DraftGaps(incident=_given(plan.incident) is None, impact=_given(plan.impact) is None)


def draft_apology(plan: Plan, *, today: dt.date | None = None) -> str:
    """A draft the repairing partner can adapt and say aloud, in about a minute.

    Order: what I did (the incident, or the pattern when there is none), owned;
    what I understand it was like for you, with room to be corrected; the fear,
    in words that fit what happened; the pattern; the agreed behavior, how to raise
    it and the check-in, in my words. No forgiveness asked, no timeline, no blanks.
    """
    today = today or dt.date.today()
    seed = _seed(plan)

    def pick(part: str, options: tuple[str, ...]) -> str:
        return _pick(seed, part, options)

    hurt, repairing = _given(plan.hurt), _given(plan.repairing)

    def retold(value: object) -> str | None:
        given = _given(value)
        return _retell(given, hurt, repairing) if given else None

    incident, impact, pattern = retold(plan.incident), retold(plan.impact), retold(plan.pattern)
    behavior, raise_it = retold(plan.behavior), retold(plan.raise_it)
    fear = plan.fear if plan.fear in ("reliability", "respect", "alone", "honesty") else "other"
    story = " ".join(x for x in (incident, pattern, impact) if x)
    long_span = bool(_LONG.search(story))
    span = _SPANS[long_span]

    first: list[str] = [pick("opening", _OPENINGS)]
    if incident:
        first.append(_sentence(incident))
        first.append(pick("own-incident", _OWN_INCIDENT))
    elif pattern:
        first.append(_sentence(pattern))
        first.append(pick("own-pattern", _OWN_PATTERN))
    else:
        first.append("I've let you down in the same way more than once, and I'm sorry.")

    second: list[str] = []
    if impact:
        second.append(pick("impact", _IMPACT_LEADS).format(impact=_clause(impact) + "."))
        second.append(pick("invite", _IMPACT_INVITES))
    else:
        second.append(pick("impact-guess", _IMPACT_GUESSES[fear]))

    if fear == "other":
        guessed = "general"
        for candidate in ("honesty", "alone", "respect", "reliability"):
            if _subcase(candidate, story) != "general":
                guessed = candidate
                break
        second.append(pick("fear", _OTHER_LINES).format(guess=_OTHER_GUESSES[guessed]))
    else:
        sub = _subcase(fear, story)
        second.append(pick("fear", _FEAR_LINES[(fear, sub)]).format(span=span))

    third: list[str] = []
    if incident and pattern:
        lead = pick("pattern", _PATTERN_LEADS)
        third.append(lead.format(pattern=_sentence(pattern), pattern_clause=_clause(pattern)))
    if behavior:
        third.append(pick("change", _CHANGE_LEADS).format(behavior_clause=_clause(behavior)))
    if raise_it:
        third.append(pick("raise", _RAISE_LEADS).format(raise_clause=_clause(raise_it)))
    if plan.check_in:
        third.append(pick("checkin", _CHECKINS).format(date=format_date(plan.check_in, today)))
    third.append(pick("closing", _CLOSINGS))

    paragraphs = [" ".join(first), " ".join(second), " ".join(third)]
    if hurt:
        paragraphs.insert(0, f"{hurt},")  # spoken to them, by name
    if repairing:
        paragraphs.append(f"— {repairing}")
    return "\n\n".join(paragraphs) + "\n"


# Findings placed by the structure of the text rather than by a pattern (no sentence score of their own).
STRUCTURAL_RULES = (NO_ACK_RULE, NO_ACK_EVENT_RULE, BLANK_RULE, CONTEXT_RULE)


# --------------------------------------------------------------------------
# Trigger words of each alternative (see ``_Alternatives``), by ``_trigger_key`` of its source:
# groups of words, each group with a word in every string the alternative can match (as the text is
# folded by ``_FOLD``). Generated and proved by tests/test_apology_prefilter.py; an alternative with
# no entry runs on every text.

_TRIGGERS: dict[str, tuple[tuple[str, ...], ...]] = {
    '6f15e98d4cac': (('if',), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    '58fe0dfc0fc7': (('if',), ('apologise', 'apologize', 'sorry'), (',',)),
    'd915dc5d564c':
        (('if',), ('angry', 'annoyed', 'bothered', 'disappointed', 'disrespected', 'embarrassed', 'hurt', 'ignored', 'insulted', 'left', 'mad', 'offended', 'sad', 'uncomfortable', 'upset'), ('are', 'been', 'feels', 'felt', 'got', 'had', 'has', 'is', 'was', 'were')),
    'c7b1ce8ee963':
        (('if',), ('angry', 'annoyed', 'bothered', 'disappointed', 'disrespected', 'embarrassed', 'hurt', 'ignored', 'insulted', 'left', 'mad', 'offended', 'sad', 'uncomfortable', 'upset'), ('been', 'felt', 'got', 'was', 'were')),
    'cf2b673de493':
        (('if',), ('across', 'harsh', 'hurt', 'line', 'off', 'rude', 'seemed', 'sounded', 'too', 'unfair', 'upset', 'wrong')),
    'ef04a7336814': (('across', 'felt', 'seemed', 'sounded'), ('if',), ('it', 'that', 'this')),
    'cdcd87d19178': (("that's",), ('how',), ('if',)),
    '5ce769585432': (('extent',), ('that',)),
    '68fb21b1c978': (('may', 'might'), ('across', 'done', 'hurt', 'offended', 'said', 'sounded', 'upset')),
    '1823fc1ab3b4': (('may', 'might'), ('brought', 'caused', 'created', 'given')),
    'c11511ac3b1f': (('imagined', 'known', 'realised', 'realized', 'thought', 'understood'), ('how',)),
    '75f41dea0230': (('whatever',), ('did', 'said')),
    'daa075da64bf':
        (('angry', 'annoyed', 'bothered', 'disappointed', 'disrespected', 'embarrassed', 'hurt', 'ignored', 'insulted', 'left', 'like', 'mad', 'offended', 'sad', 'uncomfortable', 'upset', 'way'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ("'re", 'are', 'been', 'feel', 'felt', 'got', 'were')),
    'ca87dc321b7a': (('feel', 'felt'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ('you',)),
    '3044f4dd7f48': (('feeling',), ('you',), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    'f5b3cee363b8':
        (('across', 'came', 'landed', 'received', 'sounded', 'taken'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ('it', 'my', 'said', 'that', 'this')),
    '641bad4888c6':
        (('heard', 'interpreted', 'perceived', 'read', 'saw', 'see', 'take', 'took'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ('you',)),
    'fe9427917a04': (('feelings',), ('your',)),
    '2d241d3e02ee': (('bothered', 'hurt', 'offended', 'upset'), ('you',), ('it', 'that', 'this')),
    '9e2d74eee28d': (('feel', 'felt'), ('how',), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    '281c123556d1': (("that's",), ('how',), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    'd7fb3ac2cb8d':
        (('context', 'interpreted', 'misconstrued', 'misread', 'misunderstood', 'perceived', 'received', 'taken'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    '95c1d82bbe9d':
        (('anxious', 'asleep', 'burn', 'busy', 'catching', 'distracted', 'drunk', 'edge', 'empty', 'exhausted', 'frazzled', 'hangry', 'having', 'hungover', 'hungry', 'hurry', 'knackered', 'lates', 'mood', 'myself', 'nights', 'overwhelmed', 'pressure', 'running', 'rush', 'shattered', 'shifts', 'state', 'strain', 'stress', 'thinking', 'tipsy', 'tired', 'trying', 'wasted', 'wiped', 'working', 'worried'), ("'d", 'been', 'had', 'was')),
    '69db5ec69ff3': (('drink', 'nothing'),),
    'e64092d54e85': (('deliberate', 'intention', 'meant', 'purpose'), ("isn't", 'never', 'not', "wasn't")),
    'f298ebed7385': (('know',), ('been', 'had', 'how', "i'm", 'was'), ('you',)),
    'c29e51d875d1': (('things', 'would'),),
    '9704b1cf1e81': (('crazy', 'funny', 'strange', 'weird'), ('things',)),
    'e0abdb3dc73e': (('drunk', 'exhausted', 'grieving', 'stressed', 'tired'), ("you're",)),
    '278d4714dc1f':
        (('alarm', 'battery', 'bus', 'car', 'phone', 'train'), ('broke', 'cancelled', 'dead', "didn't", 'died', 'late', 'ran'), ('my',)),
    'ccc001b07878': (('caught', 'dragged', 'held', 'ran', 'roped', 'stuck', 'went'),),
    '55e530491600': (('everything', 'plate'),),
    '7b08678aeaeb': (('realise', 'realize', 'think'), ('did',), ("n't", 'not')),
    'e472a2437ba7':
        (('awful', 'bad', 'hard', 'horrible', 'long', 'rough', 'stressful', 'terrible'), ("'d", 'had'), ('day', 'night', 'time', 'week')),
    '6c17b176d8d1': (('slept',),),
    '151e979b69c8':
        (('been',), ('bad', 'busy', 'crazy', 'hard', 'hectic', 'long', 'mad', 'rough', 'stressful', 'tough'), ('day', 'few', 'month', 'time', 'week', 'year')),
    '5224b9454595':
        (('brutal', 'chaos', 'chaotic', 'crazy', 'disaster', 'draining', 'full', 'hectic', 'hell', 'insane', 'intense', 'mad', 'manic', 'much', 'nightmare', 'non-stop'), ('boss', 'day', 'job', 'month', 'office', 'shift', 'traffic', 'week', 'work'), ('had', 'has', 'is', 'was')),
    '64706b91b147': (('because',), ('busy', 'exhausted', 'my', 'of', 'stressed', 'tired', 'work')),
    'ac8148e5960b': (('just', 'only'), ('did', 'meant', 'said', 'wanted'), ('i',)),
    'a4b26da158df': (('intend', 'mean'), ('did', 'never'), ('i',)),
    '4eb163516ba2': (('meant',), ('what',), ('was',)),
    '1bbd105e3449': (('idea', 'intention', 'plan', 'point'), ('was',), ('my',)),
    '4357b82fc34b': (('reason',),),
    '243b4143fce2': (('reason', 'why'), ("that's",)),
    '8179458e578c': (('defence', 'defense'), ('my',)),
    '62847770ed5e': (('fair',), ('be',), ('to',)),
    '94e6f72aed5a': (('understand',), ('got', 'have', 'need'), ('you',)),
    '70992b8fcf2e': (('help',), ('could',), ("n't", 'not')),
    'ee3641a9760a': (('assumed', 'figured', 'thought'), ('had', "it'd", 'was', "we'd", 'were', 'would', "you'd")),
    'ac5165e255ba': (('get',), ('angry', 'defensive', 'like', 'stressed', 'wound')),
    'cefd5b7adbfb': (('but', 'however'),),
    'd21270235b87': (('made',), ('me',), ('you',)),
    'bf20ea410390': (('fault',), ('your',)),
    '4ea5b8e6a890': (('fault',), ('too', 'well')),
    '421a357d3329': (('started',), ('argument', 'fight', 'it', 'row', 'that', 'this', 'whole'), ('he', 'you')),
    '84d86b708959': (('buttons', 'expect'),),
    'deb4eea56dae': (('keep', 'kept', 'provoked', 'pushed', 'set', 'wound'), ('you',)),
    '746d67407c00': (('who',), ('one',), ('are', 'is', 'was', 'were', "you're")),
    '3ae673f9f36b': (('had', 'if'), ('you',), ('did', 'had', 'just', 'stop', 'were', 'would')),
    'ac3fbfaf5ee2': (("'d", 'had'), ('if',), ('you',)),
    'da065b685660':
        (('both',), ('blame', 'did', 'got', 'lost', 'made', 'messed', 'own', 'played', 'said', 'started', 'take', 'were')),
    '7fb2fd8598be': (('takes',), ('two',)),
    '57ff1bf0c043': (('not',), ('all', 'completely', 'entirely', 'just', 'only')),
    '0b16dc2fe998':
        (('should',), ('asked', 'called', 'checked', 'clearer', 'just', 'known', 'realised', 'realized', 'reminded', 'said', 'told', 'understood'), ('you',)),
    'f27bd6ac35b0': (('either', 'too', 'well'), ('you',), ('been', 'did', 'had', 'said', 'was', 'were')),
    'd97e91948dc8': (('attitude', 'complaining', 'criticising', 'criticism', 'criticizing', 'moaning', 'nagging'),),
    '75d99ec41c25': (('tone',), ('with',)),
    'efaba2ea5c39':
        (('always', 'never'), ('you',), ('appreciate', 'assume', 'believe', 'blow', 'bring', 'do', 'give', 'let', 'listen', 'make', 'nag', 'overreact', 'say', 'start', 'take', 'tell', 'trust', 'twist', 'want')),
    'cdc7548e9701': (('how',), ('know',), ('you',)),
    'af4b4a13a2d7':
        (('boss', 'brother', 'dad', 'family', 'father', 'friends', 'mom', 'mother', 'mum', 'sister'), ('made', 'make', 'provoke', 'push', 'started', 'wind', 'wound'), ('my', 'your')),
    'ba242f3ac669': (('just', 'only'), ("'s", 'is', 'was'), ('it', 'that', 'this')),
    '1bb2a2fd651c': (('joke',), ("'s", 'is', 'was'), ('it', 'that', 'this')),
    '62a1d33ca5d3': (('deal',),),
    '9a3645da3f9c':
        (('bad', 'big', 'harsh', 'important', 'late', 'long', 'loud', 'serious'), ("isn't", 'not', "wasn't", "weren't"), ('that',)),
    'e98a297c004b': (('exactly', 'hardly'), ('big', 'crime', 'disaster', 'world')),
    'f27964a9a22a': (('banter', 'having', 'joking', 'kidding', 'messing', 'teasing'), ('just', 'only')),
    '3e3291cd5876': (('dramatic', 'over-react', 'overreact', 'sensitive'),),
    'bd7039ab4936': (('make', 'making'), ('deal', 'drama', 'fuss', 'thing'), ('of', 'out')),
    '00bd39f88c21': (('proportion',), ('blow',)),
    'd49bb58baac9':
        (('bit', 'little', 'slightly', 'tad', 'touch'), ('blunt', 'cross', 'grumpy', 'harsh', 'late', 'loud', 'much', 'rude', 'sharp', 'short', 'snappy')),
    '2f699b306f59': (("isn't", "it's", 'least', "wasn't"),),
    '28358e74753f': (('couple', 'everybody', 'everyone'), ('argues', 'do', 'fights', 'says')),
    '9a217a81340b': (('little', 'minor', 'silly', 'small', 'tiny'), ('comment', 'mistake', 'slip', 'thing')),
    'bad141c1bfd3': (('calm', 'chill', 'relax'), ('you',)),
    '847754ad385e': (('comment', 'drink', 'joke', 'remark', 'slip', 'text', 'word'), ('one', 'single'), ('was',)),
    '168667fef5e1': (('big', 'much'),),
    '721c281e6879': (('harmless', 'meant', 'once'),),
    'd1d9e89b2731': (('banter', 'humor', 'humour', 'jest', 'joke', 'light-hearted', 'lighthearted', 'tongue'),),
    '78be56b7dc8b': (('why',), ('do',)),
    'ac7338032547': (('happen',),),
    'd865eefb6b50': (('harm', 'hurt', 'injured'), ('no',)),
    'af9fb1f6f957':
        (('errors', 'feelings', 'harsh', 'hurtful', 'lines', 'lot', 'mistakes', 'promises', 'stuff', 'things', 'voices', 'words'), ('broken', 'crossed', 'done', 'hurt', 'made', 'raised', 'said', 'spoken', 'thrown'), ('been', 'got', 'had', 'was', 'were')),
    'ef2f2787cbc9':
        (('away', 'far', 'hand', 'heated', 'messy', 'rails', 'sideways', 'ugly'), ('escalated', 'got', 'spiraled', 'spiralled', 'went'), ('argument', 'conversation', 'day', 'dinner', 'discussion', 'evening', 'fight', 'it', 'night', 'party', 'row', 'things')),
    '6be6f2a960ea':
        (('went',), ('badly', 'how', 'south', 'way', 'wrong'), ('conversation', 'day', 'dinner', 'evening', 'ings', 'night', 'party', 'weekend')),
    '9f0b5b2565ab': (('confusion', 'miscommunication', 'misunderstanding', 'mix-up', 'mixup'), ('there',)),
    '80e26f2b1e5a': (('miscommunication', 'misunderstanding', 'mix-up', 'mixup'),),
    '11ea4bccc647':
        (('bill', 'booking', 'call', 'email', 'invoice', 'message', 'payment', 'reminder', 'text'), ('booked', 'done', 'made', 'paid', 'sent'), ('get', 'never', 'not', "wasn't")),
    '5796959c7fe6': (('done', 'happened', 'said'),),
    '5bd9de11aae9':
        (('card', 'deposit', 'money', 'rent', 'savings'), ('lost', 'moved', 'spent', 'taken', 'used'), ('got', 'had', 'was')),
    '21e62905b09b': (('far',), ('should',)),
    '31d5c788ca70':
        (('dropped', 'forgotten', 'missed', 'neglected', 'overlooked', 'skipped'), ('got', 'had', 'was', 'were')),
    '5082226dd81d': (('boiled', 'came', 'got', 'slipped', 'spilled'), ('all', 'stuff', 'things', 'words')),
    '21a9461c1526':
        (('crash', 'disaster', 'mess', 'shambles', 'wreck'), ('argument', 'day', 'dinner', 'evening', 'fight', 'last', 'night', 'party', 'row', 'things', 'weekend'), ('got', 'turned', 'was', 'were')),
    'c7912351e4c9':
        (('agreements', 'boundaries', 'commitments', 'plans', 'promises'), ('get', "haven't", 'never', "wasn't", 'were')),
    'f991bd085851': (('dropped',), ('ball',)),
    'b4fec0b564dc':
        (('can', 'could', 'shall'), ('back', 'behind', 'bring', 'drop', 'dwell', 'fine', 'forget', 'good', 'let', 'make', 'move', 'nice', 'normal', 'ok', 'over', 'page', 'past', 'slate', 'start', 'stop', 'talk'), ('we',)),
    '50dd81449407': (('past', 'slate'),),
    'f3c9dfa37a64': (("let's",),),
    '90a6e0bed029': (('hope',), ('behind', 'forget', 'forgive', 'move', 'past'), ('we', 'you')),
    '1dd956b59307': (('forgive',), ('me',)),
    '6b362d30d8e5':
        (('fine', 'forgive', 'good', 'normal', 'ok', 'over'), ('ask', 'beg', 'like', 'need', 'want', 'would')),
    '6e77f83b1205': (('?',), ('cool', 'fine', 'good', 'ok', 'right'), ('we',)),
    '086cac2dca71': (('right', 'yeah'), ('?',), ('cool', 'fine', 'good', 'ok')),
    '57c6ba5601f5': (('long',), ('do', 'going', 'must', 'will'), ('how',)),
    '9148063d7946':
        (('by',), ('behind', 'fine', 'normal', 'okay', 'over', 'past'), ('friday', 'monday', 'next', 'saturday', 'sunday', 'thursday', 'tomorrow', 'tonight', 'tuesday', 'wednesday', 'weekend')),
    'cb972d503cb8': (('over',), ('get',)),
    'bf8e176efdc8': (('?', 'forgiven', 'truce'),),
    'ee44766efc7b': (('still',), ('?',)),
    'e1a12112b711': (('angry', 'cross', 'mad', 'upset'), ('do',), ('be', 'stay')),
    'c1fb8fb13114':
        (("'ll", 'going', 'promise', 'will'), ('attention', 'better', 'calmer', 'care', 'change', 'communicate', 'deserve', 'different', 'earn', 'effort', 'kinder', 'less', 'listen', 'make', 'more', 'never', 'nicer', 'prove', 'sort', 'step', 'try', 'work')),
    'd1097b29b2ee': (('happen',), ('again',), ('never', 'will', "won't")),
    'b5c3002a14d7': (('things',), ('change', 'different')),
    '2dfca436c64b': (('hurt', 'offended', 'upset'), ('any', 'everyone', 'people', 'those'), ('that', 'who')),
    '9b0fa5736896': (('hurt', 'offended', 'upset'), ('any', 'people', 'those'), ("'s", 'felt', 'is', 'was', 'were')),
    'a2959a3c1d0a':
        (('any',), ('action', 'behavior', 'behaviour', 'comments', 'distress', 'harm', 'hurt', 'inconvenience', 'mistake', 'misunderstanding', 'offence', 'offense', 'pain', 'remarks', 'upset', 'words', 'wrong'), ('for',)),
    'b116e2bb19b9': (('extent',),),
    'bfa4da4c1103': (('if',), ('apologise', 'apologize', 'sorry'), ('so',)),
    'b34fcd6186f4': (('if',), ('was', 'were'), ('any', 'few', 'one', 'some')),
    '21aa5c94a1f8':
        (('construed', 'interpreted', 'misunderstood', 'perceived', 'read', 'seen', 'taken'), ('if',), ('my', 'our', 'these', 'they', 'those')),
    'ef2d84e5e845': (('may', 'might'), ('been',), ('have',)),
    '263f463b45c7': (('anyone',), ('if',), ('hurt', 'offended', 'upset')),
    '40111602577b':
        (('felt', 'finds', 'found', 'heard', 'interpreted', 'perceived', 'read', 'saw', 'sees', 'takes', 'thought', 'took'), ('any', 'everyone', 'people', 'those'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    'e01b39bc6ee6': (('awful', 'bad', 'terrible'), ('who',)),
    '9c98dfda49be':
        (('construed', 'interpreted', 'misread', 'misunderstood', 'received', 'taken'), ('my', 'our'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    '46ad6893294d':
        (('bothered', 'offence', 'offended', 'offense', 'upset'), ('action', 'behavior', 'behaviour', 'comment', 'joke', 'post', 'remark', 'statement', 'tweet', 'words'), ('anyone', 'many', 'others', 'people', 'some', 'those', 'you')),
    'f5d3134b6552': (('ruined', 'spoiled', 'spoilt', 'wrecked'), ('got', 'was')),
    '6d242a713960': (('wrong',), ('end', 'idea', 'impression'), ('you',)),
    '003ea138bdfa':
        (('deal', 'endure', 'experience', 'face', 'through'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ('had', 'has', 'have')),
    'c5e79ff089bf': (('distress', 'offence', 'offense', 'upset'), ('caused', 'felt', 'taken'), ('about', 'for')),
    '458703ee65ca':
        (('anger', 'concern', 'confusion', 'distress', 'embarrassment', 'frustration', 'harm', 'hurt', 'misunderstanding', 'offence', 'offense', 'pain', 'problem', 'upset'), ('any',), ('about', 'for')),
    'b42b523bb097':
        (('audience', 'community', 'customers', 'fans', 'followers', 'guests', 'listeners', 'members', 'people', 'public', 'readers', 'supporters', 'users', 'viewers'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ('been', 'feel', 'felt', 'find', 'found', 'had', 'may', 'might', 'saw', 'thought', 'took', 'was', 'were')),
    '921023b90d34': (('contractor', 'external', 'partner', 'provider', 'supplier', 'third', 'vendor'), ('by',)),
    'b5e5b84d4432':
        (('contractor', 'partner', 'provider', 'supplier', 'vendor'), ('did', 'down', 'error', 'failed', 'mistake', 'responsible')),
    '20b7385347d9': (('distorted', 'misrepresented', 'twisted', 'weaponised', 'weaponized'),),
    '575335e33a0e': (('distorted', 'misrepresented', 'twisted'),),
    '239143af5805': (('external', 'partner', 'supplier', 'third'), ('by',)),
    'b1d1451f74b3': (('abusing', 'baiting', 'goading', 'insulting', 'provoking', 'taunting', 'winding'),),
    '4c4c7fd43c95': (('control',), ('beyond', 'outside')),
    '93b535b1f4a8':
        (('approval', 'authorisation', 'authorization', 'consent', 'knowledge', 'permission', 'sign-off'), ('my', 'our'), ('without',)),
    '4279c89c70e4': (('deliberately', 'intended', 'intent', 'purpose'), ("isn't", 'never', 'not', "wasn't", 'without')),
    'f2727563efec': (('intention',),),
    'af3baf3adf7e':
        (('assumed', 'believed', 'thought', 'understood'), ('it', 'that', 'they', 'this'), ('as', 'ere', 'ould')),
    '003faa51358c': (('myself',), ('said', 'told')),
    '72867a389d1f': (('culture', 'different'),),
    '4fff88499b91': (('accurate', 'context', 'exaggerated', 'mischaracterised', 'mischaracterized', 'true'),),
    '864dab8d6488':
        (('wanted',), ('be', 'do', 'give', 'have', 'help', 'keep', 'lighten', 'make', 'protect', 'surprise')),
    '2a69d2cff532': (('because',), ('needed', 'thought', 'trying', 'want', 'worried')),
    '12611954c77a':
        (('only',), ('asked', 'checked', 'did', 'joked', 'laughed', 'left', 'looked', 'mentioned', 'said', 'spent', 'stayed', 'took', 'went')),
    'b48acb6df1ef':
        (('cancelled', 'chaos', 'delayed', 'gridlocked', 'hell', 'jammed', 'joke', 'mess', 'nightmare', 'park', 'rammed'), ('was', 'were'), ('bus', 'flight', 'freeway', 'highway', 'm', 'road', 'traffic', 'train', 'tube')),
    '2d8308466e32': (('needed', "that's"),),
    'f028ceb6291a': (('what',), ('about', 'time')),
    '917d7136fa68': (('face', 'going', 'having', 'me', 'nagging', 'picking', 'pushing', 'winding'), ('you',)),
    '8115fa54f64b': (("could've", 'just', 'picked'), ('you',)),
    '467e5d416d26': (('either', 'never', 'too'),),
    'd5054c43ce8d':
        (('cause', 'cos', 'coz'), ('you',), ('always', "didn't", 'didnt', 'had', 'just', 'kept', 'made', 'never', 'started', 'were', "won't", "wouldn't", 'wouldnt')),
    '95cdc9ff9d5a': (('exactly', 'meant', 'supposed'),),
    '87b60ccf428d': (('like', 'looking'),),
    'f461ff05ebd2': (('fault',), ('my',)),
    '0a91971c3543': (("didn't", "don't", 'never'), ('and',), ('you',)),
    '45457c35bbfa': (('critics', 'media', 'press', 'side', 'trolls'), ('made', 'turned', 'twisted'), ('the', 'those')),
    '322b364e34dc':
        (('bit', 'little', 'quick', 'small', 'tiny'), ('comment', 'dig', 'fib', 'flutter', 'glance', 'jab', 'joke', 'look', 'peek', 'spend', 'white')),
    'bb1ddd66b60a': (('does', 'says', "that's", 'world'),),
    '35d1e31ce196': (('hardly',),),
    '2569cb9ab221': (('ago', 'locker', 'worse'),),
    'f77419ad7c1f':
        (('bad', 'derogatory', 'foul', 'get', 'hit', 'names', 'scream', 'shout', 'swear', 'threaten', 'touch', 'yell'), ('did', 'never')),
    '98998f5948c5': (('comedians', 'companies', 'couples', 'everyone', 'people', 'poorly'),),
    '5c308dc4adb9': (('insensitive', 'then', 'time', 'twice'),),
    '18b15c8e52a3':
        (('bit', 'little', 'slightly', 'somewhat'), ('careless', 'clumsy', 'insensitive', 'much', 'off', 'spirited', 'tactless', 'top')),
    'ab3a79c4f08b':
        (('honest', 'innocent', 'little', 'minor', 'silly', 'small', 'tiny'), ('error', 'joke', 'lapse', 'mistake', 'oversight', 'slip', 'thing'), ('was',)),
    'bb7b261f991f': (("that's",), ('just',), ('all',)),
    'fc6bb64c98ee': (('such', "wasn't"),),
    '62cef4ff6b6e':
        (('get', 'got'), ('booked', 'bought', 'cleaned', 'done', 'fixed', 'made', 'ordered', 'paid', 'picked', 'posted', 'sent', 'sorted'), ('did', 'never')),
    '9dda363d5867': (('regret',), ('what',), ('happened', 'occurred', 'place', 'went')),
    'd5678fa71e67': (('lost', 'missed', 'slipped'),),
    'db0da3a9d41c':
        (('blew', 'escalated', 'far', 'kicked', 'spiraled', 'spiralled', 'unraveled', 'unravelled'), ('all', 'everything', 'it', 'things')),
    'd734f2b27fda': (('come', 'happened', 'point'),),
    'fbd7fa2e41cf':
        (('misconstrued', 'mishandled', 'misinterpreted', 'misunderstood', 'poorly', 'spoken', 'used'), ('been', 'has', 'was', 'were')),
    'c35978a91917': (('around', 'somehow'),),
    'dbbf6eff48e8': (('situation',),),
    '7b40e06987c7': (('mess', 'position', 'situation'), ('this',), ("'re", 'are', 'were')),
    '15aa31d5543e': (('right', 'things'),),
    'dcc201a13d64': (('could', 'impression'),),
    '33be8e7a045e':
        (('happened', 'occurred', 'place', 'went'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ('it', 'that', 'the', 'this', 'what')),
    'b906413d31b4': (('forgive',),),
    '516011cc3b15': (('credit',), ('give', 'giving')),
    '3e0043638840': (('drop', 'forgive', 'let', 'move', 'over', 'stop'), ('got', 'have', 'need'), ('you',)),
    '9cda25254166': (('beg', 'forgiveness'),),
    '417b62fa4e74': (('before',), ('drop', 'forget', 'let'), ('you',)),
    '21a853a12d78': (('hope', 'hoping'), ('forget', 'forgive', 'let', 'move'), ('can', 'will', "you'll")),
    'c461cbd93e1b': (('back',), ('want',), ('to',)),
    'cdc94e80e28a': (('issue', 'problem', 'thing'), ('ill', "on't"), ('be',)),
    '5e8f9e66f894': (('better', 'grow'),),
    '79de0e29d840': (('better', 'deserve'), ('want',)),
    '0295e17cda7b': (('better', 'promise', 'swear'),),
    'bafc9cdd6d10': (('awful', 'dreadful', 'horrible', 'like', 'sick', 'terrible', 'wretched'), ('feel', 'felt')),
    'd198b07992a7': (('crying', 'eat', 'sleep', 'slept', 'thinking'), ("can't", "couldn't", "haven't", 'not')),
    '6db6ec6392a2': (('awful', 'bad', 'hate', 'hopeless', 'horrible', 'rubbish', 'stupid', 'terrible', 'useless'),),
    '0ac01fca2e25':
        (('awful', 'difficult', 'hard', 'hell', 'horrible', 'painful', 'rough', 'stressful', 'tough'), ('me',), ('for', 'on')),
    '7320d6920d5f': (('idea',), ('have',), ('how',)),
    '679a604bff7c': (('life', 'peace', 'sleep', 'than'),),
    '2aa83adab3c8': (('embarrassed', 'shame', 'upset'),),
    'd8f2b221ddf0': (('anxious', 'frustrated', 'hurts', 'impatient', 'kills', 'lonely', 'mad', 'pains', 'sad'),),
    '07c7a33232ff': (('beating', 'hurting', 'suffering'),),
    '33af7c6dc1c7': (('feeling',), ('failure', 'mess', 'wreck')),
    '320c71cbc391': (('busted', 'crushed', 'heartbroken', 'sad'), ("'m", 'am')),
    '91b738b04c5b': (('long', 'sleepless', 'worst'),),
    '773f230f5d11': (('already', 'said', 'told'),),
    '9ec70f6d6c45':
        (('apologised', 'apologized', 'said'), ('again', 'enough', 'over', 'times', 'twice'), ("'ve", 'have')),
    '6ae82d702ed2': (('times',), ('how',)),
    '6c0936fdd62b': (('time',), ('apologised', 'apologized', 'said'), ("'ve", 'have')),
    'fbefae65f3e2': (('apologising', 'apologizing', 'enough', 'saying'),),
    '5deeac1b3e8b': (('sorry',),),
    'f1c3a13fd3d8': (('what',), ('else', 'more', 'want')),
    'c4661b482c07': (('apologised', 'apologized'), ('now', 'so'), ('for',)),
    '9cb99448d5e5': (('any', 'everyone', 'people', 'those'), ('that', 'who'), ('down', 'ed', 'hurt', 'upset')),
    '0d407f70a496':
        (('considered', 'felt', 'found', 'may', 'perceived', 'saw', 'thought', 'took', 'were'), ('anyone', 'customers', 'fans', 'few', 'many', 'people', 'some', 'those'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    'b5ae5ea1fe77':
        (('considered', 'felt', 'found', 'perceived', 'thought', 'took'), ('audience', 'community', 'customer', 'families', 'family', 'fan', 'guest', 'passenger', 'player', 'public', 'reader', 'viewer'), ('apologies', 'apologise', 'apologize', 'regret', 'sorry')),
    '1dcd451c0588':
        (('apologies', 'apologise', 'apologize', 'regret', 'sorry'), ("'re", 'are', 'been', 'feel', 'felt', 'got', 'may', 'might', 'was', 'were'), ('anyone', 'others', 'people', 'those', 'you')),
    '2ebcfed3cbe0': (('heat', 'reason', 'which'),),
    'd1f32884a87a':
        (('been',), ('brutal', 'chaos', 'crazy', 'full', 'hectic', 'insane', 'lot', 'mad', 'non-stop', 'overwhelming', 'relentless'), ('everything', 'home', 'job', 'kids', 'life', 'things', 'week', 'work')),
    'ef9749dc8cf6': (('bait', 'drive', 'drove', 'goad', 'provoke', 'push', 'set', 'wind', 'wound'), ('me',), ('you',)),
    '334feffc2507': (('choice', 'gave'),),
    '083beb0390db': (('same', 'then', 'worse'),),
    'ad1cef7cabcc': (('angel', 'either', 'innocent', 'perfect', 'too', 'well'),),
    '62ce812d04e6':
        (('agency', 'contractor', 'courier', 'partner', 'provider', 'supplier', 'third', 'vendor'), ('caused', 'did', 'failed', 'forgot', 'neglected', 'responsible')),
    '5cfdfd02dacc': (('bucks', 'dollar', 'drink', 'hour', 'min', 'pound', 'quid', 'second'), ('not',)),
    'a5961bba993f': (('off-the-cuff', 'offhand', 'passing', 'throwaway', 'would'),),
    '574e7a01b74a': (('handful', 'minor', 'number'),),
    '92e37fd0b7fc':
        (('ended', 'gets', 'getting', 'got'), ('broken', 'canceled', 'cancelled', 'damaged', 'delayed', 'deleted', 'double-booked', 'dropped', 'forgotten', 'leaked', 'left', 'lost', 'missed', 'mixed', 'moved', 'overlooked', 'postponed', 'ruined', 'said', 'sent', 'shared', 'skipped', 'sold', 'spent', 'taken', 'thrown', 'used', 'wrecked')),
    'dc934465720c': (('arose', 'happened', 'occurred', 'place', 'regrettable'),),
    '069ee2dca536':
        (('accessed', 'breached', 'broken', 'cancelled', 'compromised', 'exposed', 'ignored', 'leaked', 'lost', 'mishandled', 'missed', 'misused', 'overlooked', 'released', 'shared', 'sold', 'spent'), ('been', 'had', 'has', 'was', 'were')),
    '6505cf792861': (('behind', 'forget', 'move'), ('can', 'could', 'just', "let's", 'lets', 'should')),
    '7c8a04cc1c41':
        (('tell',), ('are', "we're", "you're"), ('angry', 'cross', 'fine', 'good', 'mad', 'ok', 'right', 'upset')),
    '54667d6bf5d2': (('normal', 'past', 'start'), ('can',), ('we',)),
    'd1e07334a10d': (('angry', 'annoyed', 'cross', 'mad', 'upset'), ('do',), ('be', 'get', 'stay')),
    'd1e87d419c33': (('better',),),
    'dfdeeb9de200':
        (('awful', 'bad', 'crap', 'hopeless', 'horrible', 'must', 'rubbish', 'shit', 'terrible', 'useless'),),
    '7869d4847452': (('darkest', 'difficult', 'hardest', 'painful', 'toughest', 'worst'), ('career', 'life')),
    '249fe04cfa0d': (('awful', 'difficult', 'hard', 'painful', 'tough'), ('me',), ('for', 'on')),
    'e438c706305a':
        (('beside', 'bits', 'crying', 'devastated', 'heartbroken', 'mess', 'miserable', 'myself', 'sobbing', 'upset', 'wreck'),),
    'c12ae84d1267': (('privacy', 'space'), ('for',)),
    'edd8a4c6fa8e':
        (('apologised', 'apologising', 'apologized', 'apologizing', 'said', 'saying'), ('again', 'countless', 'enough', 'heaps', 'hundred', 'loads', 'many', 'million', 'over', 'thousand')),
    '19dd4c1d2042': (('longer', 'times'), ('how',)),
    '3e3359c0540d': (('again', 'apologising', 'apologizing', 'saying', 'sick', 'tired'),),
    'a63e7a04aa51': (('expected', 'meant', 'supposed'), ('else', 'more')),
    '53af20af06d0':
        (("'ll", "'ve", 'going', 'have', 'will'), ('answer', 'apologise', 'apologize', 'ask', 'back', 'block', 'book', 'call', 'check', 'come', 'cook', 'decide', 'drive', 'find', 'forward', 'go', 'hand', 'help', 'hold', 'keep', 'leave', 'let', 'listen', 'look', 'meet', 'message', 'pause', 'pay', 'phone', 'pick', 'plan', 'put', 'read', 'reply', 'ring', 'say', 'schedule', 'send', 'set', 'share', 'show', 'sit', 'sleep', 'speak', 'stay', 'step', 'stop', 'switch', 'talk', 'tell', 'text', 'turn', 'wait', 'walk', 'write')),
    'e8cd5eba86fa':
        (('ask', 'book', 'call', 'check', 'come', 'forward', 'go', 'keep', 'leave', 'listen', 'pause', 'phone', 'say', 'send', 'share', 'show', 'sit', 'stay', 'step', 'stop', 'talk', 'tell', 'text', 'wait', 'walk'),),
    'd03e658d95bf':
        (("'ll", 'will'), ('we',), ('answer', 'apologise', 'apologize', 'ask', 'back', 'block', 'book', 'call', 'check', 'come', 'cook', 'decide', 'drive', 'find', 'forward', 'go', 'hand', 'help', 'hold', 'keep', 'leave', 'let', 'listen', 'look', 'meet', 'message', 'pause', 'pay', 'phone', 'pick', 'plan', 'put', 'read', 'reply', 'ring', 'say', 'schedule', 'send', 'set', 'share', 'show', 'sit', 'sleep', 'speak', 'stay', 'step', 'stop', 'switch', 'talk', 'tell', 'text', 'turn', 'wait', 'walk', 'write')),
    '21c4dea4fe8f': (('goes', 'lives', 'stay'), ('at', 'between', 'in', 'off', 'on')),
    '4c8391e954d3': (('each', 'every'), ('day', 'evening', 'month', 'morning', 'night', 'time', 'week')),
    '59562a45b21b': (('day', 'hour', 'min'), ('in',)),
    '4bd72ad2656d':
        (('apologised', 'apologized', 'appointed', 'asked', 'begun', 'blocked', 'booked', 'called', 'cancelled', 'changed', 'contacted', 'deleted', 'emailed', 'fixed', 'launched', 'moved', 'paid', 'published', 'put', 'refunded', 'replaced', 'returned', 'rung', 'set', 'sold', 'started', 'stopped', 'suspended', 'taken', 'texted', 'told', 'withdrawn', 'written'), ("'ve", 'have')),
    '8f31a40e7cf3':
        (('afternoon', 'evening', 'friday', 'monday', 'morning', 'next', 'saturday', 'sunday', 'thursday', 'tomorrow', 'tonight', 'tuesday', 'wednesday', 'weekend'), ("'ll", 'going', 'will')),
    '86c41e9b5653':
        (('compensated', 'contacted', 'published', 'refunded', 'removed', 'suspended', 'withdrawn'), ('been', 'has', 'will')),
    'b065234985f1':
        (('blamed', 'booked', 'broke', 'brushed', 'called', 'canceled', 'cancelled', 'careless', 'chose', 'cold', 'criticised', 'criticized', 'cruel', 'did', 'dishonest', 'dismissive', 'down', 'embarrassed', 'forgot', 'frightened', 'fun', 'harsh', 'hid', 'humiliated', 'hurt', 'ignored', 'interrupted', 'kept', 'late', 'laughed', 'left', 'lied', 'line', 'made', 'mean', 'messed', 'missed', 'mocked', 'not', 'pretended', 'put', 'read', 'rude', 'said', 'sarcastic', 'scared', 'screwed', 'selfish', 'sharp', 'short', 'should', 'shouted', 'slammed', 'snapped', 'spoke', 'stayed', 'stood', 'stormed', 'subject', 'swore', 'talked', 'told', 'unfair', 'unkind', 'voice', 'walked', "wasn't", 'went', 'wrong', 'yelled'), ('i',)),
    '77010000e688':
        (('cruel', 'dishonest', 'dismissive', 'disrespectful', 'doing', 'fault', 'hurtful', 'me', 'ok', 'responsibility', 'selfish', 'unfair', 'unkind', 'wrong'), ("'s", 'is', 'was'), ('it', 'that', 'this')),
    'd480c8d6944c': (('doing', 'fault', 'mistake', 'own', 'responsibility'),),
    '3a6a25f6bb65': (('excuse',), ("it's", "that's", 'there'), ('no',)),
    '306d492e4c8a': (('did', 'know'),),
    'a041c0aeb877': (('ashamed', 'sorry'), ("'m", 'am')),
    'f372de532ac1': (('sorry',), ('for', 'i')),
    'e7069cef5a24': (('apologise', 'apologize'), ('for',)),
    '660b89dd2cf1':
        (('came', 'carried', "couldn't", 'deserved', "didn't", 'ended', 'felt', 'found', 'had', 'left', 'must', 'ran', 'sat', 'spent', 'stood', 'trusted', 'waited', 'were'), ('you',)),
    '1a27d71f00fd': (('left', 'made', 'put'), ('you',), ('it', 'that', 'this')),
    '10f95d45eb50': (('left', 'made'), ('alone', 'doing', 'feel', 'own', 'waiting'), ('you',)),
    '79c0d97dc709': (('cost', 'did', 'does', 'impact', 'like', 'meant'),),
    'ee47945e4987':
        (('alone', 'cold', 'embarrassed', 'exposed', 'frightened', 'humiliated', 'hurt', 'invisible', 'left', 'lonely', 'own', 'scared', 'shut', 'small', 'unheard', 'waiting', 'worried'), ('you',)),
    'b6ac1e3057eb': (('apologies', 'apologise', 'apologize', 'regret', 'sorry'),),
    'b1d9d3a1486a': (('ashamed', 'awful', 'bad', 'hate', 'sick', 'terrible', 'wish'),),
    'eae979dc0a42': (('anything', 'make', 'what'),),
    'b0692beb0f42': (('amends', 'right'), ('make',)),
    '616d15a4cef1': (('call', 'check', 'hold', 'let', 'squeeze', 'tell'),),
    '30b95a2fc909': (('like',), ('apologise', 'apologize', 'hear', 'listen', 'sit', 'talk'), ("'d", 'would')),
    'ca02ce3caca4': (("'ll", 'will'), ('apologise', 'apologize', 'call', 'explain', 'fix', 'pay', 'replace', 'talk')),
    'c693f7e8e19a': (('can', 'sit', 'talk'),),
    '7de49e9df078': (('booked', 'called', 'fixed', 'paid', 'replaced', 'set', 'sorted'), ("'ve", 'have')),
    '25f05b7ec3ef': (('again', 'comes', 'returns', 'slip'), ('if', 'when')),
    '67bac8e05a73': (('agreed',),),
    '5bdf2ce0574c': (('because',),),
    '4885795ad844': (('due',), ('to',)),
    'd28fa88bd157': (('owing',), ('to',)),
    '77b55e512981': (('result',), ('as',)),
    '96071dde3aac': (('caused',), ('by',), ('was', 'were')),
    'df1aabb07290': (('time',), ('that', 'the'), ('at', 'in')),
    'da00c690657c': (('then',), ('back',)),
    '8f8d6737fd80': (('days',), ('those',)),
    'a298f91a3614': (('different',), ('culture', 'era', 'time', 'world')),
    'e39faa5770d1': (('culture',), ('the',)),
    '29c371880b8e': (('came',), ('age',), ('of',)),
    'e6c32620ed15': (('heat',), ('battle', 'debate', 'game', 'moment')),
    '30b96809bc20': (('heated',),),
    'cf323027cac4': (('emotion',), ('are', 'had', 'is', 'ran', 'running', 'was', 'were')),
    '5e694421459b': (('high',), ('ran', 'running')),
    '3fdfa594020b': (('goad', 'provok', 'taunt', 'wind'),),
    '489113ee7eda': (('shouted',), ('me',)),
    '54c1eefe46c0':
        (('demand', 'load', 'pressure', 'strain', 'stress', 'volume'), ('enormous', 'exceptional', 'extreme', 'huge', 'immense', 'intense', 'record', 'under', 'unprecedented')),
    '5ec2a8baf346': (('unprecedented',),),
    'e4650740aa77': (('inundated', 'overloaded', 'stretched', 'swamped'),),
    'a95ec948e14b': (('than',), ('ever',)),
    '1c3d1cd9d8cf': (('beyond',), ('anything', 'what')),
    '336a6c845cd4': (('control',), ('outside',)),
    'c05634f42759': (('advice',), ('following', 'on')),
    '9411599d3db1': (('advice',), ('given',)),
    '307f5b4c81f3': (('assumed', 'believed', 'understood'),),
    '3614ef597813': (('passed',), ('away',)),
    'a2ded3da4cee': (('place',), ('good',), ('not',)),
    'f2f9eea92ece': (('bereavement', 'grief'), ('my', 'our')),
    'c7b9b95ceef8': (('grieving',),),
    '9cb7056e8983': (('exhausted', 'overwhelmed', 'through', 'under'), ("'d", 'had', 'was', 'were')),
    '7a411a317327': (('aim', 'intent', 'purpose'), ('never', 'not'), ('my', 'our', 'the')),
    '70a0a300bda5': (('designed', 'intended', 'meant'), ('was',), ('to',)),
    '5b08ecd9c6ee': (('intent',), ('the',), ('is', 'was')),
    'e80ff1118d3a': (('passion',),),
    '11535285170c': (('speak',), ('from',)),
    '4bc616dd6b9c': (('hindsight',),),
    '7b0b56acf489': (('temper',), ('flared', 'had', 'ran', 'running', 'was', 'were')),
    '42bcc6a7ae42': (('emotion',), ('charged', 'full', 'heightened')),
    '0cda9ad5503a': (('road',), ('for',), ('on',)),
    '111dc59b3ea1': (('long',), ('campaign', 'day', 'flight', 'night', 'season', 'shift', 'week'), ('a',)),
    'ec1e480a1c1b':
        (('ate', 'been', 'bit', 'blew', 'bought', 'broke', 'brought', 'came', 'caught', 'chose', 'cut', 'done', 'driven', 'drove', 'dug', 'ed', 'fell', 'flew', 'forgot', 'fought', 'froze', 'gave', 'given', 'gone', 'grew', 'hid', 'hit', 'hung', 'hurt', 'kept', 'left', 'lent', 'let', 'lost', 'made', 'meant', 'paid', 'put', 'ran', 'read', 'rode', 'said', 'sat', 'saw', 'sent', 'shook', 'shot', 'shut', 'slept', 'sold', 'spent', 'spoke', 'stole', 'stood', 'struck', 'stuck', 'taken', 'threw', 'thrown', 'told', 'took', 'tore', 'torn', 'undid', 'upset', 'went', 'woke', 'won', 'wore', 'written', 'wrote'),),
    '036b007d3152': (('did', 'had', "haven't", 'never', 'not', "wasn't", "weren't"),),
    '0f086cac36e5':
        (('absent', 'arse', 'ass', 'awful', 'brat', 'bully', 'careless', 'checked', 'closed', 'cold', 'condescending', 'controlling', 'cow', 'cruel', 'defensive', 'dick', 'dishonest', 'dismissive', 'disrespectful', 'distant', 'down', 'foolish', 'grump', 'harsh', 'horrible', 'hurtful', 'idiot', 'ignorant', 'impatient', 'insensitive', 'irresponsible', 'jealous', 'jerk', 'knob', 'late', 'lazy', 'line', 'mean', 'monster', 'moody', 'naive', 'nasty', 'negligent', 'nightmare', 'nowhere', 'order', 'patronising', 'patronizing', 'petty', 'phone', 'pig', 'possessive', 'prat', 'reckless', 'rude', 'sarcastic', 'selfish', 'sharp', 'short', 'silent', 'snappy', 'snob', 'stroppy', 'stupid', 'there', 'thoughtless', 'unavailable', 'unfair', 'unfaithful', 'unkind', 'unreachable', 'vile', 'wrong'), ("'d", 'been', 'got', 'had', 'was', 'were', 'who')),
    '653912e77c3e': (('should',), ("'ve", 'have', 'never'), ('i',)),
    '3a4e2a5ab700':
        (('doing', 'fault', 'job', 'me', 'mistake', 'responsibility'), ("'s", 'is', 'was'), ('it', 'that', 'this')),
    'fa6e64c85e4b': (('responsibility',), ('accept', 'bear', 'must', 'take')),
    '11542dea271f': (('bad', 'doing', 'fault', 'mistake', 'own', 'responsible'),),
    '6cef30a6bc69': (('responsible',),),
    '19170175235e': (('mine',), ('blame', 'failure', 'fault', 'it', 'mistake', 'that')),
    '8cbab897162a':
        (('advert', 'app', 'campaign', 'checks', 'company', 'doctors', 'driver', 'employees', 'manager', 'nurses', 'officer', 'people', 'service', 'site', 'staff', 'stewards', 'store', 'system', 'teachers', 'team'), ('our',), ('did', 'ed', 'should')),
    'c9a10e16b85c':
        (('column', 'comment', 'decision', 'email', 'joke', 'message', 'photo', 'post', 'remark', 'said', 'sketch', 'text', 'tweet', 'video', 'words'), ('cruel', 'fair', 'funny', 'hurtful', 'indefensible', 'inexcusable', 'line', 'mean', 'nasty', 'offensive', 'ok', 'order', 'racist', 'sexist', 'unacceptable', 'unkind', 'wrong'), ('are', 'is', 'was', 'were')),
    '5cc28e28b934': (("i'd", 'promised', 'would'), ('did', 'never'), ('and', 'but')),
    '85d5246a6031': (('excuse',), ("it's", "that's", 'there', 'was'), ('no',)),
    '671568fa0a4d': (('deserved',), ('you',)),
    'fccc719cd932':
        (('awful', 'bad', 'big', 'cruel', 'serious', 'stupid', 'terrible', 'unforgivable', 'wrong'), ('did', 'made'), ('call', 'choice', 'decision', 'error', 'mistake', 'thing')),
    '8b2018acdde8': (('error', 'mistake'), ('committed', 'made')),
    '186fd29e15c2': (('wrong',), ('got',), ('it', 'that', 'this')),
    'b7692c81ebff': (('fallen', 'fell', 'up'),),
    '38d90e6ea66d': (('better',), ('ought', 'should'), ('know',)),
    'ccddec73d12a': (('was',), ('of',), ('me',)),
    '0efdc67f8d8e':
        (('betrayal', 'breach', 'cruel', 'disgraceful', 'dishonest', 'hurtful', 'indefensible', 'inexcusable', 'lie', 'line', 'not', 'order', 'shameful', 'unacceptable', 'unfair', 'unjustifiable', 'unjustified', 'wrong'), ('happened', 'my', 'our', 'what'), ('is', 'was', 'were')),
    'de4ed63e188e': (('know',), ('what',), ('did',)),
    'ae973cd504d6':
        (('acted', 'behaved', 'conducted'), ('aggressively', 'appallingly', 'badly', 'disgracefully', 'disrespectfully', 'foolishly', 'inappropriately', 'irresponsibly', 'poorly', 'rudely', 'shamefully', 'stupidly', 'terribly', 'unprofessionally', 'wrongly')),
    '1eac4115b14e': (('swore',),),
    '1500f7c5e776':
        (('actions', 'behavior', 'behaviour', 'betrayal', 'comment', 'conduct', 'decision', 'dishonesty', 'error', 'failing', 'failure', 'handling', 'joke', 'language', 'lapse', 'lie', 'mistake', 'negligence', 'outburst', 'post', 'remark', 'response', 'slur', 'statement', 'tweet', 'words', 'wrongdoing'), ('my', 'our')),
    'fd582fa2d5a6': (('caused',),),
    '7e2c9213338a': (('down', 'failed'),),
}
# Alternatives that never match '.', '!' or '?': all their groups must be in one piece of the text.
_IN_SENTENCE = frozenset({
    '6f15e98d4cac', '58fe0dfc0fc7', 'c7b1ce8ee963', 'cf2b673de493', 'ef04a7336814', 'cdcd87d19178',
    '5ce769585432', '68fb21b1c978', '1823fc1ab3b4', 'c11511ac3b1f', '75f41dea0230', 'daa075da64bf',
    'ca87dc321b7a', '3044f4dd7f48', 'f5b3cee363b8', '641bad4888c6', 'fe9427917a04', '2d241d3e02ee',
    '9e2d74eee28d', '281c123556d1', 'd7fb3ac2cb8d', '95c1d82bbe9d', 'e64092d54e85', 'f298ebed7385',
    '9704b1cf1e81', 'e0abdb3dc73e', '278d4714dc1f', '7b08678aeaeb', 'e472a2437ba7', '151e979b69c8',
    '5224b9454595', '64706b91b147', 'ac8148e5960b', 'a4b26da158df', '4eb163516ba2', '1bbd105e3449',
    '243b4143fce2', '8179458e578c', '62847770ed5e', '94e6f72aed5a', '70992b8fcf2e', 'ee3641a9760a',
    'ac5165e255ba', 'd21270235b87', 'bf20ea410390', '4ea5b8e6a890', '421a357d3329', 'deb4eea56dae',
    '746d67407c00', '3ae673f9f36b', 'ac3fbfaf5ee2', 'da065b685660', '7fb2fd8598be', '57ff1bf0c043',
    '0b16dc2fe998', 'f27bd6ac35b0', '75d99ec41c25', 'efaba2ea5c39', 'cdc7548e9701', 'af4b4a13a2d7',
    'ba242f3ac669', '1bb2a2fd651c', '9a3645da3f9c', 'e98a297c004b', 'f27964a9a22a', 'bd7039ab4936',
    '00bd39f88c21', 'd49bb58baac9', '28358e74753f', '9a217a81340b', 'bad141c1bfd3', '847754ad385e',
    '78be56b7dc8b', 'd865eefb6b50', 'af9fb1f6f957', 'ef2f2787cbc9', '6be6f2a960ea', '9f0b5b2565ab',
    '11ea4bccc647', '5bd9de11aae9', '21e62905b09b', '31d5c788ca70', '5082226dd81d', '21a9461c1526',
    'c7912351e4c9', 'f991bd085851', 'b4fec0b564dc', '90a6e0bed029', '1dd956b59307', '6b362d30d8e5',
    '57c6ba5601f5', '9148063d7946', 'cb972d503cb8', 'e1a12112b711', 'c1fb8fb13114', 'd1097b29b2ee',
    'b5c3002a14d7', '2dfca436c64b', '9b0fa5736896', 'a2959a3c1d0a', 'bfa4da4c1103', 'b34fcd6186f4',
    '21aa5c94a1f8', 'ef2d84e5e845', '263f463b45c7', '40111602577b', 'e01b39bc6ee6', '9c98dfda49be',
    '46ad6893294d', 'f5d3134b6552', '6d242a713960', '003ea138bdfa', 'c5e79ff089bf', '458703ee65ca',
    'b42b523bb097', '921023b90d34', 'b5e5b84d4432', '239143af5805', '4c4c7fd43c95', '93b535b1f4a8',
    '4279c89c70e4', 'af3baf3adf7e', '003faa51358c', '864dab8d6488', '2a69d2cff532', '12611954c77a',
    'b48acb6df1ef', 'f028ceb6291a', '917d7136fa68', '8115fa54f64b', 'd5054c43ce8d', 'f461ff05ebd2',
    '0a91971c3543', '45457c35bbfa', '322b364e34dc', 'f77419ad7c1f', '18b15c8e52a3', 'ab3a79c4f08b',
    'bb7b261f991f', '62cef4ff6b6e', '9dda363d5867', 'db0da3a9d41c', 'fbd7fa2e41cf', '7b40e06987c7',
    '33be8e7a045e', '516011cc3b15', '3e0043638840', '417b62fa4e74', '21a853a12d78', 'c461cbd93e1b',
    'cdc94e80e28a', '79de0e29d840', 'bafc9cdd6d10', 'd198b07992a7', '0ac01fca2e25', '7320d6920d5f',
    '33af7c6dc1c7', '320c71cbc391', '9ec70f6d6c45', '6ae82d702ed2', '6c0936fdd62b', 'f1c3a13fd3d8',
    '9cb99448d5e5', '0d407f70a496', 'b5ae5ea1fe77', '1dcd451c0588', 'd1f32884a87a', 'ef9749dc8cf6',
    '62ce812d04e6', '5cfdfd02dacc', '92e37fd0b7fc', '069ee2dca536', '6505cf792861', '7c8a04cc1c41',
    '54667d6bf5d2', 'd1e07334a10d', '7869d4847452', '249fe04cfa0d', 'c12ae84d1267', 'edd8a4c6fa8e',
    '19dd4c1d2042', 'a63e7a04aa51', '53af20af06d0', 'd03e658d95bf', '21c4dea4fe8f', '4c8391e954d3',
    '59562a45b21b', '4bd72ad2656d', '8f31a40e7cf3', '86c41e9b5653', 'b065234985f1', '77010000e688',
    '3a6a25f6bb65', 'a041c0aeb877', 'f372de532ac1', 'e7069cef5a24', '660b89dd2cf1', '1a27d71f00fd',
    '10f95d45eb50', 'ee47945e4987', 'b0692beb0f42', '30b95a2fc909', 'ca02ce3caca4', '7de49e9df078',
    '25f05b7ec3ef', '4885795ad844', 'd28fa88bd157', '77b55e512981', '96071dde3aac', 'df1aabb07290',
    'da00c690657c', '8f8d6737fd80', 'a298f91a3614', 'e39faa5770d1', '29c371880b8e', 'e6c32620ed15',
    'cf323027cac4', '5e694421459b', '489113ee7eda', '54c1eefe46c0', 'a95ec948e14b', '1c3d1cd9d8cf',
    '336a6c845cd4', 'c05634f42759', '9411599d3db1', '3614ef597813', 'a2ded3da4cee', 'f2f9eea92ece',
    '9cb7056e8983', '7a411a317327', '70a0a300bda5', '5b08ecd9c6ee', '11535285170c', '7b0b56acf489',
    '42bcc6a7ae42', '0cda9ad5503a', '111dc59b3ea1', '0f086cac36e5', '653912e77c3e', '3a4e2a5ab700',
    'fa6e64c85e4b', '19170175235e', '8cbab897162a', 'c9a10e16b85c', '5cc28e28b934', '85d5246a6031',
    '671568fa0a4d', 'fccc719cd932', '8b2018acdde8', '186fd29e15c2', '38d90e6ea66d', 'ccddec73d12a',
    '0efdc67f8d8e', 'de4ed63e188e', 'ae973cd504d6', '1500f7c5e776',
})
# Where a match of each alternative can begin: a word starting with one of these (tests/test_apology_prefilter.py).
_STARTS: dict[str, tuple[str, ...]] = {
    '6f15e98d4cac': ('ap', 're', 'so'),
    '58fe0dfc0fc7': ('if',),
    'd915dc5d564c': ('ap', 're', 'so'),
    'c7b1ce8ee963': ('if',),
    'cf2b673de493': ('if',),
    'ef04a7336814': ('if',),
    'cdcd87d19178': ('if',),
    '5ce769585432': ('to',),
    '68fb21b1c978': ('i ',),
    '1823fc1ab3b4': ('ap', 're', 'so'),
    'c11511ac3b1f': ('if',),
    '75f41dea0230': ('fo', 'wh'),
    'daa075da64bf': ('ap', 're', 'so'),
    'ca87dc321b7a': ('ap', 're', 'so'),
    '3044f4dd7f48': ('ap', 're', 'so'),
    'f5b3cee363b8': ('ap', 're', 'so'),
    '641bad4888c6': ('ap', 're', 'so'),
    'fe9427917a04': ('ap', 're', 'so'),
    '2d241d3e02ee': ('ap', 're', 'so'),
    '9e2d74eee28d': ('ap', 're', 'so'),
    '281c123556d1': ('ap', 're', 'so'),
    'd7fb3ac2cb8d': ('ap', 're', 'so'),
    '95c1d82bbe9d': ('i ', "i'"),
    '69db5ec69ff3': ('i ', "i'"),
    'e64092d54e85': ('is', 'ne', 'no', 'wa'),
    'f298ebed7385': ('yo',),
    'c29e51d875d1': ('an', 'mo', 'pe'),
    '9704b1cf1e81': ('di', 'do'),
    'e0abdb3dc73e': ('wh',),
    '278d4714dc1f': ('my',),
    'ccc001b07878': ('a ', 'i ', 'my', 'ou', 'th'),
    '55e530491600': ('a ', 'so', 'to', 'wi'),
    '7b08678aeaeb': ('i ',),
    'e472a2437ba7': ('i ', "i'"),
    '6c17b176d8d1': ('i ', "i'"),
    '151e979b69c8': ('it',),
    '5224b9454595': ('my', 'th', 'to', 'tr', 'wo'),
    '64706b91b147': ('be',),
    'ac8148e5960b': ('i ',),
    'a4b26da158df': ('i ',),
    '4eb163516ba2': ('wh',),
    '1bbd105e3449': ('my',),
    '4357b82fc34b': ('th',),
    '243b4143fce2': ('th',),
    '8179458e578c': ('in',),
    '62847770ed5e': ('to',),
    '94e6f72aed5a': ('yo',),
    '70992b8fcf2e': ('i ',),
    'ee3641a9760a': ('i ',),
    'ac5165e255ba': ('i ',),
    'cefd5b7adbfb': ('bu', 'ho'),
    'd21270235b87': ('yo',),
    'bf20ea410390': ('it', 'th'),
    '4ea5b8e6a890': ('yo',),
    '421a357d3329': ('he', 'sh', 'th', 'yo'),
    '84d86b708959': ('pr', 'pu', 'wh'),
    'deb4eea56dae': ('yo',),
    '746d67407c00': ('he', 'sh', 'th', 'yo'),
    '3ae673f9f36b': ('ha', 'if'),
    'ac3fbfaf5ee2': ('if',),
    'da065b685660': ('bo', 'we'),
    '7fb2fd8598be': ('it',),
    '57ff1bf0c043': ('no',),
    '0b16dc2fe998': ('yo',),
    'f27bd6ac35b0': ('yo',),
    'd97e91948dc8': ('al', 'co', 'en', 'no', 'yo'),
    '75d99ec41c25': ('th', 'yo'),
    'efaba2ea5c39': ('yo',),
    'cdc7548e9701': ('yo',),
    'af4b4a13a2d7': ('my', 'yo'),
    'ba242f3ac669': ('it', 'th'),
    '1bb2a2fd651c': ('it', 'th'),
    '62a1d33ca5d3': ('ha', 'no'),
    '9a3645da3f9c': ('is', 'no', 'wa', 'we'),
    'e98a297c004b': ('ha', 'is', 'no', 'wa'),
    'f27964a9a22a': ('ju', 'on'),
    '3e3291cd5876': ('be', 'ov', 'so', 'to'),
    'bd7039ab4936': ('do', 'le', 'ma', 'no'),
    '00bd39f88c21': ('bl', 'do', 'le', 'no'),
    'd49bb58baac9': ('a ', 'sl'),
    '2f699b306f59': ('at', 'it'),
    '28358e74753f': ('al', 'ev'),
    '9a217a81340b': ('a ', 'ju', 'on', 'su'),
    'bad141c1bfd3': ('yo',),
    '847754ad385e': ('it', 'th'),
    '168667fef5e1': ('so', 'su', 'th'),
    '721c281e6879': ('ha', 'ju', 'me', 'on'),
    'd1d9e89b2731': ('a ', 'fr', 'ha', 'in', 'ma', 'me', 'po', 'sa', 'to', 'wr'),
    '78be56b7dc8b': ('i ',),
    'ac7338032547': ('ac', 'mi', 'sh', 'st', 'th'),
    'd865eefb6b50': ('no',),
    'af9fb1f6f957': ('a ', 'er', 'fe', 'ha', 'hu', 'li', 'mi', 'pr', 'so', 'st', 'th', 'vo', 'wo'),
    'ef2f2787cbc9': ('it', 'th'),
    '6be6f2a960ea': ('th',),
    '9f0b5b2565ab': ('th',),
    '80e26f2b1e5a': ('it', 'th'),
    '11ea4bccc647': ('bi', 'bo', 'ca', 'em', 'in', 'me', 'pa', 're', 'te'),
    '5796959c7fe6': ('it', 'wh'),
    '5bd9de11aae9': ('ca', 'de', 'mo', 're', 'sa', 'th'),
    '21e62905b09b': ('it', 'th'),
    '31d5c788ca70': ('*',),
    '5082226dd81d': ('it', 'st', 'th', 'wo'),
    '21a9461c1526': ('la', 'th', 'ye'),
    'c7912351e4c9': ('ag', 'bo', 'co', 'pl', 'pr'),
    'f991bd085851': ('th',),
    'b4fec0b564dc': ('ca', 'co', 'sh'),
    '50dd81449407': ('cl', 'le', 'pu'),
    'f3c9dfa37a64': ('le',),
    '90a6e0bed029': ('ho',),
    '1dd956b59307': ('fo',),
    '6e77f83b1205': ('ar', 'r '),
    '086cac2dca71': ('we',),
    '57c6ba5601f5': ('ho',),
    '9148063d7946': ('ba', 'be', 'fi', 'no', 'ok', 'ov', 'pa'),
    'cb972d503cb8': ('ge',),
    'bf8e176efdc8': ('am', 'fi', 'fo', 'fr', 'go', 'no', 'ok', 'tr', 'us'),
    'ee44766efc7b': ('ar', 'st'),
    'e1a12112b711': ('do',),
    'c1fb8fb13114': ('i ', "i'"),
    'd1097b29b2ee': ('it', 'th'),
    'b5c3002a14d7': ('th',),
    '2dfca436c64b': ('ap', 're', 'so'),
    '9b0fa5736896': ('ap', 're', 'so'),
    'a2959a3c1d0a': ('ap', 're', 'so'),
    'b116e2bb19b9': ('to',),
    'bfa4da4c1103': ('if',),
    'b34fcd6186f4': ('if',),
    '21aa5c94a1f8': ('if',),
    'ef2d84e5e845': ('i ',),
    '263f463b45c7': ('if',),
    '40111602577b': ('ap', 're', 'so'),
    'e01b39bc6ee6': ('fe',),
    '9c98dfda49be': ('ap', 're', 'so'),
    '46ad6893294d': ('ap', 're', 'so'),
    'f5d3134b6552': ('ap', 're', 'so'),
    '6d242a713960': ('ap', 're', 'so'),
    '003ea138bdfa': ('ap', 're', 'so'),
    'c5e79ff089bf': ('ap', 're', 'so'),
    '458703ee65ca': ('ap', 're', 'so'),
    'b42b523bb097': ('ap', 're', 'so'),
    '921023b90d34': ('ha', 'wa', 'we'),
    'b5e5b84d4432': ('a ', 'on', 'ou', 'th'),
    '20b7385347d9': ('co', 're', 'st', 'vi', 'wo'),
    '575335e33a0e': ('di', 'mi', 'tw'),
    '239143af5805': ('br', 'ca', 'tr'),
    'b1d1451f74b3': ('he', 'sh', 'th'),
    '4c4c7fd43c95': ('be', 'ou'),
    '93b535b1f4a8': ('wi',),
    '4279c89c70e4': ('is', 'ne', 'no', 'wa', 'wi'),
    'f2727563efec': ('my', 'no', 'ou'),
    'af3baf3adf7e': ('i ',),
    '003faa51358c': ('i ',),
    '72867a389d1f': ('no', 'ru', 'st', 'th', 'ti'),
    '4fff88499b91': ('ex', 'in', 'mi', 'no', 'ta', 'un'),
    '864dab8d6488': ('i ', 'we'),
    '2a69d2cff532': ('be',),
    '12611954c77a': ('i ',),
    'b48acb6df1ef': ('*',),
    '2d8308466e32': ('i ', 'th'),
    'f028ceb6291a': ('wh',),
    '917d7136fa68': ('yo',),
    '8115fa54f64b': ('yo',),
    '467e5d416d26': ('an', 'yo'),
    'd5054c43ce8d': ('be', 'ca', 'co'),
    '95cdc9ff9d5a': ('wh', 'yo'),
    '87b60ccf428d': ('if', 'yo'),
    '0a91971c3543': ('yo',),
    '45457c35bbfa': ('th',),
    '322b364e34dc': ('a ',),
    'bb1ddd66b60a': ('do', 'sa', 'th'),
    '35d1e31ce196': ('ha', 'th'),
    '2569cb9ab221': ('a ', 'do', 'lo', 'ma', 'sa', 'so'),
    'f77419ad7c1f': ('i ',),
    '98998f5948c5': ('po', 'so', 'wh'),
    '5c308dc4adb9': ('at', 'fr', 'in', 'no', 'on'),
    '18b15c8e52a3': ('a ', 'sl', 'so'),
    'ab3a79c4f08b': ('it', 'th'),
    'bb7b261f991f': ('i ',),
    'fc6bb64c98ee': ('su', 'wa'),
    '62cef4ff6b6e': ('*',),
    '9dda363d5867': ('de', 're', 'tr'),
    'd5678fa71e67': ('go', 'sl'),
    'db0da3a9d41c': ('ev', 'it', 'th'),
    'd734f2b27fda': ('go', 'it', 'th'),
    'fbd7fa2e41cf': ('ha', 'wa', 'we'),
    'c35978a91917': ('go', 'so', 'wa', 'we'),
    'dbbf6eff48e8': ('*',),
    '7b40e06987c7': ('we',),
    '15aa31d5543e': ('th', 'we'),
    'dcc201a13d64': ('ga', 'i '),
    '33be8e7a045e': ('ap', 're', 'so'),
    'b906413d31b4': ('fo', 'yo'),
    '516011cc3b15': ('gi',),
    '3e0043638840': ('no', 'yo'),
    '9cda25254166': ('i ',),
    '417b62fa4e74': ('be',),
    '21a853a12d78': ('ho',),
    'c461cbd93e1b': ('i ', 'we'),
    'cdc94e80e28a': ('it', 'th'),
    '5e8f9e66f894': ('gr', 'le', 'wo'),
    '79de0e29d840': ('wa',),
    '0295e17cda7b': ('i ', "i'"),
    'bafc9cdd6d10': ('i ',),
    'd198b07992a7': ('i ',),
    '6db6ec6392a2': ('ho', 'i ', "i'"),
    '0ac01fca2e25': ('aw', 'di', 'ha', 'he', 'ho', 'pa', 're', 'ro', 'so', 'st', 'to', 've'),
    '7320d6920d5f': ('yo',),
    '679a604bff7c': ('i ', 'no'),
    '2aa83adab3c8': ('em', 'i ', "i'", 'my'),
    'd8f2b221ddf0': ('hu', 'i ', 'ki', 'pa'),
    '07c7a33232ff': ("i'",),
    '33af7c6dc1c7': ('i ', "i'"),
    '320c71cbc391': ('i ', "i'"),
    '91b738b04c5b': ('a ', 'my', 'sl', 'su'),
    '773f230f5d11': ('i ', "i'"),
    '9ec70f6d6c45': ('i ', "i'"),
    '6ae82d702ed2': ('ho',),
    '6c0936fdd62b': ('*',),
    'fbefae65f3e2': ('i ', 'is', 'ne'),
    '5deeac1b3e8b': ('so',),
    'f1c3a13fd3d8': ('wh',),
    'c4661b482c07': ('i ', "i'"),
    '9cb99448d5e5': ('an', 'ev', 'pe', 'th'),
    '0d407f70a496': ('ap', 're', 'so'),
    'b5ae5ea1fe77': ('ap', 're', 'so'),
    '1dcd451c0588': ('ap', 're', 'so'),
    '2ebcfed3cbe0': ('in', 'th', 'wh'),
    'd1f32884a87a': ('ev', 'ho', 'li', 'my', 'th', 'wo'),
    'ef9749dc8cf6': ('yo',),
    '334feffc2507': ('le', 'yo'),
    '083beb0390db': ('th', 'yo'),
    'ad1cef7cabcc': ('no', 'yo'),
    '62ce812d04e6': ('a ', 'ou', 'th'),
    '5cfdfd02dacc': ('*',),
    'a5961bba993f': ('a ', 'di', 'of', 'pa', 'th'),
    '574e7a01b74a': ('a ', 'mi'),
    '92e37fd0b7fc': ('*',),
    'dc934465720c': ('a ', 'an', 'er', 'it', 'mi'),
    '069ee2dca536': ('*',),
    '6505cf792861': ('ca', 'co', 'ju', 'le', 'we'),
    '7c8a04cc1c41': ('te',),
    '54667d6bf5d2': ('we',),
    'd1e07334a10d': ('do', 'pl'),
    'd1e87d419c33': ('co', 'de', 'do', 'go'),
    'dfdeeb9de200': ("i'", 'yo'),
    '7869d4847452': ('da', 'ha', 'mo', 'to', 'wo'),
    '249fe04cfa0d': ('aw', 'di', 'ha', 'pa', 'to'),
    'e438c706305a': ('ca', 'co', 'i ', "i'"),
    'c12ae84d1267': ('as', 're'),
    'edd8a4c6fa8e': ('ap', 'sa'),
    '19dd4c1d2042': ('ho',),
    '3e3359c0540d': ('ap', 'ha', 'sa', 'si', 'ti'),
    'a63e7a04aa51': ('wh',),
    '53af20af06d0': ('i ', "i'"),
    'e8cd5eba86fa': ('i ',),
    'd03e658d95bf': ('we',),
    '21c4dea4fe8f': ('go', 'li', 'st'),
    '4c8391e954d3': ('ea', 'ev'),
    '59562a45b21b': ('in', 'wi'),
    '4bd72ad2656d': ('i ', "i'", 'we'),
    '8f31a40e7cf3': ('i ', "i'"),
    '86c41e9b5653': ('ha', 'wi'),
    'b065234985f1': ('i ',),
    '77010000e688': ('it', 'th'),
    'd480c8d6944c': ('i ', 'my'),
    '3a6a25f6bb65': ('it', 'th'),
    '306d492e4c8a': ('i ',),
    'a041c0aeb877': ('i ', "i'"),
    'e7069cef5a24': ('i ',),
    '660b89dd2cf1': ('yo',),
    '1a27d71f00fd': ('it', 'th'),
    '10f95d45eb50': ('le', 'ma'),
    '79c0d97dc709': ('co', 'di', 'do', 'im', 'me', 'wa'),
    'ee47945e4987': ('yo',),
    'b6ac1e3057eb': ('ap', 're', 'so'),
    'b1d9d3a1486a': ('as', 'i '),
    'eae979dc0a42': ('ho', 'is', 'wh'),
    'b0692beb0f42': ('ma',),
    '616d15a4cef1': ('ca', 'ch', 'ho', 'le', 'sq', 'te'),
    '30b95a2fc909': ('i ', "i'"),
    'ca02ce3caca4': ('i ', "i'"),
    'c693f7e8e19a': ('ca', 'yo'),
    '7de49e9df078': ('i ', "i'"),
    '25f05b7ec3ef': ('if', 'wh'),
    '67bac8e05a73': ('we',),
    '5bdf2ce0574c': ('be',),
    '4885795ad844': ('du',),
    'd28fa88bd157': ('ow',),
    '77b55e512981': ('as',),
    '96071dde3aac': ('wa', 'we'),
    'df1aabb07290': ('at', 'in'),
    'da00c690657c': ('ba',),
    '8f8d6737fd80': ('in',),
    'a298f91a3614': ('a ', 'di'),
    'e39faa5770d1': ('th',),
    '29c371880b8e': ('ca',),
    'e6c32620ed15': ('he',),
    '30b96809bc20': ('he',),
    'cf323027cac4': ('em',),
    '5e694421459b': ('ra', 'ru'),
    '3fdfa594020b': ('go', 'pr', 'ta', 'wi'),
    '489113ee7eda': ('sh',),
    '54c1eefe46c0': ('en', 'ex', 'hu', 'im', 'in', 're', 'un'),
    '5ec2a8baf346': ('un',),
    'e4650740aa77': ('in', 'ov', 'st', 'sw'),
    'a95ec948e14b': ('th',),
    '1c3d1cd9d8cf': ('be', 'fa'),
    '336a6c845cd4': ('ou',),
    'c05634f42759': ('fo', 'on'),
    '9411599d3db1': ('ad',),
    '307f5b4c81f3': ('i ', 'we'),
    '3614ef597813': ('pa',),
    'a2ded3da4cee': ('no',),
    'f2f9eea92ece': ('my', 'ou'),
    'c7b9b95ceef8': ('i ', 'we'),
    '9cb7056e8983': ('i ', 'we'),
    '7a411a317327': ('ne', 'no'),
    '70a0a300bda5': ('wa',),
    '5b08ecd9c6ee': ('th',),
    'e80ff1118d3a': ('pa',),
    '11535285170c': ('sp',),
    '4bc616dd6b9c': ('in',),
    '7b0b56acf489': ('te',),
    '42bcc6a7ae42': ('ch', 'fu', 'he'),
    '0cda9ad5503a': ('on',),
    '111dc59b3ea1': ('a ',),
    'ec1e480a1c1b': ('i ', "i'", 'we'),
    '036b007d3152': ('i ', 'we'),
    '0f086cac36e5': ('i ', "i'", 'we'),
    '653912e77c3e': ('i ',),
    '3a4e2a5ab700': ('it', 'th'),
    'fa6e64c85e4b': ('i ', 'we'),
    '11542dea271f': ('i ', 'my'),
    '6cef30a6bc69': ('as', 'i ', 'we'),
    '19170175235e': ('it', 'th'),
    '8cbab897162a': ('ou',),
    'c9a10e16b85c': ('th',),
    '5cc28e28b934': ('i ',),
    '85d5246a6031': ('it', 'th'),
    '671568fa0a4d': ('yo',),
    'fccc719cd932': ('i ', 'we'),
    '8b2018acdde8': ('i ', 'we'),
    '186fd29e15c2': ('i ', 'we'),
    'b7692c81ebff': ('i ', 'we'),
    '38d90e6ea66d': ('i ',),
    'ccddec73d12a': ('it', 'th'),
    '0efdc67f8d8e': ('my', 'ou', 'wh'),
    'de4ed63e188e': ('i ',),
    'ae973cd504d6': ('i ', 'we'),
    '1eac4115b14e': ('i ', 'we'),
    '1500f7c5e776': ('my', 'ou'),
    'fd582fa2d5a6': ('i ', "i'", 'we'),
    '7e2c9213338a': ('i ', 'we'),
}
