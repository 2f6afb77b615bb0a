"""`repair export`, `repair edit`, `repair completion`: fitting in with other tools."""
from __future__ import annotations

import os
from pathlib import Path

import click

from repairkit.cli import common
from repairkit.cli.common import complete_plan_ids, say, warn
from repairkit.cli.prompts import Cancelled
from repairkit.errors import Hangup, JournalError, RepairError, UsageError
from repairkit.textsafe import safe_text

FORMATS = ("markdown", "json", "ics", "html")
EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".ics": "ics", ".ical": "ics",
              ".html": "html", ".htm": "html"}
EXPORT_TEMP_PREFIX = ".repair-export-"


# ------------------------------------------------------------------- export ---

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
              help="markdown, json, ics or html (default: from --out's extension, else markdown).")
@click.option("-o", "--out", default="-", show_default=True, metavar="FILE",
              help="Where to write; - is stdout. With --per-plan, a folder.")
@click.option("--plan", "plan_refs", multiple=True, metavar="ID", shell_complete=complete_plan_ids,
              help="Only this plan (id or unique prefix); repeat for more. Default: every plan.")
@click.option("--since", metavar="WHEN", help="Markdown, JSON and HTML: only log entries from this day on.")
@click.option("--until", metavar="WHEN", help="Markdown, JSON and HTML: only log entries up to this day.")
@click.option("--per-plan", is_flag=True, help="Markdown: a page per plan, written into the --out folder.")
@click.option("--front-matter/--no-front-matter", default=True, show_default=True,
              help="Markdown: YAML front matter at the top of each page.")
@click.option("--private", "with_private", is_flag=True,
              help="HTML: also show your private notes, each marked private (only yours; keep the page to yourself).")
@click.option("-y", "--yes", is_flag=True, help="Overwrite existing files without asking.")
@click.option("--no-input", is_flag=True, help="Never ask; an existing file is an error unless --yes.")
@click.pass_context
def export_cmd(ctx: click.Context, fmt, out, plan_refs, since, until, per_plan, front_matter, with_private, yes,
               no_input) -> None:
    """Export the journal: Markdown, JSON, iCalendar or HTML.

    \b
      repair export > repair.md
      repair export --since "7 days ago" --no-front-matter >> notes/weekly.md
      repair export --per-plan --out vault/repair/
      repair export -f json | jq '.log | length'
      repair export --out check-ins.ics
      repair export --out check-in.html --since "4 weeks ago"

    Markdown has a section per plan (facts, verdict, counts, log); with
    --per-plan each plan gets its own page. JSON holds the whole journal
    in a fixed shape (export_version 1). iCalendar has one all-day event per
    upcoming check-in of an active plan, with the same UID on every export.
    HTML is one self-contained page to look at together at a check-in:
    each plan in words, its verdict, and charts day by day and week by
    week; it needs no network and no script, and prints well. --private
    adds your private notes to the page, marked as such.
    An existing file is only overwritten after a yes, or with --yes.
    """

    from repairkit.journal.store import display_path

    fmt = _pick_format(fmt, out)
    if per_plan and fmt != "markdown":
        raise click.UsageError("--per-plan is for --format markdown")
    if per_plan and out == "-":
        raise click.UsageError("--per-plan needs --out FOLDER (a page per plan can't go to stdout)")
    if fmt == "ics" and (since or until):
        raise click.UsageError("--since and --until are for markdown, json and html; ics lists upcoming check-ins")
    if with_private and fmt != "html":
        raise click.UsageError("--private is for --format html (the other exports never hold private notes)")
    start, end = common.parse_window(since, until)
    now = common.now()
    j = common.journal(ctx)
    plans = None
    if plan_refs:
        plans = []
        for ref in plan_refs:
            plan = common.resolve_plan(j, ref)
            if plan not in plans:
                plans.append(plan)

    if per_plan:
        from repairkit.export.markdown import plan_pages

        pages = plan_pages(j.contents, now=now, plans=plans, since=start, until=end, front_matter=front_matter)
        folder = Path(out)
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"{display_path(folder)} is a file; --per-plan writes into a folder")
        targets = [(folder / name, text.encode("utf-8")) for name, text in pages]
        _write_all(targets, yes=yes, no_input=no_input, make_folder=folder)
        return

    options: dict = {"front_matter": front_matter} if fmt == "markdown" else {}
    if fmt == "html" and with_private:
        from repairkit.journal import private

        options["private_notes"] = private.notes_for(j.path)
    text = j.export(fmt, now=now, plans=plans, since=start, until=end, **options)
    data = text.encode("utf-8")
    if out == "-":
        click.echo(data, nl=False)
        return
    from repairkit import sync

    if with_private and sync.would_be_shared(Path(out)):
        warn(f"{safe_text(display_path(out), one_line=True)} is inside a git repository and this page "
             "holds your private notes: keep it out of commits, or your partner may read them")
    _write_all([(Path(out), data)], yes=yes, no_input=no_input)


def _write_all(targets: list[tuple[Path, bytes]], *, yes: bool, no_input: bool,
               make_folder: Path | None = None) -> None:
    """Write files a person asked for: never through a link they didn't make, and never over a file
    that exists unless they said so (--yes, or a yes at a question that names the real file)."""
    from repairkit.journal import store

    existing = [(p, real) for p, real in ((p, store.existing_target(p)) for p, _ in targets) if real is not None]
    for p, real in existing:
        if real.is_dir():
            raise UsageError(f"{store.display_path(p)} is a folder", hint="pass a file name to --out")
    if existing:
        names = ", ".join(_named(p, real) for p, real in existing[:3]) + (" …" if len(existing) > 3 else "")
        question = f"Replace {names}?" if len(existing) == 1 else f"Replace {len(existing)} files ({names})?"
        refusal = (f"{names} already exists; not replacing it" if len(existing) == 1
                   else f"{len(existing)} files already exist ({names}); not replacing them")
        if not common.confirm(question, yes=yes, no_input=no_input, refusal=refusal):
            warn("nothing written")
            return
    if make_folder is not None:
        try:
            store.checked_target(make_folder, follow_final=True)  # a committed link never leads the pages out
            store.make_private_dir(make_folder, ours=0)  # a new folder is private (0700), as the pages are
        except OSError as e:
            raise store.os_problem(e, "create", make_folder) from None
    allowed = {p for p, _ in existing}
    for p, data in targets:
        store.write_file(p, data, replace=p in allowed, temp_prefix=EXPORT_TEMP_PREFIX)
    for p, _ in targets:
        if common.stdout_is_terminal():
            say(f"Wrote {safe_text(store.display_path(p), one_line=True)}.")
        else:
            say(safe_text(str(p), one_line=True))


def _named(path: Path, real: Path) -> str:
    """The file as given, and where it really is when that differs (a link, `..`)."""
    from repairkit.journal.store import display_path

    shown = display_path(path)
    try:
        same = Path(os.path.abspath(path)) == real
    except OSError:
        same = False
    return shown if same else f"{shown} (really {real})"


# --------------------------------------------------------------------- edit ---

@click.command("edit")
@click.option("--no-input", is_flag=True, help="Never offer to re-open the editor; an invalid edit exits 3.")
@click.pass_context
def edit_cmd(ctx: click.Context, no_input: bool) -> None:
    """Edit the journal in $EDITOR; saved only when valid.

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
    opened too, which is one way to fix it. If the command is ended while the
    editor is open (Ctrl-C, the terminal closed, SIGTERM), the editor is ended
    too; a copy you had changed is kept and its path printed, an unchanged
    one is removed.
    """
    from repairkit.errors import SafetyStop
    from repairkit.journal import store
    from repairkit.journal.validate import parse

    j = common.journal(ctx)
    path = j.path
    original = store.read_bytes(path)
    shown = safe_text(store.display_path(path), one_line=True)
    _, problems = parse(path, original)
    if problems:
        warn(f"{shown} has {len(problems)} problem{'s' * (len(problems) != 1)} now "
             f"(first: {safe_text(problems[0].message, one_line=True)}); fix them in the editor")
    editor = common.editor_command(no_input)
    copy = store.edit_copy(path.name, original)
    kept = f"your edited copy is kept at {safe_text(store.display_path(copy), one_line=True)}"
    keep = False
    try:
        while True:
            common.run_editor(editor, copy)
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
            _, problems = parse(copy, edited)
            if not problems:
                break
            for problem in problems:
                common.report(problem)
            if common.interactive(no_input):
                from repairkit.cli import prompts

                if prompts.confirm("Open the editor again to fix this?", default=True):
                    continue
            raise JournalError(f"the edit has problems, so {shown} was not changed", hint=kept)
        try:
            contents = j.replace(edited, expected=original, confirmed_safe=False)
        except SafetyStop:
            keep = False  # what was typed is not kept anywhere, not even in the copy
            raise
        except JournalError as e:
            e.hint = (f"{e.hint}; " if e.hint and kept not in e.hint else "") + \
                (f"{kept}; run `repair edit` again and bring your changes across"
                 if "changed by someone else" in e.message else kept)
            raise
        keep = False
        say(f"Saved {shown}: {len(contents.plans)} plan{'s' * (len(contents.plans) != 1)}, "
            f"{len(contents.entries)} entr{'ies' if len(contents.entries) != 1 else 'y'}.")
    except RepairError as e:
        if keep and "your edited copy is kept at" not in (e.hint or ""):
            e.hint = (f"{e.hint}; " if e.hint else "") + kept
        raise
    except (KeyboardInterrupt, Cancelled, Hangup):
        # Ended while the editor was open (Ctrl-C, the terminal closed, SIGTERM) or at the question
        # after it: changes the person made are theirs, so a copy that differs from what the journal
        # had (and has) is kept and its path said; an untouched copy is removed.
        keep = _edit_worth_keeping(copy, original, path)
        if keep:
            try:
                click.echo(f"\nrepair: {kept}", err=True)
            except (OSError, ValueError):  # the terminal may be gone
                pass
        raise
    finally:
        if not keep:
            store.discard_edit_copy(copy)


def _edit_worth_keeping(copy: Path, original: bytes, path: Path) -> bool:
    """Whether an interrupted edit's copy holds changes that are in the journal nowhere else."""
    from repairkit.journal import store

    try:
        edited = copy.read_bytes()
    except OSError:
        return False
    if edited == original:
        return False
    try:
        return edited != store.read_bytes(path)  # equal: it was saved just before the end
    except RepairError:
        return True


# --------------------------------------------------------------- completion ---

SHELLS = ("bash", "zsh", "fish")


@click.command("completion")
@click.argument("shell", metavar="SHELL", type=click.Choice(SHELLS))
@click.pass_context
def completion_cmd(ctx: click.Context, shell: str) -> None:
    """Print shell completion for bash, zsh or fish.

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
