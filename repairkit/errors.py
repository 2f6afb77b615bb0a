"""One error family, and every exit code. cli/ turns each error into one message shape and its code."""
from __future__ import annotations

from typing import Any

EXIT_OK = 0
EXIT_CHECK_FAILED = 1   # a check that was asked for (`--check`) says no
EXIT_USAGE = 2          # a missing or invalid option, argument or environment value
EXIT_JOURNAL = 3        # the journal (or another file) is missing, unreadable, invalid or locked
EXIT_CONFLICT = 4       # a merge conflict the tool cannot settle (`repair resolve`)
EXIT_SAFETY = 5         # nothing saved: the safety screen stopped the command
EXIT_BUG = 70           # an unexpected exception: a bug in repairkit
EXIT_INTERRUPTED = 130  # Ctrl-C
# What git's merge driver protocol needs: 0 merged, anything else leaves the file for the person.
EXIT_DRIVER_CONFLICT = 1
EXIT_DRIVER_FAILED = 3


class RepairError(Exception):
    """A problem to tell a person about: what is wrong, where, and what to try."""

    exit_code = EXIT_JOURNAL

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 col: int | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line  # 1-based
        self.col = col  # 1-based
        self.hint = hint

    def location(self) -> str:
        parts = [p for p in (self.path, self.line, self.col) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class JournalError(RepairError):
    """The journal is missing, unreadable, invalid or locked (exit 3)."""

    exit_code = EXIT_JOURNAL


class FileProblem(RepairError):
    """Another file the tool reads or writes can't be used: a full disk, a link it won't follow (exit 3)."""

    exit_code = EXIT_JOURNAL


class UsageError(RepairError):
    """A missing or invalid option, argument or environment value (exit 2)."""

    exit_code = EXIT_USAGE


class ConflictError(RepairError):
    """A merge conflict the tool cannot settle (exit 4)."""

    exit_code = EXIT_CONFLICT


class MergeError(RepairError):
    """Two versions of the journal cannot be merged: one does not load, or the result would not (exit 3)."""

    exit_code = EXIT_JOURNAL


class SafetyStop(RepairError):
    """The text net or the screen found signs that someone may not be safe: nothing was saved (exit 5).

    `verdict` is the safety net's answer (its level, the page to show and what
    it found); the command line shows the page on stderr and prints nothing
    on stdout. Nothing of what was typed is kept anywhere.
    """

    exit_code = EXIT_SAFETY

    def __init__(self, verdict: Any, *, unsure: bool = False) -> None:
        super().__init__("nothing saved: the safety screen stopped it")
        self.verdict = verdict
        self.unsure = unsure  # the net could not tell: a person on a terminal may say it is not about safety

    @property
    def page(self) -> str:
        return getattr(self.verdict, "path", None) or "safety"

    @property
    def pages(self) -> tuple[str, ...]:
        """Every page to show, in order: more than one when the net can't tell which applies."""
        return tuple(getattr(self.verdict, "pages", None) or (self.page,))


class ScreenStop(SafetyStop):
    """A "yes" to the private screen's questions (or to `repair start`'s safety question): nothing was
    saved (exit 5). `paths` are the pages the answers open, crisis first; `start_answer` is set when it
    was `repair start`'s own question ("yes" or "unsure"); `typed` when the answers came on a command
    line. The answers themselves are not kept here."""

    def __init__(self, paths: tuple[str, ...], *, start_answer: str | None = None, typed: bool = False) -> None:
        super().__init__(None)
        self.paths = tuple(paths)
        self.start_answer = start_answer
        self.typed = typed  # given on a command line (`--answers`), so in the shell's history too

    @property
    def page(self) -> str:
        return self.paths[0] if self.paths else "safety"

    @property
    def pages(self) -> tuple[str, ...]:
        return self.paths or ("safety",)


class Hangup(BaseException):
    """The terminal closed (SIGHUP) or someone asked the command to end (SIGTERM) while it waited
    (`repair edit` waiting for the editor). A BaseException, like KeyboardInterrupt, so no
    `except Exception` on the way can swallow it; the command cleans up and exits 128 + signum."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
