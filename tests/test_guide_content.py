"""The points a couples therapist asked the guides to make (issue 13, item 11) stay in them.

The shape of every guide (length, width, sample sentences) is checked in
test_guidance.py; this only guards against a rewrite silently dropping one
of these points. Wording may change freely as long as the point stays.
"""
from __future__ import annotations

import re

import pytest

from repairkit.care import texts


def flat(topic: str) -> str:
    return " ".join(texts.guide(topic).split())


@pytest.mark.parametrize(("topic", "point", "pattern"), [
    ("after-conflict", "how long calming down takes", r"twenty minutes at the least"),
    ("after-conflict", "back within a day", r"within a day"),
    ("after-conflict", "flooding named and explained", r"called being flooded"),
    ("after-conflict", "the partner left waiting", r"If you're the one left waiting"),
    ("after-conflict", "accepting a clumsy repair attempt", r"even clumsily"),
    ("after-conflict", "not while drinking", r"Not after a drink"),
    ("after-conflict", "private notes right after a fight", r"repair log note --private"),
    ("trust-repair", "a section for the hurt partner", r"If you're the one who was hurt"),
    ("trust-repair", "asking for evidence", r"ask for evidence"),
    ("trust-repair", "no forgiveness on command", r"Forgiveness isn't owed"),
    ("trust-repair", "not running the repair alone", r"You don't have to run this"),
    ("trust-repair", "a pointer to the safety guide", r"repair guide safety"),
    ("before-the-talk", "flooded explained", r"Flooded means"),
    ("before-the-talk", "a stop signal agreed in advance", r"stop signal before you start"),
    ("before-the-talk", "what to do on 'not now'", r"\"not now\", that's allowed"),
    ("before-the-talk", "catching your own defensiveness", r"Catch yourself defending"),
    ("between-sessions", "homework that turns into a fight", r"When the homework turns into a fight"),
    ("between-sessions", "not quoting the therapist as a weapon", r"Don't quote the therapist"),
])
def test_the_guide_makes_the_point(topic, point, pattern):
    assert re.search(pattern, flat(topic)), f"guide {topic} no longer covers: {point}"


def test_after_conflict_does_not_send_a_raw_note_to_the_shared_journal():
    for line in texts.guide("after-conflict").splitlines():
        if "repair log note" in line:
            assert "--private" in line, line


def test_trust_repairs_model_line_does_not_tell_the_partner_how_they_felt():
    page = texts.guide("trust-repair")
    model = page[page.index("1. Stay with the impact first"):page.index("2. Name the fear")]
    said = " ".join(re.findall(r'"([^"]*)"', " ".join(model.split())))
    assert said, "the first step should show what to say"
    assert not re.search(r"\b(that|it) (was|must have been) (embarrassing|lonely|awful|humiliating)", said, re.IGNORECASE)
    assert not re.search(r"\byou (felt|were) (embarrassed|lonely|humiliated|hurt)", said, re.IGNORECASE)
