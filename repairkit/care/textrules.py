"""The small rule engine the text checks share: normalising text, sentence bounds, rules with
negative context, and a scan that reports what matched and why.

Pure: standard library only. The rules themselves live in safety.py, support.py and coaching.py.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from repairkit.care.compiled import compile as _compile
from repairkit.textsafe import safe_text


class Signal(NamedTuple):
    """(A NamedTuple, like Found and _Rule: a frozen dataclass costs an everyday `repair log` half a millisecond
    to make, each.)"""
    kind: str   # a danger or support kind
    text: str   # the matched words as the person wrote them (one line, terminal-safe)
    why: str    # a short plain reason, for messages and --json

_QUOTES = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
           "\u201c": '"', "\u201d": '"'}


def _norm(text: str) -> str:
    """Lower-case, straight quotes, plain spaces; one character out for each one in,
    so match positions point into the original text."""
    flat = text.translate(_NORM_TABLE)
    if "\u0130" not in flat and "\u03a3" not in flat:
        # Lower-casing the whole string is lower-casing each character, but for these two: dotted
        # capital I becomes two characters (kept as it is, below), capital sigma depends on its
        # neighbours (tests/test_safety_net.py checks every character).
        return flat.lower()
    return _norm_each(text)


def _norm_each(text: str) -> str:
    out = []
    for ch in text:
        ch = _QUOTES.get(ch, ch)
        if ch.isspace():
            ch = " "
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


# `_norm` in one call: the quotes, and every character but " " that `str.isspace` calls a space
# (tests/test_safety_net.py checks the list against every character).
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
           "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_NORM_TABLE = {**{ord(k): v for k, v in _QUOTES.items()}, **dict.fromkeys(map(ord, _SPACES), " ")}


class _Lazy:
    """A regular expression compiled on first use: importing this module for the guides
    or the check-in should not pay for compiling a hundred-odd detector patterns."""

    __slots__ = ("compiled", "parts", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.compiled: re.Pattern[str] | None = None
        self.parts = None  # a rule's pattern as alternatives (textparts.py), found once

    def __getattr__(self, name: str):
        if name in _Lazy.__slots__:
            raise AttributeError(name)
        if self.compiled is None:
            self.compiled = _compile(self.source)
        return getattr(self.compiled, name)


_SENTENCE_END = _Lazy(r"[.!?;\n]|\s-\s|\s--\s")


_CONTEXT = 120  # characters of a sentence looked at before and after a match; a few words is all any rule needs


class _Sentences:
    """Sentence (or clause after a dash) bounds of one text, found once."""

    def __init__(self, norm: str) -> None:
        self.starts = [0]
        self.ends = []
        for m in _SENTENCE_END.finditer(norm):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(norm))

    def around(self, start: int, end: int) -> tuple[int, int]:
        import bisect  # here, not at the top: loading its C part costs an everyday note a millisecond

        left = self.starts[bisect.bisect_right(self.starts, start) - 1]
        right = self.ends[bisect.bisect_left(self.ends, end)] if end <= self.ends[-1] else self.ends[-1]
        return max(left, start - _CONTEXT), min(right, end + _CONTEXT)


def _alt(*words: str) -> str:
    """A group of whole words."""
    return "(?:" + "|".join(words) + r")(?!\w)"


PARTNER = _alt("partner", "wife", "husband", "girlfriend", "boyfriend", r"fianc[eé]e?", "spouse", r"ex(?:-\w+)?")
KIDS = _alt("kids?", "children", "child", "sons?", "daughters?", "bab(?:y|ies)", "toddlers?", "little ones?")
# A person on the receiving end. `obj` lets the scanner spot "her" used as a possessive.
OBJ = (r"(?P<obj>(?:our|the|his|her|their|your|my)\s+" + KIDS + r"|my\s+" + PARTNER
       + r"|my\s+(?:mum|mom|mother|sister|brother)|me|him|her|them|us|you)(?!\w)")
BODY = _alt("arms?", "wrists?", "neck", "throat", "face", "hair", "shoulders?", "head", "jaw", "ribs?", "chest",
            "legs?", "collar", "shirt", "nose", "mouth", "lip", "back")
_BODY_VIOLENCE = (r"(?:slam(?:med|s|ming)?|bang(?:ed|s|ing)?|smash(?:ed|es|ing)?|hit|hits|punch(?:ed|es|ing)?|"
                  r"kick(?:ed|s|ing)?|bit|bites|biting|bitten|scratch(?:ed|es|ing)?|burn(?:ed|t|s|ing)?|"
                  r"stamp(?:ed|s|ing)?\s+on|stomp(?:ed|s|ing)?\s+on|squeez(?:e|ed|es|ing)|chok(?:e|ed|es|ing)|"
                  r"strangl(?:e|ed|es|ing)|slap(?:ped|s|ping)?|headbutt(?:ed|s|ing)?|kneed|knees|kneeing)")
_KID_WORD = _Lazy(r"\b" + KIDS + r"\b")

# "her" followed by one of these is a person, not a possessive ("hit her hard", "hit her.").
_HER_AS_PERSON = _Lazy(
    r"\s*(?:$|[,.!?;:)\"'-]|(?:and|or|but|with|in|on|across|so|until|till|again|hard|harder|twice|once|when|"
    r"while|because|after|before|back|against|into|onto|over|down|up|around|round|by|repeatedly|then|for|at|"
    r"to|too|really|badly|a|an|the|out|off|if|as|from|every|last|this|that|yesterday|today|tonight|during|"
    r"without|where|whenever|about|like|just|near|outside|inside|enough|anymore|even|several|many|more|"
    r"or|nor|myself|herself|himself|first|in\s+front)\b)")

# Words before a verb that show the doer is a thing, an idea, or someone outside the couple
# ("it hit me", "the rain forced us", "my boss forced me", "a car hit her").
_ADVERBS = (r"(?:\s+(?:\w+ly|has|had|have|just|really|kind of|sort of|then|also|even|always|never|actually|"
            r"suddenly|finally|first|once|nearly|almost|was|were|is|are|got|gets|can|could|would|will|"
            r"'s|'re|'ve|'d|be|been|kind|sort))*\s*$")
_NOT_A_PARTNER = _Lazy(
    r"(?:^|\b)(?:it|this|that|which|what|reality|life|work|traffic|everything|nothing|something|money|"
    r"circumstances|stress|illness|covid|bills|debt|worry|worries|fate|time|"
    r"(?:the|a|an|this|that)(?:\s+(?!(?:he|she|they|i|you|we|and|then|when)\b)[\w'-]+){1,2}|"
    r"(?:my|our|his|her|their|your)\s+(?:new\s+|old\s+|own\s+)?(?:boss|manager|supervisor|mum|mom|mother|dad|"
    r"father|parents?|brother|sister|friends?|colleagues?|co-?workers?|teachers?|coach|trainer|doctor|"
    r"therapist|dog|cat|puppy|sons?|daughters?|kids?|children|toddler|baby|back|knee|head|job|work|alarm|"
    r"phone|words?|comments?|remarks?|silence|tone|voice|reaction|message|text|email|news|schedule|"
    r"deadline|landlord|neighbou?rs?|grandma|grandmother|grandad|grandfather|aunt|uncle|cousin|in-laws)"
    r")" + _ADVERBS)
_SELF_AGENT = _Lazy(r"(?:^|\b)(?:i|we|i've|i'd|i'll|we've|we'd|i'm)" + _ADVERBS)
_NEGATED = _Lazy(r"(?:\bnever|\bnot|n't|\bno\s+longer|\bnobody|\bno\s+one|\bnothing)(?:\s+[\w']+){0,2}\s*$")
_STILL_HAPPENS = _Lazy(r"\s*(?:anymore|any more)\b")


class _Rule(NamedTuple):
    kind: str
    pattern: _Lazy
    why: str
    not_before: _Lazy | None = None  # searched in the sentence before the match
    not_after: _Lazy | None = None   # matched at the start of the sentence after it
    negatable: bool = True           # "he never hit me" does not count
    thing_agent: bool = True         # "it hit me", "my boss forced me" do not count
    self_agent: bool = True          # False: "I took my passport" does not count
    need_after: _Lazy | None = None  # must match at the start of the sentence after it
    weak: bool = False               # a hint, not a finding: the net is unsure rather than sure


def _rule(kind: str, pattern: str, why: str, *, not_before: str | None = None, not_after: str | None = None,
          negatable: bool = True, thing_agent: bool = True, self_agent: bool = True,
          need_after: str | None = None, weak: bool = False) -> _Rule:
    if "(?P<obj>" in pattern:  # each use of OBJ gets a group name of its own
        head, *rest = pattern.split("(?P<obj>")
        pattern = head + "".join(f"(?P<obj{n}>{part}" for n, part in enumerate(rest))
    return _Rule(kind, _Lazy(r"\b(?:" + pattern + ")"), why,
                 _Lazy(not_before + r"\s*$") if not_before else None,
                 _Lazy(r"\s*(?:" + not_after + ")") if not_after else None,
                 negatable, thing_agent, self_agent,
                 _Lazy(r"\s*(?:" + need_after + ")") if need_after else None, weak)


def _accept(rule: _Rule, norm: str, m: re.Match[str], sentences: _Sentences) -> bool:
    left, right = sentences.around(m.start(), m.end())
    before, after = norm[left:m.start()], norm[m.end():right]
    for name, value in m.groupdict().items():
        if name.startswith("obj") and value == "her" and not _HER_AS_PERSON.match(norm, m.end(name)):
            return False  # "hit her car", "afraid of her reaction": a possessive, not a person
    if rule.need_after and not rule.need_after.match(after):
        return False
    if rule.not_after and rule.not_after.match(after):
        return False
    if rule.not_before and rule.not_before.search(before):
        return False
    if rule.thing_agent and _NOT_A_PARTNER.search(before):
        return False
    if not rule.self_agent and _SELF_AGENT.search(before):
        return False
    return not (rule.negatable and _NEGATED.search(before) and not _STILL_HAPPENS.match(after))


def _triggers_text(norm: str) -> str:
    """The normalised text with each run of spaces made one, where trigger words are looked for."""
    while "  " in norm:
        norm = norm.replace("  ", " ")
    return norm


def _may_match(groups: tuple[tuple[str, ...], ...], flat: str) -> bool:
    """Whether each group of a rule's trigger words has one in the text (`_triggers_text`)."""
    for words in groups:
        for word in words:
            if word in flat:
                break
        else:
            return False
    return True


class Found(NamedTuple):
    """One accepted match: the signal, the rule that made it, and the words of its sentence around it.
    (A NamedTuple, not a dataclass: this module is imported on every `repair log`.)"""
    signal: Signal
    rule: _Rule
    before: str
    matched: str  # normalised
    after: str = ""  # the rest of its sentence (at most _CONTEXT characters)


def _scan(rules: list[_Rule], texts: tuple[str | None, ...],
          triggers: tuple[tuple[tuple[str, ...], ...], ...] | None = None,
          relabel: Callable[[str, str, str], tuple[str, str]] | None = None) -> list[Signal]:
    """Every rule over every text. With `triggers` (one entry per rule: groups of words, each
    group needed for any match), a rule is skipped for a text that lacks one of its groups:
    it could not match there, and an ordinary note then compiles no pattern at all."""
    return [f.signal for f in _scan_found(rules, texts, triggers, relabel)]


def _scan_found(rules: list[_Rule], texts: tuple[str | None, ...],
                triggers: tuple[tuple[tuple[str, ...], ...], ...] | None = None,
                relabel: Callable[[str, str, str], tuple[str, str]] | None = None,
                parts: Callable[[], dict] | None = None) -> list[Found]:
    """`_scan`, keeping for each signal its rule and the words before it. With `parts` (a table
    of the rules' alternatives, see textparts.py), a long text runs only the alternatives
    whose trigger words meet in one of its sentences, and only there; the matches are the same."""
    if triggers is not None and len(triggers) != len(rules):
        triggers = None  # a stale table is never trusted: check everything
    found: list[tuple[int, int, int, Found]] = []
    for n, text in enumerate(texts):
        if not text:
            continue
        text = str(text)
        norm = _norm(text)
        chosen = rules
        where = None
        if triggers is not None:
            flat = _triggers_text(norm)
            if parts is not None and len(norm) >= _PARTS_FROM and not _WHOLE_RULES:
                from repairkit.care.textparts import _Where

                where = _Where(norm, flat, parts)
                chosen = [rule for rule, groups in zip(rules, triggers) if where.may_match(groups)]
            else:
                chosen = [rule for rule, groups in zip(rules, triggers) if _may_match(groups, flat)]
            if not chosen:
                continue
        sentences = _Sentences(norm)
        taken: list[tuple[int, int]] = []
        for rule in chosen:  # earlier rules win where two cover the same words
            for m in (rule.pattern.finditer(norm) if where is None else where.finditer(rule)):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if not _accept(rule, norm, m, sentences):
                    continue
                taken.append((m.start(), m.end()))
                kind, why = rule.kind, rule.why
                if relabel is not None:
                    kind, why = relabel(kind, why, m.group())
                words = " ".join(safe_text(text[m.start():m.end()], one_line=True).split())
                left, right = sentences.around(m.start(), m.end())
                found.append((n, m.start(), len(found), Found(Signal(kind, words, why), rule, norm[left:m.start()],
                                                              m.group(), norm[m.end():right])))
    return [f for *_, f in sorted(found, key=lambda f: f[:3])]


# Long texts: see textparts.py, read only when a long text reaches a rule.
_PARTS_FROM = 600    # characters: shorter texts run each rule whole, compiled once
_WHOLE_RULES = False  # True: every rule runs whole on every text (the tests compare the two paths)
