"""Private notes: kept only in this user's own data folder, never in the shared journal or git.

One JSON object per line in $XDG_DATA_HOME/repairkit/private-notes.jsonl (mode 0600, folder 0700).
Each names its journal by a key that survives moving or re-cloning the repository and says nothing
in the shared journal: for a journal in a git repository, the repository's first commit and the
journal's path inside it; otherwise the journal's real path. Notes written under the path before the
repository had a commit are still found. Appends are locked, checked and fsynced (store.append_private).
Partners who share one operating-system account share this folder too.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from repairkit.journal import store

FILE = "private-notes.jsonl"


@dataclass
class PrivateNote:
    journal: str
    plan: str
    at: str  # ISO date or datetime
    kind: str
    note: str

    @property
    def day(self) -> dt.date:
        from repairkit.dates import from_iso

        return from_iso(self.at[:10])


def store_path() -> Path:
    return store.data_dir() / FILE


def journal_keys(journal_path: Path) -> list[str]:
    """The keys a journal's notes may be filed under, the one new notes use first."""
    from repairkit import sync

    real = str(Path(journal_path).resolve())
    found = sync.repository_identity(Path(journal_path))
    keys = []
    if found is not None:
        first_commit, inside = found
        keys.append(f"git:{first_commit}:{inside}")
    keys.append(real)  # the key older versions used, and the one for journals outside git
    return keys


def add(journal_path: Path, plan: str, at: dt.date | dt.datetime, kind: str, note: str) -> PrivateNote:
    from repairkit.errors import UsageError
    from repairkit.textsafe import json_safe

    record = PrivateNote(journal_keys(journal_path)[0], plan, at.isoformat(), kind, note)
    # Escaped so that U+2028, NEL and friends never sit raw in the file: readers that split
    # lines on them (str.splitlines does) would cut the record in two and lose it.
    line = json_safe(json.dumps(record.__dict__, ensure_ascii=False)) + "\n"
    try:
        data = line.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError("the note is not valid UTF-8 text",
                         hint="check the terminal's or the script's encoding") from None
    store.append_private(FILE, data)
    return record


def notes_for(journal_path: Path) -> list[PrivateNote]:
    """This user's private notes for one journal (see read_notes for the lines that can't be read)."""
    return read_notes(journal_path)[0]


_START = '{"journal": '  # how every record begins (json.dumps keeps the dataclass's field order)


def read_notes(journal_path: Path) -> tuple[list[PrivateNote], int]:
    """This user's private notes for one journal, and how many damaged records may have been its own.

    A damaged record is never skipped in silence: the caller says so. Older versions did not check
    their writes, so a note cut short on a full disk left half a line that the next note was glued
    to; that next note is recovered from the middle of the line, and only the cut one is counted.
    """
    keys = set(journal_keys(journal_path))
    raw = store.read_private(FILE)
    if not raw:
        return [], 0
    notes, damaged = [], 0
    for line in raw.decode("utf-8", errors="replace").split("\n"):  # not splitlines(): see add()
        if not line.strip():
            continue
        starts = _record_starts(line) or [0]
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(line)
            piece = line[start:end]
            note = _parse(piece)
            if note is None:
                damaged += _maybe_ours(piece, keys)
            elif note.journal in keys:
                notes.append(note)
    return notes, damaged


def _record_starts(line: str) -> list[int]:
    found, at = [], line.find(_START)
    while at != -1:
        found.append(at)
        at = line.find(_START, at + 1)
    if found and found[0] != 0:
        found.insert(0, 0)
    return found


def _parse(piece: str) -> PrivateNote | None:
    try:
        item = json.loads(piece)
        note = PrivateNote(item["journal"], item["plan"], item["at"], item["kind"], item["note"])
        note.day  # noqa: B018 - a bad date is a bad line
    except (ValueError, KeyError, TypeError):
        return None
    return note if all(isinstance(v, str) for v in note.__dict__.values()) else None


def _maybe_ours(piece: str, keys: set[str]) -> int:
    """1 unless the damaged piece plainly names another journal."""
    if not piece.startswith(_START):
        return 1
    try:
        named, _ = json.JSONDecoder().raw_decode(piece, len(_START))
    except ValueError:
        return 1  # cut inside the key itself: it could be anyone's
    return int(named in keys)
