"""`repair review`, `repair status`, `repair check`: the commands that read."""
from __future__ import annotations

import datetime as dt
import sys

import click

from repairkit.cli import common
from repairkit.cli.common import emit_json, out, style
from repairkit.errors import EXIT_CHECK_FAILED, EXIT_JOURNAL
from repairkit.export.common import REVIEW_VERDICTS, md, no_check_in_words
from repairkit.review import FINISHED, TIMELINE_MARKS, PlanReview, day_mark, passes_check
from repairkit.textsafe import safe_text

VERDICT_COLOURS = {"showing_up": "green", "self_reported_only": "cyan", "mixed": "yellow", "not_yet": "red",
                   "no_evidence": None}
VERDICT_TEXT = {key: (label, explain, VERDICT_COLOURS[key]) for key, (label, explain) in REVIEW_VERDICTS.items()}

ROW = 28  # days per timeline row, at most: four weeks, fewer (whole weeks) on a narrow terminal
LABEL = 13  # "  Behavior:  ": the width of the labels in front of each value


def _marks() -> dict[str, str]:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return TIMELINE_MARKS["unicode" if encoding.startswith("utf") else "ascii"]


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def check_in_plain(r: PlanReview) -> tuple[str, str | None]:
    """The check-in in words, and the colour it deserves on a terminal."""
    c = r.check_in
    if c.state is None:
        return no_check_in_words(r.plan.status), None
    date = f"{c.date:%a} {c.date.day} {c.date:%b %Y}"
    if c.state == "done":
        return f"{date}, done", None
    if c.state == "due":
        return f"{date}, today", "yellow"
    if c.state == "overdue":
        return f"{date}, {_plural(-c.days, 'day')} overdue", "red"
    return f"{date}, in {_plural(c.days, 'day')}", None


def _when(value) -> str:
    if value is None:
        return "never"
    return value.isoformat() if isinstance(value, dt.date) and not isinstance(value, dt.datetime) \
        else f"{value:%Y-%m-%d %H:%M}"


def _private_notes(path, reviews: list[PlanReview]) -> dict:
    from repairkit.journal import private

    notes, damaged = private.read_notes(path)
    if damaged:
        common.with_stderr(
            f"{damaged} of your private notes could not be read (a line in "
            f"{safe_text(str(private.store_path()), one_line=True)} is damaged, perhaps cut short when the disk "
            "was full); the others are shown")
    return {r.plan.id: [n for n in notes if n.plan == r.plan.id and r.start <= n.day <= r.end] for r in reviews}


def evidence_text(r: PlanReview) -> str:
    """'2 shown (1 noticed by Alex, 1 by Jordan (not in this journal's people), 0 self-reported), …'."""
    p, c = r.plan, r.counts
    if not r.people:  # no people listed: nobody can be told apart from the partner
        noticed = f"{c.shown_witnessed}{common.KEEP}noticed by " + (safe_text(p.hurt, one_line=True) if p.hurt
                                                       else "the other partner")
    else:
        inside = [(name, n) for name, n in r.noticed_by.items() if r.in_people(name)]
        outside = [(name, n) for name, n in r.noticed_by.items() if not r.in_people(name)]
        if not inside:
            inside = [(p.hurt or "the other partner", 0)]
        parts = [f"{n}{common.KEEP}by {safe_text(name, one_line=True)}" for name, n in inside]
        parts[0] = parts[0].replace(f"{common.KEEP}by ", f"{common.KEEP}noticed by ", 1)
        if outside:
            names = [f"{n}{common.KEEP}by {safe_text(name, one_line=True)}" for name, n in outside]
            parts.append(", ".join(names) + " (not in this journal's people)")
        noticed = ", ".join(parts)
    keep = common.KEEP  # a count stays on the line of its word
    return (f"{c.shown}{keep}shown ({noticed}, {c.shown_self}{keep}self-reported), {c.missed}{keep}missed, "
            f"{c.raised}{keep}raised, {_plural(c.notes, 'note').replace(' ', keep)}")


def outside_people_sentence(r: PlanReview, escape=lambda text: safe_text(text, one_line=True)) -> str:
    """For Markdown pages: who, outside the journal's people, noticed shown evidence."""
    names = ", ".join(f"{escape(name)} ({n})" for name, n in r.noticed_by.items() if not r.in_people(name))
    return f"Of the shown entries noticed, {r.counts.shown_outside_people} came from someone not in this " \
           f"journal's people: {names}."


def verdict_explanation(r: PlanReview) -> str:
    label, explain, _ = VERDICT_TEXT[r.verdict]
    c = r.counts
    if c.shown_outside_people and c.shown_outside_people == c.shown_witnessed:
        if r.verdict == "showing_up":
            explain = "noticed only by someone not in this journal's people, and no misses"
    return explain


def _day_label(day: dt.date, today: dt.date, pad: bool = True) -> str:
    """'02 Nov' (or '2 Nov' unpadded), with the year when it is not this year's."""
    text = f"{day:%d %b}" if pad else f"{day.day} {day:%b}"
    return text if day.year == today.year else f"{text} {day.year}"


def timeline_lines(r: PlanReview, marks: dict[str, str], width: int, today: dt.date) -> list[str]:
    """The day-by-day marks in rows of whole weeks that fit the width, each row labelled with its first day."""
    if not r.timeline:
        return []
    labels_have_year = r.timeline[0].date.year != today.year or r.timeline[-1].date.year != today.year
    label_width = len("30 Sep 2026" if labels_have_year else "30 Sep")
    room = width - LABEL - label_width - 1
    per_row = max(7, min(ROW, room // 7 * 7))
    lines = []
    for i in range(0, len(r.timeline), per_row):
        chunk = r.timeline[i:i + per_row]
        prefix = "  Timeline:  " if i == 0 else " " * LABEL
        lines.append(f"{prefix}{_day_label(chunk[0].date, today):<{label_width}} "
                     + "".join(day_mark(d, marks) for d in chunk))
    return lines


def legend_lines(marks: dict[str, str], width: int, outsiders: bool) -> list[str]:
    """The legend, wrapped between its items (and between words only when one item is too long)."""
    noticed = "noticed by someone other than the person repairing" if outsiders else "noticed by the other partner"
    items = [f"{marks['shown_witnessed']} shown, {noticed}", f"{marks['shown_self']} shown, self-reported",
             f"{marks['missed']} missed", f"{marks['raised']} raised", f"{marks['none']} nothing logged"]
    lines: list[str] = []
    line = "Legend:"
    for item in items:
        candidate = f"{line}{'   ' if lines or line != 'Legend:' else ' '}{item}"
        if len(candidate) <= width:
            line = candidate
            continue
        lines.append(line)
        pieces = common.wrap(item, width, "        ")
        lines += pieces[:-1]
        line = pieces[-1]
    lines.append(line)
    return lines


def render_text(reviews: list[PlanReview], private: dict | None = None, *, width: int = 80,
                today: dt.date | None = None) -> str:
    """The human review, every line at most `width` characters, broken between words only."""
    marks = _marks()
    today = today or dt.date.today()
    lines: list[str] = []
    indent = " " * LABEL

    def field(name: str, value: str, colour: str | None = None, styled: str | None = None,
              bold: bool = True) -> None:
        """A labelled value, wrapped under itself; `styled` (a leading part of value) gets the colour."""
        wrapped = common.wrap(value, width, f"  {name + ':':<{LABEL - 3}} ", indent)
        if colour and styled:
            wrapped[0] = wrapped[0].replace(styled, style(styled, fg=colour, bold=bold), 1)
        lines.extend(wrapped)

    for r in reviews:
        p = r.plan
        pid = safe_text(p.id, one_line=True)
        heading = common.wrap(f"{pid} — {safe_text(p.title or '', one_line=True)}"
                              + (f"  [{p.status}]" if p.status != "active" else ""), width, "", "  ")
        heading[0] = heading[0].replace(pid, style(pid, bold=True), 1)
        lines += heading
        if p.behavior:
            field("Behavior", safe_text(p.behavior, one_line=True))
        field("Window", f"{r.start} to {r.end} ({_plural((r.end - r.start).days + 1, 'day')})")
        field("Evidence", evidence_text(r))
        label, _, colour = VERDICT_TEXT[r.verdict]
        field("Verdict", f"{label}: {verdict_explanation(r)}", colour, label)
        check_in, colour = check_in_plain(r)
        field("Check-in", check_in, colour, check_in, bold=colour == "yellow")
        lines += timeline_lines(r, marks, width, today)
        if private is not None:
            notes = private.get(p.id, [])
            field("Private", "only you see these" if notes else "no private notes in this window")
            for n in notes:
                lines += common.wrap(f"{n.at[:10]} {n.kind}: {safe_text(n.note, one_line=True)}", width,
                                     "    ", "      ")
        lines.append("")
    if reviews:
        lines += legend_lines(marks, width, any(r.counts.shown_outside_people for r in reviews))
    return "\n".join(lines)


def render_markdown(reviews: list[PlanReview], generated: dt.datetime) -> str:
    marks = TIMELINE_MARKS["unicode"]
    lines = [f"# Repair review, {generated:%Y-%m-%d}", ""]
    for r in reviews:
        p = r.plan
        c = r.counts
        label, explain, _ = VERDICT_TEXT[r.verdict]
        lines += [f"## {md(p.title or p.id)} (`{safe_text(p.id, one_line=True)}`)", ""]
        if p.behavior:
            lines += [f"**Behavior:** {md(p.behavior)}", ""]
        lines += [f"- **Verdict:** {label}: {explain}",
                  f"- **Window:** {r.start} to {r.end}",
                  "- **Check-in:** " + (f"{r.check_in.date} ({r.check_in.state})" if r.check_in.state
                                         else no_check_in_words(p.status)),
                  f"- **Last shown:** {_when(r.last_shown)}; **last missed:** {_when(r.last_missed)}",
                  "",
                  "| shown, noticed | shown, self-reported | missed | raised | notes |",
                  "|---:|---:|---:|---:|---:|",
                  f"| {c.shown_witnessed} | {c.shown_self} | {c.missed} | {c.raised} | {c.notes} |",
                  ""]
        if c.shown_outside_people:
            lines += [outside_people_sentence(r, md), ""]
        if r.timeline:
            lines += ["```"] + [f"{_day_label(r.timeline[i].date, generated.date())} " + "".join(day_mark(d, marks)
                                                                       for d in r.timeline[i:i + ROW])
                                for i in range(0, len(r.timeline), ROW)] + ["```", ""]
    lines.append(f"Legend: {marks['shown_witnessed']} noticed by the other partner, {marks['shown_self']} "
                 f"self-reported, {marks['missed']} missed, {marks['raised']} raised, {marks['none']} nothing")
    return "\n".join(lines) + "\n"


@click.command("review")
@click.argument("plan_ref", metavar="[PLAN]", required=False, shell_complete=common.complete_plan_ids)
@click.option("--since", metavar="WHEN", help="Start of the window (default: the plan's start or first entry).")
@click.option("--until", metavar="WHEN", help="End of the window (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.option("--markdown", is_flag=True, help="Print Markdown, for a notes file.")
@click.option("--check", is_flag=True, help="Exit 1 unless every plan is showing up and no check-in is overdue.")
@click.option("--all", "all_plans", is_flag=True, help="Every plan, not only the active ones.")
@click.option("--private", "with_private", is_flag=True, help="Also show your private notes (only yours).")
@click.pass_context
def review_cmd(ctx, plan_ref, since, until, as_json, markdown, check, all_plans, with_private) -> None:
    """Did the agreed behavior actually show up?

    \b
      repair review
      repair review late-texts --since "2 weeks ago"
      repair review --json | jq '.plans[].verdict'
      repair review --check && echo "on track"

    For each active plan (or PLAN): what was shown, noticed by whom, what
    was missed or raised, a verdict, the check-in, and a day-by-day timeline.
    """
    if as_json and markdown:
        raise click.UsageError("choose one of --json and --markdown")
    start, end = common.parse_window(since, until)
    generated = common.now()
    j = common.journal(ctx)
    plans = [common.resolve_plan(j, plan_ref)] if plan_ref is not None else None
    reviews = j.review(plans, since=start, until=end, today=generated.date(), include_inactive=all_plans)
    private = _private_notes(j.path, reviews) if with_private else None
    if as_json:
        docs = [r.to_json() for r in reviews]
        if with_private:
            for doc, r in zip(docs, reviews):
                doc["private"] = [{"at": n.at, "kind": n.kind, "note": n.note} for n in private[r.plan.id]]
        emit_json({"generated": generated.isoformat(), "journal": str(j.path), "plans": docs})
    elif markdown:
        click.echo(render_markdown(reviews, generated), nl=False)
    elif not reviews:
        out("No active plans to review." + (" Add one with `repair plan`." if not j.plans else
                                            " `repair review --all` shows the others."))
    else:
        out(render_text(reviews, private, width=common.columns(), today=generated.date()))
    if check and not passes_check(reviews):
        ctx.exit(EXIT_CHECK_FAILED)


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_context
def status_cmd(ctx, as_json) -> None:
    """One line per plan: verdict, check-in, last evidence.

    \b
      repair status
      repair status --json
    """
    generated = common.now()
    j = common.journal(ctx)
    reviews = j.review(today=generated.date(), include_inactive=True)
    if as_json:
        emit_json({"generated": generated.isoformat(), "journal": str(j.path),
                   "plans": [{key: doc[key] for key in ("id", "title", "status", "verdict", "check_in", "last")}
                             for doc in (r.to_json() for r in reviews)]})
        return
    if not reviews:
        out("No plans yet. Add one with `repair plan`.")
        return
    out("\n".join(status_lines(reviews, common.columns(), generated.date())))


def _state(r: PlanReview) -> tuple[str, str | None]:
    c = r.check_in
    if c.state == "overdue":
        return f"overdue {-c.days}d", "red"
    if c.state == "upcoming":
        return f"check-in in {c.days}d", None
    if c.state == "due":
        return "check-in today", "yellow"
    if c.state == "done":
        return "check-in done", None
    return ("–" if r.plan.status in FINISHED else "no check-in"), None


def _cut(text: str, width: int) -> str:
    """At most `width` characters; a cut ends in an ellipsis (a cut id is still a usable prefix)."""
    return text if len(text) <= width else text[:max(0, width - 1)] + "…"


def _last_evidence(r: PlanReview, today: dt.date, form: int) -> str:
    """The last evidence, in one of three forms from fullest (0) to shortest (2)."""
    shown, missed = r.last_shown, r.last_missed
    if shown is None and missed is None:
        return "–"  # the verdict already says "no evidence yet"

    def when(value) -> str:
        day = value.date() if isinstance(value, dt.datetime) else value
        return _day_label(day, today, pad=False)

    parts = []
    if shown is not None:
        parts.append((shown, f"shown {when(shown)}"))
    if missed is not None:
        parts.append((missed, f"missed {when(missed)}"))
    if form == 0:
        return "last " + ", ".join(text for _, text in parts)
    from repairkit.review import _later

    latest = parts[0] if len(parts) == 1 or _later(parts[0][0], parts[1][0]) else parts[1]
    return ("last " if form == 1 else "") + latest[1]


def status_lines(reviews: list[PlanReview], width: int, today: dt.date) -> list[str]:
    """One line per plan: id, status, verdict, check-in, last evidence, all within `width`.

    When the table is too wide, the last evidence names only the latest of
    shown and missed, then without the word "last"; then long ids are cut (to
    12 characters at least) with an ellipsis, then the last evidence is cut,
    and dropped when there is no room left for it at all; then ids are cut
    further (to 6 characters at least). Titles are not shown: `review` has them.
    """
    ids = [safe_text(r.plan.id, one_line=True) for r in reviews]
    states = [_state(r) for r in reviews]
    cells = [[r.plan.status for r in reviews], [VERDICT_TEXT[r.verdict][0] for r in reviews],
             [text for text, _ in states]]
    widths = [max(len(c) for c in column) for column in cells]
    fixed = sum(widths) + 2 * len(widths)  # each column after the id, with two spaces before it
    id_width = max(len(i) for i in ids)
    for form in (0, 1, 2):
        lasts = [_last_evidence(r, today, form) for r in reviews]
        last_width = max(len(t) for t in lasts)
        if id_width + fixed + 2 + last_width <= width:
            break
    if id_width + fixed + 2 + last_width > width:
        id_width = max(min(id_width, 12), width - fixed - 2 - last_width)
        last_width = width - fixed - 2 - id_width
        if last_width < 10:  # too little to say anything: give the room to the id
            last_width = 0
            id_width = min(max(len(i) for i in ids), max(width - fixed, 6))
    lines = []
    for pid, r, (state, colour), last in zip(ids, reviews, states, lasts):
        row = [f"{_cut(pid, id_width):<{id_width}}", f"{r.plan.status:<{widths[0]}}",
               f"{VERDICT_TEXT[r.verdict][0]:<{widths[1]}}",
               style(state, fg=colour) + " " * (widths[2] - len(state)) if colour else f"{state:<{widths[2]}}"]
        if last_width:
            row.append(_cut(last, last_width))
        lines.append("  ".join(row).rstrip())
    return lines


@click.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_context
def check_cmd(ctx, as_json) -> None:
    """Validate the journal and list every problem.

    \b
      repair check
      repair check --json

    Exit 0 when valid, 3 when not. Good in a pre-commit hook.
    """
    from repairkit import journal
    from repairkit.journal.store import display_path

    path = common.journal_path(ctx)
    shown = display_path(path)
    loaded, problems = journal.check(path)
    if as_json:
        emit_json({"valid": not problems, "journal": str(path),
                   "problems": [{"line": p.line, "col": p.col, "message": p.message, "hint": p.hint}
                                for p in problems],
                   "plans": len(loaded.journal.plans) if loaded else None,
                   "entries": len(loaded.journal.entries) if loaded else None})
    elif not problems:
        j = loaded.journal
        out(f"{safe_text(shown, one_line=True)}: valid ({len(j.plans)} plan{'s' * (len(j.plans) != 1)}, "
            f"{len(j.entries)} entr{'ies' if len(j.entries) != 1 else 'y'})")
    if problems:
        for p in problems:
            common.report(p)
        ctx.exit(EXIT_JOURNAL)
