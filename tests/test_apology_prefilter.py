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


def choose(source: str, flags: int, folded: list[str]) -> tuple[tuple[str, ...], ...] | None:
    """Up to three groups that together are found in the fewest development texts; None when every
    text would hold them anyway (checking them would only cost time)."""
    def holding(group) -> set[int]:
        return {i for i, text in enumerate(folded) if any(w in text for w in group)}

    cache: dict[frozenset[str], set[int]] = {}

    def texts_of(group) -> set[int]:
        if group not in cache:
            cache[group] = holding(group)
        return cache[group]

    def score(group) -> tuple[int, int]:
        return len(texts_of(group)), len(group)

    groups = sorted(set(requirements(parsed(source, flags), score)), key=lambda g: (score(g), sorted(g)))
    groups = [g for g in groups if g and "" not in g]
    chosen: list[frozenset[str]] = []
    left = set(range(len(folded)))
    while groups and len(chosen) < MAX_GROUPS:
        best = min(groups, key=lambda g: (len(left & texts_of(g)), len(g), sorted(g)))
        if len(left & texts_of(best)) >= len(left) * 0.98 and chosen:
            break
        chosen.append(best)
        groups.remove(best)
        left &= texts_of(best)
    if not chosen or len(texts_of(chosen[0])) >= len(folded) * 0.98 and len(chosen) == 1:
        return None
    return tuple(tuple(sorted(g)) for g in chosen)


def fresh_table() -> dict[str, tuple[tuple[str, ...], ...]]:
    folded = [a._normalise(text).translate(a._FOLD) for text in development_texts()]
    table = {}
    for _, source, flags in alternatives():
        triggers = choose(source, flags, folded)
        if triggers is not None:
            table[a._trigger_key(source)] = triggers
    return table


def print_table() -> None:
    table = fresh_table()
    print("_TRIGGERS: dict[str, tuple[tuple[str, ...], ...]] = {")
    by_key = {a._trigger_key(source): source for _, source, _ in alternatives()}
    for key in sorted(table, key=lambda k: list(by_key).index(k)):
        line = f"    {key!r}: {table[key]!r},"
        print(line if len(line) <= 120 else f"    {key!r}:\n        {table[key]!r},")
    print("}")


# --------------------------------------------------------------------------- 1. proof from the patterns

@pytest.mark.parametrize("where,source,flags", alternatives(), ids=lambda x: x if isinstance(x, str) and len(x) < 40 else "")
def test_every_group_of_triggers_is_proved_from_the_pattern(where, source, flags):
    groups = a._TRIGGERS.get(a._trigger_key(source))
    for group in groups or ():
        assert group and all(group), (where, source[:80])
        assert covered(parsed(source, flags), group), f"{where}: {group} is not in every match of {source[:80]}"


def test_every_alternative_has_triggers_or_runs_everywhere_by_choice():
    """A changed alternative has no entry and runs on every text: regenerate the table."""
    stale = [where for where, source, flags in alternatives()
             if a._trigger_key(source) not in a._TRIGGERS
             and choose(source, flags, [a._normalise(t).translate(a._FOLD) for t in _sample()]) is not None]
    extra = set(a._TRIGGERS) - {a._trigger_key(source) for _, source, _ in alternatives()}
    assert not stale and not extra, ("run `python tests/test_apology_prefilter.py` and paste the table over "
                                     f"_TRIGGERS in repairkit/care/apology.py: {stale[:5]} {sorted(extra)[:5]}")


def _sample() -> list[str]:
    return development_texts()


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
    return out


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
            if pattern.search(quiet):
                assert all(any(w in folded for w in g) for g in groups), (where, text[:60])


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
