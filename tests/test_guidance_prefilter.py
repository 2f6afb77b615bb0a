"""The danger check's trigger prefilter is conservative: it never hides a sign.

`safety.check_texts` (through `safety._rule_signals`) skips a rule for a text that lacks one of the rule's
groups of trigger words (`safety._DANGER_TRIGGERS`: one entry per rule, in
order, of one to three groups), so an ordinary note never compiles the
hundred-odd rule patterns. These tests show that skipping cannot change a
result:

1. proof from the patterns: re's own parser reads each rule's pattern, and
   every string the pattern can match is shown to contain a word of each of
   the rule's groups (spaces counted as in `_triggers_text`);
2. the labelled sets: every text in safety_eval, support_eval, vague_eval and
   apology_eval, and variants of them (upper case, curly quotes, extra and
   odd whitespace, texts joined), gets the same signals with and without the
   prefilter, and each raw pattern match lies in a text where that rule's
   triggers are found;
3. generated matches: strings drawn at random from each rule's pattern.

After changing a danger rule, run `python tests/test_guidance_prefilter.py`:
it prints a fresh trigger table to paste over `_DANGER_TRIGGERS` in
repairkit/care/safety.py (test 1 fails until the table fits the rules again).
No timings here: speed is measured by bench/bench.py.
"""
from __future__ import annotations

import functools
import itertools
import random
import sys
from pathlib import Path

import pytest

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repairkit.care import safety as g
from repairkit.care import textparts as P
from repairkit.care import textrules as T

DATA = ROOT / "tests" / "data"
CAP = 512  # largest finite language followed exactly; beyond it an item only counts through its parts
SHORT, LONG = 8, 40  # when choosing triggers: phrases only from small sets; sets of words kept short


# --------------------------------------------------------------------------- what a pattern can match

def _one_space(s: str) -> str:
    while "  " in s:
        s = s.replace("  ", " ")
    return s


def _product(a: set[str], b: set[str]) -> set[str] | None:
    if len(a) * len(b) > CAP:
        return None
    return {_one_space(x + y) for x in a for y in b}


def _lang(op, av) -> set[str] | None:
    """Every string this item can match, spaces run together, when that is a small finite set; else None.

    In `_norm`'s output every whitespace character is a plain space, so `\\s`
    matches " " only, and with runs of spaces made one, `\\s+` is " ".
    """
    if op is C.LITERAL:
        return {_one_space(chr(av))}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero width: consumes nothing
    if op is C.IN:
        chars: set[str] = set()
        for o, v in av:
            if o is C.LITERAL:
                chars.add(chr(v))
            elif o is C.RANGE and v[1] - v[0] < 32:
                chars.update(chr(c) for c in range(v[0], v[1] + 1))
            elif o is C.CATEGORY and v in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
                chars.add(" ")
            else:
                return None  # negated sets, \w, \d, wide ranges
        return {_one_space(c) for c in chars}
    if op is C.SUBPATTERN:
        _, add_flags, _, p = av
        return None if add_flags & C.SRE_FLAG_IGNORECASE else _seq_lang(list(p))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq_lang(list(alt))
            if got is None:
                return None
            out |= got
            if len(out) > CAP:
                return None
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, p = av
        body = _seq_lang(list(p))
        if body is None:
            return None
        if body <= {"", " "}:  # \s+, \s*, \s{2,}: one space at most, once runs are one
            return {" "} if lo >= 1 and " " in body and "" not in body else {"", " "}
        if hi == C.MAXREPEAT or hi > 8:
            return None
        out, power = set(), {""}
        for n in range(hi + 1):
            if n >= lo:
                out |= power
            if n < hi:
                power = _product(power, body)
                if power is None:
                    return None
        return out if len(out) <= CAP else None
    return None  # ANY, NOT_LITERAL, bare categories, group references


def _seq_lang(items) -> set[str] | None:
    out: set[str] | None = {""}
    for op, av in items:
        got = _lang(op, av)
        if got is None:
            return None
        out = _product(out, got)
        if out is None:
            return None
    return out


def _blocks(items, words: bool = False) -> list[set[str]]:
    """Finite languages of runs of neighbouring items: each run's match is one of its strings.

    With `words`, a run also ends at a space: one the pattern requires stays on both
    sides (" hit " cannot be found in "white"), one it only allows is dropped.
    """
    blocks, current = [], {""}
    for op, av in items:
        got = _lang(op, av)
        if words and got is not None and " " in got and got <= {"", " "}:
            if got == {" "} and current != {""}:
                blocks.append({_one_space(x + " ") for x in current})
            elif current != {""}:
                blocks.append(current)
            current = {" "} if got == {" "} else {""}
            continue
        joined = _product(current, got) if got is not None else None
        if joined is None:
            if current not in ({""}, {" "}):
                blocks.append(current)
            current = got if got is not None else {""}
        else:
            current = joined
    if current not in ({""}, {" "}):
        blocks.append(current)
    return blocks


def covered(items, triggers: tuple[str, ...]) -> bool:
    """True when every string the sequence can match contains one of `triggers` (a proof, not a test run)."""
    def all_hit(strings: set[str]) -> bool:
        return "" not in strings and all(any(t in s for t in triggers) for s in strings)

    items = list(items)
    if any(all_hit(b) for b in _blocks(items) + _blocks(items, words=True)):
        return True
    for op, av in items:
        if op is C.SUBPATTERN and not av[1] & C.SRE_FLAG_IGNORECASE and covered(av[3], triggers):
            return True
        if op is C.BRANCH and all(covered(alt, triggers) for alt in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and covered(av[2], triggers):
            return True
    return False


def parsed(rule) -> list:
    p = sre_parse.parse(rule.pattern.source)
    assert not p.state.flags & C.SRE_FLAG_IGNORECASE
    return list(p)


# --------------------------------------------------------------------------- choosing triggers

def _minimal(strings: set[str]) -> set[str]:
    """Drop strings that contain another one: finding the shorter one is enough."""
    return {s for s in strings if not any(o != s and o in s for o in strings)}


def _candidates(items) -> list[set[str]]:
    """Sets of strings of which every match of the sequence contains at least one."""
    found = [_minimal(b) for b in _blocks(items, words=True) if "" not in b]
    found += [_minimal(b) for b in _blocks(items) if "" not in b and len(b) <= SHORT]
    for op, av in items:
        if op is C.SUBPATTERN and not av[1] & C.SRE_FLAG_IGNORECASE:
            found += _candidates(list(av[3]))
        elif op is C.BRANCH:
            per_alt = [_candidates(list(alt)) for alt in av[1]]
            if all(per_alt):
                found.append(_minimal(set().union(*(_best(c) for c in per_alt))))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            found += _candidates(list(av[2]))
    found = [c for c in found if c and all(c)]
    return [c for c in found if len(c) <= LONG and min(map(len, c)) >= 3] or \
        [c for c in found if len(c) <= LONG] or found


# What people write in `repair log` day to day: the texts the prefilter exists for.
EVERYDAY_NOTES = [
    "Texted when the train was late", "Texted 40 minutes ahead that the train was delayed.",
    "Told Alex at lunch that the meeting would run over.", "Said \"the text thing\"; we talked after dinner.",
    "Long day; said I was wiped and asked for ten minutes.", "Phone stayed in the hall all through dinner.",
    "Texted from the shop that the queue was long, with a guess of when.",
    "Alex asked for the ten minutes instead of snapping. It helped.",
    "Setting a reminder to check the time before leaving work.", "Talked it through. Keep going for two more weeks.",
    "Close to snapping about the dishes; caught it in time.",
    "Asked for a pause before we talked about money. Came back calm.",
    "Texted before the bus even left. Noticed it without asking.",
    "Tired after the drive; said so and took a walk first.",
    "Running late for the cinema; texted straight away and said sorry it would be tight.",
    "Phone came to the table \"just for the score\".", "Said \"phone\"; it went back to the hall, no discussion.",
    "Texted when the dentist ran over.", "Asked for ten minutes before talking about the holidays.",
    "Phone in the hall again, even with the match on.",
    "Train cancelled; texted with the new plan within five minutes.",
    "Noticing I get shortest just after work. Planning a walk home.",
    "Home by six as promised, and we cooked together.", "Forgot to call before the meeting ran late.",
    "Let me know at 5:40 that the bus was stuck in traffic.", "Came home an hour late, no text.",
    "Raised it the way we agreed, over coffee on Sunday.", "Said sorry for the tone and started again.",
    "Picked up the kids on time and sent a photo from the school gate.",
    "Called from the car park to say the appointment was running over.",
    "Kept my voice down when we talked about the bills.", "Didn't check my phone once during dinner.",
    "Snapped about the washing up, then apologised ten minutes later.",
    "Missed the text again; got caught up at work and forgot.", "Asked how her day was and listened to the end.",
    "We had a good talk about his mum's visit next weekend.",
    "I noticed I went quiet when plans changed; said so out loud instead.",
    "Left the office at five so we could make the film.", "Brought it up gently after the kids were in bed.",
    "Took a break when it got heated and came back after a walk.",
    "Stayed off my laptop all evening; we played cards.", "Checked in on Wednesday as planned. Keep going.",
    "Told them I'd be late for the party before they had to ask.",
    "Put a reminder in my calendar for the school run.", "Remembered the anniversary dinner booking.",
    "Made the bed and did the dishes without being asked.", "Felt defensive but let her finish before I answered.",
    "He said 'the text thing' and we left it until the evening.",
    "She noticed I texted from the station. Small, but it counts.",
    "Back from the trip a day early; told everyone in the group chat first.",
]

_CORPUS: list[tuple[str, int]] = []


def _corpus() -> list[tuple[str, int]]:
    """Texts to keep free of triggers, with weights: everyday notes count most."""
    if not _CORPUS:
        _CORPUS.extend((g._triggers_text(g._norm(t)), 4) for t in EVERYDAY_NOTES)
        _CORPUS.extend((g._triggers_text(g._norm(t)), 1) for t in load_texts(ordinary_only=True))
    return _CORPUS


def _hits(groups: list[set[str]]) -> int:
    return sum(w for text, w in _corpus() if all(any(t in text for t in grp) for grp in groups))


def _score(candidate: set[str]) -> tuple:
    """Fewer ordinary texts holding a trigger is better; then fewer triggers, then longer ones."""
    return (_hits([candidate]), len(candidate), -min(map(len, candidate)))


def _best(candidates: list[set[str]]) -> set[str]:
    return min(candidates, key=_score)


GROUPS = 3  # at most this many trigger groups per rule, each of which must be in the text


def choose(candidates: list[set[str]]) -> list[set[str]]:
    """Groups that must all be present: the best one, then others while they rule out more ordinary texts."""
    chosen = [_best(candidates)]
    while len(chosen) < GROUPS:
        now = _hits(chosen)
        if now == 0:
            break
        rest = [c for c in candidates if c not in chosen]
        if not rest:
            break
        nxt = min(rest, key=lambda c: (_hits(chosen + [c]), len(c), -min(map(len, c))))
        if _hits(chosen + [nxt]) >= now:
            break
        chosen.append(nxt)
    return chosen


def fresh_triggers() -> list[tuple[tuple[str, ...], ...]]:
    table = []
    for rule in g._DANGER_RULES:
        cands = _candidates(parsed(rule))
        assert cands, f"no trigger found for {rule.pattern.source[:80]}"
        table.append(tuple(tuple(sorted(grp)) for grp in choose(cands)))
    return table


# --------------------------------------------------------------------------- alternatives, for long texts

def split_rule(source: str) -> list[str]:
    """The top-level alternatives of a rule's pattern `\\b(?:A|B|...)`."""
    assert source.startswith(r"\b(?:") and source.endswith(")")
    inner = source[5:-1]
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(inner):
        ch = inner[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if inner[i + 1:i + 2] == "^":
                i += 1
            if inner[i + 1:i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(inner[start:i])
            start = i + 1
        i += 1
    out.append(inner[start:])
    return out


def _can_match_stop(items) -> bool:
    """Whether the sequence can consume one of `_STOPS` (lookarounds consume nothing)."""
    stops = P._STOPS
    for op, av in items:
        if op is C.LITERAL:
            if chr(av) in stops:
                return True
        elif op in (C.NOT_LITERAL, C.ANY, C.GROUPREF, C.GROUPREF_EXISTS):
            return True
        elif op is C.IN:
            if _set_can_match_stop(av):
                return True
        elif op is C.SUBPATTERN:
            if _can_match_stop(av[3]):
                return True
        elif op is C.BRANCH:
            if any(_can_match_stop(alt) for alt in av[1]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            if _can_match_stop(av[2]):
                return True
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        else:
            return True  # anything else: assume it can
    return False


def _set_can_match_stop(av) -> bool:
    negated = bool(av) and av[0][0] is C.NEGATE
    listed = set()
    for o, v in av[1:] if negated else av:
        if o is C.LITERAL:
            listed.add(chr(v))
        elif o is C.RANGE:
            listed.update(c for c in P._STOPS if v[0] <= ord(c) <= v[1])
        elif o is C.CATEGORY and v in (C.CATEGORY_WORD, C.CATEGORY_DIGIT, C.CATEGORY_SPACE,
                                        C.CATEGORY_UNI_WORD, C.CATEGORY_UNI_DIGIT, C.CATEGORY_UNI_SPACE):
            continue
        else:
            return True
    if negated:
        return not set(P._STOPS) <= listed
    return bool(listed & set(P._STOPS))


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """The characters a match of the sequence can begin with (None: any), and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            chars = set()
            for o, v in av:
                if o is C.LITERAL:
                    chars.add(chr(v))
                elif o is C.RANGE and v[1] - v[0] < 64:
                    chars.update(chr(c) for c in range(v[0], v[1] + 1))
                else:
                    return None, False
            return out | chars, False
        if op is C.SUBPATTERN:
            got, empty = _first_chars(av[3])
        elif op is C.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                more, alt_empty = _first_chars(alt)
                if more is None:
                    return None, False
                got |= more
                empty = empty or alt_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            got, empty = _first_chars(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if got is None:
            return None, False
        out |= got
        if not empty:
            return out, False
    return out, True


def alternative_facts(alternative: str) -> tuple[list, bool, str | None]:
    """An alternative's parsed items, whether it can never match a stop, and the (word) characters its
    matches begin with (None: it may begin anywhere)."""
    items = list(sre_parse.parse(alternative))
    firsts, empty = _first_chars(items)
    begins = None
    if firsts and not empty and all(c.isalnum() or c == "_" for c in firsts):
        begins = "".join(sorted(firsts))
    return items, not _can_match_stop(items), begins


_SENTENCE_CORPUS: list[tuple[str, int]] = []


def _sentence_hits(groups: list[set[str]]) -> int:
    """How many sentences of ordinary texts hold a word of every group (the long-text prefilter's test)."""
    if not _SENTENCE_CORPUS:
        for text, weight in _corpus():
            for stop in P._STOPS:
                text = text.replace(stop, "\n")
            _SENTENCE_CORPUS.extend((piece, weight) for piece in text.split("\n") if piece.strip())
    return sum(w for text, w in _SENTENCE_CORPUS if all(any(t in text for t in grp) for grp in groups))


def choose_in_sentences(candidates: list[set[str]]) -> list[set[str]]:
    """`choose`, then more groups (up to `GROUPS`) of words rare in sentences of ordinary texts: in a
    long text every group must meet the others in one sentence, so a rare second group rules out most
    of the sentences the first one is found in."""
    chosen = choose(candidates)
    _sentence_hits([])
    rare = sum(w for _, w in _SENTENCE_CORPUS) // 50
    rest = sorted((c for c in candidates if c not in chosen),
                  key=lambda c: (_sentence_hits([c]), len(c), -min(map(len, c))))
    for c in rest:
        if len(chosen) >= GROUPS or _sentence_hits([c]) > rare:
            break
        if not any(c >= other or other >= c for other in chosen):  # a group containing another adds nothing
            chosen.append(c)
    return chosen


def fresh_parts() -> dict[str, tuple]:
    table = {}
    for rule in g._DANGER_RULES:
        alternatives = split_rule(rule.pattern.source)
        entries = []
        for alternative in alternatives:
            items, in_sentence, begins = alternative_facts(alternative)
            cands = _candidates(items)
            groups = tuple(tuple(sorted(grp)) for grp in choose_in_sentences(cands)) if cands else ()
            entries.append((groups, in_sentence, begins))
        table[P._parts_key(rule.pattern.source)] = (tuple(map(len, alternatives)), tuple(entries))
    return table


# --------------------------------------------------------------------------- the labelled texts

@functools.cache
def _load_yaml(name: str):
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load((DATA / name).read_text(encoding="utf-8"))


def _text(item) -> str:
    return item["text"] if isinstance(item, dict) else str(item)


def load_texts(ordinary_only: bool = False) -> list[str]:
    safety, support, vague = (_load_yaml(n) for n in ("safety_eval.yaml", "support_eval.yaml", "vague_eval.yaml"))
    apology = _load_yaml("apology_eval.yaml")
    texts = [_text(i) for i in safety["ordinary"]] + [_text(i) for i in support["ordinary"]]
    texts += [_text(i) for i in vague["concrete"]] + [_text(i) for i in vague["vague"]]
    texts += [_text(i) for i in apology["items"]]
    texts.append("Texted when the train was late")
    if not ordinary_only:
        texts += [_text(i) for i in safety["danger"]] + [_text(i) for i in support["support"]]
    return texts


_QUOTE_SWAPS = {"'": "\u2019", '"': "\u201c"}


def variants(text: str) -> list[str]:
    spaced = text.replace(" ", "  ")
    odd = "\t".join(text.split(" "))
    curly = "".join(_QUOTE_SWAPS.get(ch, ch) for ch in text)
    lines = text.replace(". ", ".\n")
    return [text, text.upper(), text.title(), spaced, odd, curly, lines, "  " + text + "  ",
            "Note: " + text + " Anyway, dinner was fine.", text.replace(" ", "\u00a0")]


@functools.cache
def all_texts() -> tuple[str, ...]:
    """Every labelled text, read when a test first needs them (not while pytest collects)."""
    return tuple(load_texts())


def pairs() -> list[str]:
    texts = all_texts()
    return [" ".join(pair) for pair in zip(texts[::7], texts[3::7])]  # texts joined, so rules meet


# --------------------------------------------------------------------------- the tests

def test_one_entry_per_rule() -> None:
    assert len(g._DANGER_TRIGGERS) == len(g._DANGER_RULES), \
        "run `python tests/test_guidance_prefilter.py` and paste its table into repairkit/care/safety.py"
    assert all(groups and all(words and all(words) for words in groups) for groups in g._DANGER_TRIGGERS)


@pytest.mark.parametrize("index", range(len(g._DANGER_RULES)))
def test_every_match_of_the_rule_contains_a_trigger(index: int) -> None:
    rule = g._DANGER_RULES[index]
    for words in g._DANGER_TRIGGERS[index]:  # each group on its own is needed for a match
        assert covered(parsed(rule), words), (
            f"rule {index} ({rule.kind}) can match text with none of {words}: "
            "run `python tests/test_guidance_prefilter.py` and paste its table into repairkit/care/safety.py")


def _full(texts: tuple) -> list:
    """The detector as it was: every rule, no prefilter."""
    return g._scan(g._DANGER_RULES, texts, relabel=g._relabel)


def cases(every_variant: bool) -> list[str]:
    """Every labelled text and joined pair; with each of its variants, or (for the quick run) itself and
    one variant in turn, so every kind of variant still meets a tenth of the texts."""
    out = []
    for i, text in enumerate(all_texts() + tuple(pairs())):
        kinds = variants(text)
        out.extend(kinds if every_variant else [text, kinds[1 + i % (len(kinds) - 1)]])
    return out


SWEEPS = [pytest.param(False, id="each-text"), pytest.param(True, id="every-variant", marks=pytest.mark.slow)]


@pytest.mark.parametrize("every_variant", SWEEPS)
def test_labelled_sets_get_the_same_signals_with_and_without_the_prefilter(every_variant: bool) -> None:
    checked = flagged = 0
    for variant in cases(every_variant):
        expected = _full((variant,))
        assert g._rule_signals(variant) == expected, variant
        checked += 1
        flagged += bool(expected)
    assert checked > 1000 and flagged > 200  # the sets are really there, and the danger texts flag


def test_several_texts_at_once_keep_their_order() -> None:
    danger = list(itertools.islice((t for t in all_texts() if _full((t,))), 40))
    ordinary = list(itertools.islice((t for t in all_texts() if not _full((t,))), 40))
    for a, b in zip(danger, ordinary):
        for texts in ((a, b), (b, a), (None, a, "", b), (a, a)):
            assert g._rule_signals(*texts) == _full(texts)


@pytest.mark.parametrize("every_variant", SWEEPS)
def test_every_raw_match_lies_where_the_rule_triggers_are(every_variant: bool) -> None:
    """Stronger than comparing results: also matches that the negative rules go on to drop."""
    raw = 0
    for variant in cases(every_variant):
        norm = g._norm(variant)
        flat = g._triggers_text(norm)
        for rule, groups in zip(g._DANGER_RULES, g._DANGER_TRIGGERS):
            if rule.pattern.search(norm):
                raw += 1
                assert g._may_match(groups, flat), (rule.kind, rule.pattern.source[:60], variant)
    assert raw > 200


def _sample(items, rng: random.Random, depth: int = 0) -> str:
    out = []
    for op, av in items:
        out.append(_sample_one(op, av, rng, depth))
    return "".join(out)


_POOL = "abcdefghijklmnopqrstuvwxyz '-.,"


def _sample_one(op, av, rng: random.Random, depth: int) -> str:
    if op is C.LITERAL:
        return chr(av)
    if op is C.NOT_LITERAL:
        return rng.choice([c for c in _POOL if c != chr(av)])
    if op is C.ANY:
        return rng.choice(_POOL)
    if op is C.IN:
        if av and av[0][0] is C.NEGATE:
            return rng.choice("abcdefghijklmnopqrstuvwxyz ")
        o, v = rng.choice(av)
        if o is C.LITERAL:
            return chr(v)
        if o is C.RANGE:
            return chr(rng.randint(v[0], v[1]))
        if o is C.CATEGORY:
            return " " if v in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE) else rng.choice("abcdefgh")
        return "x"
    if op is C.SUBPATTERN:
        return _sample(av[3], rng, depth + 1)
    if op is C.BRANCH:
        return _sample(rng.choice(av[1]), rng, depth + 1)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, p = av
        n = rng.randint(lo, min(hi, lo + 3))
        return "".join(_sample(p, rng, depth + 1) for _ in range(n))
    return ""  # \b, lookarounds: the sample is checked against the pattern afterwards


@pytest.mark.parametrize("index", range(len(g._DANGER_RULES)))
def test_generated_matches_of_each_rule_hold_its_triggers(index: int) -> None:
    rule = g._DANGER_RULES[index]
    groups = g._DANGER_TRIGGERS[index]
    items = parsed(rule)
    rng = random.Random(index)
    matched = 0
    for _ in range(300):
        text = g._norm(_sample(items, rng))
        m = rule.pattern.search(text)
        if m is None:
            continue  # a lookaround or \b said no to this draw
        matched += 1
        assert g._may_match(groups, g._triggers_text(text)), (text, groups)
    assert matched > 0


def test_ordinary_notes_compile_no_rule() -> None:
    """The point of it all: an everyday note is decided without compiling any danger rule."""
    import subprocess

    code = ("from repairkit.care import safety as g\n"
            "notes = ['Texted when the train was late', 'Home by six as promised, and we cooked together.',\n"
            "         \"Said 'the text thing' and we talked after dinner.\", 'Phone stayed in the hall all dinner.']\n"
            "assert g._rule_signals(*notes) == []\n"
            "print(sum(rule.pattern.compiled is not None for rule in g._DANGER_RULES))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


PARTS_HEADER = '''"""The safety net's rules as alternatives, for long texts (see `textparts._finditer_parts`).

Generated and proved by tests/test_guidance_prefilter.py: after changing a danger rule, run
`python tests/test_guidance_prefilter.py parts > repairkit/care/safety_parts.py`. A rule with no entry
here (its pattern changed) runs whole. Read only when a long text reaches a rule, so an everyday note
never loads it. For each rule, by `textparts._parts_key` of its pattern: the lengths of its
alternatives, and for each alternative its groups of trigger words (each group has a word in every
string the alternative can match), whether it can never match one of `textparts._STOPS` (so its groups
must meet between two of them), and the letters its matches begin with (None: anywhere).
"""
from __future__ import annotations

PARTS = {
'''


def print_parts() -> None:
    table = fresh_parts()
    out = [PARTS_HEADER]
    for index, rule in enumerate(g._DANGER_RULES):
        key = P._parts_key(rule.pattern.source)
        lengths, entries = table[key]
        out.append(f"    # {index} {rule.kind}\n    {key!r}: ({lengths!r}, (\n")
        for entry in entries:
            out.append(f"        {entry!r},\n")
        out.append("    )),\n")
    out.append("}\n")
    sys.stdout.write("".join(out))


# --------------------------------------------------------------------------- long texts: the alternatives

def test_the_alternatives_table_fits_every_rule() -> None:
    """Every rule has an entry (`python tests/test_guidance_prefilter.py parts` regenerates them), and
    the entry cuts the rule into its own top-level alternatives: each one parses alone."""
    from repairkit.care.safety_parts import PARTS

    keys = [P._parts_key(rule.pattern.source) for rule in g._DANGER_RULES]
    assert len(set(keys)) == len(keys)
    assert sorted(PARTS) == sorted(keys), \
        "run `python tests/test_guidance_prefilter.py parts > repairkit/care/safety_parts.py`"
    for rule in g._DANGER_RULES:
        parts = P._parts_of(rule.pattern, PARTS)
        assert parts is not None and list(parts.sources) == split_rule(rule.pattern.source)
        for source in parts.sources:
            sre_parse.parse(source)  # balanced: so the cuts were at the top level


@pytest.mark.parametrize("index", range(len(g._DANGER_RULES)))
def test_every_match_of_each_alternative_holds_its_triggers_where_the_table_says(index: int) -> None:
    """The proof, alternative by alternative: each group has a word in every string it can match; an
    alternative marked as staying between stops can consume none; its matches begin with the letters given."""
    from repairkit.care.safety_parts import PARTS

    rule = g._DANGER_RULES[index]
    parts = P._parts_of(rule.pattern, PARTS)
    for source, (groups, in_sentence, begins) in zip(parts.sources, parts.triggers):
        items, stays, first = alternative_facts(source)
        assert groups, source  # every alternative has triggers today; one without any would run everywhere
        for words in groups:
            assert covered(items, words), (index, source[:60], words)
        assert stays or not in_sentence, (index, source[:60])
        if begins is not None:
            assert first is not None and set(first) <= set(begins), (index, source[:60], begins)
            assert all(c.isalnum() or c == "_" for c in begins)


def _raw_matches(text: str) -> tuple[list, list]:
    """Each rule's matches over the whole text, and as the long-text path finds them."""
    norm = g._norm(text)
    flat = g._triggers_text(norm)
    where = P._Where(norm, flat, g._danger_parts)
    whole, parted = [], []
    for rule, groups in zip(g._DANGER_RULES, g._DANGER_TRIGGERS):
        if g._may_match(groups, flat):
            whole.append([m.span() for m in rule.pattern.finditer(norm)])
            parted.append([m.span() for m in P._finditer_parts(rule, where)])
    return whole, parted


def _long_cases() -> list[str]:
    """Long texts: the labelled texts run together a few dozen at a time, in their variants."""
    texts = all_texts()
    out = []
    for start in range(0, len(texts), 40):
        joined = " ".join(texts[start:start + 40])
        out += [joined, joined.upper(), joined.replace("'", ""), joined.replace(". ", ".\n\n")]
    return out


def test_long_texts_match_the_same_with_the_alternatives() -> None:
    """Stronger than comparing results: every raw match of every rule, over every labelled text (as if it
    were long) and long runs of them."""
    from conftest import quick

    every = cases(False)
    chosen = every[::4] if quick() else every
    cases_ = chosen + _long_cases()
    raw = 0
    for text in cases_:
        whole, parted = _raw_matches(text)
        assert parted == whole, text[:80]
        raw += sum(map(len, whole))
    assert raw > 200 and len(every) > 1000


@pytest.mark.parametrize("every_variant", SWEEPS)
def test_signals_are_the_same_on_the_long_text_path(every_variant: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The net's findings with every text sent down the long-text path, against every rule run whole."""
    from conftest import quick

    chosen = cases(every_variant)
    chosen = chosen[::4] if quick() and not every_variant else chosen
    chosen += _long_cases()
    monkeypatch.setattr(T, "_WHOLE_RULES", True)
    expected = [g._findings((text,)) for text in chosen]
    monkeypatch.setattr(T, "_WHOLE_RULES", False)
    monkeypatch.setattr(T, "_PARTS_FROM", 0)
    assert [g._findings((text,)) for text in chosen] == expected


def test_an_everyday_note_never_reads_the_alternatives() -> None:
    import subprocess

    code = ("import sys\nfrom repairkit.care import safety\n"
            "safety.check_texts('Texted when the train was late', 'Home by six as promised. ' * 40)\n"
            "print('repairkit.care.safety_parts' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def main() -> None:
    """Print the trigger table for repairkit/care/safety.py, and which everyday notes still reach a rule
    (with `parts`: the module repairkit/care/safety_parts.py)."""
    if sys.argv[1:] == ["parts"]:
        print_parts()
        return
    table = fresh_triggers()
    print("_DANGER_TRIGGERS: tuple[tuple[tuple[str, ...], ...], ...] = (")
    for index, (rule, groups) in enumerate(zip(g._DANGER_RULES, table)):
        print(f"    # {index} {rule.kind}")
        lines, current = [], "    ("
        for n, grp in enumerate(groups):
            for k, word in enumerate(grp):
                piece = ("(" if k == 0 else "") + repr(word) + ("," if len(grp) == 1 else "")
                piece += ")," if k == len(grp) - 1 else ","
                piece += ")," if k == len(grp) - 1 and n == len(groups) - 1 else ""
                if len(current) + len(piece) + 1 > 112:
                    lines.append(current.rstrip())
                    current = "     "
                current += piece + " "
        lines.append(current.rstrip())
        print("\n".join(lines))
    print(")")
    reached = 0
    for note in EVERYDAY_NOTES:
        flat = g._triggers_text(g._norm(note))
        rules = [i for i, grp in enumerate(table) if g._may_match(grp, flat)]
        if rules:
            reached += 1
            print(f"# reaches rules {rules}: {note}", file=sys.stderr)
    print(f"# {len(EVERYDAY_NOTES) - reached}/{len(EVERYDAY_NOTES)} everyday notes compile no rule", file=sys.stderr)


if __name__ == "__main__":
    main()
