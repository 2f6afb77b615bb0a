"""Did the agreed behavior show up? Counts, verdicts, check-in states, timelines.

Pure functions over model records: no I/O, no click.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from repairkit.dates import iso
from repairkit.model import Entry, Plan


@dataclass
class Counts:
    shown_witnessed: int = 0
    shown_self: int = 0
    missed: int = 0
    raised: int = 0
    notes: int = 0
    checkins: int = 0
    # Part of shown_witnessed: shown entries by a name that is not in the journal's `people`
    # (never the partner; 0 when `people` is empty). Not part of SPEC's verdicts.
    shown_outside_people: int = 0

    @property
    def shown(self) -> int:
        return self.shown_witnessed + self.shown_self


@dataclass
class CheckInState:
    date: dt.date | None
    state: str | None  # upcoming | due | overdue | done, or None when the plan has no check-in date
    days: int | None  # signed days until the date


@dataclass
class Day:
    date: dt.date
    shown_witnessed: int = 0
    shown_self: int = 0
    missed: int = 0
    raised: int = 0


@dataclass
class PlanReview:
    plan: Plan
    start: dt.date
    end: dt.date
    counts: Counts
    verdict: str
    check_in: CheckInState
    timeline: list[Day]
    last_shown: dt.date | dt.datetime | None = None
    last_missed: dt.date | dt.datetime | None = None
    entries: list[Entry] = field(default_factory=list)
    noticed_by: dict[str, int] = field(default_factory=dict)  # witnessed shown entries per `by`, first seen first
    people: list[str] = field(default_factory=list)

    def in_people(self, name: str) -> bool:
        """Whether a name is one of the journal's people; with no people listed, everyone is."""
        return not self.people or name in self.people

    def to_json(self) -> dict:
        c = self.counts
        return {
            "id": self.plan.id,
            "title": self.plan.title,
            "behavior": self.plan.behavior,
            "status": self.plan.status,
            "window": {"from": self.start.isoformat(), "to": self.end.isoformat()},
            "counts": {"shown_witnessed": c.shown_witnessed, "shown_self": c.shown_self, "missed": c.missed,
                       "raised": c.raised, "notes": c.notes, "checkins": c.checkins,
                       "shown_outside_people": c.shown_outside_people},
            "verdict": self.verdict,
            "check_in": {"date": iso(self.check_in.date), "state": self.check_in.state, "days": self.check_in.days},
            "timeline": [{"date": d.date.isoformat(), "shown_witnessed": d.shown_witnessed,
                          "shown_self": d.shown_self, "missed": d.missed, "raised": d.raised}
                         for d in self.timeline],
            "last": {"shown": iso(self.last_shown), "missed": iso(self.last_missed)},
            "noticed_by": [{"name": name, "shown": n, "in_people": self.in_people(name)}
                           for name, n in self.noticed_by.items()],
        }


def is_witnessed(entry: Entry, plan: Plan) -> bool:
    """Shown evidence noticed by someone other than the person repairing (`by: ""` names nobody)."""
    return entry.by is not None and entry.by.strip() != "" and entry.by != plan.repairing


def verdict(counts: Counts) -> str:
    """The five verdicts, exactly as SPEC defines them."""
    if counts.shown == 0 and counts.missed == 0:
        return "no_evidence"
    if counts.missed == 0:
        return "showing_up" if counts.shown_witnessed >= 1 else "self_reported_only"
    return "not_yet" if counts.shown == 0 else "mixed"


FINISHED = ("repaired", "closed", "support")  # statuses after which no check-in is planned


def check_in_state(plan: Plan, entries: list[Entry], today: dt.date) -> CheckInState:
    """done (a checkin entry on or after the date) wins; else upcoming, due or overdue. A plan that
    is repaired, closed or handed to outside support has no check-in to plan: all three are None."""
    if plan.check_in is None or plan.status in FINISHED:
        return CheckInState(None, None, None)
    days = (plan.check_in - today).days
    if any(e.kind == "checkin" and e.day >= plan.check_in for e in entries):
        state = "done"
    elif days > 0:
        state = "upcoming"
    elif days == 0:
        state = "due"
    else:
        state = "overdue"
    return CheckInState(plan.check_in, state, days)


def review_plan(plan: Plan, entries: list[Entry], *, today: dt.date, since: dt.date | None = None,
                until: dt.date | None = None, people: list[str] | None = None) -> PlanReview:
    """Review one plan over a window; `entries` are the plan's own entries.

    `people` (the journal's) tells the partner apart from anyone else who logged
    what they saw: both count in shown_witnessed, as SPEC says, but a name not in
    `people` is also counted in shown_outside_people and never called the partner.
    """
    people = list(people or [])
    noticed_by: dict[str, int] = {}
    end = until or today
    if since is not None:
        start = since
    else:
        candidates = [d for d in (plan.opened, *(e.at.date() if e.at.__class__ is dt.datetime else e.at
                                                 for e in entries)) if d is not None]
        start = min(candidates) if candidates else end
    if start > end:
        start = end if since is None else start
    counts = Counts()
    days: dict[dt.date, Day] = {}
    last_shown = last_missed = None
    shown_key = missed_key = None
    chosen = []
    known = set(people)
    for e in entries:
        at = e.at
        day = at.date() if at.__class__ is dt.datetime else at
        if day < start or day > end:
            continue
        chosen.append(e)
        kind = e.kind
        slot = days.get(day)
        if slot is None and kind in ("shown", "missed", "raised"):
            slot = days[day] = Day(day)
        if kind == "shown":
            if is_witnessed(e, plan):
                counts.shown_witnessed += 1
                slot.shown_witnessed += 1
                noticed_by[e.by] = noticed_by.get(e.by, 0) + 1
                if known and e.by not in known:
                    counts.shown_outside_people += 1
            else:
                counts.shown_self += 1
                slot.shown_self += 1
            if shown_key is None or day >= shown_key[0]:
                key = _sort_key(at)
                if shown_key is None or key > shown_key:
                    shown_key, last_shown = key, at
        elif kind == "missed":
            counts.missed += 1
            slot.missed += 1
            if missed_key is None or day >= missed_key[0]:
                key = _sort_key(at)
                if missed_key is None or key > missed_key:
                    missed_key, last_missed = key, at
        elif kind == "raised":
            counts.raised += 1
            slot.raised += 1
        elif kind == "note":
            counts.notes += 1
        elif kind == "checkin":
            counts.checkins += 1
    timeline = []
    if start <= end:
        day = start
        one = dt.timedelta(days=1)
        while day <= end:
            timeline.append(days.get(day) or Day(day))
            day += one
    return PlanReview(plan, start, end, counts, verdict(counts), check_in_state(plan, entries, today), timeline,
                      last_shown, last_missed, chosen, noticed_by, people)


def _later(a, b) -> bool:
    """Compare dates and datetimes (aware or not) by when they happened, as well as can be told."""
    return _sort_key(a) > _sort_key(b)


def _sort_key(value) -> tuple:
    if isinstance(value, dt.datetime):
        return (value.date(), value.time().replace(tzinfo=None))
    return (value, dt.time.min)


def entries_by_plan(entries: list[Entry]) -> dict[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = {}
    for e in entries:
        grouped.setdefault(e.plan, []).append(e)
    return grouped


def review(plans: list[Plan], entries: list[Entry], *, today: dt.date, since: dt.date | None = None,
           until: dt.date | None = None, people: list[str] | None = None) -> list[PlanReview]:
    grouped = entries_by_plan(entries)
    return [review_plan(p, grouped.get(p.id, []), today=today, since=since, until=until, people=people)
            for p in plans]


def passes_check(reviews: list[PlanReview]) -> bool:
    """`review --check`: every plan showing up and none overdue."""
    return all(r.verdict == "showing_up" and r.check_in.state != "overdue" for r in reviews)


# Timeline characters: one per day. Unicode where the terminal can show it.
TIMELINE_MARKS = {
    "unicode": {"missed": "✗", "shown_witnessed": "●", "shown_self": "○", "raised": "!", "none": "·"},
    "ascii": {"missed": "x", "shown_witnessed": "#", "shown_self": "o", "raised": "!", "none": "."},
}


def day_mark(day: Day, marks: dict[str, str]) -> str:
    """The one character for a day; a miss shows over anything else that day, so it is never hidden."""
    if day.missed:
        return marks["missed"]
    if day.shown_witnessed:
        return marks["shown_witnessed"]
    if day.shown_self:
        return marks["shown_self"]
    if day.raised:
        return marks["raised"]
    return marks["none"]
