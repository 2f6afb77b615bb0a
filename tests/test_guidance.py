"""repairkit.care (safety, support, coaching, start, texts): danger, support and vague-behavior signals, suggestions, the check-in, the guides."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from repairkit.care import coaching, safety, start, support, texts, textrules
from repairkit.model import FEARS

ROOT = Path(__file__).resolve().parent.parent


def kinds(found: list[textrules.Signal]) -> set[str]:
    return {s.kind for s in found}


# --------------------------------------------------------------------------- danger

DANGER_POSITIVE = [
    ("physical", "He hit me when I said I wanted to go out."),
    ("physical", "She slapped me across the face."),
    ("physical", "He grabbed my arm so hard it left bruises."),
    ("physical", "He pushed me against the wall."),
    ("physical", "She choked me until I couldn't breathe."),
    ("physical", "he put his hands around my throat"),
    ("physical", "I was punched by my husband."),
    ("physical", "I pushed him and he fell against the table."),
    ("threat", "He threatened to kill me if I ever left."),
    ("threat", "She said she would hurt me if I told anyone."),
    ("threat", "He threatened me with a knife."),
    ("threat", "He punched a hole in the wall next to my head."),
    ("coercion", "He forced me to have sex when I said no."),
    ("coercion", "She won't let me see my friends or family."),
    ("coercion", "I'm not allowed to go out without him."),
    ("prevented_leaving", "He won't let me leave the house."),
    ("prevented_leaving", "She blocked the door so I couldn't get out."),
    ("prevented_leaving", "He took my car keys so I couldn't leave."),
    ("prevented_leaving", "She locked me in the bedroom."),
    ("fear_of_partner", "I'm scared of him."),
    ("fear_of_partner", "I'm afraid of what she'll do if I leave."),
    ("fear_of_partner", "I fear for my safety at home."),
    ("fear_of_partner", "I don't feel safe at home anymore."),
    ("children", "He threatened to take the kids."),
    ("children", "She said I'd never see the children again."),
    ("children", "He hit our son."),
    ("money_control", "He controls all the money and gives me an allowance."),
    ("money_control", "She took my passport and won't give it back."),
    ("money_control", "He threatened to call immigration on me."),
    ("money_control", "He took out loans in my name."),
    ("abuse", "My husband is emotionally abusive."),
]


@pytest.mark.parametrize(("kind", "text"), DANGER_POSITIVE)
def test_danger_positive(kind: str, text: str) -> None:
    found = safety.danger_signs(text)
    assert found, text
    assert kind in kinds(found), (text, found)


def test_every_danger_kind_has_a_positive_case() -> None:
    assert {k for k, _ in DANGER_POSITIVE} == set(safety.DANGER_KINDS)


ORDINARY_IDIOMS = [
    # from the issue
    "I kill the mood when I check my phone in bed.",
    "I hit snooze and we were late.",
    "I was afraid we'd miss the flight.",
    "I pushed dinner back without asking.",
    # from the brief to the detector
    "I hit the gym instead of coming home.",
    "We hit a wall with the project and I took it out on her.",
    "We hit the road at six.",
    "I was killing time on my phone while she talked.",
    "The deadline is killing me.",
    "Eating out is a threat to our budget.",
    "I'm scared of spiders.",
    # more of the same family
    "She'll kill me if I forget the milk again.",
    "My boss forced me to stay late.",
    "The rain forced us to cancel the picnic.",
    "I choked up when I tried to apologise.",
    "He grabbed me a coffee on the way home.",
    "It hit me later how dismissive I'd been.",
    "She beat me at Scrabble and I sulked.",
    "He pushed me to apply for the job.",
    "I kicked myself for forgetting.",
    "He threatened to leave the party early.",
    "She won't let me leave the dishes until morning.",
    "You hurt me when you left me alone at the party.",
    "I hurt her feelings at dinner.",
    "I'm afraid I came across as cold.",
    "He slapped me on the back and said it was fine.",
    "I abused her trust by reading her diary.",
    "She hit her head on the cupboard door.",
    "I'm not scared of him, I'm just tired of the same fight.",
    "He has never hit me.",
    "I said 'tidy up or else' as a joke.",
    "I'm afraid of him leaving me.",
    "I'm scared of him finding out about the card.",
    "She forced me to watch the whole series.",
    "She threw the ball at him and it hit him in the face.",
    "I kicked him out of the kitchen so I could cook.",
    "He locked me out of the Netflix account.",
]


@pytest.mark.parametrize("text", ORDINARY_IDIOMS)
def test_danger_ignores_ordinary_idioms(text: str) -> None:
    assert safety.danger_signs(text) == [], text


def test_danger_signal_shape_and_order() -> None:
    found = safety.danger_signs(None, "", "Fine day.", "He grabbed my arm. Later she threatened to take the kids.")
    assert [s.kind for s in found] == ["physical", "children"]
    assert found[0].text == "grabbed my arm"  # the person's own words
    assert all(s.why and s.kind in safety.DANGER_KINDS for s in found)


def test_danger_keeps_original_case_and_reads_curly_quotes() -> None:
    found = safety.danger_signs("Honestly? I\u2019m SCARED of him.")
    assert [s.text for s in found] == ["SCARED of him"]


def test_signal_text_is_one_terminal_safe_line() -> None:
    found = safety.danger_signs("He took my keys\u202e so I\ncouldn't leave.")
    assert found and "\n" not in found[0].text and "\u202e" not in found[0].text
    assert "\\u202e" in found[0].text  # shown as a visible escape, not obeyed


def test_danger_still_counts_when_it_continues() -> None:
    assert safety.danger_signs("He doesn't hit me anymore, he just shoves me.")
    assert safety.danger_signs("He never hit me anymore after the first time, he only choked me.")


def test_danger_is_fast_on_long_repetitive_text() -> None:
    # not a timing test: it must simply finish (no runaway backtracking)
    assert safety.danger_signs("really " * 3000) == []
    assert len(safety.danger_signs("he hit me and " * 200)) == 200


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
        assert safety.danger_signs(idea) == [] and support.support_signs(idea) == [], idea


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
    ({"need": "unsure"}, "repair_plan"),
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
                    for need in ("repair", "talk", "unsure"):
                        rec = start.recommend({"safety": safety, "support": support, "recent": recent,
                                           "therapy": therapy, "need": need})
                        seen.add(rec.key)
                        words = rec.next_command.split()
                        if words[1] == "guide":
                            assert words[2] in texts.GUIDES
                        else:
                            assert rec.next_command == "repair plan"
    assert seen == set(start.RECOMMENDATION_KEYS)


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
    assert set(texts.GUIDES) == {"trust-repair", "after-conflict", "before-the-talk", "between-sessions", "safety"}
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
             *(q.text for q in start.START_QUESTIONS),
             *(start.recommend({**BASE, **c}).why for c in ({}, {"safety": "yes"}, {"support": "yes"}))]
    for text in pages:
        low = text.lower()
        for word in ("narcissis", "disorder", "toxic", "diagnos", "abuser", "you must forgive", "crazy"):
            assert word not in low, (word, text[:60])


def test_library_stays_pure() -> None:
    code = ("import sys, repairkit.care.safety as g; g.danger_signs('x'); "
            "bad = [m for m in ('click', 'ruamel', 'yaml', 'questionary') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT), "PATH": ""})


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
    labelled = {item["kind"] for item in safety_set["danger"]}
    assert labelled <= set(safety.DANGER_KINDS)
    assert {item["kind"] for item in support_set["support"]} <= set(support.SUPPORT_KINDS)


def test_no_behavior_in_the_set_trips_the_safety_path() -> None:
    # `repair plan` runs danger_signs over the behavior too; ordinary behaviors must pass
    vague = _bench().load("vague_eval.yaml")
    for item in vague["vague"] + vague["concrete"]:
        assert safety.danger_signs(item) == [], item


def test_evaluation_targets_met() -> None:
    bench = _bench()
    result = bench.evaluate()
    report = bench.report(result, verbose=True)
    assert result.failed() == [], report
    assert result.figures["danger_recall"] >= 0.95
    assert result.figures["danger_false_alarms"] <= 0.05
    assert result.figures["vague_caught"] >= 0.90
    assert result.figures["concrete_flagged"] <= 0.05


def test_bench_script_exits_zero() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "signals_eval.py")], check=False,
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "recall" in run.stdout and "all targets met" in run.stdout
