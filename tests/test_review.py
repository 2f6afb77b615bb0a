"""Verdicts, counts, check-in states and timelines: pure functions, exact values."""
from __future__ import annotations

import datetime as dt

import pytest

from repairkit.model import Entry, Plan
from repairkit.review import Counts, check_in_state, passes_check, review_plan, verdict

D = dt.date


def plan(**kw) -> Plan:
    base = dict(id="p", title="T", opened=D(2026, 11, 10), repairing="Sam", hurt="Alex", check_in=D(2026, 11, 27))
    base.update(kw)
    return Plan(**base)


def entry(kind: str, day: int, by: str | None = "Alex", eid: str | None = None, **kw) -> Entry:
    return Entry(id=eid or f"e{kind}{day}{by}", at=D(2026, 11, day), plan="p", kind=kind, by=by, **kw)


@pytest.mark.parametrize("counts, expected", [
    (Counts(), "no_evidence"),
    (Counts(raised=3, notes=2), "no_evidence"),
    (Counts(shown_witnessed=1), "showing_up"),
    (Counts(shown_witnessed=1, shown_self=4), "showing_up"),
    (Counts(shown_self=2), "self_reported_only"),
    (Counts(missed=1), "not_yet"),
    (Counts(missed=2, raised=1), "not_yet"),
    (Counts(missed=1, shown_self=1), "mixed"),
    (Counts(missed=1, shown_witnessed=1), "mixed"),
])
def test_verdicts_exactly_as_spec(counts, expected):
    assert verdict(counts) == expected


def test_counts_split_witnessed_from_self_report():
    entries = [entry("shown", 11, "Alex"), entry("shown", 12, "Sam"), entry("shown", 13, None),
               entry("missed", 14), entry("raised", 14), entry("note", 15), entry("checkin", 15, "Sam")]
    r = review_plan(plan(), entries, today=D(2026, 11, 20))
    c = r.counts
    assert (c.shown_witnessed, c.shown_self, c.missed, c.raised, c.notes, c.checkins) == (1, 2, 1, 1, 1, 1)
    assert r.verdict == "mixed"
    assert r.last_shown == D(2026, 11, 13) and r.last_missed == D(2026, 11, 14)


def test_window_starts_at_earliest_of_opened_and_backdated_entry():
    r = review_plan(plan(opened=D(2026, 11, 10)), [entry("shown", 5)], today=D(2026, 11, 12))
    assert (r.start, r.end) == (D(2026, 11, 5), D(2026, 11, 12))
    assert r.counts.shown_witnessed == 1
    assert len(r.timeline) == 8


def test_since_and_until_bound_the_window():
    entries = [entry("shown", 11), entry("missed", 15), entry("shown", 20)]
    r = review_plan(plan(), entries, today=D(2026, 11, 27), since=D(2026, 11, 14), until=D(2026, 11, 16))
    assert r.counts.missed == 1 and r.counts.shown == 0 and r.verdict == "not_yet"
    assert [d.date.day for d in r.timeline] == [14, 15, 16]
    assert r.timeline[1].missed == 1


def test_datetime_entries_count_on_the_writers_day():
    tz = dt.timezone(dt.timedelta(hours=-8))
    e = Entry(id="x", at=dt.datetime(2026, 11, 12, 23, 30, tzinfo=tz), plan="p", kind="shown", by="Alex")
    r = review_plan(plan(), [e], today=D(2026, 11, 13), since=D(2026, 11, 12), until=D(2026, 11, 12))
    assert r.counts.shown_witnessed == 1


@pytest.mark.parametrize("today, entries, state, days", [
    (D(2026, 11, 20), [], "upcoming", 7),
    (D(2026, 11, 27), [], "due", 0),
    (D(2026, 11, 30), [], "overdue", -3),
    (D(2026, 11, 30), [entry("checkin", 27, "Sam")], "done", -3),
    (D(2026, 11, 30), [entry("checkin", 28, "Sam")], "done", -3),
    (D(2026, 11, 30), [entry("checkin", 26, "Sam")], "overdue", -3),  # before the date: not this check-in
])
def test_check_in_states(today, entries, state, days):
    c = check_in_state(plan(), entries, today)
    assert (c.state, c.days, c.date) == (state, days, D(2026, 11, 27))


def test_no_check_in_date():
    c = check_in_state(plan(check_in=None), [], D(2026, 11, 20))
    assert (c.date, c.state, c.days) == (None, None, None)


def test_check_passes_only_when_all_show_up_and_none_overdue():
    good = review_plan(plan(), [entry("shown", 11)], today=D(2026, 11, 20))
    late = review_plan(plan(), [entry("shown", 11)], today=D(2026, 11, 30))
    self_only = review_plan(plan(), [entry("shown", 11, "Sam")], today=D(2026, 11, 20))
    assert passes_check([good])
    assert not passes_check([good, late])
    assert not passes_check([self_only])


def test_json_shape():
    r = review_plan(plan(), [entry("shown", 11), entry("missed", 12)], today=D(2026, 11, 12))
    doc = r.to_json()
    assert set(doc) >= {"id", "title", "behavior", "window", "counts", "verdict", "check_in", "timeline", "last"}
    assert doc["window"] == {"from": "2026-11-10", "to": "2026-11-12"}
    assert doc["timeline"][1] == {"date": "2026-11-11", "shown_witnessed": 1, "shown_self": 0, "missed": 0,
                                  "raised": 0}
    assert doc["last"] == {"shown": "2026-11-11", "missed": "2026-11-12"}


# -- who noticed it (issue 13) ---------------------------------------------------

def test_a_name_not_in_people_is_counted_apart_but_keeps_specs_meaning():
    entries = [entry("shown", 11, "Alex"), entry("shown", 12, "Jordan"), entry("shown", 13, "Sam")]
    r = review_plan(plan(), entries, today=D(2026, 11, 20), people=["Sam", "Alex"])
    c = r.counts
    # SPEC: shown_witnessed is every shown entry by someone other than the person repairing.
    assert (c.shown_witnessed, c.shown_self, c.shown_outside_people) == (2, 1, 1)
    assert r.noticed_by == {"Alex": 1, "Jordan": 1}
    doc = r.to_json()
    assert doc["counts"]["shown_witnessed"] == 2 and doc["counts"]["shown_outside_people"] == 1
    assert doc["noticed_by"] == [{"name": "Alex", "shown": 1, "in_people": True},
                                 {"name": "Jordan", "shown": 1, "in_people": False}]


def test_without_people_nobody_is_outside():
    entries = [entry("shown", 11, "Alex"), entry("shown", 12, "Jordan")]
    r = review_plan(plan(), entries, today=D(2026, 11, 20))
    assert r.counts.shown_witnessed == 2 and r.counts.shown_outside_people == 0
    assert [n["in_people"] for n in r.to_json()["noticed_by"]] == [True, True]
