"""One error family. cli.py turns each into one message shape and an exit code."""
from __future__ import annotations

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_JOURNAL = 3
EXIT_CONFLICT = 4
EXIT_INTERRUPTED = 130


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


class UsageError(RepairError):
    """A missing or invalid option or argument (exit 2)."""

    exit_code = EXIT_USAGE


class ConflictError(RepairError):
    """A merge conflict the tool cannot settle (exit 4)."""

    exit_code = EXIT_CONFLICT
