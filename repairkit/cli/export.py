"""`repair export`, `repair edit`, `repair completion`: fitting in with other tools."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import click

from repairkit import journal
from repairkit.cli import common
from repairkit.cli.common import complete_plan_ids, say, warn
from repairkit.errors import JournalError, RepairError, UsageError
from repairkit.cli.prompts import Cancelled
from repairkit.textsafe import safe_text

FORMATS = ("markdown", "json", "ics")
EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".ics": "ics", ".ical": "ics"}
EXPORT_TEMP_PREFIX = ".repair-export-"


# ------------------------------------------------------------------- export ---

def write_file(path: Path, data: bytes) -> None:
    """Atomic, as the journal is written: new files are private (0600); a file's mode is kept."""
    try:
        journal.atomic_write(Path(path), data, temp_prefix=EXPORT_TEMP_PREFIX)
    except (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError) as e:
        folder = Path(os.path.realpath(path)).parent
        raise UsageError(f"cannot write to {journal.display_path(folder)} ({e.strerror})",
                         hint="check that the folder exists and is writable") from None


def _pick_format(fmt: str | None, out: str) -> str:
    if fmt:
        return fmt
    if out != "-":
        guess = EXTENSIONS.get(Path(out).suffix.lower())
        if guess:
            return guess
    return "markdown"


@click.command("export")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS),
              help="markdown, json or ics (default: from --out's extension, else markdown).")
@click.option("-o", "--out", default="-", show_default=True, metavar="FILE",
              help="Where to write; - is stdout. With --per-plan, a folder.")
@click.option("--plan", "plan_refs", multiple=True, metavar="ID", shell_complete=complete_plan_ids,
              help="Only this plan (id or unique prefix); repeat for more. Default: every plan.")
@click.option("--since", metavar="WHEN", help="Markdown and JSON: only log entries from this day on.")
@click.option("--until", metavar="WHEN", help="Markdown and JSON: only log entries up to this day.")
@click.option("--per-plan", is_flag=True, help="Markdown: a page per plan, written into the --out folder.")
@click.option("--front-matter/--no-front-matter", default=True, show_default=True,
              help="Markdown: YAML front matter at the top of each page.")
@click.option("-y", "--yes", is_flag=True, help="Overwrite existing files without asking.")
@click.option("--no-input", is_flag=True, help="Never ask; an existing file is an error unless --yes.")
@click.pass_context
def export_cmd(ctx: click.Context, fmt, out, plan_refs, since, until, per_plan, front_matter, yes,
               no_input) -> None:
    """Export the journal as Markdown, JSON or iCalendar.

    \b
      repair export > repair.md
      repair export --since "7 days ago" --no-front-matter >> notes/weekly.md
      repair export --per-plan --out vault/repair/
      repair export -f json | jq '.log | length'
      repair export --out check-ins.ics

    Markdown has a section per plan (facts, verdict, counts, log); with
    --per-plan each plan gets its own page. JSON holds the whole journal
    in a fixed shape (export_version 1). iCalendar has one all-day event per
    upcoming check-in of an active plan, with the same UID on every export.
    An existing file is only overwritten after a yes, or with --yes.
    """

    fmt = _pick_format(fmt, out)
    if per_plan and fmt != "markdown":
        raise click.UsageError("--per-plan is for --format markdown")
    if per_plan and out == "-":
        raise click.UsageError("--per-plan needs --out FOLDER (a page per plan can't go to stdout)")
    if fmt == "ics" and (since or until):
        raise click.UsageError("--since and --until are for markdown and json; ics lists upcoming check-ins")
    start, end = common.parse_window(since, until)
    now = common.now()
    path = common.journal_path(ctx)
    loaded = journal.load(path)
    j = loaded.journal
    plans = None
    if plan_refs:
        plans = []
        for ref in plan_refs:
            plan = common.resolve_plan(j, ref)
            if plan not in plans:
                plans.append(plan)

    if per_plan:
        from repairkit.export.markdown import plan_pages

        pages = plan_pages(j, now=now, plans=plans, since=start, until=end, front_matter=front_matter)
        folder = Path(out)
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"{journal.display_path(folder)} is a file; --per-plan writes into a folder")
        targets = [(folder / name, text.encode("utf-8")) for name, text in pages]
        _write_all(targets, yes=yes, no_input=no_input, make_folder=folder)
        return

    if fmt == "markdown":
        from repairkit.export.markdown import to_markdown

        text = to_markdown(j, now=now, plans=plans, since=start, until=end, front_matter=front_matter)
    elif fmt == "json":
        from repairkit.export.json import to_json

        text = to_json(j, now=now, journal_file=str(loaded.path), plans=plans, since=start, until=end)
    else:
        from repairkit.export.ics import to_ics

        text = to_ics(j, now=now, plans=plans)
    data = text.encode("utf-8")
    if out == "-":
        click.echo(data, nl=False)
        return
    _write_all([(Path(out), data)], yes=yes, no_input=no_input)


def _write_all(targets: list[tuple[Path, bytes]], *, yes: bool, no_input: bool,
               make_folder: Path | None = None) -> None:
    existing = [p for p, _ in targets if p.exists()]
    for p in existing:
        if p.is_dir():
            raise UsageError(f"{journal.display_path(p)} is a folder", hint="pass a file name to --out")
    if existing:
        names = ", ".join(journal.display_path(p) for p in existing[:3]) + (" …" if len(existing) > 3 else "")
        question = f"Overwrite {names}?" if len(existing) == 1 else f"Overwrite {len(existing)} files ({names})?"
        refusal = (f"{names} already exists; not overwriting it" if len(existing) == 1
                   else f"{len(existing)} files already exist ({names}); not overwriting them")
        if not common.confirm(question, yes=yes, no_input=no_input, refusal=refusal):
            warn("nothing written")
            return
    if make_folder is not None:
        try:
            journal.make_private_dir(make_folder, ours=0)  # a new folder is private (0700), as the pages are
        except OSError as e:
            raise UsageError(f"cannot create {journal.display_path(make_folder)} ({e.strerror})") from None
    for p, data in targets:
        write_file(p, data)
    for p, _ in targets:
        if common.stdout_is_terminal():
            say(f"Wrote {safe_text(journal.display_path(p), one_line=True)}.")
        else:
            say(safe_text(str(p), one_line=True))


# --------------------------------------------------------------------- edit ---

def editor_command(no_input: bool) -> str:
    """$VISUAL, then $EDITOR; with neither, vi on a terminal and a usage error otherwise."""
    for var in ("VISUAL", "EDITOR"):
        value = os.environ.get(var, "").strip()
        if value:
            return value
    if common.interactive(no_input):
        for fallback in ("vi", "nano"):
            if shutil.which(fallback):
                return fallback
    raise UsageError("no editor: $VISUAL and $EDITOR are both unset",
                     hint="for example: export EDITOR=nano (or vim, or \"code --wait\")")


def run_editor(editor: str, file: Path) -> None:
    """Run the editor as git does, through the shell, so `code --wait` and quoted paths work."""
    try:
        status = subprocess.run(["/bin/sh", "-c", editor + ' "$@"', editor, str(file)], check=False).returncode
    except OSError as e:
        raise UsageError(f"could not start the editor ({e.strerror})", hint="check $VISUAL and $EDITOR") from None
    if status == 127:
        raise UsageError(f"editor '{safe_text(editor, one_line=True)}' was not found",
                         hint="set $VISUAL or $EDITOR to an editor on your PATH")
    if status != 0:
        raise UsageError(f"the editor ('{safe_text(editor, one_line=True)}') exited with status {status}; "
                         "nothing was saved", hint="the journal is unchanged")


def _report(problems: list[JournalError]) -> None:
    for p in problems:
        click.echo(f"repair: error: {safe_text(str(p), one_line=True)}", err=True)
        if p.hint:
            common.echo_hint(p.hint)


@click.command("edit")
@click.option("--no-input", is_flag=True, help="Never offer to re-open the editor; an invalid edit exits 3.")
@click.pass_context
def edit_cmd(ctx: click.Context, no_input: bool) -> None:
    """Edit the journal in $VISUAL or $EDITOR; it is saved only when valid.

    \b
      repair edit
      EDITOR="code --wait" repair edit
      VISUAL=nano repair --journal ~/notes/us/repair.yaml edit

    You edit a private copy. When you close the editor the copy is checked
    like `repair check`; if it has problems you are offered the editor again
    (on a terminal), or the command exits 3 and the journal is left as it
    was. A valid copy replaces the journal atomically, keeping its file mode
    (no lock is held while you edit). If someone else changed the journal
    in the meantime, nothing is overwritten: the command exits 3 and tells
    you where your copy is. A journal that is currently invalid can be
    opened too, which is one way to fix it.
    """
    path = common.journal_path(ctx)
    original = journal.read_bytes(path)
    shown = safe_text(journal.display_path(path), one_line=True)
    _, problems = journal.parse(path, original, hashlib.sha256(original).hexdigest())
    if problems:
        warn(f"{shown} has {len(problems)} problem{'s' * (len(problems) != 1)} now "
             f"(first: {safe_text(problems[0].message, one_line=True)}); fix them in the editor")
    editor = editor_command(no_input)
    folder = Path(tempfile.mkdtemp(prefix="repair-edit-"))  # 0700, outside the notes repository
    copy = folder / path.name
    kept = f"your edited copy is kept at {safe_text(journal.display_path(copy), one_line=True)}"
    keep = False
    try:
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(original)
        while True:
            run_editor(editor, copy)
            try:
                edited = copy.read_bytes()
            except OSError:
                raise UsageError(f"the editor did not leave the copy it was given ({copy}); nothing was saved",
                                 hint=f"{shown} is unchanged") from None
            if edited == original:
                keep = False
                say("No changes; the journal is as it was.")
                return
            keep = True  # from here on, the person's work is only in the copy until it is saved
            loaded, problems = journal.parse(copy, edited, hashlib.sha256(edited).hexdigest())
            if not problems:
                break
            _report(problems)
            if common.interactive(no_input):
                from repairkit.cli import prompts

                if prompts.confirm("Open the editor again to fix this?", default=True):
                    continue
            raise JournalError(f"the edit has problems, so {shown} was not changed",
                               hint=kept)
        with journal.locked(path):
            try:
                current = journal.read_bytes(path)
            except JournalError as e:
                e.hint = kept
                raise
            if current != original:
                raise JournalError(f"{shown} was changed by someone else while you were editing; "
                                   "your edit was not saved over it",
                                   hint=f"{kept}; run `repair edit` again and bring your changes across")
            journal.atomic_write(path, edited)
        keep = False
        j = loaded.journal
        say(f"Saved {shown}: {len(j.plans)} plan{'s' * (len(j.plans) != 1)}, "
            f"{len(j.entries)} entr{'ies' if len(j.entries) != 1 else 'y'}.")
    except RepairError as e:
        if keep and "your edited copy is kept at" not in (e.hint or ""):
            e.hint = (f"{e.hint}; " if e.hint else "") + kept
        raise
    except (KeyboardInterrupt, Cancelled):
        if keep:
            click.echo(f"\nrepair: {kept}", err=True)
        raise
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------- completion ---

SHELLS = ("bash", "zsh", "fish")


@click.command("completion")
@click.argument("shell", metavar="SHELL", type=click.Choice(SHELLS))
@click.pass_context
def completion_cmd(ctx: click.Context, shell: str) -> None:
    """Print the completion script for bash, zsh or fish.

    \b
      eval "$(repair completion bash)"        # in ~/.bashrc
      eval "$(repair completion zsh)"         # in ~/.zshrc, after compinit
      repair completion fish > ~/.config/fish/completions/repair.fish

    Completes commands, options, plan ids (from the journal the command
    would use), log kinds, fears and check-in outcomes.
    """
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None
    script = cls(ctx.find_root().command, {}, "repair", "_REPAIR_COMPLETE").source()
    click.echo(script.rstrip("\n"))
