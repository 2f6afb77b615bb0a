"""The `repair` command: options, prompts and output. The work is done in the library.

Commands live in modules loaded only when they run, so `repair --help` and
`repair --version` import nothing heavy.
"""
from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from repairkit import __version__
from repairkit.errors import EXIT_BUG, EXIT_INTERRUPTED, Hangup, RepairError, SafetyStop

# name -> (module, function, one-line summary). The summary is here so the
# command list needs no imports.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": ("repairkit.cli.write", "init_cmd", "Start a journal in this folder (or at --journal)."),
    "plan": ("repairkit.cli.write", "plan_cmd", "Add a plan: pattern, visible behavior, how to raise it."),
    "log": ("repairkit.cli.write", "log_cmd", "Log what you saw: shown, missed, raised or a note."),
    "review": ("repairkit.cli.read", "review_cmd", "Did the agreed behavior actually show up?"),
    "status": ("repairkit.cli.read", "status_cmd", "One line per plan: verdict, check-in, last evidence."),
    "check": ("repairkit.cli.read", "check_cmd", "Validate the journal and list every problem."),
    "checkin": ("repairkit.cli.care", "checkin_cmd", "Record the check-in talk and set the next one."),
    "apology-draft": ("repairkit.cli.apology", "apology_draft_cmd",
                      "Draft an apology from a plan, or check one you wrote."),
    "start": ("repairkit.cli.care", "start_cmd", "A short check-in: which conversation would help now?"),
    "guide": ("repairkit.cli.care", "guide_cmd", "Practical guidance: repairing, calming down, hard talks."),
    "export": ("repairkit.cli.export", "export_cmd", "Export the journal: Markdown, JSON, iCalendar or HTML."),
    "edit": ("repairkit.cli.export", "edit_cmd", "Edit the journal in $EDITOR; saved only when valid."),
    "remove": ("repairkit.cli.remove", "remove_cmd", "Take one entry (or an unused plan) out of the journal."),
    "completion": ("repairkit.cli.export", "completion_cmd", "Print shell completion for bash, zsh or fish."),
    "git-setup": ("repairkit.cli.sharing", "git_setup_cmd", "Let git merge the journal, entry by entry."),
    "merge-driver": ("repairkit.cli.sharing", "merge_driver_cmd", "The git merge driver (git runs it during a pull)."),
    "resolve": ("repairkit.cli.sharing", "resolve_cmd", "Settle a journal that has git conflict markers."),
}

# Other spellings people type, resolved to a command but kept out of the list (one line per command).
ALIASES: dict[str, str] = {"check-in": "checkin"}


class RepairGroup(click.Group):
    """Lazy subcommands, and the one place errors become messages and exit codes."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        spec = COMMANDS.get(ALIASES.get(name, name))
        if spec is None:
            return None
        module = importlib.import_module(spec[0])
        return getattr(module, spec[1])

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple:
        """An unknown command is a usage error with the nearest names as a hint, not click's bare one."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            import difflib

            from repairkit.errors import UsageError
            from repairkit.textsafe import clip, safe_text

            close = [ALIASES.get(c, c) for c in
                     difflib.get_close_matches(name.lower(), [*COMMANDS, *ALIASES], n=1, cutoff=0.6)]
            raise UsageError(f"there is no command '{safe_text(clip(name), one_line=True)}'",
                             hint=f"did you mean `repair {close[0]}`?" if close
                             else "`repair --help` lists the commands")
        return super().resolve_command(ctx, args)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list:
        """Command names from COMMANDS, without importing every command module."""
        from click.shell_completion import CompletionItem

        items = [CompletionItem(name, help=summary) for name, (_, _, summary) in COMMANDS.items()
                 if name.startswith(incomplete)]
        return items + click.Command.shell_complete(self, ctx, incomplete)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, summary) for name, (_, _, summary) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        """`--help` and `--version` print while the options are read: output that can't be written
        (a closed pipe, a full disk) is handled as in a command."""
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.exceptions.ClickException as e:  # a bad option of `repair` itself (--color …)
            _clip_click_message(e)
            raise
        except OSError as e:
            raise click.exceptions.Exit(_os_error(e)) from None

    def invoke(self, ctx: click.Context) -> Any:
        store = sys.modules.get("repairkit.journal.store")
        if store is not None:
            store.SAVED.clear()  # what this command saves, for what Ctrl-C says (tests run many in one process)
        try:
            return super().invoke(ctx)
        except SafetyStop as e:
            show_safety(e)
            ctx.exit(e.exit_code)
        except RepairError as e:
            report(e)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            _interrupted(new_line=True)  # the ^C was echoed on the line the person was on
            ctx.exit(EXIT_INTERRUPTED)
        except Hangup as e:
            # The terminal closed, or someone asked the command to end (SIGTERM): whatever had to be
            # cleaned up was, on the way here. Nobody may be left to read a message.
            ctx.exit(128 + e.signum)
        except BrokenPipeError:
            # The reader went away (`repair review | head`): not an error worth a word.
            _silence_stdout()
            ctx.exit(0)
        except click.exceptions.ClickException as e:
            _clip_click_message(e)
            raise
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as e:
            ctx.exit(_os_error(e))
        except Exception as e:
            if os.environ.get("REPAIR_DEBUG"):
                raise
            from repairkit.cli.prompts import Cancelled

            if isinstance(e, Cancelled):
                _interrupted()
                ctx.exit(EXIT_INTERRUPTED)
            if _caused_by_ctrl_c(e):  # Python 3.11 wraps one that lands while a class is made
                _interrupted(new_line=True)
                ctx.exit(EXIT_INTERRUPTED)
            # Only the kind of error and where it happened: its text may quote the journal.
            click.echo(f"repair: error: unexpected {type(e).__name__} at {_where(e)}", err=True)
            click.echo("hint: this is a bug in repairkit; REPAIR_DEBUG=1 shows the details", err=True)
            ctx.exit(EXIT_BUG)
        finally:
            _config_warnings(ctx)


def _caused_by_ctrl_c(e: BaseException) -> bool:
    """Ctrl-C that arrived while a module was being imported can come out as another error: a class
    statement turns an exception from a field's __set_name__ into RuntimeError (Python 3.11)."""
    seen: set[int] = set()
    while e is not None and id(e) not in seen:
        if isinstance(e, KeyboardInterrupt):
            return True
        seen.add(id(e))
        e = e.__cause__ or e.__context__
    return False


def _clip_click_message(e: click.exceptions.ClickException) -> None:
    """click quotes the value it refused ('…' is not one of …, No such option '…'): cut it as our own
    messages cut a value, so a 120 KB argument is not echoed whole."""
    import re

    from repairkit.textsafe import VALUE_LIMIT, clip, clip_message

    over = VALUE_LIMIT + 1
    quoted = re.compile(f"'([^'\\n]{{{over},}})'|\"([^\"\\n]{{{over},}})\"")
    e.message = clip_message(quoted.sub(lambda m: repr(clip(m.group(1) or m.group(2))), e.message))


def _interrupted(new_line: bool = False) -> None:
    """Ctrl-C (at a prompt or anywhere): one line saying whether anything was saved."""
    store = sys.modules.get("repairkit.journal.store")
    message = "stopped; what was already saved stays saved" if store is not None and store.SAVED \
        else "stopped; nothing was saved"
    try:
        click.echo(("\n" if new_line else "") + f"repair: {message}", err=True)
    except (OSError, ValueError):
        pass


def show_safety(e: SafetyStop) -> None:
    """A safety stop: the page(s) on stderr, nothing on stdout (scripts read the exit code first).
    After the private screen, the pages speak of an answer, not of anything written."""
    from repairkit.errors import ScreenStop

    if isinstance(e, ScreenStop):
        from repairkit.care import screen

        text = screen.result(e.paths, start_answer=e.start_answer, typed=e.typed)
    else:
        from repairkit.care import texts

        text = texts.pages_for(e.pages)
    click.echo(text.rstrip("\n"), err=True)


def _config_warnings(ctx: click.Context) -> None:
    """Problems with the config file that a command came across, said once, at the end."""
    import sys as _sys

    config = _sys.modules.get("repairkit.config")
    if config is None:
        return
    quiet = (ctx.params or {}).get("quiet") or os.environ.get("REPAIR_QUIET", "") not in ("", "0")
    for message in config.pending_warnings():
        if not quiet:
            click.echo(f"repair: {message}", err=True)


def _where(e: BaseException) -> str:
    """The innermost repairkit frame of a traceback, as module:line."""
    import traceback

    frames = [f for f in traceback.extract_tb(e.__traceback__) if "repairkit" in f.filename]
    if not frames:
        return "an unknown place"
    last = frames[-1]
    return f"{os.path.basename(last.filename)}:{last.lineno}"


def report(e: RepairError) -> None:
    from repairkit.cli.common import report as one_shape

    one_shape(e)


def _os_error(e: OSError) -> int:
    """An operating-system error no layer below turned into a message: almost always output that
    can't be written (stdout on a full disk or a closed pipe). One line and a hint, never a traceback;
    once something was saved the command still exits 0, as SPEC promises (a script must not retry)."""
    if isinstance(e, BrokenPipeError):
        _silence_stdout()
        return 0
    from repairkit.journal import store

    output = _stdout_broken(e)
    if output:
        _silence_stdout()
    problem = store.os_problem(e, "write the output" if output else "finish")
    if store.SAVED:
        _to_stderr(f"repair: saved, but {problem.message[0].lower()}{problem.message[1:]}")
        return 0
    try:
        report(problem)
    except (OSError, ValueError):
        pass
    return problem.exit_code


def _stdout_broken(e: OSError) -> bool:
    """Whether the error came from writing our output: it was raised, with no file name, in the
    call that writes or flushes a stream (click.echo, print, or a stream's own write)."""
    tb = e.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return e.filename is None and tb is not None and \
        tb.tb_frame.f_code.co_name in ("echo", "secho", "print", "write", "writelines", "flush")


def _to_stderr(line: str) -> None:
    try:
        click.echo(line, err=True)
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@click.group(cls=RepairGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-j", "--journal", metavar="PATH", help="The journal file (default: $REPAIR_JOURNAL, "
              "else the nearest repair.yaml here or above, else `journal:` in the config file).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in text output; NO_COLOR turns it off too.")
@click.option("-q", "--quiet", is_flag=True,
              help="No friendly chatter or warnings; data and errors still print ($REPAIR_QUIET=1 too).")
@click.version_option(__version__, "-V", "--version", prog_name="repair")
def cli(journal: str | None, color: str, quiet: bool) -> None:
    """Rebuild trust after a fight, one visible behavior at a time.

    \b
      repair init --people "Sam,Alex"
      repair plan --title "Late without a text" --fear reliability ...
      repair log shown "texted when the train was late" --by Alex
      repair review

    A plan names the pattern, one visible behavior, how to raise it if the
    old pattern comes back, and a check-in. Either partner logs what they
    saw; `repair review` answers whether the behavior actually showed up.
    Exit codes: 0 done, 1 a --check said no, 2 usage, 3 journal problem,
    4 merge conflict, 5 nothing saved (the safety screen stopped it),
    130 interrupted.
    """
    ctx = click.get_current_context()
    if ctx.invoked_subcommand not in (None, "merge-driver", "git-setup", "completion") \
            and not (quiet or os.environ.get("REPAIR_QUIET", "") not in ("", "0")):
        _warn_if_merge_driver_missing(journal)


def _warn_if_merge_driver_missing(explicit: str | None) -> None:
    """git config is not shared by clones: say so when this clone lacks the journal's merge driver."""
    from repairkit.errors import RepairError as _RepairError

    try:
        from repairkit.journal import find_journal

        path = find_journal(explicit)
        if not _attributes_name_driver(path):
            return  # the common case, decided without importing the git code
        from repairkit.sync import driver_warning

        message = driver_warning(path)
    except (_RepairError, OSError):
        return
    if message:
        click.echo(f"repair: {message}", err=True)


def _attributes_name_driver(journal_path) -> bool:
    """Whether a .gitattributes from the journal's folder up to the work tree's top names our driver."""
    folder = os.path.dirname(os.path.abspath(journal_path))
    while True:
        try:
            with open(os.path.join(folder, ".gitattributes"), "rb") as f:
                if b"merge=repairkit" in f.read(1 << 20):
                    return True
        except OSError:
            pass
        parent = os.path.dirname(folder)
        if os.path.lexists(os.path.join(folder, ".git")) or parent == folder:
            return False
        folder = parent


def main() -> None:
    """Run one command and exit with its code (for callers of the old entry point)."""
    sys.exit(run())


def run() -> int:
    """Run one command and return its exit code (repairkit/__main__.py exits with it).

    Not click's standalone mode: that turns a Ctrl-C between commands' own handling (while the
    options are read, say) into "Aborted!" and exit 1, where SPEC says one line and 130.
    """
    try:
        result = cli.main(prog_name="repair", standalone_mode=False)
    except click.exceptions.Abort as e:
        if isinstance(e.__cause__, KeyboardInterrupt):
            _interrupted()
            return EXIT_INTERRUPTED
        _to_stderr("Aborted!")
        return 1
    except click.ClickException as e:
        try:
            e.show()
        except (OSError, ValueError):
            pass
        return e.exit_code
    except KeyboardInterrupt:
        _interrupted(new_line=True)
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else 0
