"""The safety net (repairkit.care.safety): three outcomes, three pages, the screen's content.

Figures on the development set are floors a little under what the net reaches (the model is trained on
that set, so they guard against regressions; bench/safety_eval.py --cv gives the honest figures). The
frozen holdout is never read here, only its checksum.
"""
from __future__ import annotations

import hashlib
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import dev_verdicts

from repairkit.care import coaching, learned, lexicon, safety, screen, texts
from repairkit.care.textrules import Signal

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import safety_data
import safety_eval


def stops(text: str) -> bool:
    return not safety.check_texts(text).clear


# --------------------------------------------------------------------------- the API

def test_verdict_shape() -> None:
    assert safety.PATHS == ("safety", "caused_harm", "crisis")
    verdict = safety.check_texts("He grabbed my arm so hard it left bruises.")
    assert verdict.level == "stop" and verdict.path == "safety"
    assert verdict.signals and all(isinstance(s, Signal) for s in verdict.signals)
    assert all(s.kind in safety.KINDS and s.why and s.text for s in verdict.signals)
    with pytest.raises(AttributeError):
        verdict.level = "clear"  # frozen: a verdict is a value


def test_nothing_to_read_is_clear() -> None:
    assert safety.check_texts() == safety.CLEAR
    assert safety.check_texts(None, "", None) == safety.Verdict("clear", None, ())
    clear = safety.check_texts("Texted when the train was late")
    assert clear.level == "clear" and clear.path is None and clear.signals == ()


def test_every_text_is_read() -> None:
    verdict = safety.check_texts(None, "Fine day.", "", "Later he threatened to take the kids.")
    assert verdict.level == "stop" and [s.kind for s in verdict.signals] == ["children"]


def test_signals_keep_the_persons_words_on_one_safe_line() -> None:
    found = safety.check_texts("Honestly? I\u2019m SCARED of him.").signals
    assert [s.text for s in found] == ["SCARED of him"]
    found = safety.check_texts("He took my keys\u202e so I\ncouldn't leave.").signals
    assert found and all("\n" not in s.text and "\u202e" not in s.text for s in found)


# --------------------------------------------------------------------------- what it stops, and why

POSITIVE = [
    ("physical", "He hit me when I said I wanted to go out."),
    ("physical", "She slapped me across the face."),
    ("physical", "He grabbed my arm so hard it left bruises."),
    ("physical", "He pushed me against the wall."),
    ("strangulation", "She choked me until I couldn't breathe."),
    ("strangulation", "he put his hands around my throat"),
    ("physical", "I was punched by my husband."),
    ("threat", "He threatened to kill me if I ever left."),
    ("threat", "She said she would hurt me if I told anyone."),
    ("weapon", "He threatened me with a knife."),
    ("property_intimidation", "He punched a hole in the wall next to my head."),
    ("sexual", "He forced me to have sex when I said no."),
    ("isolation", "She won't let me see my friends or family."),
    ("coercion", "He won't let me leave the house."),
    ("coercion", "He controls all the money and gives me an allowance."),
    ("coercion", "She took my passport and won't give it back."),
    ("coercion", "he takes my whole wage the day it comes in"),
    ("fear", "I'm scared of him."),
    ("fear", "I don't feel safe at home anymore."),
    ("children", "He threatened to take the kids."),
    ("children", "He hit our son."),
    ("monitoring", "He put a tracker on my car and makes me share my location."),
    ("stalking", "Since I moved out he follows me home from work."),
    ("suicide", "I've been thinking about ending it all."),
    ("suicide", "I don't see the point in being here any more."),
    ("self_harm", "I've been cutting again, my arms this time."),
]


@pytest.mark.parametrize(("kind", "text"), POSITIVE)
def test_rules_name_what_they_saw(kind: str, text: str) -> None:
    verdict = safety.check_texts(text)
    assert verdict.level == "stop", text
    assert kind in {s.kind for s in verdict.signals}, (text, verdict.signals)


def test_every_rule_kind_has_a_case() -> None:
    named = {kind for kind, _ in POSITIVE} | {"caused_harm"}
    assert named == set(safety.KINDS) - {"wording"}


ORDINARY = [
    "I kill the mood when I check my phone in bed.", "I hit snooze and we were late.",
    "I was afraid we'd miss the flight.", "I pushed dinner back without asking.",
    "I hit the gym instead of coming home.", "We hit the road at six.", "The deadline is killing me.",
    "Eating out is a threat to our budget.", "I'm scared of spiders.", "She'll kill me if I forget the milk again.",
    "My boss forced me to stay late.", "I choked up when I tried to apologise.", "He grabbed me a coffee on the way home.",
    "It hit me later how dismissive I'd been.", "She beat me at Scrabble and I sulked.", "He pushed me to apply for the job.",
    "He threatened to leave the party early.", "She won't let me leave the dishes until morning.",
    "I hurt her feelings at dinner.", "He slapped me on the back and said it was fine.",
    "I'm afraid of him leaving me.", "She threw the ball at him and it hit him in the face.",
    # the issue's examples of ordinary texts that share words with danger
    "I could kill for a coffee", "got choked out twice at BJJ tonight, great session",
    "knife skills class tonight, finally learned to julienne", "I'm terrified of flying, so he booked the train",
    "we made a budget together and both stick to it", "he hit the roof about the bill, then we sat down with it",
    "we share locations when driving at night, we both agreed",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_texts_pass(text: str) -> None:
    assert safety.check_texts(text).clear, safety.check_texts(text)


def test_the_issue_examples_are_caught() -> None:
    assert safety.check_texts("I'm sorry I put my hands around your throat last night").path == "caused_harm"
    for text in ("I've been thinking about ending it all", "I don't see the point in being here any more"):
        assert safety.check_texts(text).path == "crisis", text


def test_long_texts_finish() -> None:
    # not a timing test: it must simply finish (no runaway backtracking) and still see danger
    assert safety.check_texts("really " * 3000).clear
    assert safety.check_texts("he hit me and " * 200).level == "stop"
    assert stops("Lovely dinner, we talked about the holiday. " * 20 + "Then he choked me. " + "Fine. " * 20)


# --------------------------------------------------------------------------- three levels

NEVER = {"bias": -50.0, "features": [], "weights": []}


def _model(danger_words: dict[str, int], thresholds: dict[str, float] | None = None) -> dict:
    return {"scale": 1, "thresholds": thresholds or {"stop": 0.9, "unsure": 0.6, "crisis": 0.5, "caused": 0.5},
            "danger": {"bias": -5.0, "features": [f"w:{w}" for w in danger_words],
                       "weights": list(danger_words.values())}, "crisis": NEVER, "caused": NEVER}


def test_a_sure_rule_stops_a_hint_is_unsure_and_the_model_adds_its_say() -> None:
    with learned.using(_model({})):
        assert safety.check_texts("He choked me.").level == "stop"
        hint = safety.check_texts("he reads my messages")  # a rule that is only a hint
        assert hint.level == "unsure" and hint.path == "safety"
    # the words alone: a middling score is unsure, a high one stops, with the wording quoted back
    with learned.using(_model({"zorblat": 30})):   # one feature of ~60: sum/sqrt(n) lands between
        verdict = safety.check_texts("zorblat")
        assert verdict.level in ("unsure", "stop")
        assert [s.kind for s in verdict.signals] == ["wording"] and verdict.signals[0].text == "zorblat"
    with learned.using(_model({"zorblat": 5})):
        assert safety.check_texts("zorblat").clear


def test_unsure_plus_a_hint_stops() -> None:
    with learned.using(_model({"messages": 60}, {"stop": 0.999, "unsure": 0.5, "crisis": 0.5, "caused": 0.5})):
        assert safety.check_texts("he reads my messages").level == "stop"


def test_shipped_thresholds_are_ordered() -> None:
    limits = learned.thresholds()
    assert 0 < limits["unsure"] < limits["stop"] < 1
    assert 0 < limits["crisis"] < 1 and 0 < limits["caused"] < 1


# --------------------------------------------------------------------------- paths

CRISIS = [
    "I want to die", "i keep thinking everyone would be better off without me",
    "I've been hurting myself again", "been self harming since the fight",
    "I took an overdose last year and I'm thinking about it again",
    "she told me she's been thinking about suicide", "I wish I wasn't here any more",
    "some nights I hope I don't wake up", "I've been saving up my pills",
    "He said if I leave he'll kill himself.",  # a threat, and a life at risk: the crisis page speaks to both
]


@pytest.mark.parametrize("text", CRISIS)
def test_self_harm_and_suicide_go_to_the_crisis_page(text: str) -> None:
    verdict = safety.check_texts(text)
    assert verdict.level == "stop" and verdict.path == "crisis", verdict


def test_crisis_comes_first_when_texts_mix() -> None:
    verdict = safety.check_texts("He hit me again.", "I don't want to be alive any more.")
    assert verdict.path == "crisis"


def test_every_crisis_text_of_the_development_set_that_stops_goes_to_the_crisis_page() -> None:
    for item in safety_data.dev():
        if item.crisis:
            verdict = dev_verdicts()[item.text]
            assert verdict.clear or verdict.path == "crisis", item.text


CAUSED = [
    "I pushed her into the wardrobe and she hit her head.", "I grabbed his wrist so hard it left marks.",
    "I'm so sorry I slapped you.", "She's scared of me now and I know why.", "i threw my phone at him",
    "I blocked the door so she couldn't leave.",
]
VICTIM = ["He pushed me into the wardrobe.", "I was slapped by my husband.", "She grabbed my wrist so hard it hurt.",
          "I said no and he didn't stop.", "I'm scared of him.", "he threw his phone at me"]


@pytest.mark.parametrize("text", CAUSED)
def test_the_writer_who_caused_harm_gets_their_page(text: str) -> None:
    verdict = safety.check_texts(text)
    assert verdict.level == "stop" and verdict.path == "caused_harm", verdict


@pytest.mark.parametrize("text", VICTIM)
def test_the_writer_who_was_hurt_gets_the_safety_page(text: str) -> None:
    verdict = safety.check_texts(text)
    assert verdict.level == "stop" and verdict.path == "safety", verdict


# --------------------------------------------------------------------------- spelling

@pytest.mark.parametrize(("text", "variant"), [
    ("he takes my whole wages", "he takes my whole wage"),
    ("he choked me", "he chocked me"),
    ("she threatened me again", "she threatend me again"),
    ("he strangled me", "he strangld me"),
    ("he punched me in the face", "he punchd me in the face"),
    ("she has a knife under the mattress and showed me", "she has a knifes under the mattress and showed me"),
    ("he hit me", "he hits me"),
    ("I've got bruises from where he held me down", "I've got a bruise from where he held me down"),
])
def test_one_letter_and_plural_changes_do_not_flip_a_stop(text: str, variant: str) -> None:
    assert stops(text) and stops(variant), (text, variant)


def _one_letter_variants(word: str) -> list[str]:
    """A letter dropped, doubled or swapped with the next, in the middle of the word."""
    mid = len(word) // 2
    return [word[:mid] + word[mid + 1:], word[:mid] + word[mid] + word[mid:],
            word[:mid] + word[mid + 1] + word[mid] + word[mid + 2:]]


ROBUST = ["He strangled me until I blacked out.", "She threatened to kill me.", "He punched me in the stomach.",
          "I'm terrified of my husband.", "He slapped me in front of the kids.", "she choked me last night",
          "He controls all my money.", "I've been thinking about suicide.", "He kicked me when I was on the floor.",
          "He grabbed me by the throat."]


def test_one_letter_changes_to_the_telling_words_rarely_flip_a_stop() -> None:
    total = kept = 0
    for text in ROBUST:
        assert stops(text), text
        for word in re.findall(r"[A-Za-z]{6,}", text):
            for variant in _one_letter_variants(word):
                total += 1
                kept += stops(text.replace(word, variant, 1))
    assert total >= 40 and kept / total >= 0.9, (kept, total)


def test_spelling_is_only_forgiven_for_the_nets_own_words() -> None:
    assert lexicon.canonical("chocked") == "choked" and lexicon.canonical("threatend") == "threatened"
    for real in ("shocked", "talking", "tables", "treats", "tripped", "strange", "knives"):
        assert lexicon.canonical(real) == real, real


# --------------------------------------------------------------------------- no false alarms where it matters

def test_no_suggested_behavior_trips_the_net() -> None:
    ideas = [idea for fear in coaching._SUGGESTIONS for idea in coaching._SUGGESTIONS[fear]]
    assert len(ideas) >= 20
    for idea in ideas:
        assert safety.check_texts(idea).clear, idea


def test_the_behaviors_in_the_labelled_set_pass() -> None:
    behaviors = [item for item in safety_data.ordinary_extras() if item.source == "vague"]
    alarms = [item.text for item in behaviors if stops(item.text)]
    assert len(alarms) <= len(behaviors) // 50, alarms  # 2% at most; today none


# --------------------------------------------------------------------------- the sets

def test_development_set_is_big_and_covers_every_kind() -> None:
    items = safety_data.dev()
    danger = [i for i in items if i.danger]
    benign = [i for i in items if not i.danger]
    assert len(danger) >= 250 and len(benign) >= 250
    kinds = {i.kind for i in danger}
    assert kinds == {"physical", "strangulation", "weapon", "threat", "fear", "monitoring", "stalking", "isolation",
                     "coercion", "sexual", "self_harm", "suicide", "caused_harm", "children", "property_intimidation"}
    assert {i.who for i in danger} == {"victim", "caused_harm", "self", "third_party"}
    assert {i.where for i in items} == {"log_note", "incident", "impact", "pattern", "apology", "checkin_note"}
    assert len({i.text for i in items}) == len(items)


def test_development_floors() -> None:
    fig = safety_eval.evaluate(safety_data.dev(), dev_verdicts().__getitem__)
    assert fig.rate("stopped") >= 0.80, fig.rate("stopped")
    assert fig.rate("false_alarms") <= 0.04, fig.rate("false_alarms")
    assert fig.rate("crisis_routed") == 1.0 and fig.wrong_crisis <= 5
    assert fig.rate("caused_routed") >= 0.85


def test_the_old_tuned_set_stays_a_floor() -> None:
    fig = safety_eval.evaluate(safety_data.old_set())
    assert fig.rate("stopped") >= 0.97 and fig.rate("false_alarms") <= 0.02, (fig.misses, fig.false_alarms)


def test_the_holdout_is_unchanged() -> None:
    """`cd eval/safety && sha256sum -c SHA256SUMS`, in Python. Only the bytes are read, never the texts."""
    folder = ROOT / "eval" / "safety"
    lines = [line.split() for line in (folder / "SHA256SUMS").read_text().splitlines() if line.strip()]
    assert [name for _, name in lines] == ["holdout.yaml"]
    for digest, name in lines:
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert safety_data.holdout_checksum_ok()


# --------------------------------------------------------------------------- the model files

def test_model_files_are_package_data_and_well_formed() -> None:
    setup = (ROOT / "setup.cfg").read_text()
    for name in sorted(set(learned.MODEL_FILES.values())):
        assert name in setup, name
        text = (ROOT / "repairkit" / "care" / name).read_text(encoding="utf-8")
        data = learned.loads(text)
        assert learned.dumps({**data, "meta": learned.meta(name)}) == text  # what the trainer writes, exactly
        assert data["scale"] > 0 and learned.meta(name)["script"] == "bench/train_safety_model.py"
        for which, file in learned.MODEL_FILES.items():
            if file == name:
                part = data[which]
                assert len(part["features"]) == len(part["weights"]) > 100
                assert part["features"] == sorted(set(part["features"]))


def test_features_are_plain_and_stable() -> None:
    feats = learned.features("He CHOCKED me!!")
    assert feats == learned.features("he chocked me") == sorted(set(feats))
    assert "w:choked" in feats and "k:violence" in feats and "c:<me>" in feats
    assert learned.features("") == [] and learned.features("!!!") == []


def _danger_piece_by_piece(text: str) -> tuple[float, str]:
    """`learned.danger` as it was written first: the features of each piece, one piece at a time."""
    model = learned._model("danger")
    best, best_piece = -1.0, text
    for piece in learned.pieces(text):
        feats = learned.features(piece)
        total = sum(model.weights.get(f, 0) for f in feats)
        got = learned._sigmoid(model.bias + total / model.scale / math.sqrt(len(feats))) if feats else \
            learned._sigmoid(model.bias)
        if got > best:
            best, best_piece = got, piece
    return best, best_piece


def test_long_texts_score_as_their_pieces_one_at_a_time() -> None:
    """A long text's sentences are read once (`learned.danger`); the score is each piece's, as before."""
    items = safety_data.dev()
    texts = [" ".join(i.text for i in items[start:start + n]) for n in (4, 9, 30) for start in range(0, 240, n)]
    texts += [t.replace(". ", "...\n\n").upper() for t in texts[:20]] + ["!!! ... " * 40, ("word " * 70) + "."]
    for text in texts:
        assert learned.danger(text) == _danger_piece_by_piece(text), text[:80]


def test_norm_in_one_call_is_the_character_by_character_norm() -> None:
    from repairkit.care import textrules

    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() and c != 32)
    assert textrules._SPACES == spaces
    step = 1 if not __import__("conftest").quick() else 7
    for c in [*range(0, sys.maxunicode + 1, step), 0x130, 0x3A3, 0x2019, 0x201C]:
        ch = chr(c)
        for text in (ch, "a" + ch, ch + "b", "ab" + ch + " cd", ch + ch):
            assert textrules._norm(text) == textrules._norm_each(text), hex(c)
    assert textrules._norm("ΟΔΟΣ İ") == textrules._norm_each("ΟΔΟΣ İ")


def test_using_restores_the_shipped_model() -> None:
    before = learned.danger("he chocked me")
    with learned.using(_model({})):
        assert learned.danger("he chocked me")[0] < 0.01
    assert learned.danger("he chocked me") == before


# --------------------------------------------------------------------------- pure and light

def test_library_stays_pure() -> None:
    code = ("import sys\n"
            "from repairkit.care import safety, screen\n"
            "assert safety.check_texts('he chocked me').level == 'stop'\n"
            "screen.result(screen.outcome({'afraid': 'yes'}))\n"
            "bad = [m for m in ('click', 'ruamel', 'yaml', 'questionary', 'prompt_toolkit', 'sklearn', 'numpy')\n"
            "       if m in sys.modules]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})


def test_importing_the_net_reads_no_model() -> None:
    code = ("from repairkit.care import safety, learned\n"
            "assert learned._shipped.cache_info().currsize == 0\n"
            "safety.check_texts('Texted when the train was late')\n"
            "assert learned._file.cache_info().currsize == 1  # the danger model only: the note was clear\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})


# --------------------------------------------------------------------------- the screen

def test_screen_asks_the_validated_areas() -> None:
    areas = {q.area for q in screen.QUESTIONS}
    assert {"humiliated or emotionally hurt", "afraid of a partner", "forced or pressured into sexual activity",
            "kicked, hit, slapped or otherwise hurt", "strangled or choked", "threatened with a weapon",
            "wishing to be dead", "thoughts of suicide or self-harm",
            "hurt, threatened or frightened a partner"} == areas
    assert {q.path for q in screen.QUESTIONS} == set(safety.PATHS)
    assert len({q.key for q in screen.QUESTIONS}) == len(screen.QUESTIONS)
    for q in screen.QUESTIONS:
        assert q.text.endswith("?") and len(q.text) < 160, q.text
    assert "past year" in screen.QUESTIONS[0].text and "past few weeks" in screen.QUESTIONS[6].text


def test_screen_has_no_default_answer() -> None:
    assert screen.DEFAULT is None
    assert {value for value, _ in screen.CHOICES} == {"yes", "no"}
    assert {value for value, _ in screen.START_CHOICES} == {"start", "not-now"}


def test_screen_intro_says_what_matters() -> None:
    intro = " ".join(screen.INTRO.split())
    for words in ("private", "Nothing you answer is stored", "partner can't see this screen", '"not now"',
                  "asked again next time"):
        assert words in intro, words
    assert "asked again next time" in screen.NOT_NOW_NOTE


@pytest.mark.parametrize(("answers", "paths"), [
    ({}, ()),
    ({q.key: "no" for q in screen.QUESTIONS}, ()),
    ({"afraid": "yes"}, ("safety",)),
    ({"neck": "yes", "weapon": "yes"}, ("safety",)),
    ({"caused_fear": "yes"}, ("caused_harm",)),
    ({"caused_fear": "yes", "hurt": "yes", "wished_dead": "yes"}, ("crisis", "safety", "caused_harm")),
    ({"suicide_thoughts": "Yes", "put_down": "no"}, ("crisis",)),
])
def test_screen_outcome(answers: dict[str, str], paths: tuple[str, ...]) -> None:
    assert screen.outcome(answers) == paths


def test_screen_outcome_refuses_what_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="'mood'"):
        screen.outcome({"mood": "yes"})
    with pytest.raises(ValueError, match="'afraid'"):
        screen.outcome({"afraid": "maybe"})


@pytest.mark.parametrize("paths", [("crisis",), ("safety",), ("caused_harm",), ("crisis", "safety", "caused_harm")])
def test_screen_result_says_nothing_was_saved_once_and_calls_a_yes_an_answer(paths: tuple[str, ...]) -> None:
    text = screen.result(paths)
    flat = " ".join(text.split())
    assert flat.count("Nothing was saved") == 1 and text.startswith("Nothing was saved.")
    assert flat.count("not something you wrote") == len(paths)
    assert "What you wrote" not in text and "shell history" not in text and "reads words" not in text
    assert all(f"repair guide {'crisis' if p == 'crisis' else 'safety'}" in text for p in paths)
    if paths[0] == "crisis":
        assert text.index("988") < text.index("1-800-799-7233") if "safety" in paths else "988" in text
    assert max(map(len, text.splitlines())) <= 78


def test_screen_result_when_all_no() -> None:
    assert screen.result(()) == screen.ALL_NO and "stored" in screen.ALL_NO


# --------------------------------------------------------------------------- the pages

def test_each_path_has_its_page() -> None:
    assert texts.page_for("safety") == texts.safety_stop()
    for path in safety.PATHS:
        page = texts.page_for(path)
        assert page.startswith("Nothing was saved.") and "Nothing you typed has been saved to the shared journal" in \
            " ".join(page.split())
        assert max(map(len, page.splitlines())) <= 78


@pytest.mark.parametrize("number", ["988", "116 123", "13 11 14", "911", "999", "112", "000"])
def test_crisis_page_has_each_line(number: str) -> None:
    assert number in texts.page_for("crisis") and number in texts.guide("crisis")


@pytest.mark.parametrize("number", ["0808 802 4040", "1300 766 491", "1-800-799-7233"])
def test_caused_harm_page_has_each_line(number: str) -> None:
    assert number in texts.page_for("caused_harm")


def test_caused_harm_page_steps_back_from_repair() -> None:
    page = " ".join(texts.page_for("caused_harm").split())
    assert "Couples repair is not the right tool for this right now" in page and "Stepping back" in page


def test_safety_guide_explains_git_history_and_removal() -> None:
    guide = " ".join(texts.guide("safety").split())
    assert "repair remove ID" in guide and "history" in guide and "helpline adviser" in guide
    assert "repair guide crisis" in guide


def test_every_phone_number_is_cited_in_the_docs() -> None:
    docs = (ROOT / "docs" / "safety-and-coaching.md").read_text()
    pages = [texts.page_for(p) for p in safety.PATHS] + [texts.guide("safety"), texts.guide("crisis")]
    numbers = set()
    for page in pages:
        numbers |= set(re.findall(r"\b\d[\d -]{5,}\d\b", page))
    assert numbers, "no numbers found"
    for number in numbers:
        assert number in docs, f"{number} is not cited in docs/safety-and-coaching.md"
