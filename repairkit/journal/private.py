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
    """This user's private notes for one journal; unreadable lines are skipped, never fatal."""
    keys = set(journal_keys(journal_path))
    raw = store.read_private(FILE)
    if not raw:
        return []
    notes = []
    for line in raw.decode("utf-8", errors="replace").split("\n"):  # not splitlines(): see add()
        try:
            item = json.loads(line)
            note = PrivateNote(item["journal"], item["plan"], item["at"], item["kind"], item["note"])
            note.day  # noqa: B018 - a bad date is a bad line
        except (ValueError, KeyError, TypeError):
            continue
        if note.journal in keys:
            notes.append(note)
    return notes
