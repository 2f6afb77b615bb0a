"""The journal file: reading it (validate.py, nodes.py, fastpath.py), its text (text.py), the disk
(store.py), the parse cache (cache.py), and the library API people use (api.py).

This module is the small core the API is built on: `load` and `check` give a Snapshot of a journal
that loaded cleanly (or every problem), and `writing` is the one way anything is written to it:
under the lock, to a journal that loaded, changing only the bytes it must, atomically.
"""
from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from repairkit.errors import JournalError
from repairkit.journal import cache
from repairkit.journal.store import DEFAULT_NAME, display_path, find_journal, read_bytes  # noqa: F401
from repairkit.journal.validate import MAX_PROBLEMS, Snapshot, parse, sha_of
from repairkit.model import ENTRY_FIELDS, PLAN_FIELDS, Contents, Entry, Plan

__all__ = ["DEFAULT_NAME", "Snapshot", "Writer", "check", "display_path", "find_journal", "load", "read_bytes",
           "writing"]


def _first(problems: list[JournalError]) -> JournalError:
    first = problems[0]
    if len(problems) > 1:
        more = f"over {MAX_PROBLEMS - 1}" if len(problems) > MAX_PROBLEMS else str(len(problems) - 1)
        first.hint = ((first.hint + "; ") if first.hint else "") + \
            f"{more} more problem(s): `repair check` lists them all"
    return first


def _from_cache(path: Path, data: bytes, sha: str) -> Snapshot | None:
    def reparse() -> list[Entry]:
        fresh, problems = parse(path, data, sha)
        if fresh is None or problems:
            raise JournalError("the parse cache changed while reading it", hint="run the command again")
        return fresh.contents.entries

    got = cache.read(path, data, sha, reparse)
    if got is None:
        return None
    snap = Snapshot(path, data, sha, got["contents"], got["points"], got["spans"])
    snap.cache_depth = got["depth"]
    snap.entry_rows = got["rows"]
    snap.doc_rows = got["doc"]
    return snap


def load(path: Path, *, use_cache: bool = True, data: bytes | None = None) -> Snapshot:
    """Load and validate the journal; JournalError (exit 3) on the first problem."""
    data = read_bytes(path) if data is None else data
    sha = sha_of(data)
    if use_cache:
        cached = _from_cache(path, data, sha)
        if cached is not None:
            return cached
    snap, problems = parse(path, data, sha)
    if problems:
        raise _first(problems)
    assert snap is not None
    if use_cache and cache.enabled():
        rows = [cache.entry_row(e) for e in snap.contents.entries]
        cache.store_full(sha, snap.contents, snap.points, snap.plan_spans, rows=rows, doc=snap.doc.rows())
        snap.cache_depth = 0  # a write after this records only what it adds
        snap.entry_rows = lambda: rows
    return snap


def remember(snap: Snapshot) -> None:
    """Keep a Snapshot made without parsing (journal.assemble: a merge's result) in the parse cache,
    so the first command after a pull needn't read the file again."""
    if cache.enabled():
        cache.store_full(snap.sha, snap.contents, snap.points, snap.plan_spans, rows=snap.entry_rows(),
                         doc=snap.doc_rows())
        snap.cache_depth = 0


def check(path: Path) -> tuple[Snapshot | None, list[JournalError]]:
    """Every problem in the journal, for `repair check`."""
    data = read_bytes(path)
    sha = sha_of(data)
    cached = _from_cache(path, data, sha)
    if cached is not None:
        return cached, []
    snap, problems = parse(path, data, sha)
    if snap is not None and not problems:
        cache.store_full(sha, snap.contents, snap.points, snap.plan_spans, doc=snap.doc.rows())
    return snap, problems


class Writer:
    """Changes to one locked, loaded journal; written once, atomically, when the `writing` block ends."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap
        self.data = snap.data
        self.points = {k: dataclasses.replace(v) for k, v in snap.points.items()}
        self.spans = dict(snap.plan_spans)
        self.added_entries: list[Entry] = []
        self.added_plans: list[Plan] = []
        self.plans = list(snap.contents.plans)  # with any edits made here
        self.removed: list[str] = []
        self.rereads = False
        # The changes to the text model, in characters, for the cache (text.shift_rows); None once a
        # change can't be described that simply (a new `log:` key, a removal): the next read parses.
        self.doc_changes: list[tuple] | None = []

    @property
    def contents(self) -> Contents:
        return self.snap.contents

    journal = contents  # the name older code uses

    def _moved(self, start: int, delta: int, *, inserted_by: str | None = None, grew: bool = False) -> None:
        """Everything after `start` moves by `delta` bytes.

        `grew`: the text just before `start` grew (a plan's fields were edited), so an append point
        at `start` (just after that plan) moves with it; otherwise text was inserted at `start`, and
        a list already there keeps its place (its items come first) while a missing `key:` that will
        be added there moves after what was inserted."""
        for key, point in self.points.items():
            if point.mode == "refuse" or key == inserted_by:
                continue
            if point.at > start or (point.at == start and (grew or f"{key}:" in point.lead)):
                point.at += delta
            if point.remove and point.remove[0] >= start:
                point.remove = [point.remove[0] + delta, point.remove[1] + delta]
        for plan_id, (a, b) in self.spans.items():
            if a >= start:
                self.spans[plan_id] = (a + delta, b + delta)
            elif b > start or (b == start and grew):
                self.spans[plan_id] = (a, b + delta)

    def _insert(self, key: str, fields: dict[str, Any]) -> None:
        from repairkit.journal.render import check_rendered
        from repairkit.journal.text import splice

        check_rendered(fields)
        before = self.points[key]
        try:
            new, start, delta, point = splice(self.data, before, fields)
        except JournalError as e:
            e.path = e.path or display_path(self.snap.path)
            raise
        if self.doc_changes is not None:
            if before.mode == "block" and before.lead == "" and not before.remove:
                at = self._chars(self.data, start)
                size = len(new[start:start + delta].decode("utf-8"))
                when = fields.get("at" if key == "log" else "opened")
                row = (fields["id"], at, at, at + size, before.dash, fields.get("plan") if key == "log" else None,
                       when.isoformat() if when is not None else None)
                self.doc_changes.append(("insert", key, at, size, row))
            else:
                self.doc_changes = None
        self._moved(start, delta, inserted_by=key)
        if before.mode == "block" and before.lead.startswith(before.newline):
            # The file's last line had no line break; the one added first completes it, and belongs
            # to the item that line ends.
            done = len(before.newline.encode("utf-8"))
            self.spans = {pid: (a, b + done) if b == start else (a, b) for pid, (a, b) in self.spans.items()}
        if key == "plans" and point.mode == "block":
            self.spans[fields["id"]] = (self._dash_line_start(new, start, point.at), point.at)
        self.points[key] = point
        self.data = new

    @staticmethod
    def _chars(data: bytes, at: int) -> int:
        """The character offset in the text (without its BOM) of a byte offset in the file."""
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        return len(data[bom:at].decode("utf-8"))

    @staticmethod
    def _dash_line_start(data: bytes, start: int, end: int) -> int:
        """Where the item just inserted between `start` and `end` begins its dash line."""
        dash = data.find(b"-", start, end)
        return data.rfind(b"\n", 0, dash) + 1

    def add_entry(self, entry: Entry) -> None:
        fields = {k: getattr(entry, k) for k in ENTRY_FIELDS}
        fields.update(entry.extra)
        point = self.points["log"]
        if point.mode == "flow":
            point.empty = point.empty and not (self.contents.entries or self.added_entries)
        self._insert("log", fields)
        self.added_entries.append(entry)

    def add_plan(self, plan: Plan) -> None:
        fields = {k: getattr(plan, k) for k in PLAN_FIELDS}
        fields.update(plan.extra)
        point = self.points["plans"]
        if point.mode == "flow":
            point.empty = point.empty and not (self.contents.plans or self.added_plans)
        self._insert("plans", fields)
        self.added_plans.append(plan)
        self.plans.append(plan)

    def set_plan_fields(self, plan_id: str, changes: dict[str, Any]) -> None:
        """Replace (or add) fields of one plan, touching only those values' text."""
        from repairkit.journal import nodes, text
        from repairkit.journal.render import check_rendered

        check_rendered(changes)
        shown = display_path(self.snap.path)
        span = self.spans.get(plan_id)
        if span is not None:
            a, b = span
            own = self.data[a:b].decode("utf-8")
            target = nodes.compose_exact(own).items[0]
            new_own = text.set_fields(own, target, changes, what=f"plan '{plan_id}'").encode("utf-8")
            if self.doc_changes is not None:
                self.doc_changes.append(("resize", None, self._chars(self.data, b),
                                         len(new_own.decode("utf-8")) - len(own), None))
            self.data = self.data[:a] + new_own + self.data[b:]
            delta = len(new_own) - (b - a)
            self._moved(b, delta, grew=True)  # this plan's own span grows with it (it holds `b`)
            if not own.endswith("\n") and new_own.endswith(b"\n"):
                # The plan was the file's last line, with no line break: the edit added one, so an
                # append there no longer needs to start with its own.
                for point in self.points.values():
                    if point.at == b + delta and point.lead.startswith(point.newline):
                        point.lead = point.lead[len(point.newline):]
        else:  # a plan the model has no span for (a flow list of plans): edit through the whole file
            from repairkit.journal.validate import compose_text

            bom = self.data[:3] if self.data.startswith(text.BOM) else b""
            whole, root = compose_text(self.data, shown)
            target = next((n for n in getattr(root.get("plans"), "items", [])
                           if isinstance(n, nodes.Mapping) and isinstance(n.get("id"), nodes.Scalar)
                           and n.get("id").value == plan_id), None)
            if target is None:
                raise JournalError(f"plan '{plan_id}' is not in the journal", path=shown)
            self.data = bom + text.set_fields(whole, target, changes, what=f"plan '{plan_id}'").encode("utf-8")
            self._reread()
        self.plans = [_with(p, changes) if p.id == plan_id else p for p in self.plans]

    def set_people(self, names: list[str]) -> None:
        """Fill in `people` where the journal has none yet (`people: []`, `people:` or no key at all),
        as a flow list, touching nothing else. A list that already holds names is left to the person."""
        from repairkit.journal import text
        from repairkit.journal.validate import compose_text

        shown = display_path(self.snap.path)
        bom = self.data[:3] if self.data.startswith(text.BOM) else b""
        whole, root = compose_text(self.data, shown)
        self.data = bom + text.fill_people(whole, root, names, source=shown).encode("utf-8")
        self.points = {}  # offsets may have moved: the next read parses afresh
        self.rereads = True  # and the cache keeps no record built from the old people

    def remove(self, item_id: str) -> Plan | Entry:
        """Take one entry (or a plan no entry uses) out of the journal, with the comment lines above it."""
        from repairkit.journal import text

        shown = display_path(self.snap.path)
        doc = self.snap.doc
        if doc is None or self.data != self.snap.data:
            fresh, problems = parse(self.snap.path, self.data, pieces=True)
            if problems:
                raise _first(problems)
            doc = fresh.doc
        entry = next((e for e in self.contents.entries if e.id == item_id), None)
        plan = next((p for p in self.plans if p.id == item_id), None)
        if entry is None and plan is None:
            raise JournalError(f"nothing in {shown} has the id '{item_id}'",
                               hint="`repair review --json` or `repair export -f json` show the ids")
        if plan is not None:
            used = sum(1 for e in self.contents.entries if e.plan == item_id)
            if used:
                raise JournalError(f"plan '{item_id}' still has {used} log entr{'ies' if used != 1 else 'y'}; "
                                   "remove those first (or close the plan with `repair checkin`)",
                                   hint="a plan is removed only when nothing refers to it")
        item = doc.item("log" if entry is not None else "plans", item_id)
        if item is None:
            raise JournalError(f"'{item_id}' is written in a way the tool can't remove on its own "
                               "(a list in flow style, `[...]`)", path=shown, hint="use `repair edit` to remove it")
        prefix = b"\xef\xbb\xbf" if doc.bom else b""
        self.data = prefix + text.remove_item(doc.text, item).encode("utf-8")
        self._reread()
        self.removed.append(item_id)
        return entry if entry is not None else plan

    def _reread(self) -> None:
        """After a change the model can't follow offset by offset: read the new text for its places.
        The cache then gets no record from this write; the next read parses afresh."""
        fresh, problems = parse(self.snap.path, self.data)
        if problems:
            raise _first(problems)
        self.points, self.spans = fresh.points, fresh.plan_spans
        self.doc_changes = None
        self.rereads = True

    def changed(self) -> bool:
        return self.data != self.snap.data


def _with(plan: Plan, changes: dict[str, Any]) -> Plan:
    known = {k: v for k, v in changes.items() if k in PLAN_FIELDS}
    extra = {k: v for k, v in changes.items() if k not in PLAN_FIELDS}
    return dataclasses.replace(plan, **known, extra={**plan.extra, **extra} if extra else plan.extra)


@contextlib.contextmanager
def writing(path: Path, snap: Snapshot | None = None, *, wait_for_git: bool = True) -> Iterator[Writer]:
    """Lock, load (reusing `snap` if the file has not changed), yield a Writer, then write atomically."""
    from repairkit.journal.store import atomic_write, locked

    with locked(path, wait_for_git=wait_for_git) as lock:
        data = read_bytes(path)
        if snap is None or snap.data != data:
            snap = load(path, data=data)
        writer = Writer(snap)
        yield writer
        if not writer.changed():
            return
        atomic_write(path, writer.data, lock=lock)
        _cache_after_write(snap, writer)


def _cache_after_write(snap: Snapshot, writer: Writer) -> None:
    """The new bytes' cache record, as the old one plus what was added, so the next command needn't parse."""
    if not cache.enabled() or writer.removed or writer.rereads:
        return  # a removal, or an edit through the whole file: the next read parses afresh
    contents = Contents(path=snap.contents.path, version=snap.contents.version, people=snap.contents.people,
                        plans=writer.plans)

    def base_rows() -> list[tuple]:
        return snap.entry_rows() if snap.entry_rows else [cache.entry_row(e) for e in snap.contents.entries]

    def base_doc() -> tuple | None:
        return snap.doc.rows() if snap.doc is not None else snap.doc_rows() if snap.doc_rows else None

    cache.store_delta(sha_of(writer.data), contents, writer.points, writer.spans, base=snap.sha,
                      base_depth=snap.cache_depth, added=writer.added_entries, base_rows=base_rows,
                      doc_changes=writer.doc_changes, base_doc=base_doc)
