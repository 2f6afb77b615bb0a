"""The marker that says the private safety screen was shown for a journal, and whether it is due again.

The screen's answers are never stored, anywhere. What is kept is only that the questions were answered
on a given day, so they are not asked every time: one small file per journal in this user's own data
folder ($XDG_DATA_HOME/repairkit, 0700; the file 0600), never in the shared journal or git. The file is
named by a hash of the journal's key (the same keys private notes use: the repository's first commit
and the journal's path inside it, or the journal's real path), and holds a fixed comment and the day.
Its bytes depend on the journal and the day only, never on the answers, so finding it reveals that
the questions were answered that day and nothing more. Partners who share one operating-system
account share this folder, and so share the marker.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from repairkit.journal import store

PREFIX = "safety-screen-"
TEXT = ("# repairkit: the private safety questions were answered on this day, for one journal.\n"
        "# No answer is kept, here or anywhere else.\n"
        "{day}\n")


def file_name(key: str) -> str:
    return PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def marker_bytes(day: dt.date) -> bytes:
    """What the marker holds: the same bytes for every answer."""
    return TEXT.format(day=day.isoformat()).encode("ascii")


def _keys(journal_path: Path) -> list[str]:
    from repairkit.journal.private import journal_keys

    return journal_keys(journal_path)


def last_shown(journal_path: Path) -> dt.date | None:
    """The latest day the questions were answered for this journal (under any of its keys), if any."""
    days = []
    for key in _keys(journal_path):
        raw = store.read_private(file_name(key), limit=4096)
        if not raw:
            continue
        lines = [line.strip() for line in raw.decode("ascii", errors="replace").splitlines()
                 if line.strip() and not line.startswith("#")]
        try:
            days.append(dt.date.fromisoformat(lines[-1]))
        except (IndexError, ValueError):
            continue  # an unreadable marker is no marker: the questions are offered again
    return max(days) if days else None


def due(journal_path: Path, today: dt.date, every_days: int) -> bool:
    """Whether to offer the questions: never answered for this journal, or answered `every_days` or
    more days ago. A day in the future (a clock that was wrong) counts as no marker."""
    shown = last_shown(journal_path)
    if shown is None or shown > today:
        return True
    return (today - shown).days >= every_days


def mark_shown(journal_path: Path, today: dt.date) -> Path:
    """Record that the questions were answered today (atomically, 0600 in a 0700 folder)."""
    return store.write_private(file_name(_keys(journal_path)[0]), marker_bytes(today))
