"""Private notes: kept only in this user's own data folder, never in the shared journal or git.

One JSON object per line in $XDG_DATA_HOME/repairkit/private-notes.jsonl
(mode 0600, folder 0700), each naming the journal by its real path, so the
same person can keep several journals apart. Appends are locked and fsynced.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PrivateNote:
    journal: str
    plan: str
    at: str  # ISO date or datetime
    kind: str
    note: str

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.at[:10])


def store_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "repairkit" / "private-notes.jsonl"


def _journal_key(journal_path: Path) -> str:
    return str(Path(journal_path).resolve())


def add(journal_path: Path, plan: str, at: dt.date | dt.datetime, kind: str, note: str) -> PrivateNote:
    record = PrivateNote(_journal_key(journal_path), plan, at.isoformat(), kind, note)
    from repairkit.journal import make_private_dir
    from repairkit.textsafe import json_safe

    # Escaped so that U+2028, NEL and friends never sit raw in the file: readers that split
    # lines on them (str.splitlines does) would cut the record in two and lose it.
    line = json_safe(json.dumps(record.__dict__, ensure_ascii=False)) + "\n"
    try:
        data = line.encode("utf-8")
    except UnicodeEncodeError:
        from repairkit.errors import UsageError

        raise UsageError("the note is not valid UTF-8 text",
                         hint="check the terminal's or the script's encoding") from None
    path = store_path()
    make_private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    return record


def notes_for(journal_path: Path) -> list[PrivateNote]:
    """This user's private notes for one journal; unreadable lines are skipped, never fatal."""
    key = _journal_key(journal_path)
    try:
        lines = store_path().read_text(encoding="utf-8").split("\n")  # not splitlines(): see add()
    except OSError:
        return []
    notes = []
    for line in lines:
        try:
            raw = json.loads(line)
            note = PrivateNote(raw["journal"], raw["plan"], raw["at"], raw["kind"], raw["note"])
            note.day  # noqa: B018 - a bad date is a bad line
        except (ValueError, KeyError, TypeError):
            continue
        if note.journal == key:
            notes.append(note)
    return notes
