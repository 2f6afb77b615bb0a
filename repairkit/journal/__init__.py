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
        cache.store_full(sha, snap.contents, snap.points, snap.plan_spans)
        snap.cache_depth = 0  # a write after this records only what it adds
    return snap


def check(path: Path) -> tuple[Snapshot | None, list[JournalError]]:
    """Every problem in the journal, for `repair check`."""
    data = read_bytes(path)
    sha = sha_of(data)
    cached = _from_cache(path, data, sha)
    if cached is not None:
        return cached, []
    snap, problems = parse(path, data, sha)
    if snap is not None and not problems:
        cache.store_full(sha, snap.contents, snap.points, snap.plan_spans)
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

    @property
    def contents(self) -> Contents:
        return self.snap.contents

    journal = contents  # the name older code uses

    def _moved(self, start: int, delta: int, *, inserted_by: str | None = None) -> None:
        """Everything at or after `start` moves by `delta` bytes."""
        for key, point in self.points.items():
            if point.mode == "refuse" or key == inserted_by:
                continue
            # At the same offset, a list that is already there keeps its place (its items come
            # first); a missing `key:` that will be added there moves after what was inserted.
            if point.at > start or (point.at == start and f"{key}:" in point.lead):
                point.at += delta
            if point.remove and point.remove[0] >= start:
                point.remove = [point.remove[0] + delta, point.remove[1] + delta]
        for plan_id, (a, b) in self.spans.items():
            if a >= start:
                self.spans[plan_id] = (a + delta, b + delta)
            elif b > start:
                self.spans[plan_id] = (a, b + delta)

    def _insert(self, key: str, fields: dict[str, Any]) -> None:
        from repairkit.journal.render import check_rendered
        from repairkit.journal.text import splice

        check_rendered(fields)
        try:
            new, start, delta, point = splice(self.data, self.points[key], fields)
        except JournalError as e:
            e.path = e.path or display_path(self.snap.path)
            raise
        self._moved(start, delta, inserted_by=key)
        if key == "plans" and point.mode == "block":
            self.spans[fields["id"]] = (self._dash_line_start(new, start, point.at), point.at)
        self.points[key] = point
        self.data = new

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
            self.data = self.data[:a] + new_own + self.data[b:]
            delta = len(new_own) - (b - a)
            self.spans[plan_id] = (a, b + delta)
            self._moved(b, delta)
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
            self.points = {}  # offsets anywhere may have moved: the cache is not updated, the next read parses
        self.plans = [_with(p, changes) if p.id == plan_id else p for p in self.plans]

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
        self.points = {}
        self.removed.append(item_id)
        return entry if entry is not None else plan

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
    if not cache.enabled() or writer.removed or set(writer.points) != set(snap.points):
        return  # a removal, or an edit through the whole file: the next read parses afresh
    contents = Contents(path=snap.contents.path, version=snap.contents.version, people=snap.contents.people,
                        plans=writer.plans)

    def base_rows() -> list[tuple]:
        return snap.entry_rows() if snap.entry_rows else [cache.entry_row(e) for e in snap.contents.entries]

    cache.store_delta(sha_of(writer.data), contents, writer.points, writer.spans, base=snap.sha,
                      base_depth=snap.cache_depth, added=writer.added_entries, base_rows=base_rows)
