"""Plain records for what a journal holds. No I/O here."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

FEARS = ("reliability", "respect", "alone", "honesty", "other")
STATUSES = ("active", "repaired", "paused", "closed", "support")
KINDS = ("shown", "missed", "raised", "note", "checkin")
LOG_KINDS = ("shown", "missed", "raised", "note")  # what `repair log` takes; checkin has its own command
OUTCOMES = ("keep", "adjust", "repaired", "support")
VERDICTS = ("no_evidence", "showing_up", "self_reported_only", "not_yet", "mixed")

# Field order used when the tool writes a plan or an entry.
PLAN_FIELDS = ("id", "title", "opened", "repairing", "hurt", "incident", "impact", "pattern",
               "fear", "behavior", "raise_it", "check_in", "status")
ENTRY_FIELDS = ("id", "at", "plan", "kind", "by", "note", "outcome", "next")


@dataclass(slots=True)
class Plan:
    id: str
    title: str | None = None
    opened: dt.date | None = None
    repairing: str | None = None
    hurt: str | None = None
    incident: str | None = None
    impact: str | None = None
    pattern: str | None = None
    fear: str | None = None
    behavior: str | None = None
    raise_it: str | None = None
    check_in: dt.date | None = None
    status: str = "active"
    line: int | None = None  # where the plan starts in the file (1-based), when known
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys, kept and ignored


@dataclass(slots=True)
class Entry:
    id: str
    at: dt.date | dt.datetime
    plan: str
    kind: str
    by: str | None = None
    note: str | None = None
    outcome: str | None = None
    next: dt.date | None = None
    line: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def day(self) -> dt.date:
        """The calendar day the entry belongs to, as its writer saw it."""
        return self.at.date() if isinstance(self.at, dt.datetime) else self.at


class Contents:
    """What a journal holds: people, plans and entries. Entries may be read lazily: a cached
    journal of years of entries only turns them into records when a command looks at them."""

    def __init__(self, path: str, version: int = 1, people: list[str] | None = None,
                 plans: list[Plan] | None = None, entries: list[Entry] | None = None,
                 entry_loader: Callable[[], list[Entry]] | None = None) -> None:
        self.path = path
        self.version = version
        self.people = people if people is not None else []
        self.plans = plans if plans is not None else []
        self._entries = entries if entries is not None or entry_loader else []
        self._entry_loader = entry_loader

    @property
    def entries(self) -> list[Entry]:
        if self._entries is None:
            self._entries = self._entry_loader() if self._entry_loader else []
        return self._entries

    @entries.setter
    def entries(self, value: list[Entry]) -> None:
        self._entries = value

    def __repr__(self) -> str:
        return f"Contents({self.path!r}, {len(self.plans)} plans)"

    def plan(self, plan_id: str) -> Plan | None:
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        return None

    def entries_for(self, plan_id: str) -> list[Entry]:
        return [e for e in self.entries if e.plan == plan_id]
