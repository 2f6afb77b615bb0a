"""The apology checker's learned half (repairkit/care/apology_model.py) and how it weighs the rules.

The weighing is tested with small hand-made models (`apology_model.using`), so each test says what the
models read and checks what the checker then reports; the shipped weights are tested for their shape,
size, loading and speed, not for particular scores.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from repairkit.care import apology, apology_model
from repairkit.care.apology import CATEGORIES, check_apology

ROOT = Path(__file__).resolve().parent.parent
LIMITS = {"keep": 0.3, "keep_sentence": 0.5, "keep_noack": 0.5, "gate": 0.6,
          **{"add:" + c: 0.5 for c in CATEGORIES}}


def model(flawed: dict[str, int] | None = None, bias: float = -8.0, **categories: dict[str, int]) -> dict:
    """A model that reads everything as sound, except the words given: each word listed for `flawed` or a
    category pushes that score to about 1 wherever the word appears."""
    def part(words: dict[str, int] | None) -> dict:
        words = words or {}
        return {"bias": bias, "features": ["w:" + w for w in words], "weights": list(words.values())}

    return {"scale": 1, "thresholds": dict(LIMITS), "flawed": part(flawed),
            "categories": {c: part(categories.get(c)) for c in CATEGORIES}}


STRONG = 1000  # enough to lift a score from ~0 to ~1 in a text of a few hundred features


def found(text: str) -> set[str]:
    return {f.category for f in check_apology(text).findings}


# --------------------------------------------------------------------------
# Features and scoring


def test_features_are_words_pairs_letter_groups_and_the_first_sentence():
    feats = apology_model.features("I'm sorry. I didnt call")
    assert {"w:im", "w:sorry", "b:im sorry", "c:<so", "c:rry>", "f:sorry", "fb:im sorry"} <= set(feats)
    assert "f:call" not in feats  # only the first sentence is repeated
    assert feats == sorted(set(feats))
    assert apology_model.features("I didn't call") == apology_model.features("I didnt call")


def test_score_is_a_probability_and_empty_text_gets_the_bias():
    linear = apology_model._Linear(0.0, {"w:sorry": 2000}, 1000)
    assert apology_model.score(linear, []) == 0.5
    assert 0.5 < apology_model.score(linear, ["w:sorry", "w:x"]) < 1.0
    assert apology_model.score(apology_model._Linear(-100.0, {}, 1), ["w:x"]) == 0.0


def test_using_replaces_the_shipped_model_only_inside_the_block():
    shipped = apology_model.model()
    with apology_model.using(model()):
        assert apology_model.model() is not shipped
        assert apology_model.model().thresholds == LIMITS
    assert apology_model.model() is shipped


# --------------------------------------------------------------------------
# Weighing the rules


def test_a_rule_finding_is_set_aside_when_the_text_reads_as_sound():
    text = "I'm sorry if you were hurt when I shouted. I'll text you before six every day."
    assert "conditional" in {f.category for f in check_apology(text, learned=False).findings}
    with apology_model.using(model()):
        assert "conditional" not in found(text)
    with apology_model.using(model(flawed={"shouted": STRONG})):
        assert "conditional" in found(text)


def test_a_rule_finding_stands_when_its_own_sentence_reads_as_that_pitfall():
    text = "I shouted at you in the car and you were scared. Sorry if that upset you. I'll pull over next time."
    with apology_model.using(model(conditional={"if": STRONG})):
        assert found(text) == {"conditional"}


def test_nothing_acknowledged_is_never_set_aside_to_leave_no_finding_at_all():
    # SPEC: a text that owns no specific act is never "no pitfalls found", however sound it reads.
    text = "On behalf of all of us, our deepest apologies to the families."
    assert "no_acknowledgement" in {f.category for f in check_apology(text, learned=False).findings}
    with apology_model.using(model()):
        result = check_apology(text)
    assert [f.category for f in result.findings] == ["no_acknowledgement"]
    assert result.components["acknowledges"] is False
    with apology_model.using(model(flawed={"apologies": STRONG})):
        result = check_apology(text)
    assert [f.category for f in result.findings] == ["no_acknowledgement"]
    assert result.components["acknowledges"] is False


def test_a_blank_is_reported_however_the_text_reads():
    with apology_model.using(model()):
        assert found("I'm sorry. [what happened: ...]") == {"no_acknowledgement"}


# --------------------------------------------------------------------------
# Adding what the rules missed


def test_the_models_add_a_pitfall_at_the_sentence_with_its_cue():
    text = "I'm sorry I missed the start of the play.\nMy boss kept me back at work till six."
    assert check_apology(text, learned=False).findings == []
    reads = model(flawed={"boss": STRONG}, explanation_first={"boss": STRONG})
    with apology_model.using(reads):
        [finding] = check_apology(text).findings
    assert finding.category == "explanation_first"
    assert (finding.line, finding.col) == (2, 1)
    assert finding.text == "My boss kept me back at work till six."
    assert finding.why.startswith("This reads as") and finding.better


def test_nothing_is_added_unless_the_whole_text_reads_as_flawed():
    text = "I'm sorry I missed the start of the play. My boss kept me back at work till six."
    with apology_model.using(model(explanation_first={"boss": STRONG})):
        assert found(text) == set()


def test_nothing_is_added_without_a_cue_however_high_the_score():
    text = "I made an offensive remark on air this morning. I apologise."
    with apology_model.using(model(flawed={"remark": STRONG}, conditional={"remark": STRONG})):
        assert "conditional" not in found(text)   # no "if", "may", "anyone", ...
    text = "I made an offensive remark on air this morning, to anyone listening. I apologise."
    with apology_model.using(model(flawed={"remark": STRONG}, conditional={"remark": STRONG})):
        assert "conditional" not in found(text)   # the cue is not in the sentence that apologises
    text = "I apologise to anyone who heard my offensive remark on air this morning."
    with apology_model.using(model(flawed={"remark": STRONG}, conditional={"remark": STRONG})):
        assert "conditional" in found(text)


def test_a_vague_promise_is_not_added_when_something_concrete_is_named():
    reads = model(flawed={"better": STRONG}, vague_promise={"better": STRONG})
    with apology_model.using(reads):
        assert "vague_promise" in found("I shouted at you. I'm sorry. I'll do better.")
        assert "vague_promise" not in found("I shouted at you. I'm sorry. I'll do better: I'll leave the room "
                                            "and come back in ten minutes.")


def test_at_most_two_pitfalls_are_added():
    words = {"honestly": STRONG}
    reads = model(flawed=words, **{c: words for c in CATEGORIES})
    text = ("Honestly if you had listened, this situation was only a joke, and I get so upset "
            "with myself; I've apologised again and I'll try to be better, so can we move on?")
    with apology_model.using(reads):
        result = check_apology(text)
    added = [f for f in result.findings if f.why.startswith("This reads as")]
    assert 1 <= len(added) <= 2


# --------------------------------------------------------------------------
# The shipped model


def test_the_shipped_model_has_every_category_and_threshold():
    data = json.loads((ROOT / "repairkit" / "care" / apology_model.MODEL_FILE).read_text(encoding="utf-8"))
    assert set(data["categories"]) == set(CATEGORIES)
    assert {"keep", "keep_sentence", "keep_noack", "gate"} <= set(data["thresholds"])
    assert {"add:" + c for c in CATEGORIES} <= set(data["thresholds"])
    assert data["meta"]["script"] == "bench/train_apology_model.py"
    assert not any("holdout" in source for source in data["meta"]["trained_on"])
    for part in [data["flawed"], *data["categories"].values()]:
        assert len(part["features"]) == len(part["weights"]) and part["features"] == sorted(part["features"])


def test_the_shipped_model_is_package_data():
    setup = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    assert apology_model.MODEL_FILE in setup


def test_only_the_check_loads_the_models():
    code = ("import sys\n"
            "sys.argv = ['repair', '--help']\n"
            "from repairkit.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('repairkit.care.apology', 'repairkit.care.apology_model', 'sklearn', 'numpy')"
            " if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
    code = ("import sys\nfrom repairkit.care import apology\n"
            "apology.draft_apology.__doc__\n"
            "print('repairkit.care.apology_model' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "False"


def test_the_package_never_imports_the_training_libraries():
    for module in ("apology.py", "apology_model.py"):
        source = (ROOT / "repairkit" / "care" / module).read_text(encoding="utf-8")
        for library in ("sklearn", "numpy", "scipy"):
            assert f"import {library}" not in source and f"from {library}" not in source


def test_drafts_read_as_sound_to_the_models():
    """Drafts pass their own check (tests/test_apology.py); here, also on the models' own reading."""
    sys.path.insert(0, str(ROOT / "bench"))
    import apology_drafts

    for plan in apology_drafts.plans():
        draft = apology.draft_apology(plan, today=apology_drafts.TODAY)
        read = apology._read_rules(draft)
        reading = apology.Reading(read.context, apology_model.model())
        assert reading.flawed < apology_model.model().thresholds["gate"], plan.id
