"""Apology drafting and checking (repairkit.apology): rules, tricky negatives, drafts, evaluation."""
from __future__ import annotations

import ast
import re
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


def rule_categories(text: str) -> set[str]:
    """The rules alone: the table below pins them, one phrase at a time."""
    return {f.category for f in check_apology(text, learned=False).findings}


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
    # no_acknowledgement is found by structure (nothing owned), not by a pattern
    assert {rule.category for rule in RULES} | {"no_acknowledgement"} == set(CATEGORIES)


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
    assert imported <= {"__future__", "bisect", "collections", "datetime", "hashlib", "re", "dataclasses", "repairkit"}


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
         "Can you at least give me some credit for saying sorry?"],
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
    "self_focus": (
        ["I'm sorry I shouted. I feel absolutely awful, I haven't slept.",
         "Sorry I forgot. I'm such a useless person, I hate myself.",
         "I'm sorry about the phone. This week has been so hard for me."],
        ["I'm sorry I shouted. You were scared, and I won't drive when I'm that angry.",
         "I hate that I caused that. I'm sorry I yelled.",
         "I'm sorry I forgot your birthday. You waited all day for a message."],
    ),
    "apology_fatigue": (
        ["I've already apologised, what more do you want?",
         "How many times do I have to say sorry?",
         "I've said sorry like five times now."],
        ["I know I've said sorry for this before and then done it again. I was late on Sunday.",
         "I'm sorry I was late. I'll leave at six from now on.",
         "I'm not going to count how many times I've said it. I'm sorry I left."],
    ),
    "no_acknowledgement": (
        ["Sorry for everything.",
         "I'm sorry for how things have been lately.",
         "Sorry about yesterday, love you"],
        ["I'm sorry I left you at the party.",
         "I forgot your birthday. I'm sorry.",
         "I was rude to your friend and I'm sorry."],
    ),
}


@pytest.mark.parametrize("category,text", [(c, t) for c, (pos, _) in PINNED.items() for t in pos])
def test_rule_catches(category, text):
    assert category in rule_categories(text), text


@pytest.mark.parametrize("category,text", [(c, t) for c, (_, neg) in PINNED.items() for t in neg])
def test_rule_leaves_alone(category, text):
    assert category not in rule_categories(text), text


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
    [finding] = [f for f in check_apology(text).findings if f.category == "passive_evasion"]
    assert (finding.category, finding.line, finding.col) == ("passive_evasion", 3, 22)
    assert finding.text == "Mistakes were made"
    assert finding.why and finding.better


def test_typographic_apostrophes_and_line_breaks_inside_a_sentence():
    result = check_apology("I\u2019m sorry you\nfeel that way.")
    [finding] = [f for f in result.findings if f.category == "sorry_you_feel"]
    assert finding.category == "sorry_you_feel" and (finding.line, finding.col) == (1, 5)
    assert finding.text == "sorry you feel that way"


def test_components_are_always_all_present_as_keys():
    assert set(check_apology("").components) == set(COMPONENTS)
    assert not any(check_apology("").components.values())
    full = check_apology(
        "I shouted at you in front of your sister. You were embarrassed and hurt. I'm sorry. "
        "When I feel it rising, I'll leave the room for ten minutes. If it happens again, tell me.")
    assert all(full.components.values()), full.components


def test_hedged_impact_is_not_counted_as_naming_it():
    assert not check_apology("I'm sorry if you felt let down.").components["names_impact"]
    assert check_apology("I'm sorry I left. You felt let down.").components["names_impact"]


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
    assert [f["category"] for f in data["findings"]] == ["passive_evasion", "no_acknowledgement", "demand_forgiveness"]


def test_result_records_are_plain_dataclasses():
    assert dataclasses.is_dataclass(Finding) and dataclasses.is_dataclass(CheckResult)
    assert [f.name for f in dataclasses.fields(Finding)] == ["category", "line", "col", "text", "why", "better"]


def test_format_findings_shape():
    out = format_findings(check_apology("I'm sorry you feel that way."), "note.txt")
    lines = out.splitlines()
    assert lines[0].startswith("note.txt:1:5: sorry_you_feel: «sorry you feel that way» — ")
    assert lines[1].startswith("    try: ")
    assert not any(line.startswith(("present: ", "missing: ")) for line in lines)
    assert "What would help it land:" in lines
    assert any(line.startswith("    - say what you did") for line in lines)


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


def test_blank_markers_are_never_approved():
    text = "[what it was like for you: ...] I'm sorry I left."
    findings = check_apology(text).findings
    assert [f.category for f in findings] == ["no_acknowledgement"]
    assert (findings[0].line, findings[0].col) == (1, 1)
    # the words inside a blank are not the writer's, so they are not read as pitfalls
    assert categories("[can we move on: ...] I'm sorry I left.") == {"no_acknowledgement"}


def test_quoted_words_inside_a_sentence_are_not_flagged():
    text = 'When you were upset I said "it\'s not a big deal", and it was. I\'m sorry.'
    assert check_apology(text).findings == []
    text = "We agreed: \u201cIf I say it was only a joke, you say 'stop' and I stop.\u201d"
    assert check_apology(text).findings == []


def test_a_whole_message_in_quotes_is_still_checked():
    assert "conditional" in categories('"I\'m sorry if you were hurt."')


# --------------------------------------------------------------------------
# Structure: acknowledgement, shorthand, positions


def test_nothing_acknowledged_is_never_no_pitfalls():
    result = check_apology("I've apologised like five times now, what else do you want from me?")
    assert "no_acknowledgement" in {f.category for f in result.findings}
    assert "no pitfalls found" not in format_findings(result, "-")


@pytest.mark.parametrize("text,expected", [
    ("I'm sorry we are in this situation.", {"no_acknowledgement"}),
    ("I'm so sorry that she had to go through what she went through.", {"sorry_you_feel"}),
    ("I regret that you were hurt by what I said to your dad.", {"sorry_you_feel"}),
    ("Ok I shouldn't have said that about your dad. But you were having a go at me all evening, "
     "what was I meant to do.", {"blame_shift"}),
    ("I'm sorry that my behaviour has upset people and I've never intentionally set out to upset anyone.",
     {"sorry_you_feel"}),
])
def test_issue_examples_are_caught(text, expected):
    assert expected <= categories(text), categories(text)


@pytest.mark.parametrize("text", [
    "I took the car without asking. Sorry.",
    "I got defensive when you raised it. I'm sorry.",
    "It wasn't your fault. It was mine, and I'm sorry.",
    "As the company responsible for that site, we are deeply sorry.",
    "Our officers did not respond as they should have. We apologise.",
    "That comment about your weight was cruel. I'm sorry.",
    "I'm sorry for what I said about your friends.",
    "I promised and didn't follow through. I'm sorry.",
    "ugh I was such a grump yesterday. sorry love",
])
def test_acknowledgements_in_more_shapes(text):
    assert "no_acknowledgement" not in rule_categories(text)


@pytest.mark.parametrize("text", [
    "I'm sorry for what I said.",
    "Our courier partner failed to collect the parcels. We apologise.",
    "I'm sorry my comment was taken badly.",
])
def test_still_nothing_acknowledged(text):
    assert "no_acknowledgement" in rule_categories(text)


def test_texting_shorthand_is_read_and_positions_stay_on_the_original():
    result = check_apology("soz babe. ill try harder promise")
    cats = {f.category for f in result.findings}
    assert "vague_promise" in cats
    [vague] = [f for f in result.findings if f.category == "vague_promise"]
    assert vague.line == 1 and vague.col == 11 and vague.text.startswith("ill try harder")
    assert "no_acknowledgement" in categories("im sorry u feel that way")


def test_ill_as_an_adjective_is_left_alone():
    assert "vague_promise" not in categories("I was ill and I missed your show. I'm sorry I didn't call.")


# --------------------------------------------------------------------------
# Drafting: the quality bar in docs/apology.md, mirrored from bench/apology_drafts.py


def load_module(name: str):
    path = ROOT / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_bench_plans_cover_every_fear_with_and_without_incident_and_impact():
    plans = load_module("apology_drafts").plans()
    assert len(plans) >= 12
    assert {p.fear for p in plans} == set(FEARS)
    shapes = {(bool(p.incident), bool(p.impact)) for p in plans}
    assert shapes == {(True, True), (True, False), (False, True), (False, False)}


def test_every_bench_draft_meets_the_quality_bar():
    bench = load_module("apology_drafts")
    drafts = {}
    for plan in bench.plans():
        draft = draft_apology(plan, today=TODAY)
        drafts[plan.id] = draft
        assert bench.problems(plan, draft) == [], (plan.id, draft)
    assert bench.shared_sentences(drafts) == []


@pytest.mark.parametrize("salt", range(12))
def test_drafts_pass_their_own_check_across_phrasings(salt):
    """Every phrasing is reached across plan ids; none may produce a finding or a blank."""
    bench = load_module("apology_drafts")
    for plan in bench.plans():
        plan = dataclasses.replace(plan, id=f"{plan.id}-{salt}")
        draft = draft_apology(plan, today=TODAY)
        assert check_apology(draft).findings == [], draft
        assert "[" not in draft and "“" not in draft


def test_draft_is_in_the_speakers_voice():
    plan = Plan(id="late-texts", repairing="Sam", hurt="Alex", fear="reliability",
                incident="Dinner with Alex's parents; I arrived 50 minutes late.",
                impact="Alex sat alone explaining where I was.",
                pattern="When plans change I go quiet and turn up late.",
                behavior="When plans change, I text as soon as I know and say how it affects Alex.",
                raise_it="Alex says 'the text thing' and we talk that evening.", check_in=dt.date(2026, 12, 4))
    draft = draft_apology(plan, today=TODAY)
    assert draft.startswith("Alex,\n\n")  # spoken to them by name; the body then says "you"
    body = draft.rsplit("— Sam", 1)[0].split("\n\n", 1)[1]
    assert "Alex" not in body
    assert "your parents" in body and "you sat alone explaining where I was" in body
    assert "how it affects you" in body and "you say 'the text thing'" in body
    assert "Friday 4 December" in body
    assert not re.search(r"our plan|as we wrote|word for word", draft, re.IGNORECASE)
    assert draft.index("50 minutes late") < draft.index("you sat alone") < draft.index("how it affects you")


def test_fear_wording_fits_the_incident():
    base = dict(repairing="Sam", hurt="Alex", pattern="It keeps happening.", behavior="I tell Alex first.",
                raise_it="Alex says 'pause'.", check_in=dt.date(2026, 12, 4))
    phone = draft_apology(Plan(id="a", fear="respect", incident="I read Alex's phone.", **base), today=TODAY)
    assert "spoke to you" not in phone and "tone" not in phone
    months = draft_apology(Plan(id="b", fear="honesty", incident="For months I hid messages from Alex.",
                                **base), today=TODAY)
    assert "one bad evening" not in months
    other = draft_apology(Plan(id="c", fear="other", incident="I hid the bill from Alex.", **base), today=TODAY)
    assert "guess" in other or "wonder" in other
    assert "hear it from you" not in other


def test_draft_without_incident_or_impact_has_no_blanks_and_owns_the_pattern():
    plan = Plan(id="bare", fear="alone", pattern="I spend our evenings on my laptop.",
                behavior="My laptop is closed by eight.", raise_it="You point at the clock.",
                check_in=dt.date(2026, 12, 10))
    draft = draft_apology(plan, today=TODAY)
    assert "[" not in draft
    assert "I spend our evenings on my laptop." in draft
    result = check_apology(draft)
    assert result.findings == [] and result.components["acknowledges"]


def test_draft_gaps():
    assert apology.draft_gaps(Plan(id="x")) == apology.DraftGaps(incident=True, impact=True)
    assert apology.draft_gaps(Plan(id="x", incident="I left.", impact=" ")).impact is True


def test_check_in_date_shows_the_year_only_when_it_differs():
    plan = Plan(id="y", fear="alone", pattern="I go quiet.", behavior="I say how long I need.",
                check_in=dt.date(2027, 1, 8))
    assert "Friday 8 January 2027" in draft_apology(plan, today=TODAY)
    assert "Friday 8 January 2027" not in draft_apology(plan, today=dt.date(2027, 1, 2))


def test_draft_is_deterministic_and_varies_across_plans():
    bench = load_module("apology_drafts")
    plan = bench.plans()[0]
    assert draft_apology(plan, today=TODAY) == draft_apology(dataclasses.replace(plan), today=TODAY)
    drafts = {draft_apology(dataclasses.replace(plan, id=f"p-{i}"), today=TODAY) for i in range(12)}
    assert len(drafts) >= 6


# --------------------------------------------------------------------------
# Evaluation: development floors and the frozen holdout's checksum (never its figures)


def test_holdout_is_unchanged():
    bench = load_module("apology_eval")
    assert all(bench.holdout_checksum_ok(path) for path in bench.HOLDOUTS)


def test_development_floors():
    bench = load_module("apology_eval")
    rows = bench.run(bench.load(bench.DEV)) + bench.run(bench.load(bench.EXTRA))
    fig = bench.Figures(rows)
    assert bench.share(fig.flagged()) >= 0.93
    assert bench.share(fig.main_found()) >= 0.88
    assert bench.share(fig.good_flagged()) <= 0.05
    public = fig.subset("public")
    assert bench.share(public.flagged()) >= 0.90
    assert bench.share(public.good_flagged()) <= 0.10


def test_regression_floor_on_the_older_set():
    flagged, good, expected = load_module("apology_eval").floor_figures()
    assert flagged[0] == flagged[1]
    assert good[0] / good[1] <= 0.05
    assert expected[0] / expected[1] >= 0.95


@pytest.mark.slow  # it runs the whole evaluation over every development text: CI's full run
def test_eval_bench_runs_without_the_holdout(capsys):
    assert load_module("apology_eval").main(["--dev-only"]) == 0
    out = capsys.readouterr().out
    assert "dev-extra" in out and "holdout" not in out.split("targets")[0]
