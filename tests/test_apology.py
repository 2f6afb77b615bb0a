"""Apology drafting and checking (repairkit.apology): rules, tricky negatives, drafts, evaluation."""
from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from repairkit.care import apology
from repairkit.care.apology import (
    CATEGORIES,
    COMPONENTS,
    CONTEXT_CHECKS,
    RULES,
    CheckResult,
    Finding,
    check_apology,
    draft_apology,
    format_findings,
)
from repairkit.model import FEARS, Plan

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 27)


def categories(text: str) -> set[str]:
    return {f.category for f in check_apology(text).findings}


# --------------------------------------------------------------------------
# The table itself


def test_categories_and_components_are_the_documented_ones():
    assert set(CATEGORIES) >= {"conditional", "sorry_you_feel", "explanation_first", "blame_shift",
                               "minimising", "passive_evasion", "demand_forgiveness", "vague_promise"}
    assert COMPONENTS == ("acknowledges", "names_impact", "regret", "commits_to_change", "offers_repair")


def test_every_rule_is_readable_and_every_category_has_a_rule():
    for rule in RULES:
        assert rule.category in CATEGORIES
        assert rule.pattern.pattern and rule.why.endswith(".") and rule.better
        assert set(rule.unless) <= set(CONTEXT_CHECKS), rule.name
    assert {rule.category for rule in RULES} == set(CATEGORIES)


def test_every_category_is_in_the_docs_table():
    doc = (ROOT / "docs" / "apology.md").read_text(encoding="utf-8")
    for category in CATEGORIES:
        assert f"`{category}`" in doc


def test_module_uses_only_the_standard_library_and_repairkit():
    tree = ast.parse(Path(apology.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= {"__future__", "bisect", "datetime", "hashlib", "re", "dataclasses", "repairkit"}


# --------------------------------------------------------------------------
# Each rule pinned: texts that must be caught, and near misses that must not.

PINNED = {
    "conditional": (
        ["I'm sorry if you were hurt by what I said.",
         "If I upset you on Friday, I apologise.",
         "To the extent that my tone was sharp, I regret it.",
         "I'm sorry for anything I might have said that hurt you.",
         "If that came across as rude, sorry."],
        ["If it happens again, tell me and I'll stop.",
         "If I raise my voice again, say 'pause' and I'll leave the room for ten minutes.",
         "I'm sorry I hurt you. If you're willing, I'd like to hear more.",
         "I want to know if you were hurt by anything else that night."],
    ),
    "sorry_you_feel": (
        ["I'm sorry you feel that way.",
         "Sorry you got so upset.",
         "I'm sorry that you took it the wrong way.",
         "I'm sorry your feelings were hurt.",
         "I'm sorry it came across badly."],
        ["I'm sorry I raised my voice.",
         "I'm sorry you had to wait an hour for me.",
         "I'm sorry you felt alone when I left the party without you."],
    ),
    "explanation_first": (
        ["I was exhausted after work. I'm sorry I snapped.",
         "I didn't mean to embarrass you. I'm sorry.",
         "Because work was insane, I forgot. Sorry I forgot.",
         "I'm sorry I was short with you, but I was tired.",
         "I'm sorry. But you have to understand the pressure I'm under."],
        ["There's no excuse for it. I'm sorry I shouted.",
         "I'm sorry I snapped. I was tired, but that doesn't make it okay.",
         "I'm sorry I shouted, but that's no excuse, and I know it.",
         "I forgot your birthday. I'm sorry. I didn't mean it as a message about us."],
    ),
    "blame_shift": (
        ["You made me so angry.",
         "I'm sorry I yelled, but you started it.",
         "If you hadn't pushed me, I wouldn't have said it.",
         "We both said things we regret.",
         "It takes two to argue like that."],
        ["It's not your fault that I lost my temper.",
         "I'm not saying you made me do it; I did it.",
         "You made me realise how much I'd hurt you.",
         "You were the one who had to explain where I was."],
    ),
    "minimising": (
        ["It was only ten minutes.",
         "It was just a joke.",
         "You're being too sensitive.",
         "It's not a big deal.",
         "Let's not blow this out of proportion."],
        ["I won't pretend it was no big deal.",
         "I was wrong to say you were overreacting.",
         "It wasn't a small thing to you, and it wasn't to me either.",
         "I'm not going to call it just a joke."],
    ),
    "passive_evasion": (
        ["Mistakes were made.",
         "Things got out of hand at dinner.",
         "Some hurtful things were said.",
         "There was a misunderstanding about the money.",
         "The text never got sent."],
        ["I made mistakes on Friday.",
         "I'm not going to say things got out of hand: I shouted.",
         "I let things get out of hand, and that's on me.",
         "I said hurtful things."],
    ),
    "demand_forgiveness": (
        ["Can we please move on?",
         "Please forgive me.",
         "I hope we can put this behind us by the weekend.",
         "Are we okay now?",
         "I've already apologised, what more do you want?"],
        ["Can we check in on Sunday?",
         "You don't have to forgive me.",
         "I'm not asking you to forgive me.",
         "Can we sit down on Wednesday and go through it together?"],
    ),
    "vague_promise": (
        ["I'm sorry. I'll try to do better.",
         "I'm sorry. It won't happen again.",
         "I'm sorry. I'll be more considerate.",
         "I'm sorry. I promise I'll change.",
         "I'm sorry. I'll make it up to you."],
        ["I'm sorry. When I'm running late, I'll text you before the time we agreed.",
         "I'm sorry. I'll be more careful: I'll text you by six every weeknight.",
         "I'm not going to say it won't happen again. I'll show you instead: I'll call before I leave work."],
    ),
}


@pytest.mark.parametrize("category,text", [(c, t) for c, (pos, _) in PINNED.items() for t in pos])
def test_rule_catches(category, text):
    assert category in categories(text), text


@pytest.mark.parametrize("category,text", [(c, t) for c, (_, neg) in PINNED.items() for t in neg])
def test_rule_leaves_alone(category, text):
    assert category not in categories(text), text


def test_every_category_is_pinned_both_ways():
    assert set(PINNED) == set(CATEGORIES)
    for positives, negatives in PINNED.values():
        assert len(positives) >= 3 and len(negatives) >= 3


# --------------------------------------------------------------------------
# The negatives the issue names: none of these may produce any finding.

@pytest.mark.parametrize("text", [
    "I'm sorry I raised my voice. If it happens again, tell me and I'll stop.",
    "I left you waiting for an hour. Can we check in on Sunday?",
    "There's no excuse for it. I shouted at you in front of your friends, and I'm sorry.",
    "I'm sorry I raised my voice.",
    "I'm sorry I raised my voice. You didn't deserve that.",
])
def test_tricky_negatives_have_no_findings(text):
    assert check_apology(text).findings == []


def test_but_after_an_apology_is_explanation_first():
    result = check_apology("I'm sorry I forgot, but work has been crazy.")
    assert [f.category for f in result.findings] == ["explanation_first"]
    assert result.findings[0].text.startswith("but")


def test_but_clause_that_blames_is_reported_as_blame_only():
    assert categories("I'm sorry I yelled, but you started it.") == {"blame_shift"}


def test_but_not_attached_to_an_apology_is_fine():
    text = ("I said I'd be home by six and I wasn't. I'm sorry. I can't promise work will never run late, "
            "but I can promise you'll hear from me before six when it does.")
    assert check_apology(text).findings == []


def test_explanation_after_acknowledgement_is_fine():
    assert check_apology("I'm sorry I snapped at you. I was exhausted, and that's mine to manage.").findings == []


def test_vague_promise_is_fine_when_an_observable_behavior_is_named():
    assert "vague_promise" not in categories(
        "I'm sorry. I'll do better: when plans change, I'll text you as soon as I know.")


# --------------------------------------------------------------------------
# Findings and components


def test_finding_positions_are_one_based_lines_and_columns():
    text = "Hi.\n\nI know it was late.  Mistakes were made.\n"
    [finding] = check_apology(text).findings
    assert (finding.category, finding.line, finding.col) == ("passive_evasion", 3, 22)
    assert finding.text == "Mistakes were made"
    assert finding.why and finding.better


def test_typographic_apostrophes_and_line_breaks_inside_a_sentence():
    result = check_apology("I\u2019m sorry you\nfeel that way.")
    [finding] = result.findings
    assert finding.category == "sorry_you_feel" and (finding.line, finding.col) == (1, 5)
    assert finding.text == "sorry you feel that way"


def test_components_are_always_all_present_as_keys():
    assert set(check_apology("").components) == set(COMPONENTS)
    assert not any(check_apology("").components.values())
    full = check_apology(
        "I shouted at you in front of your sister. You were embarrassed and hurt. I'm sorry. "
        "When I feel it rising, I'll leave the room for ten minutes. If it happens again, tell me.")
    assert all(full.components.values()), full.components


def test_hedged_sorry_is_not_counted_as_regret():
    assert check_apology("I'm sorry if you were upset.").components["regret"] is False
    assert check_apology("I'm sorry I left.").components["regret"] is True


def test_to_json_shape():
    result = check_apology("Mistakes were made. Can we move on?")
    data = result.to_json()
    assert set(data) == {"findings", "components"}
    assert set(data["components"]) == set(COMPONENTS)
    for item in data["findings"]:
        assert set(item) == {"category", "line", "col", "text", "why", "better"}
    assert [f["category"] for f in data["findings"]] == ["passive_evasion", "demand_forgiveness"]


def test_result_records_are_plain_dataclasses():
    assert dataclasses.is_dataclass(Finding) and dataclasses.is_dataclass(CheckResult)
    assert [f.name for f in dataclasses.fields(Finding)] == ["category", "line", "col", "text", "why", "better"]


def test_format_findings_shape():
    out = format_findings(check_apology("I'm sorry you feel that way."), "note.txt")
    lines = out.splitlines()
    assert lines[0].startswith("note.txt:1:5: sorry_you_feel: «sorry you feel that way» — ")
    assert lines[1].startswith("    try: ")
    assert any(line.startswith("present: ") for line in lines)
    assert any(line.startswith("missing: ") for line in lines)


def test_format_findings_without_findings():
    out = format_findings(check_apology("I'm sorry I raised my voice."), "-")
    assert out.splitlines()[0] == "-: no pitfalls found"


def test_format_findings_neutralises_control_characters():
    finding = Finding("passive_evasion", 1, 1, "Mistakes\x1b[2J were made", "why.", "better")
    result = CheckResult([finding], {name: False for name in COMPONENTS})
    out = format_findings(result, "x\x07.txt")
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b" in out and "\\x07" in out


# --------------------------------------------------------------------------
# Quotes and blanks


def test_blank_markers_cause_no_findings():
    text = ("[what it was like for you: ...] [what happened: ...] [if you were hurt: ...] "
            "[can we move on: ...] I'm sorry I left.")
    assert check_apology(text).findings == []


def test_quoted_words_inside_a_sentence_are_not_flagged():
    text = 'When you were upset I said "it\'s not a big deal", and it was. I\'m sorry.'
    assert check_apology(text).findings == []
    text = "We agreed: \u201cIf I say it was only a joke, you say 'stop' and I stop.\u201d"
    assert check_apology(text).findings == []


def test_a_whole_message_in_quotes_is_still_checked():
    assert categories('"I\'m sorry if you were hurt."') == {"conditional"}


# --------------------------------------------------------------------------
# Drafting

SAM_ALEX = {
    "id": "late-texts", "title": "Late without a text", "repairing": "Sam", "hurt": "Alex",
    "pattern": "When plans change I go quiet and turn up late.",
    "behavior": "When plans change, I text as soon as I know and say how it affects Alex.",
    "raise_it": 'Alex says "the text thing" and we talk that evening, not in the moment.',
    "check_in": dt.date(2026, 12, 4),
}
INCIDENT = "Dinner with Alex's parents; I arrived 50 minutes late."
IMPACT = "Alex sat alone explaining where I was."


def make_plan(fear: str, incident: str | None, impact: str | None, **changes) -> Plan:
    fields = dict(SAM_ALEX, fear=fear, incident=incident, impact=impact)
    fields.update(changes)
    return Plan(**fields)


CASES = [(fear, inc, imp) for fear in FEARS for inc in (INCIDENT, None) for imp in (IMPACT, None)]


@pytest.mark.parametrize("fear,incident,impact", CASES)
def test_draft_passes_its_own_check(fear, incident, impact):
    for suffix in ("", "-b", "-c", "-d"):  # several plan ids, so several phrasings are exercised
        plan = make_plan(fear, incident, impact, id="late-texts" + suffix)
        draft = draft_apology(plan, today=TODAY)
        result = check_apology(draft)
        assert result.findings == [], format_findings(result, "draft") + draft
        assert result.components["acknowledges"] and result.components["regret"]
        assert result.components["names_impact"] and result.components["offers_repair"]
        assert result.components["commits_to_change"]


@pytest.mark.parametrize("fear,incident,impact", CASES)
def test_draft_contents_and_order(fear, incident, impact):
    draft = draft_apology(make_plan(fear, incident, impact), today=TODAY)
    assert draft.startswith("Alex,\n")
    assert draft.rstrip().endswith("— Sam")
    assert SAM_ALEX["behavior"] in draft
    assert SAM_ALEX["raise_it"] in draft
    assert SAM_ALEX["pattern"] in draft
    assert "Friday 4 December" in draft
    first_impact = draft.index(incident if incident else "[what happened: ...]")
    assert first_impact < draft.index(impact if impact else "[what it was like for you: ...]")
    assert first_impact < draft.index(SAM_ALEX["pattern"]) < draft.index(SAM_ALEX["behavior"])
    assert draft.index(SAM_ALEX["behavior"]) < draft.index(SAM_ALEX["raise_it"]) < draft.index("Friday 4 December")
    if impact is None:
        assert "[what it was like for you: ...]" in draft
    if incident is None:
        assert "[what happened: ...]" in draft


def test_draft_never_asks_for_forgiveness_or_sets_a_timeline():
    for fear in FEARS:
        for suffix in "abcdefgh":
            draft = draft_apology(make_plan(fear, INCIDENT, IMPACT, id=f"p-{suffix}"), today=TODAY).lower()
            assert "please forgive" not in draft and "can we move on" not in draft
            assert not any(c == "demand_forgiveness" for c in categories(draft))


def test_each_fear_has_its_own_wording():
    def fear_paragraphs(fear: str) -> set[str]:
        out = set()
        for suffix in "abcdefghijklmnop":
            draft = draft_apology(make_plan(fear, INCIDENT, IMPACT, id=f"p-{suffix}"), today=TODAY)
            out.add(draft.split("\n\n")[2])  # greeting, impact, fear, ...
        return out

    seen = {fear: fear_paragraphs(fear) for fear in FEARS}
    for fear in FEARS:
        for other in FEARS:
            if fear != other:
                assert not seen[fear] & seen[other], (fear, other)
    assert "rely on me" in " ".join(seen["reliability"]) or "count on me" in " ".join(seen["reliability"])
    assert "respect" in " ".join(seen["respect"])
    assert "alone" in " ".join(seen["alone"]) or "on your own" in " ".join(seen["alone"])
    assert "hide" in " ".join(seen["honesty"]) or "open with you" in " ".join(seen["honesty"])


def test_draft_is_deterministic():
    plan = make_plan("respect", INCIDENT, IMPACT)
    first = draft_apology(plan, today=TODAY)
    assert draft_apology(plan, today=TODAY) == first
    assert draft_apology(dataclasses.replace(plan), today=TODAY) == first


def test_different_plans_can_read_differently():
    drafts = {draft_apology(make_plan("reliability", INCIDENT, IMPACT, id=f"plan-{i}"), today=TODAY)
              for i in range(12)}
    assert len(drafts) >= 4


def test_draft_without_names_or_fields_uses_blanks():
    draft = draft_apology(Plan(id="bare"), today=TODAY)
    assert not draft.startswith(",")
    assert "—" not in draft
    for blank in ("[what happened: ...]", "[what it was like for you: ...]", "[the pattern I keep repeating: ...]",
                  "[the one thing I'll do that you can see: ...]", "[how you can raise it if it comes back: ...]",
                  "[the day we check in: ...]"):
        assert blank in draft
    assert check_apology(draft).findings == []


def test_check_in_date_shows_the_year_only_when_it_differs():
    plan = make_plan("alone", None, None, check_in=dt.date(2027, 1, 8))
    assert "Friday 8 January 2027" in draft_apology(plan, today=TODAY)
    assert "Friday 8 January" in draft_apology(plan, today=dt.date(2027, 1, 2))
    assert "Friday 8 January 2027" not in draft_apology(plan, today=dt.date(2027, 1, 2))


def test_plan_words_that_would_be_pitfalls_are_quoted_not_flagged():
    plan = make_plan(
        "other", "Things got out of hand and it was only a joke, I thought.",
        "If you were hurt, you were the one who kept going.",
        pattern="I say sorry but then I blame you.",
        behavior="I'll try to do better. Can we move on?",
        raise_it="You say \u201cthe thing\u201d and I stop.",
    )
    draft = draft_apology(plan, today=TODAY)
    assert plan.behavior in draft and plan.raise_it in draft
    assert check_apology(draft).findings == []


# --------------------------------------------------------------------------
# The evaluation set and its targets


def load_bench():
    path = ROOT / "bench" / "apology_eval.py"
    spec = importlib.util.spec_from_file_location("apology_eval_bench", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_evaluation_set_is_large_and_covers_every_category():
    bench = load_bench()
    items = bench.load_items()
    assert len(items) >= 60
    assert len({item["id"] for item in items}) == len(items)
    flawed = [i for i in items if i.get("expect")]
    good = [i for i in items if not i.get("expect")]
    assert len(flawed) >= 45 and len(good) >= 35
    for category in CATEGORIES:
        assert sum(category in i["expect"] for i in flawed) >= 5, category
    for item in items:
        assert set(item.get("expect") or []) <= set(CATEGORIES), item["id"]


def test_evaluation_targets_are_met():
    bench = load_bench()
    report = bench.evaluate()
    assert report.flawed_flagged == 1.0, [o.id for o in report.flawed if not o.found]
    assert report.good_flagged <= 0.10, [o.id for o in report.good if o.found]
    assert report.expected_found >= 0.80
    assert report.misses() == []


def test_bench_script_exits_zero_and_prints_the_figures(capsys):
    bench = load_bench()
    assert bench.main([]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out and "targets: all met" in out
