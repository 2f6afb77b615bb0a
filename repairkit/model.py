"""Plain records for what a journal holds. No I/O here."""
from __future__ import annotations

import datetime as dt
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


@dataclass
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


@dataclass
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


@dataclass
class Journal:
    path: str
    version: int = 1
    people: list[str] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    def plan(self, plan_id: str) -> Plan | None:
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        return None

    def entries_for(self, plan_id: str) -> list[Entry]:
        return [e for e in self.entries if e.plan == plan_id]
