"""`repair review`, `repair status`, `repair check`: the commands that read."""
from __future__ import annotations

import datetime as dt
import sys

import click

from repairkit.cli import common
from repairkit.cli.common import emit_json, out, style
from repairkit.errors import EXIT_CHECK_FAILED, EXIT_JOURNAL
from repairkit.export.common import REVIEW_VERDICTS
from repairkit.review import TIMELINE_MARKS, PlanReview, day_mark, passes_check
from repairkit.textsafe import safe_text

VERDICT_COLOURS = {"showing_up": "green", "self_reported_only": "cyan", "mixed": "yellow", "not_yet": "red",
                   "no_evidence": None}
VERDICT_TEXT = {key: (label, explain, VERDICT_COLOURS[key]) for key, (label, explain) in REVIEW_VERDICTS.items()}

ROW = 28  # days per timeline row


def _marks() -> dict[str, str]:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return TIMELINE_MARKS["unicode" if encoding.startswith("utf") else "ascii"]


def check_in_text(r: PlanReview) -> str:
    c = r.check_in
    if c.state is None:
        return "no date set"
    date = f"{c.date:%a} {c.date.day} {c.date:%b %Y}"
    if c.state == "done":
        return f"{date}, done"
    if c.state == "due":
        return style(f"{date}, today", fg="yellow", bold=True)
    if c.state == "overdue":
        n = -c.days
        return style(f"{date}, {n} day{'s' * (n != 1)} overdue", fg="red")
    return f"{date}, in {c.days} day{'s' * (c.days != 1)}"


def _when(value) -> str:
    if value is None:
        return "never"
    return value.isoformat() if isinstance(value, dt.date) and not isinstance(value, dt.datetime) \
        else f"{value:%Y-%m-%d %H:%M}"


def _private_notes(path, reviews: list[PlanReview]) -> dict:
    from repairkit.journal import private

    notes = private.notes_for(path)
    return {r.plan.id: [n for n in notes if n.plan == r.plan.id and r.start <= n.day <= r.end] for r in reviews}


def render_text(reviews: list[PlanReview], private: dict | None = None) -> str:
    marks = _marks()
    lines: list[str] = []
    for r in reviews:
        p = r.plan
        c = r.counts
        label, explain, colour = VERDICT_TEXT[r.verdict]
        lines.append(style(safe_text(p.id, one_line=True), bold=True)
                     + f" — {safe_text(p.title or '', one_line=True)}"
                     + (f"  [{p.status}]" if p.status != "active" else ""))
        if p.behavior:
            lines.append(f"  Behavior:  {safe_text(p.behavior, one_line=True)}")
        lines.append(f"  Window:    {r.start} to {r.end} ({(r.end - r.start).days + 1} days)")
        noticed = f"by {safe_text(p.hurt, one_line=True)}" if p.hurt else "by the other partner"
        lines.append(f"  Evidence:  {c.shown} shown ({c.shown_witnessed} noticed {noticed}, "
                     f"{c.shown_self} self-reported), {c.missed} missed, {c.raised} raised, "
                     f"{c.notes} note{'s' * (c.notes != 1)}")
        lines.append(f"  Verdict:   {style(label, fg=colour, bold=True) if colour else label}: {explain}")
        lines.append(f"  Check-in:  {check_in_text(r)}")
        for i in range(0, len(r.timeline), ROW):
            chunk = r.timeline[i:i + ROW]
            prefix = "  Timeline:  " if i == 0 else "             "
            lines.append(f"{prefix}{chunk[0].date:%d %b} " + "".join(day_mark(d, marks) for d in chunk))
        if private is not None:
            notes = private.get(p.id, [])
            lines.append("  Private:   " + ("only you see these" if notes else "no private notes in this window"))
            for n in notes:
                lines.append(f"    {n.at[:10]} {n.kind}: {safe_text(n.note, one_line=True)}")
        lines.append("")
    if reviews:
        lines.append(f"Legend: {marks['shown_witnessed']} shown, noticed by the other partner   "
                     f"{marks['shown_self']} shown, self-reported   {marks['missed']} missed   "
                     f"{marks['raised']} raised   {marks['none']} nothing logged")
    return "\n".join(lines)


def render_markdown(reviews: list[PlanReview], generated: dt.datetime) -> str:
    marks = TIMELINE_MARKS["unicode"]
    lines = [f"# Repair review, {generated:%Y-%m-%d}", ""]
    for r in reviews:
        p = r.plan
        c = r.counts
        label, explain, _ = VERDICT_TEXT[r.verdict]
        lines += [f"## {_md(p.title or p.id)} (`{safe_text(p.id, one_line=True)}`)", ""]
        if p.behavior:
            lines += [f"**Behavior:** {_md(p.behavior)}", ""]
        lines += [f"- **Verdict:** {label}: {explain}",
                  f"- **Window:** {r.start} to {r.end}",
                  "- **Check-in:** " + (f"{r.check_in.date} ({r.check_in.state})" if r.check_in.state
                                         else "no date set"),
                  f"- **Last shown:** {_when(r.last_shown)}; **last missed:** {_when(r.last_missed)}",
                  "",
                  "| shown, noticed | shown, self-reported | missed | raised | notes |",
                  "|---:|---:|---:|---:|---:|",
                  f"| {c.shown_witnessed} | {c.shown_self} | {c.missed} | {c.raised} | {c.notes} |",
                  ""]
        if r.timeline:
            lines += ["```"] + [f"{r.timeline[i].date:%d %b} " + "".join(day_mark(d, marks)
                                                                       for d in r.timeline[i:i + ROW])
                                for i in range(0, len(r.timeline), ROW)] + ["```", ""]
    lines.append(f"Legend: {marks['shown_witnessed']} noticed by the other partner, {marks['shown_self']} "
                 f"self-reported, {marks['missed']} missed, {marks['raised']} raised, {marks['none']} nothing")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Partner text made safe for Markdown and terminals: one line, markup characters escaped."""
    s = safe_text(text, one_line=True)
    for ch in "\\`*_[]<>#|":
        s = s.replace(ch, "\\" + ch)
    return s


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
        out(render_text(reviews, private))
    if check and not passes_check(reviews):
        ctx.exit(EXIT_CHECK_FAILED)


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_context
def status_cmd(ctx, as_json) -> None:
    """One line per plan: status, verdict, check-in, last evidence.

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
    width = max(len(safe_text(r.plan.id, one_line=True)) for r in reviews)
    for r in reviews:
        last = _last_evidence(r)
        state = r.check_in.state or "no check-in"
        if r.check_in.state == "overdue":
            state = style(f"overdue {-r.check_in.days}d", fg="red")
        elif r.check_in.state == "upcoming":
            state = f"check-in in {r.check_in.days}d"
        elif r.check_in.state == "due":
            state = style("check-in today", fg="yellow")
        elif r.check_in.state == "done":
            state = "check-in done"
        out(f"{safe_text(r.plan.id, one_line=True):<{width}}  {r.plan.status:<8}  "
            f"{VERDICT_TEXT[r.verdict][0]:<18}  {state:<16}  {last}")


def _last_evidence(r: PlanReview) -> str:
    shown, missed = r.last_shown, r.last_missed
    if shown is None and missed is None:
        return "no evidence yet"
    parts = []
    if shown is not None:
        parts.append(f"last shown {_when(shown)[:10]}")
    if missed is not None:
        parts.append(f"last missed {_when(missed)[:10]}")
    return ", ".join(parts)


@click.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
@click.pass_context
def check_cmd(ctx, as_json) -> None:
    """Validate the journal; list every problem with its line and column.

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
            click.echo(f"repair: error: {safe_text(str(p), one_line=True)}", err=True)
            if p.hint:
                click.echo(f"hint: {safe_text(p.hint, one_line=True)}", err=True)
        ctx.exit(EXIT_JOURNAL)
