"""The apology checker's trigger prefilter is conservative: it never changes an answer.

The checker's big patterns are alternations (`apology._Alternatives`). On a given text, an
alternative is compiled and run only when the text holds a word of each of its trigger groups
(`apology._TRIGGERS`, keyed by the alternative's source), so a short text compiles a few
alternatives instead of the whole table, and a long one is scanned by fewer. These tests show that
leaving alternatives out cannot change a result:

1. proof from the patterns: re's own parser reads each alternative, and every string it can match
   is shown to contain a word of each of its groups (as the text is folded by `apology._FOLD`);
2. the labelled sets: every development text, the regression floor and the drafts, and variants of
   them (upper case, texting without apostrophes, curly quotes, odd whitespace, texts joined), get
   the same `check_apology` answer, findings with line and column, "try:" and components, with and
   without the prefilter; and every raw match of an alternative lies in a text holding its triggers;
3. generated matches: strings drawn at random from each alternative hold its triggers.

After changing a rule, run `python tests/test_apology_prefilter.py`: it prints a fresh
`_TRIGGERS` table to paste over the one at the end of repairkit/care/apology.py. Until then a
changed alternative simply has no entry and runs on every text (slower, never wrong), and
`test_every_alternative_has_triggers` says so. No timings here: bench/apology_eval.py --timing.
"""
from __future__ import annotations

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

from repairkit.care import apology as a  # noqa: E402

EVAL = ROOT / "eval" / "apology"
CAP = 64  # largest finite language followed exactly; beyond it a run of the pattern is split
MAX_GROUPS = 3


# --------------------------------------------------------------------------- the alternatives

def alternative_sets() -> dict[str, a._Alternatives]:
    """Every pattern made of alternatives in the checker, by a readable name."""
    out = {f"rule {i} ({rule.name})": rule.pattern for i, rule in enumerate(a.RULES)
           if isinstance(rule.pattern, a._Alternatives)}
    for name, value in vars(a).items():
        if isinstance(value, a._Alternatives):
            out[name] = value
    return out


def alternatives() -> list[tuple[str, str, int]]:
    """(where, source, flags) of every alternative, each once."""
    seen, out = set(), []
    for where, alts in alternative_sets().items():
        for source in alts.sources:
            if source not in seen:
                seen.add(source)
                out.append((where, source, alts.flags))
    return out


# --------------------------------------------------------------------------- what a pattern can match

def _fold(code: int) -> str | None:
    ch = chr(code)
    return ch.translate(a._FOLD) if code < 128 else None  # a literal outside ASCII is never a trigger


def _product(x: set[str], y: set[str]) -> set[str] | None:
    if len(x) * len(y) > CAP:
        return None
    return {p + q for p in x for q in y}


def _lang(op, av) -> set[str] | None:
    """Every string this item can match, folded, when that is a small finite set; else None."""
    if op is C.LITERAL:
        ch = _fold(av)
        return None if ch is None else {ch}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero width: consumes nothing
    if op is C.IN:
        chars: set[str] = set()
        for o, v in av:
            if o is C.LITERAL:
                ch = _fold(v)
                if ch is None:
                    return None
                chars.add(ch)
            elif o is C.RANGE and v[1] < 128 and v[1] - v[0] < 32:
                chars.update(_fold(c) for c in range(v[0], v[1] + 1))
            else:
                return None  # negated sets, \w, \s, \d, wide ranges
        return chars if len(chars) <= CAP else None
    if op is C.SUBPATTERN:
        return _seq_lang(av[3])
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq_lang(alt)
            if got is None:
                return None
            out |= got
            if len(out) > CAP:
                return None
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, p = av
        body = _seq_lang(p)
        if body is None or hi == C.MAXREPEAT or hi > 4:
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


def _runs(items) -> list[set[str]]:
    """Finite languages of runs of neighbouring items: each run's match is one of its strings, and
    the runs lie one after another in every match."""
    runs, current = [], {""}
    for op, av in items:
        got = _lang(op, av)
        joined = _product(current, got) if got is not None else None
        if joined is None:
            if "" not in current:
                runs.append(current)
            current = got if got is not None else {""}
        else:
            current = joined
    if "" not in current:
        runs.append(current)
    return runs


def _minimal(words: set[str]) -> frozenset[str]:
    """A word that holds another word of the group adds nothing: the shorter is found whenever it is."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def requirements(items, score) -> list[frozenset[str]]:
    """Groups of words, each a necessary condition: every match holds a word of every group.

    ``score`` rates a group (lower: found in fewer texts); it picks one group per branch of an
    alternation, whose union is then a group of the alternation."""
    items = list(items)
    groups = [_minimal(run) for run in _runs(items)]
    for op, av in items:
        if op is C.SUBPATTERN:
            groups += requirements(av[3], score)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            groups += requirements(av[2], score)
        elif op is C.BRANCH:
            picked: set[str] = set()
            for alt in av[1]:
                options = requirements(alt, score)
                if not options:
                    break
                picked |= min(options, key=score)
            else:
                groups.append(_minimal(picked))
    return groups


def covered(items, group) -> bool:
    """True when every string the sequence can match contains a word of ``group`` (a proof)."""
    items = list(items)
    if any(all(any(w in s for w in group) for s in run) for run in _runs(items)):
        return True
    for op, av in items:
        if op is C.SUBPATTERN and covered(av[3], group):
            return True
        if op is C.BRANCH and all(covered(alt, group) for alt in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and covered(av[2], group):
            return True
    return False


_NOT_IN_CLASSES = {C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT, C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE,
                   C.CATEGORY_WORD, C.CATEGORY_UNI_WORD, C.CATEGORY_LINEBREAK, C.CATEGORY_UNI_LINEBREAK}


def consumes(items, chars: str) -> bool:
    """Whether some match of the sequence may hold one of ``chars`` (False is a proof; True may be caution)."""
    for op, av in items:
        if op is C.LITERAL:
            if chr(av) in chars:
                return True
        elif op is C.NOT_LITERAL:
            if any(ch != chr(av) for ch in chars):
                return True
        elif op is C.IN:
            negate = any(o is C.NEGATE for o, _ in av)
            listed = set()
            for o, v in av:
                if o is C.LITERAL:
                    listed.add(chr(v))
                elif o is C.RANGE:
                    listed.update(ch for ch in chars if v[0] <= ord(ch) <= v[1])
                elif o is C.CATEGORY:
                    if v not in _NOT_IN_CLASSES:
                        return True  # \D, \W, \S: caution
                elif o is not C.NEGATE:
                    return True
            if negate:
                if any(ch not in listed for ch in chars):
                    return True
            elif listed & set(chars):
                return True
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: nothing consumed
        elif op is C.SUBPATTERN:
            if consumes(av[3], chars):
                return True
        elif op is C.BRANCH:
            if any(consumes(alt, chars) for alt in av[1]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if av[1] and consumes(av[2], chars):
                return True
        else:
            return True  # ANY, group references, anything else: caution
    return False


def in_sentence(source: str, flags: int) -> bool:
    return not consumes(parsed(source, flags), a._STOPS)


# --------------------------------------------------------------------------- where a match can begin

_WHITESPACE = frozenset(chr(c) for c in range(sys.maxunicode + 1) if __import__("re").match(r"\s", chr(c)))


def _cut(strings, k: int = 2) -> set[str]:
    return {x[:k] for x in strings}


def _heads(op, av) -> set[str] | None:
    """The first two characters of every string this item can match (folded, whitespace as a
    space), or None when that is not a small known set."""
    if op is C.LITERAL:
        ch = chr(av)
        if ch in _WHITESPACE:
            return {" "}
        folded = _fold(av)
        return None if folded is None else {folded}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    if op is C.IN:
        chars: set[str] = set()
        for o, v in av:
            if o is C.LITERAL:
                if chr(v) in _WHITESPACE:
                    chars.add(" ")
                    continue
                ch = _fold(v)
                if ch is None:
                    return None
                chars.add(ch)
            elif o is C.RANGE and v[1] < 128 and v[1] - v[0] < 32:
                chars.update(_fold(c) for c in range(v[0], v[1] + 1))
            elif o is C.CATEGORY and v in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
                chars.add(" ")
            else:
                return None
        return chars
    if op is C.SUBPATTERN:
        return _seq_heads(av[3])
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq_heads(alt)
            if got is None:
                return None
            out |= got
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, p = av
        body = _seq_heads(p)
        if body is None:
            return None
        out, power, n = set(), {""}, 0
        while n <= hi:
            if n >= lo:
                grown = out | power
                if grown == out and n > lo + 2:
                    break
                out = grown
            power = _cut(x + y for x in power for y in body)
            n += 1
            if n > lo + 6:
                if hi == C.MAXREPEAT or hi > n:
                    out |= power  # longer repeats begin as these do once two characters are known
                break
        return out
    return None


def _seq_heads(items) -> set[str] | None:
    out = {""}
    for op, av in items:
        if all(len(x) >= 2 for x in out):
            return out
        got = _heads(op, av)
        if got is None:
            return None
        out = _cut(x + y for x in out for y in got)
        if len(out) > 400:
            return None
    return out


def _boundary_first(items) -> bool:
    """Whether a word boundary is required before anything is consumed."""
    for op, av in items:
        if op is C.AT and av == C.AT_BOUNDARY:
            return True
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            return _boundary_first(av[3])
        if op is C.BRANCH:
            return all(_boundary_first(alt) for alt in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            return _boundary_first(av[2])
        return False
    return False


_WORDISH = {C.CATEGORY_WORD, C.CATEGORY_UNI_WORD, C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT}


def _min_width(op, av) -> int:
    return sre_parse.SubPattern(sre_parse.State(), [(op, av)]).getwidth()[0]


def _word_first(items) -> bool:
    """Whether the first character any match consumes is a word character (`\\w`)."""
    import re

    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            ok = re.match(r"\w", chr(av)) is not None
        elif op is C.IN:
            ok = all((o is C.LITERAL and re.match(r"\w", chr(v)))
                     or (o is C.RANGE and all(re.match(r"\w", chr(c)) for c in range(v[0], v[1] + 1)))
                     or (o is C.CATEGORY and v in _WORDISH) for o, v in av)
        elif op is C.SUBPATTERN:
            ok = _word_first(av[3])
        elif op is C.BRANCH:
            ok = all(_word_first(alt) for alt in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            ok = _word_first(av[2])
        else:
            ok = False
        if not ok:
            return False
        if _min_width(op, av) > 0:
            return True
    return True


def starts(source: str, flags: int) -> tuple[str, ...] | None:
    """Keys of `apology._Words.candidates`: every match begins where a word begins, with one of
    these (its first two characters, or one when the match may end after it), or anywhere a word
    begins ("*"); None when a match may begin elsewhere."""
    items = parsed(source, flags)
    if not _boundary_first(items) or sre_parse.parse(source, flags).getwidth()[0] == 0:
        return None
    heads = _seq_heads(items)
    import re

    if heads is not None and "" not in heads and all(re.match(r"\w", x[0]) for x in heads):
        return tuple(sorted(heads))
    if _word_first(items):
        return ("*",)  # a word begins there: after a boundary, a word character
    return None  # a match could begin on a space or a mark: no word begins there


def parsed(source: str, flags: int):
    return list(sre_parse.parse(source, flags))


# --------------------------------------------------------------------------- choosing triggers

def _load(path: Path) -> list[dict]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"] or []


def development_texts() -> list[str]:
    """Development texts, the regression floor and the drafts (never the holdouts)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import apology_drafts

    texts = []
    for path in sorted(EVAL.glob("*.yaml")):
        if not path.name.startswith("holdout"):
            texts += [item["text"] for item in _load(path)]
    texts += [item["text"] for item in _load(ROOT / "tests" / "data" / "apology_eval.yaml")]
    texts += [a.draft_apology(plan, today=apology_drafts.TODAY) for plan in apology_drafts.plans()]
    return texts


def pieces(folded: list[str]) -> list[str]:
    """The development texts cut at full stops, as `apology._Words.pieces` cuts a text."""
    import re

    return [piece for text in folded for piece in re.split("[" + re.escape(a._STOPS) + "]", text)]


def choose(source: str, flags: int, folded: list[str],
           cut: list[str] | None = None) -> tuple[tuple[str, ...], ...] | None:
    """Up to three groups that together are found in the fewest development texts (or pieces of
    texts, for an alternative that stays in one sentence: ``cut``); None when every text would hold
    them anyway (checking them would only cost time). The first group is the rarest."""
    units = cut if cut is not None and in_sentence(source, flags) else folded

    cache: dict[frozenset[str], set[int]] = {}

    def texts_of(group) -> set[int]:
        if group not in cache:
            cache[group] = {i for i, text in enumerate(units) if any(w in text for w in group)}
        return cache[group]

    def score(group) -> tuple[int, int]:
        return len(texts_of(group)), len(group)

    groups = sorted(set(requirements(parsed(source, flags), score)), key=lambda g: (score(g), sorted(g)))
    groups = [g for g in groups if g and "" not in g]
    chosen: list[frozenset[str]] = []
    left = set(range(len(units)))
    while groups and len(chosen) < MAX_GROUPS:
        best = min(groups, key=lambda g: (len(left & texts_of(g)), len(g), sorted(g)))
        if len(left & texts_of(best)) >= len(left) * 0.98 and chosen:
            break
        chosen.append(best)
        groups.remove(best)
        left &= texts_of(best)
    if not chosen or len(texts_of(chosen[0])) >= len(units) * 0.98 and len(chosen) == 1:
        return None
    return tuple(tuple(sorted(g)) for g in chosen)


def fresh_table() -> tuple[dict[str, tuple[tuple[str, ...], ...]], list[str]]:
    folded = [a._normalise(text).translate(a._FOLD) for text in development_texts()]
    cut = pieces(folded)
    table, local = {}, []
    for _, source, flags in alternatives():
        triggers = choose(source, flags, folded, cut)
        if triggers is not None:
            table[a._trigger_key(source)] = triggers
            if len(triggers) > 1 and in_sentence(source, flags):
                local.append(a._trigger_key(source))
    return table, local


def print_table() -> None:
    table, local = fresh_table()
    print("_TRIGGERS: dict[str, tuple[tuple[str, ...], ...]] = {")
    by_key = {a._trigger_key(source): source for _, source, _ in alternatives()}
    for key in sorted(table, key=lambda k: list(by_key).index(k)):
        line = f"    {key!r}: {table[key]!r},"
        print(line if len(line) <= 120 else f"    {key!r}:\n        {table[key]!r},")
    print("}")
    print("# Alternatives that never match '.', '!' or '?': all their groups must be in one piece of the text.")
    print("_IN_SENTENCE = frozenset({")
    line = "   "
    for key in local:
        if len(line) + len(key) + 4 > 110:
            print(line)
            line = "   "
        line += f" {key!r},"
    print(line)
    print("})")
    print("# Where a match of each alternative can begin: a word starting with one of these (tests/test_apology_prefilter.py).")
    print("_STARTS: dict[str, tuple[str, ...]] = {")
    for _, source, flags in alternatives():
        keys = starts(source, flags)
        if keys is not None:
            line = f"    {a._trigger_key(source)!r}: {keys!r},"
            print(line if len(line) <= 120 else f"    {a._trigger_key(source)!r}:\n        {keys!r},")
    print("}")


# --------------------------------------------------------------------------- 1. proof from the patterns

@pytest.mark.parametrize("where,source,flags", alternatives(), ids=lambda x: x if isinstance(x, str) and len(x) < 40 else "")
def test_every_group_of_triggers_is_proved_from_the_pattern(where, source, flags):
    groups = a._TRIGGERS.get(a._trigger_key(source))
    for group in groups or ():
        assert group and all(group), (where, source[:80])
        assert covered(parsed(source, flags), group), f"{where}: {group} is not in every match of {source[:80]}"


@pytest.mark.parametrize("where,source,flags", alternatives(), ids=lambda x: x if isinstance(x, str) and len(x) < 40 else "")
def test_an_alternative_kept_to_one_sentence_never_matches_a_full_stop(where, source, flags):
    if a._trigger_key(source) in a._IN_SENTENCE:
        assert in_sentence(source, flags), f"{where}: {source[:80]} can match one of {a._STOPS!r}"


@pytest.mark.parametrize("where,source,flags", alternatives(), ids=lambda x: x if isinstance(x, str) and len(x) < 40 else "")
def test_every_way_a_match_can_begin_is_in_the_table(where, source, flags):
    stored = a._STARTS.get(a._trigger_key(source))
    if stored is not None:
        proved = starts(source, flags)
        assert proved is not None and set(proved) <= set(stored), f"{where}: {source[:80]}"


def test_every_alternative_has_triggers_or_runs_everywhere_by_choice():
    """A changed alternative has no entry and runs on every text: regenerate the table."""
    missing = [(where, source, flags) for where, source, flags in alternatives()
               if a._trigger_key(source) not in a._TRIGGERS]
    stale = []
    if missing:
        folded = [a._normalise(text).translate(a._FOLD) for text in development_texts()]
        cut = pieces(folded)
        stale = [where for where, source, flags in missing if choose(source, flags, folded, cut) is not None]
    stale += [where for where, source, flags in alternatives()
              if starts(source, flags) is not None and a._trigger_key(source) not in a._STARTS]
    extra = (set(a._TRIGGERS) | a._IN_SENTENCE | set(a._STARTS)) - {a._trigger_key(source) for _, source, _ in alternatives()}
    assert not stale and not extra, ("run `python tests/test_apology_prefilter.py` and paste the table over "
                                     f"_TRIGGERS in repairkit/care/apology.py: {stale[:5]} {sorted(extra)[:5]}")


def test_the_fold_keeps_every_letter_a_pattern_matches_case_insensitively():
    import re

    letters = re.compile("[a-z]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        ch = chr(code)
        folded = ch.translate(a._FOLD)
        if letters.fullmatch(ch):
            assert folded != ch and re.fullmatch(folded, ch, re.IGNORECASE), hex(code)
        else:
            assert folded == ch, hex(code)


def test_the_start_keys_read_every_character_whitespace_matches_as_a_space():
    assert {ch.translate(a._SPACES) for ch in _WHITESPACE} == {" "}
    assert all(chr(c).translate(a._SPACES) == chr(c) for c in range(sys.maxunicode + 1) if chr(c) not in _WHITESPACE)


# --------------------------------------------------------------------------- 2. the labelled sets

def variants(text: str) -> list[str]:
    return [text, text.upper(), text.lower().replace("'", "").replace("\u2019", ""), text.replace("'", "\u2019"),
            text.replace(" ", "  ").replace(". ", ".\n\n"), text.replace(" ", "\t"), text.title()]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    base = development_texts()
    out = list(base) + [v for text in base[::4] for v in variants(text)[1:]]
    out += [x + "\n\n" + y for x, y in zip(base[::5], base[1::5])]
    out += [x.rstrip(".!? ") + " and " + y for x, y in zip(base[2::7], base[3::7])]
    from conftest import quick

    return out[::5] if quick() else out  # the quick loop reads every fifth; CI's full run reads them all


def full_answer(text: str, learned: bool = True) -> dict:
    a._FULL_PATTERNS = True
    try:
        return a.check_apology(text, learned=learned).to_json()
    finally:
        a._FULL_PATTERNS = False


def test_the_prefilter_gives_the_same_answer_as_every_pattern_in_full(texts):
    different = [text[:60] for text in texts if a.check_apology(text).to_json() != full_answer(text)]
    assert not different, different[:5]


def test_the_prefilter_gives_the_same_answer_for_the_rules_alone(texts):
    different = [text[:60] for text in texts[::3]
                 if a.check_apology(text, learned=False).to_json() != full_answer(text, learned=False)]
    assert not different, different[:5]


def test_every_raw_match_lies_in_a_text_holding_its_triggers(texts):
    compiled = {}
    for where, source, flags in alternatives():
        groups = a._TRIGGERS.get(a._trigger_key(source))
        if groups:
            import re

            compiled[source] = (where, re.compile(source, flags), groups)
    for text in texts[::2]:
        quiet = a._normalise(text)
        folded = quiet.translate(a._FOLD)
        for where, pattern, groups in compiled.values():
            for m in pattern.finditer(quiet):
                assert all(any(w in folded for w in g) for g in groups), (where, text[:60])
                keys = a._STARTS.get(a._trigger_key(pattern.pattern))
                if keys:
                    spaced = folded.translate(a._SPACES)
                    at = m.start()
                    assert at in a._words_in(quiet).candidates(keys), (where, text[:60])
                    assert "*" in keys or spaced[at:at + 2] in keys or spaced[at] in keys


# --------------------------------------------------------------------------- 3. generated matches

def _draw(items, rng: random.Random) -> str:
    out = []
    for op, av in items:
        out.append(_draw_item(op, av, rng))
    return "".join(out)


def _draw_item(op, av, rng: random.Random) -> str:
    if op is C.LITERAL:
        return chr(av)
    if op is C.IN:
        choices = []
        for o, v in av:
            if o is C.LITERAL:
                choices.append(chr(v))
            elif o is C.RANGE:
                choices += [chr(c) for c in range(v[0], min(v[1], v[0] + 25) + 1)]
            elif o is C.CATEGORY:
                choices += {C.CATEGORY_SPACE: [" ", "\n"], C.CATEGORY_UNI_SPACE: [" ", "\t"],
                            C.CATEGORY_WORD: ["x", "q"], C.CATEGORY_UNI_WORD: ["x", "7"],
                            C.CATEGORY_DIGIT: ["4"], C.CATEGORY_UNI_DIGIT: ["4"]}.get(v, ["x"])
            elif o is C.NEGATE:
                return rng.choice(["x", " ", "q"])
        return rng.choice(choices or ["x"])
    if op is C.SUBPATTERN:
        return _draw(av[3], rng)
    if op is C.BRANCH:
        return _draw(rng.choice(av[1]), rng)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, p = av
        n = rng.randint(lo, min(hi, lo + 3))
        return "".join(_draw(p, rng) for _ in range(n))
    if op is C.ANY:
        return "x"
    if op is C.NOT_LITERAL:
        return "x" if av != ord("x") else "y"
    return ""  # zero width


@pytest.mark.parametrize("where,source,flags", alternatives(), ids=lambda x: x if isinstance(x, str) and len(x) < 40 else "")
def test_generated_matches_hold_their_triggers(where, source, flags):
    import re

    groups = a._TRIGGERS.get(a._trigger_key(source))
    if not groups:
        return
    pattern = re.compile(source, flags)
    rng = random.Random(source)
    items = parsed(source, flags)
    for _ in range(60):
        drawn = _draw(items, rng)
        for candidate in (drawn, drawn.upper(), " " + drawn + " "):
            if pattern.search(candidate):
                folded = candidate.translate(a._FOLD)
                assert all(any(w in folded for w in g) for g in groups), (where, candidate)


if __name__ == "__main__":
    print_table()
