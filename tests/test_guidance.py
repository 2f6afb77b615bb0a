"""repairkit.care (support, coaching, start, texts): support and vague-behavior signals, suggestions, the check-in,
the guides and pages. The safety net itself: tests/test_safety_net.py."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from repairkit.care import coaching, safety, screen, start, support, texts, textrules
from repairkit.model import FEARS

ROOT = Path(__file__).resolve().parent.parent


def kinds(found: list[textrules.Signal]) -> set[str]:
    return {s.kind for s in found}


# The danger net (repairkit.care.safety) has its own tests: tests/test_safety_net.py.


# --------------------------------------------------------------------------- support

SUPPORT_POSITIVE = [
    ("affair", "I had an affair last year."),
    ("affair", "He cheated on me with his ex."),
    ("affair", "She's been seeing someone else."),
    ("betrayal", "I feel completely betrayed."),
    ("betrayal", "He went behind my back."),
    ("betrayal", "She hid gambling debts from me."),
    ("intimidation", "He tries to intimidate me when he's angry."),
    ("intimidation", "I feel intimidated when he shouts."),
    ("intimidation", "She gets right in my face."),
    ("boundaries", "She crossed my boundary again."),
    ("boundaries", "He keeps ignoring my boundaries."),
    ("boundaries", "I asked him not to read my messages and he still does."),
    ("long_history", "This has been going on for years."),
    ("long_history", "Every time we plan something, he cancels."),
    ("long_history", "It happens again and again."),
    ("long_history", "He always does this."),
]


@pytest.mark.parametrize(("kind", "text"), SUPPORT_POSITIVE)
def test_support_positive(kind: str, text: str) -> None:
    found = support.support_signs(text)
    assert kind in kinds(found), (text, found)


def test_every_support_kind_has_a_positive_case() -> None:
    assert {k for k, _ in SUPPORT_POSITIVE} == set(support.SUPPORT_KINDS)


@pytest.mark.parametrize("text", [
    "We've been together for years and this was the first time I walked out.",
    "I've known her for years.",
    "It was my cheat day.",
    "I cheated at Monopoly.",
    "The state of affairs at work is awful.",
    "The wedding was a small affair.",
    "His face betrayed nothing.",
    "I felt intimidated at the job interview.",
    "The new gym is intimidating.",
    "We set a boundary about phones at dinner.",
    "My joke crossed a line.",  # once is the fight itself, not a repeated crossing
    "I forgot to text when the train was late.",
])
def test_support_negative(text: str) -> None:
    assert support.support_signs(text) == [], text


def test_support_every_time_as_a_promise_is_not_history() -> None:
    # documented: support_signs is for what happened; a commitment phrased with
    # "every time ... I'll" is not counted even if a caller passes it in
    assert support.support_signs("Every time plans change, I'll text as soon as I know.") == []


# --------------------------------------------------------------------------- vague behavior

VAGUE = ["Care more.", "Be more considerate.", "Communicate better.", "Be a better partner.",
         "Try harder to listen.", "Be more present.", "Respect her more.", "Be nicer.", "Stop being selfish.",
         "Pay more attention.", "Be more reliable.", "Be honest.", "be better", "try harder"]
CONCRETE = ["When plans change, I text as soon as I know.",
            "I leave my phone in the hall during dinner.",
            "When tired I say so and ask for ten minutes.",
            "I tell Alex about any purchase over 50 euros the same day.",
            "When plans change, I text as soon as I know and say how it affects Alex."]


@pytest.mark.parametrize("behavior", VAGUE)
def test_vague_behavior_flags_vague(behavior: str) -> None:
    reason = coaching.vague_behavior(behavior)
    assert isinstance(reason, str) and reason


@pytest.mark.parametrize("behavior", CONCRETE)
def test_vague_behavior_passes_concrete(behavior: str) -> None:
    assert coaching.vague_behavior(behavior) is None


def test_vague_reason_names_the_words() -> None:
    assert coaching.vague_behavior("Care more") == "'Care more' names a feeling, not something your partner could see or hear."
    assert "'Be more considerate'" in coaching.vague_behavior("Be more considerate.")


def test_vague_reasons_for_missing_action_or_moment() -> None:
    assert "no action" in coaching.vague_behavior("Everything will be different.")
    assert "not when" in coaching.vague_behavior("I text Alex.")
    assert coaching.vague_behavior("") and coaching.vague_behavior("   ")


def test_a_vague_heading_with_a_concrete_behavior_passes() -> None:
    assert coaching.vague_behavior("Be more considerate: when plans change, I text as soon as I know.") is None


# --------------------------------------------------------------------------- suggestions

@pytest.mark.parametrize("fear", [*FEARS, None, "Reliability", "something-new"])
def test_suggestions_are_concrete(fear: str | None) -> None:
    ideas = coaching.behavior_suggestions(fear)
    assert 3 <= len(ideas) <= 5
    assert len(set(ideas)) == len(ideas)
    for idea in ideas:
        assert coaching.vague_behavior(idea) is None, idea
        assert safety.check_texts(idea).clear and support.support_signs(idea) == [], idea


def test_suggestions_differ_by_fear() -> None:
    sets = {fear: set(coaching.behavior_suggestions(fear)) for fear in FEARS}
    for a in FEARS:
        for b in FEARS:
            if a != b:
                assert not sets[a] & sets[b], (a, b)
    assert coaching.behavior_suggestions(None) == coaching.behavior_suggestions("other")
    assert coaching.behavior_suggestions("unknown") == coaching.behavior_suggestions("other")


def test_suggestions_suit_the_fear() -> None:
    assert any("text you as soon as I know" in s for s in coaching.behavior_suggestions("reliability"))
    assert any("without being asked" in s for s in coaching.behavior_suggestions("honesty"))
    assert any("voice" in s for s in coaching.behavior_suggestions("respect"))
    assert any("stay in the room" in s for s in coaching.behavior_suggestions("alone"))


def test_suggestions_lead_with_what_the_behavior_is_about() -> None:
    assert "late" in coaching.behavior_suggestions("reliability", "be more reliable about being late")[0]
    assert "calendar" in coaching.behavior_suggestions("reliability", "keep the calendar up to date")[0]


# --------------------------------------------------------------------------- start: questions and recommendation

def test_start_questions() -> None:
    qs = start.START_QUESTIONS
    assert 4 <= len(qs) <= 6
    assert qs[0].key == "safety"
    assert "safety" in qs[0].text and "just for you" in qs[0].text
    assert len({q.key for q in qs}) == len(qs)
    for q in qs:
        assert q.text.endswith("?") and len(q.choices) >= 2
        assert all(value and label for value, label in q.choices)


BASE = {"safety": "no", "support": "no", "recent": "no", "therapy": "no", "need": "repair"}


@pytest.mark.parametrize(("changes", "key"), [
    ({}, "repair_plan"),
    ({"need": "unsure", "closest": "hurt"}, "repair_plan"),
    ({"need": "unsure", "closest": "talk"}, "hard_talk"),
    ({"need": "unsure", "closest": "lost"}, "read_first"),
    ({"need": "unsure", "therapy": "yes"}, "between_sessions"),
    ({"safety": "yes"}, "safety_first"),
    ({"safety": "unsure"}, "safety_first"),
    ({"safety": "yes", "support": "yes", "recent": "yes", "therapy": "yes", "need": "talk"}, "safety_first"),
    ({"support": "yes"}, "outside_support"),
    ({"support": "yes", "recent": "yes", "need": "talk"}, "outside_support"),
    ({"support": "yes", "therapy": "yes"}, "between_sessions"),
    ({"recent": "yes"}, "after_argument"),
    ({"recent": "yes", "need": "talk", "therapy": "yes"}, "after_argument"),
    ({"need": "talk"}, "hard_talk"),
    ({"need": "talk", "therapy": "yes"}, "hard_talk"),
    ({"therapy": "yes"}, "between_sessions"),
])
def test_recommend_paths(changes: dict[str, str], key: str) -> None:
    rec = start.recommend({**BASE, **changes})
    assert rec.key == key
    assert rec.key in start.RECOMMENDATION_KEYS and rec.title and rec.why
    assert rec.next_command.startswith("repair ")


def test_every_recommendation_is_reachable_and_points_somewhere_real() -> None:
    seen = set()
    for safety in ("no", "yes", "unsure"):
        for support in ("no", "yes"):
            for recent in ("no", "yes"):
                for therapy in ("no", "yes"):
                    for need, closest in (("repair", None), ("talk", None), ("unsure", "hurt"),
                                          ("unsure", "talk"), ("unsure", "lost")):
                        answers = {"safety": safety, "support": support, "recent": recent, "therapy": therapy,
                                   "need": need, **({"closest": closest} if closest else {})}
                        rec = start.recommend(answers)
                        seen.add(rec.key)
                        for command in (rec.next_command, rec.right_now or "repair guide after-conflict"):
                            words = command.split()
                            if words[1] == "guide":
                                assert words[2] in texts.GUIDES
                            else:
                                assert command == "repair plan"
    assert seen == set(start.RECOMMENDATION_KEYS)


def test_not_sure_asks_what_is_closest() -> None:
    with pytest.raises(ValueError, match="'closest'"):
        start.recommend({**BASE, "need": "unsure"})


def test_a_raw_fight_keeps_the_calming_guide_alongside_outside_support() -> None:
    for therapy, key in (("no", "outside_support"), ("yes", "between_sessions")):
        rec = start.recommend({**BASE, "support": "yes", "recent": "yes", "therapy": therapy})
        assert rec.key == key and rec.right_now == "repair guide after-conflict"
        assert "twenty minutes" in rec.why
    assert start.recommend({**BASE, "support": "yes"}).right_now is None


@pytest.mark.parametrize("journal, says_init, command", [
    (None, False, "repair plan"), ("none", True, "repair plan"), ("empty", False, "repair plan"),
    ("plans", False, "repair review")])
def test_the_plan_recommendation_fits_what_is_in_the_journal(journal, says_init, command) -> None:
    rec = start.recommend(BASE, journal=journal)
    assert ("repair init" in rec.why) is says_init and rec.next_command == command
    if journal == "plans":
        assert "`repair plan`" not in rec.why


def test_recommend_safety_needs_nothing_else() -> None:
    assert start.recommend({"safety": "yes"}).key == "safety_first"
    assert start.recommend({"safety": "unsure"}).why.startswith("You weren't sure")


def test_recommend_missing_answer_names_the_key() -> None:
    with pytest.raises(ValueError, match="'safety'"):
        start.recommend({})
    with pytest.raises(ValueError, match="'support'"):
        start.recommend({"safety": "no"})
    with pytest.raises(ValueError, match="'need'"):
        start.recommend({"safety": "no", "support": "no", "recent": "no"})


def test_recommend_invalid_answer_names_the_key() -> None:
    with pytest.raises(ValueError, match="'recent'"):
        start.recommend({**BASE, "recent": "perhaps"})
    with pytest.raises(ValueError, match="'mood'"):
        start.recommend({**BASE, "mood": "low"})


def test_recommend_accepts_aliases() -> None:
    assert start.recommend({**BASE, "recent": "Y"}).key == "after_argument"


# --------------------------------------------------------------------------- parse_answers

def test_parse_answers() -> None:
    assert start.parse_answers("safety=no,support=no,recent=yes,therapy=no,need=talk") == {
        "safety": "no", "support": "no", "recent": "yes", "therapy": "no", "need": "talk"}
    assert start.parse_answers(" Safety = N ; recent=TRUE  need=hard-talk ") == {
        "safety": "no", "recent": "yes", "need": "talk"}
    assert start.parse_answers("safety=not-sure") == {"safety": "unsure"}


@pytest.mark.parametrize(("spec", "words"), [
    ("", "no answers given"),
    ("   ", "no answers given"),
    ("safety", "key=value"),
    ("safety=", "key=value"),
    ("=yes", "key=value"),
    ("mood=low", "'mood' is not one of the check-in questions"),
    ("safety=perhaps", "'perhaps' is not an answer to 'safety'"),
    ("safety=no,safety=yes", "'safety' is answered twice"),
])
def test_parse_answers_errors(spec: str, words: str) -> None:
    with pytest.raises(ValueError) as info:
        start.parse_answers(spec)
    message = str(info.value)
    assert words in message
    assert message.endswith(".")


# --------------------------------------------------------------------------- texts and guides

def test_guides_present_and_substantial() -> None:
    assert set(texts.GUIDES) == {"trust-repair", "after-conflict", "before-the-talk", "between-sessions", "safety",
                                 "crisis"}
    for topic, summary in texts.GUIDES.items():
        page = texts.guide(topic)
        lines = page.splitlines()
        assert "\n" not in summary and 20 < len(summary) < 100, topic
        assert 40 <= len(lines) <= 80, (topic, len(lines))
        assert max(map(len, lines)) <= 78, topic
        assert page.count('"') >= 4, f"{topic} should have sample sentences"


def test_guides_cover_their_subjects() -> None:
    talk = texts.guide("before-the-talk")
    for subject in ("Trust", "Money", "Intimacy", "Family", "Future"):
        assert subject in talk
    after = texts.guide("after-conflict")
    assert "same fight" in after and "break" in after
    safety = " ".join(texts.guide("safety").split())
    assert "1-800-799-7233" in safety and "not advised while there is abuse" in safety


HELPLINES = ["1-800-799-7233", "START", "88788", "0808 2000 247", "1800 341 900", "1800RESPECT", "1800 737 732"]


@pytest.mark.parametrize("number", HELPLINES)
def test_safety_text_has_each_helpline(number: str) -> None:
    assert number in texts.safety_stop()


def test_safety_text_says_what_matters() -> None:
    text = " ".join(texts.safety_stop().split())
    assert "emergency number" in text and "911" in text and "999" in text and "000" in text and "112" in text
    assert "not advised while there is abuse" in text
    assert "Nothing you typed has been saved to the shared journal" in text
    assert "local domestic-violence" in text


def test_support_text() -> None:
    text = " ".join(texts.support_note().split())
    assert "counsellor or couples therapist" in text
    assert "isn't a failure" in text
    assert "saved as usual" in text


def test_tone_never_diagnoses_or_labels() -> None:
    pages = [texts.safety_stop(), texts.support_note(), *(texts.guide(topic) for topic in texts.GUIDES),
             *(texts.page_for(path) for path in safety.PATHS), screen.INTRO, screen.NOT_NOW_NOTE, screen.ALL_NO,
             *(q.text for q in screen.QUESTIONS), screen.result(safety.PATHS),
             *(q.text for q in start.START_QUESTIONS),
             *(start.recommend({**BASE, **c}).why for c in ({}, {"safety": "yes"}, {"support": "yes"}))]
    for text in pages:
        low = text.lower()
        for word in ("narcissis", "disorder", "toxic", "diagnos", "abuser", "you must forgive", "crazy"):
            assert word not in low, (word, text[:60])


# --------------------------------------------------------------------------- the evaluation sets

def _bench():
    spec = importlib.util.spec_from_file_location("signals_eval", ROOT / "bench" / "signals_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["signals_eval"] = module
    spec.loader.exec_module(module)
    return module


def test_evaluation_sets_are_big_enough() -> None:
    bench = _bench()
    safety_set, vague_set, support_set = bench.load("safety_eval.yaml"), bench.load("vague_eval.yaml"), \
        bench.load("support_eval.yaml")
    assert len(safety_set["danger"]) >= 45 and len(safety_set["ordinary"]) >= 45
    assert len(vague_set["vague"]) >= 40 and len(vague_set["concrete"]) >= 40
    assert len(support_set["support"]) >= 20 and len(support_set["ordinary"]) >= 20
    assert {item["kind"] for item in support_set["support"]} <= set(support.SUPPORT_KINDS)


def test_no_behavior_in_the_set_trips_the_safety_path() -> None:
    # `repair plan` runs the safety net over the behavior too; ordinary behaviors must pass
    vague = _bench().load("vague_eval.yaml")
    for item in vague["vague"] + vague["concrete"]:
        assert safety.check_texts(item).clear, item


def test_evaluation_targets_met() -> None:
    bench = _bench()
    result = bench.evaluate()
    report = bench.report(result, verbose=True)
    assert result.failed() == [], report
    assert result.figures["vague_caught"] >= 0.90
    assert result.figures["concrete_flagged"] <= 0.05


def test_bench_script_exits_zero() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "signals_eval.py")], check=False,
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "recall" in run.stdout and "all targets met" in run.stdout
