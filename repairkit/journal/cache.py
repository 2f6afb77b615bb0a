"""The parse cache: a validated journal kept outside the repository, keyed by the SHA-256 of its bytes.

A record holds what a journal held (people, plans, entries as plain rows), where a writer splices in
(append points, plan spans) and is only ever used for exactly the bytes it was made from. Writes record
what they changed as a delta on the record they started from, so appending to years of entries never
reads or rewrites all of them; a reader folds long chains. Files are 0600 in a 0700 folder under
$XDG_CACHE_HOME/repairkit, and always safe to delete. REPAIR_NO_CACHE=1 turns it off.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
from collections.abc import Callable
from pathlib import Path

from repairkit import __version__
from repairkit.dates import from_iso, iso
from repairkit.errors import JournalError, UsageError
from repairkit.journal import store
from repairkit.journal.text import AppendPoint
from repairkit.model import Contents, Entry, Plan

FORMAT = f"5-{__version__}"  # bump whenever validation gets stricter or the record changes shape
MAX_CHAIN = 32  # writes recorded as deltas before a record is written out in full
KEEP = 64  # records kept; older ones are pruned


def enabled() -> bool:
    return not os.environ.get("REPAIR_NO_CACHE")


def folder() -> Path:
    return store.cache_dir() / "journals"


def _file(sha: str) -> Path:
    return folder() / f"{sha}.{FORMAT}"


def has(sha: str) -> bool:
    """Whether there is a record for these bytes (without reading it)."""
    try:
        return enabled() and _file(sha).is_file()
    except (OSError, UsageError):
        return False


# ------------------------------------------------------------------ rows ---

def plan_row(p: Plan) -> tuple:
    return (p.id, p.title, iso(p.opened), p.repairing, p.hurt, p.incident, p.impact, p.pattern, p.fear,
            p.behavior, p.raise_it, iso(p.check_in), p.status, p.line, p.extra)


def entry_row(e: Entry) -> tuple:
    return (e.id, e.at.isoformat(), e.plan, e.kind, e.by, e.note, e.outcome, iso(e.next), e.line, e.extra)


def _date(s: str | None) -> dt.date | None:
    return from_iso(s) if s else None


def plan_from_row(r: tuple) -> Plan:
    return Plan(id=r[0], title=r[1], opened=_date(r[2]), repairing=r[3], hurt=r[4], incident=r[5], impact=r[6],
                pattern=r[7], fear=r[8], behavior=r[9], raise_it=r[10], check_in=_date(r[11]), status=r[12],
                line=r[13], extra=r[14])


def entries_from_rows(rows: list[tuple]) -> list[Entry]:
    """The entries of entry_row's rows. Written out for speed (a review of 20,000 entries makes them
    all): dates.from_iso inlined, positional arguments."""
    day, moment = dt.date.fromisoformat, dt.datetime.fromisoformat
    return [Entry(r[0], day(r[1]) if len(r[1]) == 10 else moment(r[1]), r[2], r[3], r[4], r[5], r[6],
                  (day(r[7]) if len(r[7]) == 10 else moment(r[7])) if r[7] else None, r[8], r[9])
            for r in rows]


# ------------------------------------------------------------------ records ---

def _read(sha: str) -> dict | None:
    try:
        with open(_file(sha), "rb") as f:
            record = marshal.loads(f.read())  # loads() of the bytes: load() of a file is many times slower
    except (OSError, EOFError, ValueError, TypeError, UsageError):
        return None
    if not isinstance(record, dict) or record.get("sha") != sha or record.get("format") != FORMAT:
        return None
    return record


def _rows(record: dict) -> list[tuple] | None:
    """All entry rows of a record: its own, or its base's plus the ones added since."""
    added: list[list] = []
    for _ in range(MAX_CHAIN + 1):
        if record.get("entries") is not None:
            rows = _entries(record)
            for more in reversed(added):
                rows.extend(more)
            return rows
        added.append(record["added"])
        record = _read(record["base"])
        if record is None:
            return None
    return None


def _entries(record: dict) -> list:
    """A full record's entry rows. They are kept marshalled inside the record (bytes in bytes), so
    that a reader who needs only the plans or the text model (a merge's common ancestor, `log`)
    doesn't make 20,000 rows to throw away."""
    entries = record["entries"]
    return list(marshal.loads(entries) if isinstance(entries, bytes) else entries)


def put(record: dict) -> None:
    if not enabled():
        return
    if isinstance(record.get("entries"), list):
        record = dict(record, entries=marshal.dumps(record["entries"]))
    try:
        where = folder()
        store.make_private_dir(where, ours=2)
        fd, tmp = store._create_temp(where)
        try:
            store.write_all(fd, marshal.dumps(record))
        finally:
            os.close(fd)
        os.replace(tmp, _file(record["sha"]))
        _prune(where)
    except (OSError, ValueError, UsageError):
        pass  # a cache that can't be written only costs speed


def _prune(where: Path) -> None:
    try:
        files = sorted(where.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in files[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def head(sha: str, contents: Contents, points: dict[str, AppendPoint], spans: dict) -> dict:
    return {"format": FORMAT, "sha": sha, "version": contents.version, "people": list(contents.people),
            "plans": [plan_row(p) for p in contents.plans],
            "points": {k: p.as_row() for k, p in points.items()}, "spans": dict(spans)}


def store_full(sha: str, contents: Contents, points: dict[str, AppendPoint], spans: dict,
               rows: list[tuple] | None = None, doc: tuple | None = None) -> None:
    if not enabled():
        return
    rows = rows if rows is not None else [entry_row(e) for e in contents.entries]
    put(dict(head(sha, contents, points, spans), entries=rows, doc=doc, depth=0))


def store_delta(sha: str, contents: Contents, points: dict[str, AppendPoint], spans: dict, *, base: str,
                base_depth: int | None, added: list[Entry], base_rows: Callable[[], list[tuple]],
                doc_changes: list[tuple] | None = None, base_doc: Callable[[], tuple | None] | None = None) -> None:
    """A write's record: the old record plus what was added (a delta), or in full when the chain is long.

    `doc_changes` describe how the text model moved (text.shift_rows); None means it can't be told
    without reading the text again, and the record then has no model."""
    if not enabled():
        return
    record = head(sha, contents, points, spans)
    new_rows = [entry_row(e) for e in added]
    if base_depth is not None and base_depth < MAX_CHAIN:
        put(dict(record, entries=None, base=base, added=new_rows, doc_changes=doc_changes, depth=base_depth + 1))
    else:
        from repairkit.journal.text import shift_rows

        doc = base_doc() if base_doc is not None and doc_changes is not None else None
        put(dict(record, entries=base_rows() + new_rows,
                 doc=shift_rows(doc, doc_changes) if doc is not None else None, depth=0))


def _doc(record: dict) -> tuple | None:
    """A record's text model: its own, or its base's moved by the changes recorded since."""
    from repairkit.journal.text import shift_rows

    changes: list[list[tuple]] = []
    for _ in range(MAX_CHAIN + 1):
        if record.get("entries") is not None:
            doc = record.get("doc")
            if doc is None:
                return None
            for more in reversed(changes):
                doc = shift_rows(doc, more)
            return doc
        if record.get("doc_changes") is None:
            return None
        changes.append(record["doc_changes"])
        record = _read(record["base"])
        if record is None:
            return None
    return None


def read(path: Path, data: bytes, sha: str, reparse: Callable[[], list[Entry]]) -> dict | None:
    """The record for these exact bytes, as the pieces a Snapshot needs; None when there is none.

    `reparse` gives the entries from the bytes themselves, for the rare reader that finds a link of
    the chain gone since it looked.
    """
    if not enabled():
        return None
    record = _read(sha)
    if record is None:
        return None
    try:
        # Only that the base is there: reading it costs as much as the entries, which `log` never needs.
        if record.get("entries") is None and not _file(record["base"]).is_file():
            return None  # the chain is broken (pruned): parse afresh
        box: list = []

        def rows() -> list[tuple]:
            if not box:
                got = _rows(record)
                if got is None:
                    got = [entry_row(e) for e in reparse()]
                box.append(got)
                if record.get("depth", 0) > 1:  # a reader pays to fold the chain, not a writer
                    put(dict(record, entries=got, added=None, base=None, doc=_doc(record), doc_changes=None,
                             depth=0))
                if record.get("entries") is not None:
                    record["entries"] = b""  # made into rows once: let the marshalled copy go (megabytes)
            return box[0]

        def doc() -> tuple | None:
            rows = _doc(record)
            if rows is not None and record.get("entries") is not None:
                record["doc"] = None  # a Snapshot makes its Document once and keeps it, not the rows
            return rows

        contents = Contents(path=str(path), version=record["version"], people=list(record["people"]),
                            plans=[plan_from_row(r) for r in record["plans"]],
                            entry_loader=lambda: entries_from_rows(rows()))
        points = {k: AppendPoint.from_row(tuple(v)) for k, v in record["points"].items()}
        spans = {k: tuple(v) for k, v in record["spans"].items()}
        return {"contents": contents, "points": points, "spans": spans, "depth": record.get("depth", 0),
                "rows": rows, "doc": doc}
    except (KeyError, IndexError, TypeError, ValueError, JournalError):
        return None
