"""`repair init`, `repair plan`, `repair log`: the commands that write."""
from __future__ import annotations

import datetime as dt
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
@click.option("--no-input", is_flag=True, help="Never prompt.")
@click.pass_context
def init_cmd(ctx: click.Context, people: str | None, git_setup: bool, no_input: bool) -> None:
    """Start a journal in this folder (or at --journal).

    \b
      repair init
      repair init --people "Sam,Alex"
      repair --journal ~/notes/us/repair.yaml init --git

    On a terminal, without --people, it asks both your names (yours first,
    remembered as who writes from this computer). Refuses to overwrite a
    journal that exists; one that names nobody yet (`people: []`) gets the
    names filled in, and nothing else changes. The new file is private
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
    asking = common.interactive(no_input)
    fill = bool(names or asking) and _names_nobody(path)
    if not fill and (os.path.lexists(path) or not path.parent.is_dir()):
        Journal.create(path, people=names)  # refuses, saying why, before anything is asked
    typed = not names and asking
    if typed:
        names = _ask_names(Journal(path).author())
    who = _who_of(Journal(path), names, typed)
    listed = ' and '.join(safe_text(n, one_line=True) for n in names)
    if fill:
        Journal(path).set_people(names)  # `people: []` filled in; nothing else changes
        done = f"{safe_text(display_path(path), one_line=True)} already existed; it now names {listed}. " \
               "Nothing else was changed."
    else:
        Journal.create(path, people=names)
        done = f"Started {safe_text(display_path(path), one_line=True)}{' for ' + listed if names else ''}. " \
               "Next: `repair plan` to write down what you'll change."
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
        common.say_wrapped(done)
    else:
        common.saved(safe_text(str(path), one_line=True))
    common.remember_author(who)


def _names_nobody(path: Path) -> bool:
    """A valid journal is already there and its `people` is empty."""
    from repairkit.errors import RepairError
    from repairkit.journal.api import Journal

    if not os.path.isfile(path):
        return False
    try:
        return not Journal(path).people
    except RepairError:
        return False  # not a journal we can read: `init` refuses it as it always has


def _ask_names(known: str | None) -> list[str]:
    from repairkit.cli import prompts

    you = prompts.name("What's your name?", default=known or "", instruction="(a first name is plenty)")
    partner = prompts.name("And your partner's name?", taken=(you,))
    return [you, partner]


def _who_of(j, names: list[str], typed: bool) -> common.Author:
    """Who is at this keyboard: the first name typed at the prompt (remembered as the config's
    `author` once the journal is saved), else whoever the journal's author already is. With
    --people nobody is asked here; the first write asks, if it still needs to know."""
    known = j.author()
    if typed:
        return common.Author(names[0], asked=names[0] != known)
    return common.Author(known)


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
    when = common.parse_date_option(check_in, direction="future", option="--check-in")
    asked = bool(missing)
    if missing and not common.interactive(no_input):
        raise UsageError(f"missing {', '.join(missing)}",
                         hint="pass them as options (there is no terminal to ask on)" if not no_input
                         else "pass them as options, or drop --no-input to be asked")
    who = common.author(j, repairing or by, no_input=no_input, flag="--repairing NAME",
                        unnamed="no name for who is repairing, so the plan is saved without one")
    if asked:
        from repairkit import dates
        from repairkit.journal.api import CHECK_IN_DAYS

        values.update(incident=incident, impact=impact)
        partner = hurt or _other(j.people, who.name) or "your partner"
        values = _ask_plan(values, partner)
        when = when or dates.today() + dt.timedelta(days=CHECK_IN_DAYS)
        outcome = _settle_plan(values, when, partner)
        if outcome is None:
            common.out("Nothing was saved.")
            return
        values, when, confirmed = outcome
        incident, impact = values.pop("incident"), values.pop("impact")
    added = j.add_plan(**values, check_in=when, repairing=repairing, hurt=hurt, incident=incident, impact=impact,
                       id=plan_id, by=who.name if not by else by, strict=strict, confirmed_safe=confirmed)
    plan = added.plan
    if added.vague and not asked:  # through the prompts, the behavior was talked through before saving
        warn("\n".join([f"the behavior sounds vague: {safe_text(added.vague, one_line=True)}",
                        "  Something your partner could see would work better, for example:",
                        *[f"  - {idea}" for idea in added.suggestions[:3]]]))
    if added.needs_support:
        warn(texts.support_note())
    common.warn_unknown_people(added.unknown_people, j)
    if common.stdout_is_terminal() and not common.quiet():
        common.say_wrapped(f"Added plan {plan.id}. Check-in on {common.long_date(plan.check_in)}.")
        keep = common.KEEP
        common.say_wrapped(f"Log what you see with `repair{keep}log{keep}shown{keep}\"...\"{keep}--plan{keep}"
                           f"{plan.id}`, or just `repair{keep}log`.")
    else:
        common.saved(plan.id)
    common.remember_author(who)


def _other(people: list[str], me: str | None) -> str | None:
    others = [p for p in people if p != me]
    return others[0] if len(others) == 1 else None


FEAR_LABELS = {"reliability": "reliability: \"I can't rely on you\"",
               "respect": "respect: \"you don't respect me\"",
               "alone": "alone: \"I'm alone in this\"",
               "honesty": "honesty: \"you hide things\"",
               "other": "something else"}


def _ask_plan(values: dict, partner: str) -> dict:
    """Ask for what is missing, in the order a person thinks it through. What happened and what it was
    like for the partner are optional (the apology draft needs them; skipping is fine)."""
    from repairkit.cli import prompts

    values = dict(values)
    if not values["title"]:
        values["title"] = prompts.text("A short name for this plan:", instruction="(e.g. Late without a text)")
    gaps = [values["incident"], values["impact"]].count(None)
    if gaps:
        common.out("\n".join(common.wrap(
            ("Two questions next" if gaps == 2 else "A question next") + ", only if you can: they help the "
            "apology draft say what happened and what it was like. Enter skips, if it's too much right now.",
            common.columns())))
    if values["incident"] is None:
        values["incident"] = _ask_field("incident", None, partner)
    if values["impact"] is None:
        values["impact"] = _ask_field("impact", None, partner)
    for key in ("pattern", "fear"):
        if not values[key]:
            values[key] = _ask_field(key, None, partner)
    if not values["behavior"]:
        values["behavior"] = _ask_behavior(values)
    else:  # given as an option: still talked through before it is saved
        values["behavior"] = prompts.coach(values["behavior"], values["fear"], incident=values["incident"],
                                           pattern=values["pattern"], title=values["title"])
    if not values["raise_it"]:
        values["raise_it"] = _ask_field("raise_it", None, partner)
    return values


def _ask_behavior(values: dict, current: str | None = None) -> str:
    """The visible behavior: ideas that fit the plan so far, or written and coached before it is kept."""
    from repairkit.cli import prompts

    return prompts.behavior("One visible behavior that would show the change:", values["fear"],
                            incident=values["incident"], pattern=values["pattern"], title=values["title"],
                            current=current)


def _ask_field(key: str, current: str | None, partner: str):
    """One field of a plan, asked (again): `current` is offered to keep or edit."""
    from repairkit.cli import prompts

    default = current or ""
    if key == "title":
        return prompts.text("A short name for this plan:", default=default)
    if key == "incident":
        return prompts.text("What happened, in a sentence?", default=default, required=False,
                            instruction="(Enter to skip)") or None
    if key == "impact":
        return prompts.text(f"What do you think it was like for {safe_text(partner, one_line=True)}?",
                            default=default, required=False, instruction="(Enter to skip)") or None
    if key == "pattern":
        return prompts.text("The pattern you want to change:", default=default,
                            instruction="(what keeps happening, more than one night?)")
    if key == "fear":
        return prompts.select(f"Underneath the hurt, what do you think {safe_text(partner, one_line=True)} fears?",
                              [(f, FEAR_LABELS[f]) for f in FEARS], default=current)
    if key == "raise_it":
        return prompts.text(f"How will {safe_text(partner, one_line=True)} raise it if it comes back?",
                            default=default, instruction="(a word, and when you'll talk)")
    raise KeyError(key)


PLAN_LABELS = (("title", "Plan"), ("incident", "What happened"), ("impact", "For {partner}"),
               ("pattern", "Pattern"), ("fear", "The fear"), ("behavior", "Behavior"),
               ("raise_it", "If it comes back"), ("check_in", "Check-in"))


def _settle_plan(values: dict, when, partner: str):
    """Show the finished plan and ask for a yes before anything is written. A no lets the person
    change a part, or stop. Returns (values, check-in, confirmed_safe), or None to save nothing."""
    from repairkit.cli import prompts

    values = dict(values)
    screened_text, confirmed = None, False
    while True:
        text = tuple(values[k] for k in ("title", "pattern", "behavior", "raise_it", "incident", "impact"))
        if text != screened_text:  # the safety net reads what changed (its question is not asked twice)
            screened_text, confirmed = text, common.screened(*text)
        _show_plan(values, when, partner)
        choice = prompts.select("Save this plan?", [("save", "Yes, save it"), ("change", "Change something first"),
                                                    ("stop", "Stop without saving")])
        if choice == "save":
            return values, when, confirmed
        if choice == "stop":
            return None
        key = prompts.select("Which part?", [(k, label.format(partner=safe_text(partner, one_line=True)))
                                             for k, label in PLAN_LABELS])
        if key == "check_in":
            when = common.ask_check_in("When will you check in together?", when)
        elif key == "behavior":
            values["behavior"] = _ask_behavior(values, current=values["behavior"])
        else:
            values[key] = _ask_field(key, values[key], partner)


def _show_plan(values: dict, when, partner: str) -> None:
    width = common.columns()
    label_width = max(len(label.format(partner=partner)) for _, label in PLAN_LABELS) + 4
    label_width = min(label_width, 22)
    lines = ["", "Here is the plan:"]
    for key, label in PLAN_LABELS:
        if key == "check_in":
            value = common.long_date(when)
        elif key == "fear":
            value = FEAR_LABELS.get(values["fear"], values["fear"] or "")
        else:
            value = values.get(key) or "(skipped)"
        head = f"  {label.format(partner=safe_text(partner, one_line=True)) + ':':<{label_width - 2}}"
        lines += common.wrap(safe_text(value, one_line=True), width, head, " " * label_width)
    common.out("\n".join(lines + [""]))


@click.command("log")
@click.argument("kind", metavar="KIND", required=False, type=click.Choice(LOG_KINDS))
@click.argument("note", required=False)
@click.option("--plan", "plan_ref", metavar="ID", shell_complete=common.complete_plan_ids,
              help="Plan id or unique prefix (default: the only active plan).")
@click.option("--by", metavar="NAME", help="Who saw it (default: $REPAIR_AUTHOR, then git user.name).")
@click.option("--at", "at", metavar="WHEN", help="When it happened (default: now): last night, yesterday 9pm, 3 days ago, friday…")
@click.option("--private", is_flag=True, help="Keep the note only on this computer, never in the shared journal.")
@click.option("--edit", "edit_note", is_flag=True,
              help="Write the note in $VISUAL/$EDITOR (NOTE - reads it from stdin).")
@click.option("--no-input", is_flag=True, help="Never prompt.")
@click.pass_context
def log_cmd(ctx: click.Context, kind: str | None, note: str | None, plan_ref: str | None, by: str | None,
            at: str | None, private: bool, edit_note: bool, no_input: bool) -> None:
    """Log what you saw: shown, missed, raised or a note.

    \b
      repair log shown "texted when the train was late" --by Alex
      repair log missed "home an hour late, no text" --at yesterday
      repair log raised --plan late "said 'the text thing'"
      repair log note --private "I get defensive when I'm hungry"
      repair log note --private --edit
      pbpaste | repair log note --private -
      repair log

    Prints the new entry's id. Evidence noticed by the hurt partner counts
    more in `repair review` than self-report. --private keeps the note in
    your own data folder only (`repair review --private` shows it to you).
    A note typed on the command line lands in your shell's history and is
    visible to `ps` while the command runs: give NOTE as - to read it from
    stdin, use --edit to write it in your editor, or leave it out on a
    terminal to be asked for it. With no KIND on a terminal, it asks what
    happened.
    """
    if note == "-" and edit_note:
        raise UsageError("give the note one way: NOTE - reads it from stdin, --edit opens your editor")
    if note == "-":
        note = common.read_note_from_stdin()
    confirmed = common.screened(note, by)  # safety first: before the journal is even read
    if kind is None and not common.interactive(no_input):
        raise UsageError("missing KIND: shown, missed, raised or note",
                         hint='for example: repair log shown "texted when the train was late"')
    when = common.parse_date_option(at, direction="past", want="any", option="--at")
    j = common.journal(ctx)
    common.private_screen(j, no_input, needs_plan=True)  # on a terminal, before a first note
    plan = common.resolve_plan(j, plan_ref, no_input=no_input)
    if not common.evidence_date_ok(at, when, plan, no_input=no_input):
        return
    given = note
    if kind is None:
        kind, note = _ask_entry(plan, note)
    elif edit_note:
        note = common.note_from_editor(no_input, private=private, kind=kind, plan=plan.id)
    elif private and not note and common.interactive(no_input):
        from repairkit.cli import prompts

        note = prompts.text("The private note:", instruction="(kept on this computer only)")
    if note is not given:  # a note typed just now is read by the safety net too
        confirmed = common.screened(note, by)
    if private:
        if not note:
            raise UsageError("a private note needs its text",
                             hint='pipe it in (repair log note --private -), use --edit, or '
                                  'repair log note --private "..."')
        from repairkit import dates
        from repairkit.journal import private as private_notes

        private_notes.add(j.path, plan.id, when or dates.now(), kind, note)
        if common.stdout_is_terminal():
            common.say("Kept privately, on this computer only; it is not in the shared journal.")
        return
    unnamed = "no name to sign this with, so it is saved without one" + \
        ("; the review counts it as self-reported" if kind == "shown" else "")
    who = common.author(j, by, no_input=no_input, unnamed=unnamed)
    logged = j.log(kind, note, plan=plan.id, by=who.name, at=when, confirmed_safe=confirmed)
    entry = logged.entry
    common.warn_unknown_people(logged.unknown_people, j)
    if common.stdout_is_terminal() and not common.quiet():
        common.say(f"Logged {entry.id}: {kind} for {plan.id}.")
    else:
        common.saved(entry.id)
    common.remember_author(who)


def _ask_entry(plan, note: str | None) -> tuple[str, str | None]:
    """What to log, in plain words, and the note (needed for a note, welcome for the rest)."""
    from repairkit.cli import prompts

    shown = common.fit_line("It showed up: " + safe_text(plan.behavior or "the agreed behavior", one_line=True),
                            max(30, common.columns() - 6))
    kind = prompts.select("What would you like to log?", [
        ("shown", shown),
        ("missed", "The old pattern came back"),
        ("raised", "It was brought up the way we agreed"),
        ("note", "Just a note"),
    ])
    if note:
        return kind, note
    ask = {"shown": "What did you notice?", "missed": "What happened?", "raised": "How was it raised?",
           "note": "The note:"}[kind]
    note = prompts.text(ask, required=kind == "note",
                        instruction="(a sentence is plenty)" if kind == "note" else "(a sentence; Enter to skip)")
    return kind, note or None
