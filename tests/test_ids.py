"""Plan ids from titles: SPEC's alphabet, apostrophes, accents, length."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repairkit.ids import MAX_ID, ID_PATTERN, is_valid_id, slug, unique_id


@pytest.mark.parametrize("title, expected", [
    ("The joke at Priya's birthday", "the-joke-at-priyas-birthday"),
    ("The joke at Priya’s birthday", "the-joke-at-priyas-birthday"),
    ("I don't call when I'm late", "i-dont-call-when-im-late"),
    ("Late without a text", "late-without-a-text"),
    ("Café, again", "cafe-again"),
    ("  --Shouting!!  ", "shouting"),
    ("2am phone calls", "plan-2am-phone-calls"),
    ("'quoted'", "quoted"),
    ("", "plan"),
    ("!!!", "plan"),
    ("日本語", "plan"),
])
def test_slug(title, expected):
    assert slug(title) == expected


def test_slug_stops_adding_words_but_never_cuts_one():
    got = slug("When plans change I go quiet and then turn up very late")
    assert got == "when-plans-change-i-go-quiet-and"
    assert len(got) <= 32


def test_a_single_huge_word_still_gives_a_valid_id():
    assert is_valid_id(slug("a" * 500))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_every_title_gives_an_id_in_specs_alphabet(title):
    got = slug(title)
    assert ID_PATTERN.fullmatch(got) and len(got) <= MAX_ID, (title, got)


def test_unique_id_counts_up_and_stays_short():
    assert unique_id("late", set()) == "late"
    assert unique_id("late", {"late"}) == "late-2"
    assert unique_id("late", {"late", "late-2"}) == "late-3"
    long = "a" * 64
    assert is_valid_id(unique_id(long, {long}))


@pytest.mark.parametrize("text, ok", [
    ("late-texts", True), ("e3f9c2a1b", True), ("a", True), ("Late", False), ("late--texts", False),
    ("late-", False), ("-late", False), ("2late", False), ("late_texts", False), ("a" * 65, False),
])
def test_is_valid_id(text, ok):
    assert is_valid_id(text) is ok
