"""`repair git-setup`, `repair merge-driver`, `repair resolve`: sharing the journal through git."""
from __future__ import annotations

from pathlib import Path

import click

from repairkit import sync
from repairkit.cli import common
from repairkit.cli.common import out, warn
from repairkit.errors import EXIT_DRIVER_CONFLICT, EXIT_DRIVER_FAILED, MergeError, RepairError
from repairkit.journal.store import display_path
from repairkit.textsafe import safe_text


@click.command("git-setup")
@click.pass_context
def git_setup_cmd(ctx: click.Context) -> None:
    """Let git merge the journal, entry by entry.

    \b
      repair git-setup
      repair --journal notes/us/repair.yaml git-setup

    Adds a line for the journal to .gitattributes (commit it, so your
    partner's clone has it too) and tells this clone's git how to run the
    merge. Each of you runs it once in your own clone: git does not copy
    that setting between clones. Safe to run again at any time, for
    example after reinstalling repairkit.
    """
    path = common.journal_path(ctx)
    result = sync.git_setup(path)
    attributes = display_path(result.attributes)
    if not result.changed:
        out(f"Already set up: git merges {result.journal} with repairkit in this clone.")
        return
    out(f"Set up git merging for {result.journal}:")
    if result.added_line:
        out(f"  {attributes}: added `{result.added_line}`")
    if result.driver_changed:
        out("  this clone's git config: merge.repairkit.driver runs `repair merge-driver`")
    if result.added_line:
        out(f"Next: commit it (`git add {attributes} && git commit -m \"Merge the repair journal with "
            "repairkit\"`), push, and ask your partner to run `repair git-setup` once in their clone.")
    else:
        out("Pulls in this clone now merge the journal entry by entry.")


@click.command("merge-driver")
@click.argument("base", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("ours", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("theirs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("path", required=False)
@click.pass_context
def merge_driver_cmd(ctx: click.Context, base: Path, ours: Path, theirs: Path, path: str | None) -> None:
    """The git merge driver (git runs it during a pull).

    \b
      git config merge.repairkit.driver "repair merge-driver %O %A %B %P"

    You don't run this yourself: `repair git-setup` tells git to. BASE is
    the common ancestor, OURS your version (the result is written over it),
    THEIRS the incoming one, PATH the journal's name in the repository.
    Entries and plans are matched by id; a plan edited on both sides is
    merged field by field. A plan or entry one side deleted stays deleted
    and is named on stderr, with its author. Exit 0 when merged; 1 when the same field was
    changed differently on both sides (that field is left between conflict
    markers); 3 when a version does not load (yours is left as it was).
    """
    shown = path or ours.name
    try:
        result = sync.merge_files(base, ours, theirs, shown)
    except RepairError as e:
        message = safe_text(e.message if isinstance(e, MergeError) else str(e), one_line=True)
        click.echo(f"repair: could not merge {safe_text(shown, one_line=True)}: {message}; "
                   "your version is left as it was", err=True)
        ctx.exit(EXIT_DRIVER_FAILED)
    for note in result.notes:
        warn(safe_text(note, one_line=True))
    if result.conflicts:
        for c in result.conflicts:
            click.echo(f"repair: {safe_text(shown, one_line=True)}: both sides changed "
                       f"{safe_text(c.where, one_line=True)} differently; both versions are kept between "
                       "conflict markers for you to choose", err=True)
        ctx.exit(EXIT_DRIVER_CONFLICT)


@click.command("resolve")
@click.pass_context
def resolve_cmd(ctx: click.Context) -> None:
    """Settle a journal that has git conflict markers.

    \b
      repair resolve

    For a pull made before `repair git-setup`: the entries and plans from
    both sides are kept, plans edited on both sides are merged field by
    field, and the file is rewritten in one step. A plan or entry one of
    you deleted stays deleted and is named on stderr, with its author (so
    is one git's own merge left out). If both of you changed the
    same field of a plan differently, only that field is left between
    conflict markers, and the exit code is 4: choose the version you both
    want, delete the marker lines, then `repair check`.
    """
    path = common.journal_path(ctx)
    shown = display_path(path)
    result = sync.resolve(path)
    if not result.had_markers:
        out(f"{shown} has no conflict markers; nothing to resolve.")
        return
    merged = result.merge
    assert merged is not None
    for note in merged.notes:
        warn(safe_text(note, one_line=True))
    if merged.conflicts:
        if len(merged.conflicts) > 1:
            for c in merged.conflicts:
                warn(f"both sides changed {safe_text(c.where, one_line=True)} differently")
        raise sync.conflict_error(shown, merged.conflicts)
    out(f"Resolved {shown}: {merged.plans} plan{'s' * (merged.plans != 1)}, "
        f"{merged.entries} entr{'ies' if merged.entries != 1 else 'y'} "
        f"({merged.from_ours} only on your side, {merged.from_theirs} only on the other).")
    if result.base_from is None:
        warn("the version you last shared wasn't available, so something one of you deleted by hand may be "
             "back; look over the file before you commit")
    out(f"Next: `git add {shown}` and finish the merge (`git commit`, or `git rebase --continue`).")
    if not sync.driver_configured(path):
        out("Then run `repair git-setup` once in this clone, and the next pull merges the journal on its own.")

