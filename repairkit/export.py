"""Render a journal as Markdown, JSON or iCalendar. Pure functions: data in, text out.

- Markdown is for notes vaults: one page with a heading per plan, or a page
  per plan, with YAML front matter, ISO dates, partner text escaped so it can
  neither inject markup nor terminal control sequences.
- JSON is the whole journal in a fixed, documented shape (docs/conventions.md);
  the `export_version` key changes only when that shape does.
- iCalendar follows RFC 5545: CRLF line ends, lines folded at 75 octets,
  one all-day event per upcoming check-in, with UIDs that stay the same from
  one export to the next so calendars update events instead of duplicating them.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any
from urllib.parse import quote

from repairkit import __version__
from repairkit.model import ENTRY_FIELDS, PLAN_FIELDS, Entry, Journal, Plan
from repairkit.review import PlanReview, review
from repairkit.textsafe import json_safe, safe_text

EXPORT_VERSION = 1
UID_DOMAIN = "repairkit.invalid"  # fixed, so UIDs are stable; .invalid is reserved and can never clash
PRODID = f"-//repairkit//repairkit {__version__}//EN"

VERDICT_WORDS = {
    "showing_up": "showing up: noticed by the other partner, no misses",
    "self_reported_only": "self-reported only: not yet noticed by the other partner",
    "mixed": "mixed: the behavior showed up, and so did the old pattern",
    "not_yet": "not yet: the old pattern came back, the behavior wasn't logged",
    "no_evidence": "no evidence yet",
}
FEAR_WORDS = {
    "reliability": "reliability (\u201cI can't rely on you\u201d)",
    "respect": "respect (\u201cyou don't respect me\u201d)",
    "alone": "alone (\u201cI'm alone in this\u201d)",
    "honesty": "honesty (\u201cyou hide things\u201d)",
    "other": "other",
}


# ------------------------------------------------------------------ helpers ---

def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _when_key(entry: Entry) -> tuple:
    at = entry.at
    if isinstance(at, dt.datetime):
        return (at.date(), at.time().replace(tzinfo=None))
    return (at, dt.time.min)


def in_window(entry: Entry, since: dt.date | None, until: dt.date | None) -> bool:
    day = entry.day
    return (since is None or day >= since) and (until is None or day <= until)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md(text: str | None) -> str:
    """Partner text for Markdown: one line, control characters made visible, markup characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", safe_text(text or "", one_line=True).strip())


def _code(text: str) -> str:
    """An id as inline code, unless it holds a backtick (then escaped text)."""
    shown = safe_text(text, one_line=True)
    return f"`{shown}`" if "`" not in shown else md(shown)


def _yaml_str(text: str | None) -> str:
    """A front-matter value: a YAML double-quoted scalar, every invisible or control character escaped."""
    if text is None:
        return "null"
    from repairkit.yamltext import scalar_quoted

    return scalar_quoted(text)  # not json_safe: YAML has no surrogate pairs, it writes \U0001xxxx


def _md_when(value: dt.date | dt.datetime) -> str:
    """ISO date, and the time as the writer saw it when there is one."""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return value.isoformat()


def safe_filename(plan_id: str, taken: set[str]) -> str:
    """A file name for a plan's page: the id where it is already safe, never a path."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", plan_id).strip(".-") or "plan"
    base, n = name, 2
    while name.lower() in taken:
        name = f"{base}-{n}"
        n += 1
    taken.add(name.lower())
    return name + ".md"


# ----------------------------------------------------------------- markdown ---

def _check_in_words(r: PlanReview) -> str:
    c = r.check_in
    if c.state is None:
        return "no date set"
    if c.state == "upcoming":
        return f"{c.date.isoformat()} (in {c.days} day{'s' * (c.days != 1)})"
    if c.state == "due":
        return f"{c.date.isoformat()} (today)"
    if c.state == "overdue":
        return f"{c.date.isoformat()} ({-c.days} day{'s' * (c.days != -1)} overdue)"
    return f"{c.date.isoformat()} (done)"


def _entry_line(e: Entry) -> str:
    bits = [f"**{e.kind}**"]
    if e.kind == "checkin" and (e.outcome or e.next):
        detail = ", ".join(x for x in (e.outcome, f"next {e.next.isoformat()}" if e.next else None) if x)
        bits[0] += f" ({detail})"
    if e.by:
        bits.append(f"by {md(e.by)}")
    line = f"- {_md_when(e.at)} \u00b7 " + " \u00b7 ".join(bits)
    if e.note:
        line += f": {md(e.note)}"
    return line


def _plan_body(r: PlanReview, entries: list[Entry], level: int) -> list[str]:
    """Everything about one plan below its heading; `level` is the heading level of the plan."""
    p = r.plan
    sub = "#" * (level + 1)
    people = []
    if p.repairing:
        people.append(f"**Repairing:** {md(p.repairing)}")
    if p.hurt:
        people.append(f"**hurt:** {md(p.hurt)}")
    facts = [f"- **Plan:** {_code(p.id)} \u00b7 {p.status}" + (f" \u00b7 opened {p.opened.isoformat()}" if p.opened else "")]
    if people:
        facts.append("- " + " \u00b7 ".join(people))
    if p.fear:
        facts.append(f"- **Fear:** {FEAR_WORDS.get(p.fear, p.fear)}")
    facts.append(f"- **Check-in:** {_check_in_words(r)}")
    facts.append(f"- **Verdict:** {VERDICT_WORDS[r.verdict]}")
    lines = facts + [""]
    for label, value in (("What happened", p.incident), ("Impact", p.impact), ("Pattern", p.pattern),
                         ("Visible behavior", p.behavior), ("If it comes back", p.raise_it)):
        if value:
            lines += [f"**{label}:** {md(value)}", ""]
    c = r.counts
    lines += [f"{sub} Evidence, {r.start.isoformat()} to {r.end.isoformat()}", "",
              "| shown, noticed | shown, self-reported | missed | raised | notes |",
              "|---:|---:|---:|---:|---:|",
              f"| {c.shown_witnessed} | {c.shown_self} | {c.missed} | {c.raised} | {c.notes} |", ""]
    lines += [f"{sub} Log", ""]
    if entries:
        lines += [_entry_line(e) for e in entries] + [""]
    else:
        lines += ["Nothing logged in this window.", ""]
    return lines


def _reviews(journal: Journal, plans: list[Plan], today: dt.date, since: dt.date | None,
             until: dt.date | None) -> list[tuple[PlanReview, list[Entry]]]:
    reviews = review(plans, journal.entries, today=today, since=since, until=until)
    return [(r, sorted(r.entries, key=_when_key)) for r in reviews]


def _title(since: dt.date | None, until: dt.date | None, today: dt.date) -> str:
    if since is None and until is None:
        return "Repair journal"
    return f"Repair journal, {(since.isoformat() if since else 'start')} to {(until or today).isoformat()}"


def to_markdown(journal: Journal, *, now: dt.datetime, plans: list[Plan] | None = None,
                since: dt.date | None = None, until: dt.date | None = None, front_matter: bool = True) -> str:
    """One page: the journal's plans as `##` sections, each with its facts, counts and log."""
    plans = journal.plans if plans is None else plans
    today = now.date()
    title = _title(since, until, today)
    lines: list[str] = []
    if front_matter:
        lines += ["---", f"title: {_yaml_str(title)}", f"generated: {now.isoformat()}",
                  f"people: [{', '.join(_yaml_str(p) for p in journal.people)}]",
                  f"plans: [{', '.join(_yaml_str(p.id) for p in plans)}]",
                  *([f"since: {since.isoformat()}"] if since else []),
                  *([f"until: {until.isoformat()}"] if until else []),
                  "tags: [repair]", "---", ""]
    lines += [f"# {title}", ""]
    if journal.people:
        lines += [f"Shared by {' and '.join(md(p) for p in journal.people)}. Exported {now:%Y-%m-%d %H:%M}.", ""]
    else:
        lines += [f"Exported {now:%Y-%m-%d %H:%M}.", ""]
    if not plans:
        lines += ["No plans yet.", ""]
    for r, entries in _reviews(journal, plans, today, since, until):
        lines += [f"## {md(r.plan.title or r.plan.id)}", ""]
        lines += _plan_body(r, entries, 2)
    return "\n".join(lines).rstrip("\n") + "\n"


def plan_pages(journal: Journal, *, now: dt.datetime, plans: list[Plan] | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               front_matter: bool = True) -> list[tuple[str, str]]:
    """A page per plan: [(file name, Markdown)], the name made safe from the plan's id."""
    plans = journal.plans if plans is None else plans
    today = now.date()
    taken: set[str] = set()
    pages = []
    for r, entries in _reviews(journal, plans, today, since, until):
        p = r.plan
        lines: list[str] = []
        if front_matter:
            lines += ["---", f"id: {_yaml_str(p.id)}", f"title: {_yaml_str(p.title or p.id)}",
                      f"status: {p.status}"]
            lines += [f"fear: {p.fear}"] if p.fear else []
            lines += [f"repairing: {_yaml_str(p.repairing)}"] if p.repairing else []
            lines += [f"hurt: {_yaml_str(p.hurt)}"] if p.hurt else []
            lines += [f"opened: {p.opened.isoformat()}"] if p.opened else []
            lines += [f"check_in: {p.check_in.isoformat()}", f"check_in_state: {r.check_in.state}"] \
                if p.check_in else []
            lines += [f"verdict: {r.verdict}", f"generated: {now.isoformat()}", "tags: [repair]", "---", ""]
        lines += [f"# {md(p.title or p.id)}", ""]
        lines += _plan_body(r, entries, 1)
        pages.append((safe_filename(p.id, taken), "\n".join(lines).rstrip("\n") + "\n"))
    return pages


# --------------------------------------------------------------------- json ---

def _plain(value: Any) -> Any:
    """Unknown keys' values, made JSON-safe (dates as ISO text, no NaN or infinity)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _record_json(record: Plan | Entry, fields: tuple[str, ...]) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key in fields:
        value = getattr(record, key)
        doc[key] = _iso(value) if isinstance(value, dt.date) else value
    doc["extra"] = _plain(record.extra)
    return doc


def plan_json(p: Plan) -> dict[str, Any]:
    return _record_json(p, PLAN_FIELDS)


def entry_json(e: Entry) -> dict[str, Any]:
    return _record_json(e, ENTRY_FIELDS)


def to_json_document(journal: Journal, *, now: dt.datetime, journal_file: str, plans: list[Plan] | None = None,
                     since: dt.date | None = None, until: dt.date | None = None) -> dict[str, Any]:
    """The whole journal (or the chosen plans and their entries) in the documented shape."""
    chosen = journal.plans if plans is None else plans
    ids = {p.id for p in chosen}
    return {
        "export_version": EXPORT_VERSION,
        "generated": now.isoformat(),
        "journal": journal_file,
        "version": journal.version,
        "people": list(journal.people),
        "since": _iso(since),
        "until": _iso(until),
        "plans": [plan_json(p) for p in chosen],
        "log": [entry_json(e) for e in journal.entries if e.plan in ids and in_window(e, since, until)],
    }


def to_json(journal: Journal, **kw: Any) -> str:
    document = to_json_document(journal, **kw)
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


# ---------------------------------------------------------------------- ics ---

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


def upcoming_check_ins(journal: Journal, plans: list[Plan], today: dt.date) -> list[PlanReview]:
    """Active plans whose check-in is today or later and not yet held, soonest first."""
    active = [p for p in plans if p.status == "active" and p.check_in is not None]
    reviews = [r for r in review(active, journal.entries, today=today) if r.check_in.state in ("upcoming", "due")]
    return sorted(reviews, key=lambda r: (r.check_in.date, r.plan.id))


def to_ics(journal: Journal, *, now: dt.datetime, plans: list[Plan] | None = None) -> str:
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
