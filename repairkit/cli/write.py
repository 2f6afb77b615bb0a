"""`repair init`, `repair plan`, `repair log`: the commands that write."""
from __future__ import annotations

import os
from pathlib import Path

import click

from repairkit.cli import common
from repairkit.cli.common import warn
from repairkit.errors import UsageError
from repairkit.model import FEARS, LOG_KINDS
from repairkit.textsafe import safe_text

REQUIRED = (("title", "--title"), ("pattern", "--pattern"), ("fear", "--fear"), ("behavior", "--behavior"),
            ("raise_it", "--raise-it"))


@click.command("init")
@click.option("--people", metavar="NAMES", help='Who shares the journal, comma-separated: "Sam,Alex".')
@click.option("--git", "git_setup", is_flag=True, help="Also set up git merging (`repair git-setup`).")
@click.pass_context
def init_cmd(ctx: click.Context, people: str | None, git_setup: bool) -> None:
    """Start a journal in this folder (or at --journal).

    \b
      repair init --people "Sam,Alex"
      repair --journal ~/notes/us/repair.yaml init --git

    Refuses to overwrite a journal that exists. The new file is private
    (mode 0600).
    """
    from repairkit.journal.api import Journal
    from repairkit.journal.store import DEFAULT_NAME, display_path

    explicit = ctx.find_root().params.get("journal") or os.environ.get("REPAIR_JOURNAL")
    path = Path(explicit) if explicit else Path.cwd() / DEFAULT_NAME
    names = [n.strip() for n in (people or "").split(",") if n.strip()]
    if git_setup and path.parent.is_dir():
        from repairkit import sync

        if not sync.inside_work_tree(path.parent):
            raise UsageError(f"--git: {display_path(path.parent)} is not inside a git repository",
                             hint="run `git init` (or clone your notes repository) first, or drop --git")
    Journal.create(path, people=names)
    if git_setup:
        from repairkit import sync
        from repairkit.errors import RepairError

        try:
            result = sync.git_setup(path)
        except RepairError as e:
            raise type(e)(f"the journal was started, but git merging was not set up: {e.message}",
                          path=e.path, line=e.line, col=e.col, hint=e.hint) from None
        warn(f"git merging set up for {result.journal}; commit .gitattributes so your partner's clone gets it too")
    if common.stdout_is_terminal() and not common.quiet():
        common.say(f"Started {safe_text(display_path(path), one_line=True)}. "
                   "Next: `repair plan` to write down what you'll change.")
    else:
        common.saved(safe_text(str(path), one_line=True))


@click.command("plan")
@click.option("--title", help="A short name for the plan.")
@click.option("--pattern", help="The pattern being changed, named.")
@click.option("--fear", type=click.Choice(FEARS), help="The fear the hurt partner has.")
@click.option("--behavior", help="One visible behavior that would show the change.")
@click.option("--raise-it", "raise_it", help="How the hurt partner raises it if the pattern comes back.")
@click.option("--check-in", "check_in", metavar="WHEN", help="When to talk about it again (default: in 14 days).")
@click.option("--repairing", metavar="NAME", help="Who is changing the pattern (default: you).")
@click.option("--hurt", metavar="NAME", help="Who was hurt (default: the other person in `people`).")
@click.option("--incident", help="What happened, in a sentence (optional).")
@click.option("--impact", help="What it was like for the hurt partner (optional).")
@click.option("--id", "plan_id", metavar="ID", help="The plan's id (default: made from the title).")
@click.option("--by", metavar="NAME", help="Who is writing (default: $REPAIR_AUTHOR, then git user.name).")
@click.option("--strict", is_flag=True, help="Refuse a vague behavior instead of warning (exit 2).")
@click.option("--no-input", is_flag=True, help="Never prompt; missing values are an error (exit 2).")
@click.pass_context
def plan_cmd(ctx: click.Context, title, pattern, fear, behavior, raise_it, check_in, repairing, hurt, incident,
             impact, plan_id, by, strict, no_input) -> None:
    """Add a plan: pattern, visible behavior, how to raise it.

    \b
      repair plan --title "Late without a text" --fear reliability \\
        --pattern "When plans change I go quiet and turn up late." \\
        --behavior "When plans change, I text as soon as I know." \\
        --raise-it "Alex says 'the text thing' and we talk that evening." \\
        --check-in "in 2 weeks"

    On a terminal, missing values are asked for; otherwise they are an error
    naming the flags. Prints the new plan's id.
    """
    from repairkit.care import texts

    values = {"title": title, "pattern": pattern, "fear": fear, "behavior": behavior, "raise_it": raise_it}
    extra_text = (incident, impact, repairing, hurt)
    confirmed = common.screened(*values.values(), *extra_text)  # safety first: before the journal is even read
    j = common.journal(ctx)
    common.private_screen(j, no_input)  # on a terminal, before a first plan: the private safety questions
    j.snapshot()  # a journal that doesn't load stops here, before any question is asked
    missing = [flag for key, flag in REQUIRED if not values[key]]
    if missing:
        if not common.interactive(no_input):
            raise UsageError(f"missing {', '.join(missing)}",
                             hint="pass them as options (there is no terminal to ask on)" if not no_input
                             else "pass them as options, or drop --no-input to be asked")
        values = _ask_plan(values)
        confirmed = common.screened(*values.values(), *extra_text)
    when = common.parse_date_option(check_in, direction="future", option="--check-in")
    added = j.add_plan(**values, check_in=when, repairing=repairing, hurt=hurt, incident=incident, impact=impact,
                       id=plan_id, by=by, strict=strict, confirmed_safe=confirmed)
    plan = added.plan
    if added.vague:
        warn("\n".join([f"the behavior sounds vague: {safe_text(added.vague, one_line=True)}",
                        "  Something your partner could see would work better, for example:",
                        *[f"  - {idea}" for idea in added.suggestions[:3]]]))
    if added.needs_support:
        warn(texts.support_note())
    common.warn_unknown_people(added.unknown_people, j)
    if common.stdout_is_terminal() and not common.quiet():
        common.say(f"Added plan {plan.id}. Check-in on {common.long_date(plan.check_in)}.")
        common.say(f"Log what you see with `repair log shown \"...\" --plan {plan.id}`.")
    else:
        common.saved(plan.id)


def _ask_plan(values: dict) -> dict:
    from repairkit.cli import prompts
    from repairkit.care import coaching

    values = dict(values)
    if not values["title"]:
        values["title"] = prompts.text("A short name for this plan:", instruction="(e.g. Late without a text)")
    if not values["pattern"]:
        values["pattern"] = prompts.text("The pattern you want to change, in a sentence:",
                                         instruction="(more than one night: what keeps happening?)")
    if not values["fear"]:
        labels = {"reliability": "reliability: \"I can't rely on you\"",
                  "respect": "respect: \"you don't respect me\"",
                  "alone": "alone: \"I'm alone in this\"",
                  "honesty": "honesty: \"you hide things\"",
                  "other": "something else"}
        values["fear"] = prompts.select("What does your partner fear it says?",
                                        [(f, labels[f]) for f in FEARS])
    if not values["behavior"]:
        ideas = coaching.behavior_suggestions(values["fear"])
        choice = prompts.select("One visible behavior that would show the change:",
                                [(idea, idea) for idea in ideas] + [("", "Write my own…")])
        values["behavior"] = choice or prompts.text("The behavior, as your partner would see it:")
    if not values["raise_it"]:
        values["raise_it"] = prompts.text("If the old pattern comes back, how will your partner raise it?",
                                          instruction="(e.g. a word you agree on, and when you'll talk)")
    return values


@click.command("log")
@click.argument("kind", metavar="KIND", type=click.Choice(LOG_KINDS))
@click.argument("note", required=False)
@click.option("--plan", "plan_ref", metavar="ID", shell_complete=common.complete_plan_ids,
              help="Plan id or unique prefix (default: the only active plan).")
@click.option("--by", metavar="NAME", help="Who saw it (default: $REPAIR_AUTHOR, then git user.name).")
@click.option("--at", "at", metavar="WHEN", help="When it happened (default: now): last night, yesterday 9pm, 3 days ago, friday…")
@click.option("--private", is_flag=True, help="Keep the note only on this computer, never in the shared journal.")
@click.option("--no-input", is_flag=True, help="Never prompt.")
@click.pass_context
def log_cmd(ctx: click.Context, kind: str, note: str | None, plan_ref: str | None, by: str | None,
            at: str | None, private: bool, no_input: bool) -> None:
    """Log what you saw: shown, missed, raised or a note.

    \b
      repair log shown "texted when the train was late" --by Alex
      repair log missed "home an hour late, no text" --at yesterday
      repair log raised --plan late "said 'the text thing'"
      repair log note --private "I get defensive when I'm hungry"

    Prints the new entry's id. Evidence noticed by the hurt partner counts
    more in `repair review` than self-report. --private keeps the note in
    your own data folder only (`repair review --private` shows it to you).
    """
    confirmed = common.screened(note, by)  # safety first: before the journal is even read
    when = common.parse_date_option(at, direction="past", want="any", option="--at")
    j = common.journal(ctx)
    common.private_screen(j, no_input)  # on a terminal, before a first note: the private safety questions
    plan = common.resolve_plan(j, plan_ref, no_input=no_input)
    if not common.evidence_date_ok(at, when, plan, no_input=no_input):
        return
    if private:
        if not note:
            raise UsageError("a private note needs its text", hint='repair log note --private "..."')
        from repairkit import dates
        from repairkit.journal import private as private_notes

        private_notes.add(j.path, plan.id, when or dates.now(), kind, note)
        if common.stdout_is_terminal():
            common.say("Kept privately, on this computer only; it is not in the shared journal.")
        return
    logged = j.log(kind, note, plan=plan.id, by=by, at=when, confirmed_safe=confirmed)
    entry = logged.entry
    common.warn_unknown_people(logged.unknown_people, j)
    if common.stdout_is_terminal() and not common.quiet():
        common.say(f"Logged {entry.id}: {kind} for {plan.id}.")
    else:
        common.saved(entry.id)
