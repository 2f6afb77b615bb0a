"""Markdown for notes vaults: one page with a heading per plan, or a page per plan, with YAML
front matter, ISO dates, and partner text escaped so it can inject neither markup nor terminal
control sequences.
"""
from __future__ import annotations

import datetime as dt

from repairkit.export.common import FEAR_WORDS, VERDICT_WORDS, md, no_check_in_words, safe_filename, when_key
from repairkit.model import Entry, Contents, Plan
from repairkit.review import PlanReview, review
from repairkit.textsafe import safe_text


def _code(text: str) -> str:
    """An id as inline code, unless it holds a backtick (then escaped text)."""
    shown = safe_text(text, one_line=True)
    return f"`{shown}`" if "`" not in shown else md(shown)


def _yaml_str(text: str | None) -> str:
    """A front-matter value: a YAML double-quoted scalar, every invisible or control character escaped."""
    if text is None:
        return "null"
    from repairkit.journal.render import scalar_quoted

    return scalar_quoted(text)  # not json_safe: YAML has no surrogate pairs, it writes \U0001xxxx


def _md_when(value: dt.date | dt.datetime) -> str:
    """ISO date, and the time as the writer saw it when there is one."""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return value.isoformat()


def _check_in_words(r: PlanReview) -> str:
    c = r.check_in
    if c.state is None:
        return no_check_in_words(r.plan.status)
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
    if c.shown_outside_people:
        outside = ", ".join(f"{md(name)} ({n})" for name, n in r.noticed_by.items() if not r.in_people(name))
        lines += [f"Of the shown entries noticed, {c.shown_outside_people} came from someone not in this "
                  f"journal's people: {outside}.", ""]
    lines += [f"{sub} Log", ""]
    if entries:
        lines += [_entry_line(e) for e in entries] + [""]
    else:
        lines += ["Nothing logged in this window.", ""]
    return lines


def _reviews(journal: Contents, plans: list[Plan], today: dt.date, since: dt.date | None,
             until: dt.date | None) -> list[tuple[PlanReview, list[Entry]]]:
    reviews = review(plans, journal.entries, today=today, since=since, until=until, people=journal.people)
    return [(r, sorted(r.entries, key=when_key)) for r in reviews]


def _title(since: dt.date | None, until: dt.date | None, today: dt.date) -> str:
    if since is None and until is None:
        return "Repair journal"
    return f"Repair journal, {(since.isoformat() if since else 'start')} to {(until or today).isoformat()}"


def to_markdown(journal: Contents, *, now: dt.datetime, plans: list[Plan] | None = None,
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


def plan_pages(journal: Contents, *, now: dt.datetime, plans: list[Plan] | None = None,
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
                if r.check_in.state else []
            lines += [f"verdict: {r.verdict}", f"generated: {now.isoformat()}", "tags: [repair]", "---", ""]
        lines += [f"# {md(p.title or p.id)}", ""]
        lines += _plan_body(r, entries, 1)
        pages.append((safe_filename(p.id, taken), "\n".join(lines).rstrip("\n") + "\n"))
    return pages
