"""What every command shares: the journal's path, time, authorship, plans, output.

Command modules import from here so that each behaves the same way.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import click

from repairkit.errors import UsageError
from repairkit.model import Journal, Plan
from repairkit.textsafe import json_safe, safe_text

# ------------------------------------------------------------------- context ---

def journal_path(ctx: click.Context | None = None) -> Path:
    """--journal › $REPAIR_JOURNAL › the nearest repair.yaml › `journal:` in the config file."""
    from repairkit.errors import JournalError
    from repairkit.journal import find_journal

    ctx = ctx or click.get_current_context()
    explicit = (ctx.find_root().params or {}).get("journal")
    try:
        return find_journal(explicit)
    except JournalError:
        configured = user_config().journal
        if configured is None:
            raise
        return configured


def user_config():
    """The config file's defaults (repairkit.config), its warnings shown once."""
    from repairkit import config

    loaded = config.load()
    if loaded.warnings and not loaded.warned:
        for message in loaded.warnings:
            warn(message)
        loaded.warned = True
    return loaded


def now() -> dt.datetime:
    """Local time, aware; REPAIR_NOW fixes it (for tests and reproducible examples)."""
    fixed = os.environ.get("REPAIR_NOW")
    if fixed:
        value = dt.datetime.fromisoformat(fixed)
        return value if value.tzinfo else value.astimezone()
    return dt.datetime.now().astimezone().replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def parse_date_option(text: str | None, *, direction: str, want: str = "date", option: str = "") -> Any:
    """A date option through dates.parse_when; a bad phrase is a usage error naming the option."""
    if text is None:
        return None
    from repairkit.dates import DateParseError, parse_when

    try:
        return parse_when(text, now=now(), direction=direction, want=want)
    except DateParseError as e:
        if option:
            e.message = f"{option}: {e.message}"
        raise


def evidence_date_ok(text: str | None, when: Any, plan: Plan, *, no_input: bool = False,
                     option: str = "--at") -> bool:
    """dates.check_evidence_when for --at: the future is refused; a doubtful date is asked about
    on a terminal (False when the answer is no: nothing is saved) and warned about off it."""
    if text is None:
        return True
    from repairkit.dates import check_evidence_when

    try:
        concern = check_evidence_when(when, now=now(), opened=plan.opened, text=text)
    except UsageError as e:
        e.message = f"{option}: {e.message}"
        raise
    if concern is None:
        return True
    if interactive(no_input):
        from repairkit.cli import prompts

        if prompts.confirm(f"{safe_text(concern, one_line=True)}. Save it with that date?", default=False):
            return True
        warn(f"nothing saved; give {option} a date with its year, like {today() - dt.timedelta(days=1)}")
        return False
    warn(f"{option}: {concern}; saved as written (`repair edit` can change it)")
    return True


def parse_window(since: str | None, until: str | None) -> tuple[Any, Any]:
    """--since and --until: past dates, within the years a journal may hold."""
    from repairkit.journal import check_window

    start = parse_date_option(since, direction="past", option="--since")
    end = parse_date_option(until, direction="past", option="--until")
    check_window("--since", start)
    check_window("--until", end)
    return start, end


def interactive(no_input: bool = False) -> bool:
    """Prompts only when both ends are terminals and nobody said not to."""
    if no_input or os.environ.get("REPAIR_NO_INPUT", "") not in ("", "0"):
        return False
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def git_user_name(folder: Path) -> str | None:
    import subprocess  # here, not at the top: most commands never run git

    try:
        out = subprocess.run(["git", "config", "user.name"], check=False, cwd=folder, capture_output=True, text=True,
                             timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    name = out.stdout.strip()
    return name or None


def author(by: str | None, path: Path) -> str | None:
    """--by › $REPAIR_AUTHOR › `author:` in the config file › git config user.name."""
    if by:
        return by
    env = os.environ.get("REPAIR_AUTHOR")
    if env:
        return env
    configured = user_config().author
    if configured:
        return configured
    return git_user_name(path.parent if str(path.parent) else Path("."))


def warn_unknown_person(name: str | None, journal: Journal) -> None:
    if name and journal.people and name not in journal.people:
        warn(f"'{safe_text(name, one_line=True)}' is not in this journal's people "
             f"({', '.join(safe_text(p, one_line=True) for p in journal.people)}); saved as written")


def safety_stop(*texts: str | None) -> bool:
    """Danger signs: show safety guidance and stop before anything is written."""
    from repairkit.care import safety, texts as pages

    if not safety.danger_signs(*texts):
        return False
    out(pages.safety_stop())
    return True


# --------------------------------------------------------------------- plans ---

def plan_list(plans: list[Plan]) -> str:
    return ", ".join(p.id for p in plans) or "none"


def similar_plans(plans: list[Plan], given: str) -> list[str]:
    """Ids that contain what was typed, or look like it: offered as a hint, never chosen for the person."""
    import difflib

    typed = given.strip().lower()
    if not typed:
        return []
    ids = [p.id for p in plans]
    contains = [i for i in ids if typed in i]
    close = difflib.get_close_matches(typed, ids, n=3, cutoff=0.6)
    return list(dict.fromkeys(contains + close))[:3]


def resolve_plan(journal: Journal, given: str | None, *, no_input: bool = False,
                 active_only_default: bool = True) -> Plan:
    """A plan by id or unique id prefix; none given: the only active plan, else ask or fail."""
    if given is not None:
        exact = journal.plan(given)
        if exact is not None:
            return exact
        matches = [p for p in journal.plans if p.id.startswith(given)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            nearby = similar_plans(journal.plans, given)
            raise UsageError(f"no plan '{safe_text(given, one_line=True)}'",
                             hint=(f"did you mean {' or '.join(nearby)}? " if nearby else "")
                             + f"plans in this journal: {plan_list(journal.plans)}")
        raise UsageError(f"'{safe_text(given, one_line=True)}' could be any of: {plan_list(matches)}",
                         hint="type more of the id")
    active = [p for p in journal.plans if p.status == "active"]
    if len(active) == 1:
        return active[0]
    if not journal.plans:
        raise UsageError("this journal has no plans yet", hint="add one with `repair plan`")
    if interactive(no_input):
        from repairkit.cli import prompts

        choices = [(p.id, f"{p.id} — {safe_text(p.title or '', one_line=True)}") for p in (active or journal.plans)]
        chosen = prompts.select("Which plan?", choices)
        return journal.plan(chosen)  # type: ignore[return-value]
    raise UsageError("which plan? pass --plan ID" if active else "no active plan; pass --plan ID",
                     hint=f"active plans: {plan_list(active)}" if active else
                     f"plans: {plan_list(journal.plans)}")


# -------------------------------------------------------------------- output ---

def color_enabled(ctx: click.Context | None = None) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    ctx = ctx or click.get_current_context(silent=True)
    choice = ((ctx.find_root().params or {}).get("color") if ctx else None) or "auto"
    if choice == "always":
        return True
    if choice == "never":
        return False
    return stdout_is_terminal()


def style(text: str, **styles: Any) -> str:
    return click.style(text, **styles) if color_enabled() else text


def quiet(ctx: click.Context | None = None) -> bool:
    """-q/--quiet or $REPAIR_QUIET: no chatter and no warnings; data and errors are still shown."""
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is not None and (ctx.find_root().params or {}).get("quiet"):
        return True
    return os.environ.get("REPAIR_QUIET", "") not in ("", "0")


def columns(stream: Any = None) -> int:
    """How wide human text may be: $COLUMNS, else the terminal's width, else 80 (piped), never under 40."""
    given = os.environ.get("COLUMNS", "").strip()
    if given.isdigit() and int(given) > 0:
        return max(40, int(given))
    stream = stream if stream is not None else sys.stdout
    try:
        if stream.isatty():
            return max(40, os.get_terminal_size(stream.fileno()).columns)
    except (AttributeError, ValueError, OSError):
        pass
    return 80


KEEP = "\u00a0"  # joins words that should stay on one line ("1 note"); wrap() prints it as a space


def wrap(text: str, width: int, indent: str = "", subsequent: str | None = None) -> list[str]:
    """Lines of at most `width` characters, broken between words only (a word longer than a line
    stays whole: breaking it would change what it says)."""
    import textwrap

    lines = textwrap.wrap(text, width=width, initial_indent=indent,
                          subsequent_indent=indent if subsequent is None else subsequent,
                          break_long_words=False, break_on_hyphens=False)
    return [line.replace(KEEP, " ") for line in lines] or [indent.rstrip()]


def echo_hint(text: str) -> None:
    """A `hint:` line on stderr, wrapped to the terminal between words (its later lines indented)."""
    for line in wrap(safe_text(text, one_line=True), columns(sys.stderr), "hint: ", "      "):
        click.echo(line, err=True)


def out(text: str = "") -> None:
    # click.echo strips colour when stdout is not a terminal; --color always means keep it.
    click.echo(text, color=True if color_enabled() else None)


def say(text: str = "") -> None:
    """Friendly, non-essential text on stdout (what was done, what to try next); silent with -q."""
    if not quiet():
        out(text)


def warn(text: str) -> None:
    """A warning on stderr; silent with -q. Errors are raised, never warned."""
    if not quiet():
        click.echo(f"repair: {text}", err=True)


def confirm(question: str, *, yes: bool, no_input: bool = False, refusal: str) -> bool:
    """A destructive step goes ahead with --yes, or a yes at the prompt on a terminal.

    Returns False when the person answers no; without a terminal (or with
    --no-input) and without --yes it is a usage error: `refusal`, then the flag.
    """
    if yes:
        return True
    if interactive(no_input):
        from repairkit.cli import prompts

        return prompts.confirm(question, default=False)
    raise UsageError(refusal, hint="pass --yes to go ahead (there is no terminal to ask on)" if not no_input
                     else "pass --yes to go ahead")


# ---------------------------------------------------------------- completion ---

def complete_plan_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    """Shell completion for a plan argument: the journal's plan ids, active ones first.

    Runs at every TAB, so it never prints and never fails: no journal, a broken
    one, or any surprise simply means no suggestions.
    """
    from click.shell_completion import CompletionItem

    try:
        from repairkit import config
        from repairkit.errors import JournalError
        from repairkit.journal import find_journal, load

        explicit = (ctx.find_root().params or {}).get("journal")
        try:
            path = find_journal(explicit)
        except JournalError:
            path = config.load().journal  # no warnings here: they would land in the shell
            if path is None:
                return []
        plans = load(path).journal.plans
    except Exception:  # noqa: BLE001 - completion must never break the shell
        return []
    ranked = sorted(plans, key=lambda p: p.status != "active")
    return [CompletionItem(p.id, help=safe_text(p.title or "", one_line=True)[:60] or None)
            for p in ranked if p.id.startswith(incomplete)]


def emit_json(document: Any) -> None:
    """Exactly one JSON document on stdout, control and bidi characters escaped."""
    import json  # only the commands that print JSON pay for it

    click.echo(json_safe(json.dumps(document, ensure_ascii=False, indent=2, default=str)))
