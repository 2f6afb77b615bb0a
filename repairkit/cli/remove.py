"""`repair remove`: take out what should never have been written."""
from __future__ import annotations

import click

from repairkit.cli import common
from repairkit.errors import UsageError
from repairkit.textsafe import safe_text


@click.command("remove")
@click.argument("item_id", metavar="ID")
@click.option("--yes", is_flag=True, help="Remove it without asking (for scripts).")
@click.option("--no-input", is_flag=True, help="Never prompt; needs --yes.")
@click.pass_context
def remove_cmd(ctx: click.Context, item_id: str, yes: bool, no_input: bool) -> None:
    """Take one entry (or an unused plan) out of the journal.

    \b
      repair remove e3f9c2a1b
      repair remove e3f9c2a1b --yes        # in a script: no question
      repair remove old-plan               # a plan, once nothing is logged against it

    For what should never have been written. ID is the exact id `repair log`
    printed (it also sits next to the entry in repair.yaml). On a terminal
    you are asked first, with the entry's kind, date and plan (never its
    text); otherwise pass --yes. The rest of the file stays exactly as it
    was, and a git merge keeps the removal unless your partner changed the
    entry meanwhile. Prints the removed id when not on a terminal.

    Git history still holds earlier versions of the journal, on every copy
    that pulled them: `repair guide safety` explains what you can do.
    """
    j = common.journal(ctx)
    what = _describe(j, item_id)
    shown = safe_text(j.path.name, one_line=True)
    if not common.confirm(f"Take {what} out of {shown}?", yes=yes, no_input=no_input,
                          refusal=f"removing {item_id} needs a yes"):
        common.warn("nothing removed")
        return
    j.remove(item_id)
    if common.stdout_is_terminal() and not common.quiet():
        common.say(f"Taken out: {what}.")
        from repairkit import sync

        if sync.inside_work_tree(j.path.parent):
            common.say("Earlier versions in git history still hold it, on every copy that pulled them; "
                       "`repair guide safety` says what you can do.")
    else:
        common.saved(item_id)


def _describe(j, item_id: str) -> str:
    """What will go, in words: its kind, day and plan, or the plan's id and day; never its text.
    An id that names nothing (or a plan still in use) is a usage error, said before anything is asked."""
    entry = next((e for e in j.entries if e.id == item_id), None)
    if entry is not None:
        who = f" by {safe_text(entry.by, one_line=True)}" if entry.by else ""
        return f"{_KINDS.get(entry.kind, entry.kind)}{who}, dated {_day(entry.day)} (plan {entry.plan})"
    plan = next((p for p in j.plans if p.id == item_id), None)
    if plan is not None:
        used = sum(1 for e in j.entries if e.plan == plan.id)
        if used:
            raise UsageError(f"plan '{plan.id}' still has {used} log entr{'ies' if used != 1 else 'y'}, so it "
                             "can't be removed", hint="remove those entries first, or close the plan with "
                             f"`repair checkin {plan.id} --outcome repaired`")
        opened = f"opened {_day(plan.opened)}, " if plan.opened else ""
        return f"plan {plan.id} ({opened}no entries)"
    ids = [e.id for e in j.entries] + [p.id for p in j.plans]
    close = [i for i in ids if i.startswith(item_id)]
    shown = safe_text(item_id, one_line=True)[:64]
    raise UsageError(f"nothing in the journal has the id '{shown}'",
                     hint=f"the whole id is needed; did you mean {close[0]}?" if len(close) == 1 else
                     "`repair log` prints an entry's id when it saves it; ids also sit next to each entry in "
                     "repair.yaml (`repair export --format json` lists them all)")


_KINDS = {"shown": "a 'shown' entry", "missed": "a 'missed' entry", "raised": "a 'raised' entry",
          "note": "a note", "checkin": "a check-in"}


def _day(day) -> str:
    return f"{common.long_date(day)} {day.year}"
