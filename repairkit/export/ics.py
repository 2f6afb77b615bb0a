"""iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets, one all-day event per upcoming
check-in, with UIDs that stay the same from one export to the next so calendars update events
instead of duplicating them.
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from repairkit import __version__
from repairkit.model import Contents, Plan
from repairkit.review import PlanReview, review
from repairkit.textsafe import safe_text

UID_DOMAIN = "repairkit.invalid"  # fixed, so UIDs are stable; .invalid is reserved and can never clash
PRODID = f"-//repairkit//repairkit {__version__}//EN"


def ics_text(text: str) -> str:
    """An RFC 5545 TEXT value: control characters made visible, then \\ ; , and newlines escaped."""
    s = safe_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    s = s.replace("\t", " ")
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never splitting a UTF-8 character."""
    data = line.encode("utf-8")
    pieces = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # do not cut inside a character
            cut -= 1
        pieces.append(data[:cut])
        data = data[cut:]
        limit = 74  # continuation lines start with one space, which counts
    pieces.append(data)
    return "\r\n ".join(p.decode("utf-8") for p in pieces)


def event_uid(plan: Plan) -> str:
    """Stable across exports: the plan and its check-in date, at a fixed domain."""
    assert plan.check_in is not None
    return f"checkin-{quote(plan.id, safe='-._~')}-{plan.check_in:%Y%m%d}@{UID_DOMAIN}"


def upcoming_check_ins(journal: Contents, plans: list[Plan], today: dt.date) -> list[PlanReview]:
    """Active plans whose check-in is today or later and not yet held, soonest first."""
    active = [p for p in plans if p.status == "active" and p.check_in is not None]
    reviews = [r for r in review(active, journal.entries, today=today) if r.check_in.state in ("upcoming", "due")]
    return sorted(reviews, key=lambda r: (r.check_in.date, r.plan.id))


def to_ics(journal: Contents, *, now: dt.datetime, plans: list[Plan] | None = None) -> str:
    """A calendar with one all-day event per upcoming check-in."""
    plans = journal.plans if plans is None else plans
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             "X-WR-CALNAME:Repair check-ins"]
    for r in upcoming_check_ins(journal, plans, now.date()):
        p = r.plan
        day = p.check_in
        assert day is not None
        title = p.title or p.id
        description = [f"Check-in for the plan \u201c{title}\u201d ({p.id})."]
        if p.behavior:
            description.append(f"The visible behavior: {p.behavior}")
        if p.raise_it:
            description.append(f"If the old pattern comes back: {p.raise_it}")
        description.append("Look at the evidence together: repair review " + p.id)
        description.append(f"Afterwards: repair checkin {p.id} --outcome keep|adjust|repaired|support")
        lines += ["BEGIN:VEVENT",
                  f"UID:{ics_text(event_uid(p))}",
                  f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{ics_text('Repair check-in: ' + title)}",
                  f"DESCRIPTION:{ics_text(chr(10).join(description))}",
                  "CATEGORIES:repair",
                  "TRANSP:TRANSPARENT",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
