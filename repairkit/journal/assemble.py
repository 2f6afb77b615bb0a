"""What a journal put together from pieces of journals that loaded holds, without parsing it again.

The merge (sync.py) builds its result from whole pieces of two versions that were just validated:
top-level keys, plans and entries, most of them word for word. Reading the result again, as any
command would, cost as much as reading a version (a second at 20,000 entries) only to learn what
the pieces already say. Here the result's record (what it holds, where each piece and append point
is, the parse cache's rows) is worked out from the pieces, and the result is still validated:

- every plan or entry taken word for word from a side is what that side's validated record says,
  moved to its new place (offsets and line numbers); anything else (an item merged field by field,
  or re-indented) is read and validated on its own, as the full reader would;
- what only the whole file can show is checked on the whole file: libyaml's C parser reads all of
  it (without making Python objects, a fraction of a parse), every entry's plan is in the result,
  every id is there once, and the size stays within the reader's limits;
- anything outside the simple shape this reasons about (a block scalar, whose value can take in the
  blank lines after it; CRLF text; a list in flow style; a top level that is not at column 0; an
  empty list) gets no record here, and the caller reads the result in full, as before.

tests/test_sync.py checks, on random and hand-made merges, that the record made here is exactly
what a fresh parse of the merged bytes gives.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from repairkit.journal.text import LISTS, AppendPoint, Item

# A block scalar (`note: |`, `- >-`): its value can hold the blank and indented comment lines that
# follow it, which belong to the next piece when the pieces are cut; such a journal is read in full.
_BLOCK_SCALAR = re.compile(r"[:-][ \t]+[|>]")


@dataclasses.dataclass(eq=False, slots=True)
class Mark:
    """Not text: where a piece of the assembled text starts and where it came from.

    what: "section" (a top-level key's comment lines follow), "key" (the key's own line follows),
    "item" (a plan or entry of the list `name` follows, up to the next mark), "tail" (the lines
    after the last key). `source`: for an item, the side's Item whose text follows word for word;
    for a key, the side (a Source) whose text follows word for word. None when rebuilt.
    """

    what: str
    name: str = ""
    source: Any = None
    side: Any = None  # an item's Source


class Source:
    """One validated version of the journal: its snapshot and its pieces."""

    def __init__(self, snap, doc) -> None:
        self.snap = snap
        self.doc = doc
        self._rows: dict[str, tuple] | None = None
        self._plans: dict | None = None
        self._lines: dict[tuple[str, str], int] | None = None

    def entry_row(self, entry_id: str) -> tuple | None:
        if self._rows is None:
            from repairkit.journal.cache import entry_row

            snap = self.snap
            rows = snap.entry_rows() if snap.entry_rows is not None else [entry_row(e) for e in snap.contents.entries]
            self._rows = {r[0]: r for r in rows}
        return self._rows.get(entry_id)

    def plan(self, plan_id: str):
        if self._plans is None:
            self._plans = {p.id: p for p in self.snap.contents.plans}
        return self._plans.get(plan_id)

    def own_line(self, item: Item) -> int:
        """The line number of an item's dash line in this version's text."""
        if self._lines is None:
            lines: dict[tuple[str, str], int] = {}
            text = self.doc.text
            at, line = 0, 1
            for section in self.doc.sections or ():
                for i in section.items or ():
                    line += text.count("\n", at, i.own_start)
                    at = i.own_start
                    lines[(i.kind, i.id)] = line
            self._lines = lines
        return self._lines[(item.kind, item.id)]


class _Unsure(Exception):
    """Outside what this reasons about: the caller reads the text in full."""


def assemble(parts: list, *, bom: bool, shown: str):
    """The Snapshot of the text `parts` make (strings and Marks), validated; None when the text must
    be read in full instead (which also says exactly what is wrong, if anything is)."""
    try:
        return _Assembler(shown).run(parts, bom)
    except _Unsure:
        return None


class _Assembler:
    def __init__(self, shown: str) -> None:
        self.shown = shown

    def run(self, parts: list, bom: bool):
        from repairkit.journal.cache import entries_from_rows, entry_row
        from repairkit.journal.validate import Snapshot, sha_of
        from repairkit.model import Contents

        out: list[str] = []
        pos, line = 0, 1
        places: list[list] = []  # [name, start, ls, end, header_end, cut, items] as Document.rows has them
        sources: dict[str, Any] = {}  # the side each top-level key's text came from
        items: dict[str, list] = {}  # list name: [(mark, start, end, first line)]
        preamble_end = tail_start = None
        pending = None  # the item whose text is being gathered: (mark, start, first line)

        for part in parts:
            if isinstance(part, str):
                out.append(part)
                pos += len(part)
                line += part.count("\n")
                continue
            if not isinstance(part, Mark):
                raise _Unsure  # a conflict
            if pending is not None:
                items[pending[0].name].append((pending[0], pending[1], pos, pending[2]))
                pending = None
            if part.what == "section":
                if places:
                    places[-1][3] = pos
                if preamble_end is None:
                    preamble_end = pos
                places.append([part.name, pos, None, None, None, None, None])
            elif part.what == "key":
                places[-1][2] = pos
                sources[part.name] = part.source
            elif part.what == "item":
                place = places[-1]
                if place[6] is None:
                    if place[0] not in LISTS or pos == place[2]:
                        raise _Unsure
                    place[4] = pos  # the header ends where the first item (with its comments) starts
                    place[6] = []
                    items[part.name] = []
                pending = (part, pos, line)
            elif part.what == "tail":
                if places:
                    places[-1][3] = pos
                tail_start = pos
        if pending is not None:
            raise _Unsure  # the tail mark always ends the last section
        if not places or tail_start is None:
            raise _Unsure
        text = "".join(out)
        del out
        if "\r" in text or (("|" in text or ">" in text) and _BLOCK_SCALAR.search(text)):
            raise _Unsure
        preamble = text[:preamble_end]
        if preamble and _lead_line(preamble.splitlines()[-1]):
            raise _Unsure  # a preamble is empty or ends with a `---` or `%` line
        for place in places:
            if place[2] is None or text[place[2]:place[2] + 1] in (" ", "\t", "#", "\n", ""):
                raise _Unsure  # every key at column 0
        names = [p[0] for p in places]
        if any(name not in items or not items[name] for name in LISTS) or "version" not in sources:
            raise _Unsure  # a missing or empty (or flow) list: the append points need a full read
        if any(sources.get(name) is None for name in ("version", "people") if name in names):
            raise _Unsure

        # -- what the result holds, and where each item is --
        records: dict[str, list] = {"plans": [], "log": []}  # Plans; entry rows
        item_rows: dict[str, list] = {"plans": [], "log": []}
        rebuilt: list = []  # (list, index, start, end, first line): read on their own below
        for kind in LISTS:
            got, places_of = records[kind], item_rows[kind]
            for mark, start, end, first_line in items[kind]:
                src = mark.source
                if src is None:
                    rebuilt.append((kind, len(got), start, end, first_line))
                    got.append(None)
                    places_of.append(None)
                    continue
                side = mark.side
                record = side.plan(src.id) if kind == "plans" else side.entry_row(src.id)
                if record is None:
                    raise _Unsure
                own_line = first_line + src.src.count("\n", src.start, src.own_start)
                if not _starts_on_dash_line(src):  # the mapping starts below its dash: as far below as on its side
                    own_line += (record.line if kind == "plans" else record[8]) - side.own_line(src)
                if kind == "plans":
                    got.append(dataclasses.replace(record, line=own_line) if record.line != own_line else record)
                else:
                    got.append((*record[:8], own_line, *record[9:]) if record[8] != own_line else record)
                places_of.append((src.id, start, start + src.own_start - src.start, end, src.dash, src.plan,
                                  src.when))
        del items
        plan_ids: set[str] = set()
        for kind, index, start, end, first_line in sorted(rebuilt, key=lambda r: r[0] != "plans"):
            if kind == "log" and not plan_ids:
                plan_ids = {p.id for p in records["plans"]}
            record, row = self.read_item(text, kind, start, end, first_line, plan_ids if kind == "log" else None)
            records[kind][index] = record if kind == "plans" else entry_row(record)
            item_rows[kind][index] = row
        plan_rows, entries = records["plans"], records["log"]
        plan_ids = {p.id for p in plan_rows}
        if len(plan_ids) != len(plan_rows):
            raise _Unsure
        if len({r[0] for r in entries}) != len(entries) or any(r[2] not in plan_ids for r in entries):
            raise _Unsure  # a full read says exactly what is wrong
        if _node_bound(plan_rows, entries, places) > _max_nodes():
            raise _Unsure
        _syntax(text, self.shown)

        # -- where things are --
        for place in places:
            if place[0] in item_rows:
                place[6] = item_rows[place[0]]
        doc_rows = (preamble_end, tail_start, [tuple(p) for p in places])
        prefix = 3 if bom else 0
        to_byte = _ByteOffsets(text, prefix)
        points = {}
        for kind in LISTS:
            place = next(p for p in places if p[0] == kind)
            last = item_rows[kind][-1]
            points[kind] = AppendPoint("block", to_byte(place[3]), "\n", "", None, last[4],
                                       self.key_col(text[last[2]:last[3]]))
        spans = {row[0]: (to_byte(row[2]), to_byte(row[3])) for row in item_rows["plans"]}
        version_src, people_src = sources["version"], sources.get("people")
        contents = Contents(path=self.shown, version=version_src.snap.contents.version,
                            people=list(people_src.snap.contents.people) if people_src is not None else [],
                            plans=plan_rows, entry_loader=lambda: entries_from_rows(entries))
        data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
        snap = Snapshot(Path(self.shown), data, sha_of(data), contents, points, spans)
        snap.entry_rows = lambda: entries
        snap.doc_rows = lambda: doc_rows
        return snap

    def read_item(self, text: str, kind: str, start: int, end: int, first_line: int, plan_ids: set | None):
        """An item that is not word for word any side's: read and validated on its own."""
        from repairkit.journal.nodes import Mapping, Sequence, compose_exact
        from repairkit.journal.text import walk_back
        from repairkit.journal.validate import _Validator

        piece = text[start:end]
        own_at = _own_start(piece)
        own = piece[own_at:]
        try:
            seq = compose_exact(own)
        except Exception:  # noqa: BLE001 - whatever it is, a full read reports it properly
            raise _Unsure from None
        if not isinstance(seq, Sequence) or seq.flow or len(seq.items) != 1 or not isinstance(seq.items[0], Mapping):
            raise _Unsure
        node = seq.items[0]
        if walk_back(piece, own_at, 0) != 0:
            raise _Unsure
        v = _Validator(self.shown, own)
        record = v.plan(node) if kind == "plans" else v.entry(node, plan_ids)
        if record is None or v.problems:
            raise _Unsure  # not valid: a full read finds it and says where
        own_line = first_line + piece.count("\n", 0, own_at)
        record = dataclasses.replace(record, line=record.line + own_line - 1)
        item = Item(record.id, kind, own, 0, 0, len(own), own.index("-"))
        fields = {k.value: v for k, v in node.pairs}
        plan = fields.get("plan")  # as text._item has it (a plan with a `plan:` key of its own too)
        when = fields.get("at" if kind == "log" else "opened")
        from repairkit.journal.nodes import Scalar

        row = (record.id, start, start + own_at, end, item.dash,
               plan.value if isinstance(plan, Scalar) else None,
               when.value if isinstance(when, Scalar) and not when.is_null else None)
        return record, row

    @staticmethod
    def key_col(own: str) -> int:
        from repairkit.journal.nodes import Mapping, Sequence, compose_exact
        from repairkit.journal.text import key_col

        try:
            seq = compose_exact(own)
        except Exception:  # noqa: BLE001
            raise _Unsure from None
        if not isinstance(seq, Sequence) or len(seq.items) != 1:
            raise _Unsure
        node = seq.items[0]
        if not isinstance(node, Mapping) or node.flow:
            raise _Unsure
        return key_col(node)


_CONTENT_AFTER_DASH = re.compile(r"-[ \t]+[^#\s]")


def _starts_on_dash_line(item: Item) -> bool:
    """Whether the item's mapping starts on its dash's line (`- id: …`), so its line is the dash's."""
    return _CONTENT_AFTER_DASH.match(item.src, item.own_start + item.dash) is not None


def _lead_line(line: str) -> bool:
    """A blank or comment line (what the comments above a piece are made of)."""
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _own_start(piece: str) -> int:
    """Where an item's dash line starts, after the comment and blank lines above it."""
    at = 0
    for line in piece.splitlines(keepends=True):
        if not _lead_line(line):
            return at
        at += len(line)
    raise _Unsure


class _ByteOffsets:
    def __init__(self, text: str, prefix: int) -> None:
        self.text = text
        self.prefix = prefix
        self.ascii = text.isascii()

    def __call__(self, at: int) -> int:
        if self.ascii:
            return self.prefix + at
        return self.prefix + len(self.text[:at].encode("utf-8"))


def _max_nodes() -> int:
    from repairkit.journal.nodes import MAX_NODES

    return MAX_NODES


def _bound(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + sum(1 + _bound(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(_bound(v) for v in value)
    return 1


def _node_bound(plans: list, entries: list, places: list) -> int:
    """At least as many nodes as the composer would count (it refuses a file with too many)."""
    from repairkit.model import ENTRY_FIELDS, PLAN_FIELDS

    total = 1
    for p in plans:
        total += 1 + 2 * len(PLAN_FIELDS) + sum(1 + _bound(v) for v in p.extra.values())
    for r in entries:
        total += 1 + 2 * len(ENTRY_FIELDS) + sum(1 + _bound(v) for v in r[9].values())
    for place in places:
        if place[0] in LISTS:
            total += 2  # the key and the list
        else:  # a node takes at least a character, give or take a flow mapping's brackets
            total += 2 * (place[3] - place[2]) + 2
    return total


def _syntax(text: str, shown: str) -> None:
    """The whole text is YAML (libyaml's C parser, no Python objects); _Unsure if not."""
    from _ruamel_yaml import CParser
    from ruamel.yaml.error import YAMLError

    parser = CParser(text)
    try:
        parser.raw_parse()
    except (YAMLError, ValueError):
        raise _Unsure from None
    finally:
        parser.dispose()
