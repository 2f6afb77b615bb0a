"""What every command shares: the journal's path, time, authorship, plans, output.

Command modules import from here so that each behaves the same way.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import click

from repairkit.errors import RepairError, UsageError
from repairkit.model import Plan
from repairkit.textsafe import clip, clip_message, json_safe, safe_text

# ------------------------------------------------------------------- context ---

def journal(ctx: click.Context | None = None):
    """The journal this command works on: --journal › $REPAIR_JOURNAL › the nearest repair.yaml › the config."""
    from repairkit.journal.api import Journal

    ctx = ctx or click.get_current_context()
    return Journal.find((ctx.find_root().params or {}).get("journal"))


def journal_path(ctx: click.Context | None = None) -> Path:
    return journal(ctx).path


def now() -> dt.datetime:
    from repairkit import dates

    return dates.now()


def today() -> dt.date:
    return now().date()


def long_date(day: dt.date) -> str:
    """"Friday 4 December" (no leading zero, on any C library)."""
    return f"{day:%A} {day.day} {day:%B}"


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


def ask_check_in(message: str, default: dt.date) -> dt.date:
    """The next check-in, asked in words on a terminal; Enter keeps `default` (shown as a date)."""
    from repairkit.cli import prompts
    from repairkit.dates import DateParseError, parse_when
    from repairkit.journal.validate import MAX_YEAR

    def parse(text: str) -> dt.date:
        try:
            day = parse_when(text, now=now(), direction="future", want="date")
        except DateParseError as e:
            raise ValueError(f"That doesn't read as a date; {e.hint or 'try friday or in 2 weeks'}.") from None
        if day < today():
            raise ValueError("That's already past; when will you talk next? (for example: in 2 weeks)")
        if day.year > MAX_YEAR or day.year > today().year + 5:
            raise ValueError("That's years away; is the year a typo?")
        return day

    return prompts.when(message, parse=parse, default_text=default.isoformat(),
                        instruction=f"(Enter for {long_date(default)})")


def parse_window(since: str | None, until: str | None) -> tuple[Any, Any]:
    """--since and --until: past dates, within the years a journal may hold."""
    from repairkit.journal.validate import check_window

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


def warn_unknown_people(names: list[str], j) -> None:
    people = j.people
    for name in names:
        warn(f"'{safe_text(clip(name), one_line=True)}' is not in this journal's people "
             f"({', '.join(safe_text(p, one_line=True) for p in people)}); saved as written")


def screened(*texts: str | None, doing: str = "save it") -> bool:
    """The safety net, before anything is read or written. A stop raises SafetyStop (exit 5); when the
    net is unsure and a person is at a terminal, they are asked, and a clear "no, it isn't" lets the
    command go on (`doing`: what going on means). Returns whether they said so, for the library call
    that saves."""
    from repairkit.errors import SafetyStop
    from repairkit.journal.api import screen

    try:
        screen(*texts)
        return False
    except SafetyStop as e:
        if e.unsure and interactive() and not_about_safety(doing):
            return True
        raise


def not_about_safety(doing: str = "save it") -> bool:
    """Asked when the net can't tell: the answer that goes on has to be chosen; Enter alone goes on
    with nothing (`doing` is what going on means: "save it", "check it")."""
    from repairkit.cli import prompts

    answer = prompts.select(
        "This sounds like it might be about your safety, or someone else's. Is it?",
        [("stop", f"Yes, or I'm not sure: don't {doing}, show me where to get help"),
         ("save", f"No, it isn't about anyone's safety: {doing}")], default="stop")
    return answer == "save"


# ------------------------------------------------------------ private screen ---

def private_screen(j, no_input: bool = False, *, needs_plan: bool = False) -> None:
    """The private safety screen, before a plan or a note, on a terminal only, when it is due for this
    journal (never shown, deferred, or answered a month or more ago: screenmark.due).

    Not now: nothing is written and it is asked next time. Answered: the marker is written (the same
    bytes whatever the answers) and the answers are forgotten; any "yes" raises ScreenStop (exit 5,
    the pages on stderr, nothing saved); all "no" goes on with the command. Off a terminal it can't
    be asked and is skipped: scripts are never blocked (the text net still reads what they save).
    needs_plan: the command saves nothing without a plan, so with none yet it fails at once with its
    own message instead of asking nine questions first (the plan that comes next asks them)."""
    if not interactive(no_input):
        return
    from repairkit import dates
    from repairkit import journal as core
    from repairkit.care import screen
    from repairkit.journal import screenmark

    today = dates.today()
    if not screenmark.due(j.path, today, screen.ASK_AGAIN_AFTER_DAYS):
        return
    # A journal that is missing or doesn't load is said before anything is asked (read without the
    # parse cache, so that a "yes" leaves the cache as it was too).
    snapshot = core.load(j.path, use_cache=False)
    if needs_plan and not snapshot.contents.plans:
        return
    paths = ask_screen(remembered=True)
    if paths is None:
        return
    try:
        screenmark.mark_shown(j.path, today)
    except RepairError as e:  # the answers count all the same; the questions just come back next time
        warn(f"{e.message}; the private questions will be asked again next time")
    finish_screen(paths)


def ask_screen(*, remembered: bool) -> tuple[str, ...] | None:
    """Ask the screen's questions, each with no default. Returns the pages a "yes" opens (() for all
    "no"), or None when the person chose not now. The answers live only in this function."""
    from repairkit.care import screen
    from repairkit.cli import prompts

    click.echo(screen.intro(remembered=remembered) + "\n", err=True)
    if prompts.select("Answer them now?", list(screen.START_CHOICES)) == screen.NOT_NOW:
        click.echo((screen.NOT_NOW_NOTE if remembered else screen.START_NOT_NOW_NOTE) + "\n", err=True)
        return None
    answers: dict[str, str] = {}
    total = len(screen.QUESTIONS)
    for n, question in enumerate(screen.QUESTIONS, 1):
        hint = screen.ANSWER_HINT.format(n=n, total=total)
        answers[question.key] = prompts.yes_no(_fit(question.text, hint), instruction=hint,
                                               answers=screen.ANSWERS, invalid=screen.ENTER_ALONE)
    return screen.outcome(answers)


def _fit(question: str, hint: str) -> str:
    """The question broken between words to the terminal's width, leaving room for the hint and the
    answer after its last line (the prompt would otherwise break it inside a word)."""
    import textwrap

    width = min(columns(), 100) - 4  # "? " before the first line, the answer after the last
    room = "\x00" * (len(hint) + 3)  # glued to the last word, so the two move to a new line together
    lines = textwrap.wrap(f"{question}{room}", width=width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines).replace(room, "").rstrip()


def finish_screen(paths: tuple[str, ...]) -> None:
    """After the questions: any "yes" stops the command (exit 5); all "no" says so and goes on."""
    from repairkit.care import screen
    from repairkit.errors import ScreenStop

    if paths:
        raise ScreenStop(paths)
    click.echo(screen.ALL_NO + "\n", err=True)


class Author:
    """Who is writing, and whether they just told us at a prompt (then it is remembered once saved)."""

    def __init__(self, name: str | None, asked: bool = False) -> None:
        self.name = name
        self.asked = asked


def author(j, by: str | None, *, no_input: bool = False,
           unnamed: str = "no name to sign this with, so it is saved without one",
           flag: str = "--by NAME") -> Author:
    """--by › $REPAIR_AUTHOR › the config's `author` › git user.name; else ask once on a terminal,
    and off one say so on stderr (`unnamed`): nothing is saved without a name silently."""
    name = j.author(by)
    if name:
        return Author(name)
    if interactive(no_input):
        from repairkit.cli import prompts

        return Author(prompts.who_is_writing(j.people), asked=True)
    from repairkit.config import config_path

    if not quiet():
        warn(unnamed)
        echo_hint(f"pass {flag}, set REPAIR_AUTHOR, or put `author: NAME` in {config_path()}")
    return Author(None)


def remember_author(who: Author) -> None:
    """After a save: keep the name typed at the prompt as the config's `author`, if it has none yet."""
    if not who.asked or not who.name:
        return
    from repairkit import config
    from repairkit.errors import RepairError

    try:
        if config.load().author:
            return
        path = config.set_author(who.name)
    except RepairError as e:  # what was written is saved; only the convenience failed
        warn(f"saved, but your name could not be remembered: {e.message}")
        return
    say_wrapped(f"From now on, what you write here is signed {safe_text(who.name, one_line=True)} "
                f"(saved in {safe_text(str(path), one_line=True)}).")


def saved(text: str) -> None:
    """The id (or path) of what was just saved, for scripts. The save stands whatever happens to stdout:
    if it can't be printed, say so on stderr and still exit 0."""
    try:
        click.echo(text)
        sys.stdout.flush()
    except (AttributeError, OSError, ValueError):  # AttributeError: stdout was closed before we started
        _stdout_gone()
        with_stderr(f"saved, but the id could not be printed ({text[:80]})")


def _stdout_gone() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass


def with_stderr(message: str) -> None:
    try:
        click.echo(f"repair: {message}", err=True)
    except (OSError, ValueError):
        pass


# --------------------------------------------------------------------- plans ---

def resolve_plan(j, given: str | None, *, no_input: bool = False) -> Plan:
    """A plan by id or unique id prefix; none given: the only active plan, else ask (terminal) or fail."""
    from repairkit.journal.api import PlanNotFound

    try:
        return j.plan(given)
    except PlanNotFound as e:
        if given is not None or not e.choices or not interactive(no_input):
            raise
        from repairkit.cli import prompts

        choices = [(p.id, f"{p.id} — {safe_text(p.title or '', one_line=True)}") for p in e.choices]
        return j.plan(prompts.select("Which plan?", choices))


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


def report(error: Exception) -> None:
    """The one shape every error takes: `repair: error: FILE:LINE:COL: what is wrong`, then `hint: …`."""
    click.echo(f"repair: error: {clip_message(safe_text(str(error), one_line=True))}", err=True)
    hint = getattr(error, "hint", None)
    if hint:
        echo_hint(hint)
    if os.environ.get("REPAIR_DEBUG"):
        import traceback

        traceback.print_exception(error, file=sys.stderr)


def echo_hint(text: str) -> None:
    """A `hint:` line on stderr, wrapped to the terminal between words (its later lines indented)."""
    for line in wrap(clip_message(safe_text(text, one_line=True)), columns(sys.stderr), "hint: ", "      "):
        click.echo(line, err=True)


def out(text: str = "") -> None:
    # click.echo strips colour when stdout is not a terminal; --color always means keep it.
    click.echo(text, color=True if color_enabled() else None)


def say(text: str = "") -> None:
    """Friendly, non-essential text on stdout (what was done, what to try next); silent with -q."""
    if not quiet():
        out(text)


def fit_line(text: str, room: int) -> str:
    """One line of at most `room` characters (a menu label, a quoted behavior), cut between
    characters with an ellipsis; the caller has already made it safe to show."""
    return text if len(text) <= room else text[:room - 1].rstrip() + "…"


def say_wrapped(text: str) -> None:
    """`say`, wrapped to the terminal between words."""
    if not quiet():
        out("\n".join(wrap(text, columns())))


def warn(text: str) -> None:
    """A warning on stderr; silent with -q. Errors are raised, never warned."""
    if not quiet():
        click.echo(f"repair: {clip_message(text)}", err=True)


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


# -------------------------------------------------------------------- editor ---

def editor_command(no_input: bool) -> str:
    """$VISUAL, then $EDITOR; with neither, vi on a terminal and a usage error otherwise."""
    for var in ("VISUAL", "EDITOR"):
        value = os.environ.get(var, "").strip()
        if value:
            return value
    if interactive(no_input):
        import shutil

        for fallback in ("vi", "nano"):
            if shutil.which(fallback):
                return fallback
    raise UsageError("no editor: $VISUAL and $EDITOR are both unset",
                     hint="for example: export EDITOR=nano (or vim, or \"code --wait\")")


def run_editor(editor: str, file: Path) -> None:
    """Run the editor as git does, through the shell, so `code --wait` and quoted paths work.

    If the command is ended while it waits (the terminal closed, SIGTERM, Ctrl-C), the editor is
    ended too, with the same signal, and so is anything it started: the shell git's way adds is
    one process more, and closing a terminal must not leave an editor holding the journal's copy.
    """
    import subprocess

    try:
        proc = subprocess.Popen(["/bin/sh", "-c", editor + ' "$@"', editor, str(file)])
    except OSError as e:
        raise UsageError(f"could not start the editor ({e.strerror})", hint="check $VISUAL and $EDITOR") from None
    try:
        with ending_signals():
            status = proc.wait()
    except BaseException as e:
        import signal

        from repairkit.errors import Hangup

        _end_process_tree(proc, e.signum if isinstance(e, Hangup) else signal.SIGTERM)
        raise
    if status == 127:
        raise UsageError(f"editor '{safe_text(clip(editor), one_line=True)}' was not found",
                         hint="set $VISUAL or $EDITOR to an editor on your PATH")
    if status != 0:
        raise UsageError(f"the editor ('{safe_text(clip(editor), one_line=True)}') exited with status {status}; "
                         "nothing was saved", hint="the journal is unchanged")


@contextlib.contextmanager
def ending_signals():
    """While waiting: SIGHUP (the terminal closed) and SIGTERM raise Hangup, so the command can
    clean up before it ends. Signals the caller ignores (`nohup`) stay ignored; a second signal
    while cleaning up is ignored."""
    import signal

    from repairkit.errors import Hangup

    fired = []

    def handler(signum, frame):
        if not fired:
            fired.append(signum)
            raise Hangup(signum)

    previous = {}
    try:
        for sig in (signal.SIGHUP, signal.SIGTERM):
            if signal.getsignal(sig) == signal.SIG_DFL:
                previous[sig] = signal.signal(sig, handler)
    except ValueError:  # not the main thread: nothing to install
        pass
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _end_process_tree(proc, signum: int, grace: float = 3.0) -> None:
    """Send `signum` to the process and everything below it, give them `grace` seconds, then SIGKILL."""
    import signal
    import time

    pids = [*_descendants(proc.pid), proc.pid]
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signum)
    deadline = time.monotonic() + grace
    alive = pids
    while alive and time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            proc.poll()
        alive = [pid for pid in alive if _running(pid, proc)]
        if alive:
            time.sleep(0.02)
    for pid in alive:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(Exception):
        proc.wait(timeout=grace)


def _running(pid: int, proc) -> bool:
    if pid == proc.pid:
        return proc.returncode is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    fields = _proc_stat(pid)  # a zombie waiting for its new parent to reap it has ended
    return fields is None or fields[0] != b"Z"


def _proc_stat(pid: int | str) -> list[bytes] | None:
    """The fields of /proc/PID/stat after the command name (state, parent, ...), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return fields if len(fields) >= 2 else None


def _descendants(root: int) -> list[int]:
    """Every process below `root`, deepest last: from /proc where there is one, else from `ps`."""
    parents: dict[int, int] = {}
    try:
        for name in os.listdir("/proc"):
            fields = _proc_stat(name) if name.isdigit() else None
            if fields is not None and fields[1].isdigit():
                parents[int(name)] = int(fields[1])
    except OSError:
        import subprocess

        try:
            listing = subprocess.run(["ps", "-A", "-o", "pid=", "-o", "ppid="], capture_output=True,
                                     text=True, timeout=5, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        for line in listing.splitlines():
            fields = line.split()
            if len(fields) == 2 and fields[0].isdigit() and fields[1].isdigit():
                parents[int(fields[0])] = int(fields[1])
    found, level = [], [root]
    while level:
        level = [pid for pid, parent in parents.items() if parent in level and pid not in found]
        found.extend(level)
    return found


# ----------------------------------------------------------- a note, not in argv ---

NOTE_LIMIT = 1024 * 1024  # a note is a few sentences; a megabyte is a mistake (a file piped in by accident)


def _note_text(raw: bytes, source: str) -> str:
    if len(raw) > NOTE_LIMIT:
        raise UsageError(f"the note from {source} is over 1 MB; a note is a few sentences")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UsageError(f"the note from {source} is not valid UTF-8 text",
                         hint="check the terminal's or the script's encoding") from None
    return text.replace("\r\n", "\n").strip()


def read_stdin(limit: int, *, what: str, closed_hint: str, ask: str | None = None) -> bytes:
    """Standard input as bytes, at most `limit` of them (one more is read, so the caller can tell it
    was too long). Closed stdin is exit 2 with `closed_hint`, a failed read the OS error's own answer; `ask` is said on stderr
    first when a person is typing at a terminal."""
    stream = sys.stdin
    if stream is None:  # started with standard input closed (`<&-`)
        raise UsageError(f"there is no standard input to read {what} from (it is closed)", hint=closed_hint)
    try:
        if ask and stream.isatty():
            click.echo(ask, err=True)
        buffer = getattr(stream, "buffer", None)
        return buffer.read(limit + 1) if buffer is not None else stream.read(limit + 1).encode("utf-8")
    except OSError as e:
        from repairkit.journal.store import os_problem

        raise os_problem(e, f"read {what} from standard input") from None
    except (ValueError, UnicodeError):  # a stream already closed inside Python, or text that isn't text
        raise UsageError(f"could not read {what} from standard input", hint=closed_hint) from None


def read_note_from_stdin() -> str:
    """NOTE given as `-`: the note is read from stdin, so it is never in the shell's history or `ps`."""
    hint = 'pipe the note in: printf "%s\\n" "the note" | repair log note --private -'
    raw = read_stdin(NOTE_LIMIT, what="the note", closed_hint=hint,
                     ask="Type the note, then press Ctrl-D on a line of its own:")
    text = _note_text(raw, "stdin")
    if not text:
        raise UsageError("the note from stdin is empty; nothing was saved", hint=hint)
    return text


def note_from_editor(no_input: bool, *, private: bool, kind: str, plan: str) -> str:
    """The note written in $VISUAL/$EDITOR, in a 0600 file in a new 0700 temp folder that is removed
    afterwards. Lines starting with `#` are instructions and are dropped, as in a git commit message."""
    from repairkit.journal import store

    where = ("kept only on this computer, never in the shared journal" if private
             else "saved in the shared journal, which your partner reads")
    template = (f"\n# Write the {kind} note for plan '{plan}' above; it is {where}.\n"
                "# Lines starting with '#' are left out. Save and close the editor when you are done;\n"
                "# an empty note saves nothing.\n")
    editor = editor_command(no_input)
    copy = store.edit_copy("repair-note.txt", template.encode("utf-8"))
    try:
        run_editor(editor, copy)
        try:
            raw = copy.read_bytes()
        except OSError:
            raise UsageError("the editor did not leave the note it was given; nothing was saved") from None
    finally:
        store.discard_edit_copy(copy)
    text = _note_text(raw, "the editor")
    text = "\n".join(line for line in text.split("\n") if not line.startswith("#")).strip()
    if not text:
        raise UsageError("the note is empty; nothing was saved", hint="write the note above the '#' lines")
    return text


# ---------------------------------------------------------------- completion ---

def complete_plan_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    """Shell completion for a plan argument: the journal's plan ids, active ones first.

    Runs at every TAB, so it never prints and never fails: no journal, a broken
    one, or any surprise simply means no suggestions.
    """
    from click.shell_completion import CompletionItem

    try:
        from repairkit.journal.api import Journal

        plans = Journal.find((ctx.find_root().params or {}).get("journal")).plans
    except Exception:  # noqa: BLE001 - completion must never break the shell
        return []
    ranked = sorted(plans, key=lambda p: p.status != "active")
    return [CompletionItem(p.id, help=safe_text(p.title or "", one_line=True)[:60] or None)
            for p in ranked if p.id.startswith(incomplete)]


def emit_json(document: Any) -> None:
    """Exactly one JSON document on stdout, control and bidi characters escaped."""
    import json  # only the commands that print JSON pay for it

    click.echo(json_safe(json.dumps(document, ensure_ascii=False, indent=2, default=str)))
