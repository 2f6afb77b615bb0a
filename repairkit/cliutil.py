"""What every command shares: the journal's path, time, authorship, plans, output.

Command modules import from here so that each behaves the same way.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from repairkit.errors import UsageError
from repairkit.model import Journal, Plan
from repairkit.textsafe import json_safe, safe_text


# ------------------------------------------------------------------- context ---

def journal_path(ctx: click.Context | None = None) -> Path:
    from repairkit.journal import find_journal

    ctx = ctx or click.get_current_context()
    explicit = (ctx.find_root().params or {}).get("journal")
    return find_journal(explicit)


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
    try:
        out = subprocess.run(["git", "config", "user.name"], cwd=folder, capture_output=True, text=True,
                             timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    name = out.stdout.strip()
    return name or None


def author(by: str | None, path: Path) -> str | None:
    """--by › $REPAIR_AUTHOR › git config user.name."""
    if by:
        return by
    env = os.environ.get("REPAIR_AUTHOR")
    if env:
        return env
    return git_user_name(path.parent if str(path.parent) else Path("."))


def warn_unknown_person(name: str | None, journal: Journal) -> None:
    if name and journal.people and name not in journal.people:
        warn(f"'{safe_text(name, one_line=True)}' is not in this journal's people "
             f"({', '.join(safe_text(p, one_line=True) for p in journal.people)}); saved as written")


# --------------------------------------------------------------------- plans ---

def plan_list(plans: list[Plan]) -> str:
    return ", ".join(p.id for p in plans) or "none"


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
            raise UsageError(f"no plan '{safe_text(given, one_line=True)}'",
                             hint=f"plans in this journal: {plan_list(journal.plans)}")
        raise UsageError(f"'{safe_text(given, one_line=True)}' could be any of: {plan_list(matches)}",
                         hint="type more of the id")
    active = [p for p in journal.plans if p.status == "active"]
    if len(active) == 1:
        return active[0]
    if not journal.plans:
        raise UsageError("this journal has no plans yet", hint="add one with `repair plan`")
    if interactive(no_input):
        from repairkit import prompts

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


def out(text: str = "") -> None:
    click.echo(text)


def warn(text: str) -> None:
    click.echo(f"repair: {text}", err=True)


def emit_json(document: Any) -> None:
    """Exactly one JSON document on stdout, control and bidi characters escaped."""
    click.echo(json_safe(json.dumps(document, ensure_ascii=False, indent=2, default=str)))
