"""One model of the journal's text: where each top-level key, plan, entry and field is, the comment
lines that belong to each, and the file's own style (BOM, line ending, indentation, block or flow).

Every change the tool makes goes through it, and only touches the bytes it must:
- `append`: a new plan or entry, rendered in the list's own indentation and line ending, spliced in
  after the list's last item (or starting the list, where it was empty or missing);
- `set_fields`: new values for some fields of one plan, replacing only those values' text;
- `remove`: one plan or entry taken out, with the comment lines that belong to it;
- the merge (sync.py) cuts two or three versions into the same pieces and puts them back together.

Pieces start at the beginning of a line and own the comment and blank lines just above them, so
comments travel with what they describe. Offsets are character offsets into the text (the BOM
removed); the append points the cache keeps are byte offsets, so an append never decodes the file.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from repairkit.errors import JournalError, UsageError
from repairkit.journal.nodes import LeanMapping, Mapping, Node, Scalar, Sequence

LISTS = ("plans", "log")
BOM = b"\xef\xbb\xbf"


# ------------------------------------------------------------------ lines ---

def line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """Index just after the newline that ends the line holding `index` (or the end of text)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    nl = text.find("\n", index)
    return len(text) if nl < 0 else nl + 1


def walk_back(text: str, start: int, bound: int) -> int:
    """Move `start` (a line start) up over the comment and blank lines just above it, not past `bound`."""
    while start > bound:
        prev = line_start(text, start - 1)
        line = text[prev:start].strip()
        if line and not line.startswith("#"):
            break
        start = prev
    return max(start, bound)


def node_end(node: Node) -> int:
    return node.end if isinstance(node, Scalar) else node.content_end


def pair_end(key: Scalar, value: Node) -> int:
    if isinstance(value, Scalar):
        return max(value.end, key.end)
    return value.content_end


def key_col(mapping: Mapping) -> int:
    """The 0-based column of a block mapping's keys (its own start may be a tag: `--- !!map`)."""
    return (mapping.pairs[0][0].col if mapping.pairs else mapping.col) - 1


def newline_of(text: str) -> str:
    """The file's line ending, as its first line has it."""
    return "\r\n" if "\r\n" in text[: text.find("\n") + 1 or len(text)] else "\n"


# ------------------------------------------------------------------ pieces ---

@dataclass(eq=False)
class Field:
    """One `key: value` of a plan or entry, from the start of its key's line to the end of its value."""

    name: str
    lead: str  # comment and blank lines above the key
    body: str  # indented at `col`
    col: int
    node: Any = field(default=None, repr=False)
    _value: str | None = None

    @property
    def value(self) -> str:
        """What the field means (not how it is written), for telling a real change from a re-quoting."""
        if self._value is None:
            self._value = meaning(self.node)
        return self._value


class Item:
    """A plan or a log entry in a block list: where it is in the text (its pieces are sliced on demand)."""

    __slots__ = ("id", "kind", "src", "start", "own_start", "end", "dash", "plan", "when", "_node", "_value",
                 "_split")

    def __init__(self, id: str, kind: str, src: str, start: int, own_start: int, end: int, dash: int,
                 plan: str | None = None, when: str | None = None) -> None:
        self.id = id
        self.kind = kind  # "plans" or "log"
        self.src = src  # the whole text
        self.start = start  # where its lead (the comment and blank lines just above it) starts
        self.own_start = own_start  # the start of the dash's line
        self.end = end  # just after its last line
        self.dash = dash  # column of the `-`
        self.plan = plan  # the plan an entry belongs to
        self.when = when  # `at` of an entry, `opened` of a plan, as written (for `order`)
        self._node = self._value = self._split = None

    def __repr__(self) -> str:
        return f"Item({self.kind} {self.id!r} at {self.own_start})"

    @property
    def lead(self) -> str:
        return self.src[self.start:self.own_start]

    @property
    def own(self) -> str:
        return self.src[self.own_start:self.end]

    @property
    def text(self) -> str:
        return self.src[self.start:self.end]

    def row(self) -> tuple:
        return (self.id, self.start, self.own_start, self.end, self.dash, self.plan, self.when)

    @classmethod
    def from_row(cls, kind: str, src: str, row: tuple) -> Item:
        item_id, start, own_start, end, dash, plan, when = row
        return cls(item_id, kind, src, start, own_start, end, dash, plan, when)

    @property
    def order(self) -> str:
        """Sort key among new items in a merge: when it happened, in UTC."""
        return order_key(self.when)

    @property
    def node(self) -> Mapping:
        """The item's mapping, read again from its own text (nodes are not kept for every item)."""
        if self._node is None:
            from repairkit.journal.nodes import compose_exact

            seq = compose_exact(self.own)
            self._node = seq.items[0]
        return self._node

    @property
    def value(self) -> str:
        if self._value is None:
            self._value = meaning(self.node)
        return self._value

    @property
    def head(self) -> str | None:
        """"  - " when the first key shares the dash's line (then fields can be merged one by one)."""
        return self._fields()[0]

    @property
    def fields(self) -> list[Field] | None:
        return self._fields()[1]

    def _fields(self) -> tuple:
        if self._split is None:
            own = self.own
            self._split = split_fields(own, self.node, 0, len(own))
        return self._split


@dataclass(eq=False)
class Section:
    """A top-level key and its value, with the comment lines above it."""

    name: str
    lead: str
    body: str  # the whole key and value, as written
    start: int = 0  # where `lead` starts in the text
    node: Any = field(default=None, repr=False)
    _value: str | None = None
    header: str | None = None  # list sections: the `log:` line(s) before the first item
    header_open: str | None = None  # the same with an empty value (`[]`, `~`) removed
    items: list[Item] | None = None  # plans or log in block style (or empty); None otherwise
    place: tuple | None = field(default=None, repr=False)  # offsets, for the cache (see Document.rows)

    @property
    def text(self) -> str:
        return self.lead + self.body

    @property
    def value(self) -> str:
        if self._value is None:
            node = self.node
            if node is None:  # nodes are not kept for every section: read its own text again
                from repairkit.journal.nodes import compose_exact

                node = compose_exact(self.body).pairs[0][1]
            self._value = meaning(node)
        return self._value


def meaning(node: Node) -> str:
    from repairkit.journal.validate import to_python

    return repr(to_python(node))


def order_key(written: str | None) -> str:
    from repairkit.dates import parse_stored_date

    if written is None:
        return "~"
    try:
        when = parse_stored_date(written, with_time=True)
    except ValueError:
        return "~" + written
    if isinstance(when, dt.datetime) and when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if not isinstance(when, dt.datetime):
        when = dt.datetime(when.year, when.month, when.day)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%f")


def split_fields(text: str, node: Mapping, own_start: int, end: int) -> tuple[str | None, list[Field] | None]:
    """An item's dash prefix and its fields, when its first key shares the dash's line."""
    head = text[own_start:node.start]
    if node.flow or not node.pairs or not re.fullmatch(r" *- +", head):
        return None, None
    col = len(head)
    fields = []
    for j, (key, value) in enumerate(node.pairs):
        if j + 1 < len(node.pairs):
            nxt_key = node.pairs[j + 1][0]
            nxt = walk_back(text, line_start(text, nxt_key.start), line_end(text, pair_end(key, value)))
        else:
            nxt = end
        if j == 0:
            lead, body = "", " " * col + text[key.start:nxt]
        else:
            ls = line_start(text, key.start)
            lead_start = walk_back(text, ls, line_end(text, pair_end(*node.pairs[j - 1])))
            lead, body = text[lead_start:ls], text[ls:nxt]
        fields.append(Field(key.value, lead, body, col, node=value))
    return head, fields


def _item(text: str, node: Node, start: int, end: int, kind: str) -> Item | None:
    if node.__class__ is LeanMapping:
        return _lean_item(text, node, start, end, kind)
    if not isinstance(node, Mapping):
        return None
    item_id = plan = when = None
    when_key = "at" if kind == "log" else "opened"
    for k, v in node.pairs:
        name = k.value
        if name == "id":
            item_id = v
        elif name == "plan":
            plan = v
        elif name == when_key:
            when = v
    if not isinstance(item_id, Scalar) or item_id.is_null:
        return None
    return _item_at_dash(text, node.start, item_id.value, kind, start, end,
                         plan.value if isinstance(plan, Scalar) else None,
                         when.value if isinstance(when, Scalar) and not when.is_null else None)


def _item_at_dash(text: str, node_start: int, item_id: str, kind: str, start: int, end: int,
                  plan: str | None, when: str | None) -> Item | None:
    """The Item whose mapping starts at node_start, found by the `-` before it (None if there is none)."""
    p = node_start - 1
    while p >= 0 and text[p] in " \t\n\r":
        p -= 1
    if p < 0 or text[p] != "-":
        return None
    own_start = line_start(text, p)
    return Item(item_id, kind, text, start, own_start, end, p - own_start, plan, when)


def _lean_item(text: str, node: LeanMapping, start: int, end: int, kind: str) -> Item | None:
    """_item for a mapping of plain one-line values (nodes.LeanMapping), read without making nodes."""
    from repairkit.journal.nodes import _NULLS

    item_id = node.value_of("id")
    if item_id is None or item_id in _NULLS:
        return None
    when = node.value_of("at" if kind == "log" else "opened")
    return _item_at_dash(text, node.start, item_id, kind, start, end, node.value_of("plan"),
                         when if when is not None and when not in _NULLS else None)


# ------------------------------------------------------------------ the document ---

@dataclass
class Document:
    """The whole text cut into its pieces. `sections` is None when the top level is not a block mapping."""

    text: str
    bom: bool
    newline: str
    preamble: str
    sections: list[Section] | None
    tail: str
    flow_root: bool = False

    def section(self, name: str) -> Section | None:
        for s in self.sections or ():
            if s.name == name:
                return s
        return None

    def item(self, list_name: str, item_id: str) -> Item | None:
        s = self.section(list_name)
        for i in (s.items or ()) if s else ():
            if i.id == item_id:
                return i
        return None

    def rows(self) -> tuple:
        """The model as plain data for the parse cache (offsets, no text); `from_rows` makes it again."""
        if self.sections is None:
            return (None, self.flow_root)
        return (len(self.preamble), len(self.text) - len(self.tail),
                [(*s.place, [i.row() for i in s.items] if s.items is not None else None) for s in self.sections])

    @classmethod
    def from_rows(cls, text: str, rows: tuple, *, bom: bool = False) -> Document:
        newline = newline_of(text)
        if rows[0] is None:
            return cls(text, bom, newline, "", None, "", flow_root=rows[1])
        preamble_end, tail_start, places = rows
        sections = []
        for name, start, ls, end, header_end, cut, items in places:
            section = Section(name, text[start:ls], text[ls:end], start=start, place=(name, start, ls, end,
                                                                                       header_end, cut))
            if header_end is not None:
                section.header = text[ls:header_end]
                section.header_open = text[ls:cut[0]] + text[cut[1]:end] if cut else section.header
                section.items = [Item.from_row(name, text, r) for r in items] if items is not None else None
            sections.append(section)
        return cls(text, bom, newline, text[:preamble_end], sections, text[tail_start:])


def shift_rows(rows: tuple, changes: list[tuple]) -> tuple:
    """The text model's rows (Document.rows) after the changes a write made, in order, without the text.

    ("insert", list, at, size, item_row): a new item of `list` placed at `at` (just after that list's
    last item): everything from `at` on moves by `size`, the list grows, the item before keeps its end.
    ("resize", None, at, size, None): the item that ends at `at` grew (or shrank) by `size` (a plan's
    field was edited): it and the section holding it grow, everything from `at` on moves.
    """
    if rows[0] is None:
        return rows
    preamble_end, tail_start, places = rows
    places = [list(p) for p in places]
    for kind, name, at, size, row in changes:
        if tail_start >= at:
            tail_start += size
        for p in places:
            sname, start, ls, end, header_end, cut, items = p
            if start >= at:
                p[1:6] = [start + size, ls + size, end + size,
                          header_end + size if header_end is not None else None,
                          (cut[0] + size, cut[1] + size) if cut else None]
            elif end >= at:
                p[3] = end + size
            if items is not None:
                new_items = []
                for item in items:
                    item_id, s0, own, e0, dash, plan, when = item
                    if s0 >= at:
                        item = (item_id, s0 + size, own + size, e0 + size, dash, plan, when)
                    elif kind == "resize" and e0 >= at:
                        item = (item_id, s0, own, e0 + size, dash, plan, when)
                    new_items.append(item)
                p[6] = new_items + [row] if kind == "insert" and sname == name else new_items
    return (preamble_end, tail_start, [tuple(p) for p in places])


def decompose(text: str, root: Node, *, bom: bool = False, lists: tuple[str, ...] = LISTS) -> Document:
    """Cut a journal's text into pieces, given the nodes composed from exactly that text.

    Only the lists named in `lists` are cut into items (a reader that needs only the plans' places
    doesn't pay for every entry's)."""
    newline = newline_of(text)
    if not isinstance(root, Mapping) or root.flow or not root.pairs:
        return Document(text, bom, newline, "", None, "", flow_root=isinstance(root, Mapping) and root.flow)
    starts = []
    for i, (key, _value) in enumerate(root.pairs):
        bound = line_end(text, pair_end(*root.pairs[i - 1])) if i else 0
        starts.append(walk_back(text, line_start(text, key.start), bound))
    tail_start = line_end(text, pair_end(*root.pairs[-1]))
    sections = []
    for i, (key, value) in enumerate(root.pairs):
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(root.pairs) else tail_start
        ls = line_start(text, key.start)
        section = Section(key.value, text[start:ls], text[ls:end], start=start, node=value)
        header_end = cut = None
        empty = (isinstance(value, Scalar) and value.is_null) or \
            (isinstance(value, Sequence) and value.flow and not value.items)
        block = isinstance(value, Sequence) and not value.flow and value.items
        if key.value in lists and (empty or block):
            if empty:
                header_end = end
                section.header = text[ls:end]
                if isinstance(value, Scalar) and value.value == "" and value.plain:
                    section.header_open = section.header
                else:
                    c = value.start
                    while c > key.end and text[c - 1] in " \t":
                        c -= 1
                    stop = value.end if isinstance(value, Scalar) else value.end + 1
                    cut = (c, stop)
                    section.header_open = text[ls:c] + text[stop:end]
                section.items = []
            else:
                item_starts = []
                for j, node in enumerate(value.items):
                    p = node.start - 1
                    while p >= 0 and text[p] in " \t\n\r":
                        p -= 1
                    prev = line_end(text, node_end(value.items[j - 1])) if j else line_end(text, key.end)
                    item_starts.append(walk_back(text, line_start(text, max(p, 0)), prev))
                items: list[Item] | None = []
                for j, node in enumerate(value.items):
                    item_end = item_starts[j + 1] if j + 1 < len(value.items) else end
                    item = _item(text, node, item_starts[j], item_end, key.value)
                    if item is None:
                        items = None
                        break
                    items.append(item)
                if items is not None:
                    header_end = item_starts[0]
                    section.header = section.header_open = text[ls:header_end]
                    section.items = items
        if key.value in LISTS or not isinstance(value, Scalar):
            section.node = None  # not kept (thousands of entry nodes): Section.value reads the text again
        section.place = (key.value, start, ls, end, header_end, cut)
        sections.append(section)
    return Document(text, bom, newline, text[:starts[0]], sections, text[tail_start:])


# ------------------------------------------------------------------ appending ---

@dataclass
class AppendPoint:
    """Where and how a new plan or entry goes into one list, in byte offsets (the cache keeps these)."""

    mode: str  # "block", "flow", or "refuse" (the top level is a flow mapping)
    at: int = 0
    newline: str = "\n"
    lead: str = ""  # text before the first new item: a `key:` line, or a line break
    remove: list[int] | None = None  # an empty value (`[]`, `~`) to drop when the first item comes
    dash: int = 2
    keycol: int = 4
    sep: str = ", "  # flow lists: what goes before a new item
    empty: bool = False  # flow lists: no items yet

    def as_row(self) -> tuple:
        return (self.mode, self.at, self.newline, self.lead, self.remove, self.dash, self.keycol, self.sep,
                self.empty)

    @classmethod
    def from_row(cls, row: tuple) -> AppendPoint:
        return cls(*row)


def _byte_offset(text: str, index: int, prefix: int) -> int:
    return prefix + len(text[:index].encode("utf-8"))


def append_points(root: Node, text: str, bom: bool) -> dict[str, AppendPoint]:
    """For `plans` and `log`: where a new item is spliced in, worked out from the nodes once."""
    prefix = 3 if bom else 0
    newline = newline_of(text)
    result = {}
    for key in LISTS:
        if not isinstance(root, Mapping) or root.flow:
            result[key] = AppendPoint("refuse", newline=newline)
            continue
        node = root.get(key)
        key_node = root.key_node(key)
        point = AppendPoint("block", newline=newline)
        if node is None:
            # Append `key:` after the last thing in the top-level mapping, at its indentation.
            at = line_end(text, root.content_end)
            kc = key_col(root)
            point.lead = ("" if at == 0 or text[at - 1] == "\n" else newline) + " " * kc + f"{key}:{newline}"
            point.at, point.dash, point.keycol = _byte_offset(text, at, prefix), kc + 2, kc + 4
        elif isinstance(node, Sequence) and not node.items and "#" in text[node.start:node.end]:
            # `[ # a comment ... ]`: removing the brackets would take the comment too; add inside them.
            point.mode, point.at, point.sep, point.empty = "flow", _byte_offset(text, node.end, prefix), "", True
        elif isinstance(node, Scalar) or (isinstance(node, Sequence) and not node.items):
            # `key:` with nothing, `~`, `null` or `[]`: drop the token, start a block list below the key
            # (below the token's own line, when it is written on a line of its own).
            after = key_node.end
            if not (isinstance(node, Scalar) and node.value == "" and node.plain):
                start = node.start
                while start > key_node.start and text[start - 1] in " \t":
                    start -= 1
                end = node.end if isinstance(node, Scalar) else node.end + 1
                if text[start - 1:start] in ("\n", ""):  # the token is on a line of its own: clear the line
                    while end < len(text) and text[end] in " \t":
                        end += 1
                elif text[end:end + 1] not in ("", " ", "\t", "\r", "\n") and start < node.start:
                    start += 1  # `plans: []##`: keep a blank between the key and what follows
                point.remove = [_byte_offset(text, start, prefix), _byte_offset(text, end, prefix)]
                after = end
            at = line_end(text, after)
            kc = key_node.col - 1
            point.lead = "" if text[at - 1:at] == "\n" else newline
            point.at, point.dash, point.keycol = _byte_offset(text, at, prefix), kc + 2, kc + 4
        elif node.flow:
            # After a trailing comma (`[a, b, ]`) the next item needs none of its own.
            last = node.items[-1]
            between = re.sub(r"#[^\n]*", "", text[node_end(last):node.end])
            point.mode, point.at = "flow", _byte_offset(text, node.end, prefix)
            point.sep = "" if "," in between else ", "
        else:
            last = node.items[-1]
            at = line_end(text, node_end(last))
            point.lead = "" if text[at - 1:at] == "\n" else newline
            dash = node.col - 1
            if text[node.start:node.start + 1] != "-":
                dash = text.rfind("-", 0, node.items[0].start) - (text.rfind("\n", 0, node.items[0].start) + 1)
            blocks = [i for i in node.items if not isinstance(i, Scalar) and not i.flow]
            point.at, point.dash = _byte_offset(text, at, prefix), dash
            point.keycol = key_col(blocks[-1]) if blocks else dash + 2
        result[key] = point
    return result


def splice(data: bytes, point: AppendPoint, fields: dict[str, Any]) -> tuple[bytes, int, int, AppendPoint]:
    """Insert one item; returns the new bytes, where the change starts, its net size, and the next point."""
    from repairkit.journal import render

    if point.mode == "refuse":
        raise JournalError("this journal's top level is written in flow style ({...}), "
                           "so the tool cannot add to it without rewriting it",
                           hint="write the top level in block style (one `key: value` per line)")
    at = point.at
    if point.mode == "flow":
        piece = (("" if point.empty else point.sep) + render.flow_item(fields)).encode("utf-8")
        new = data[:at] + piece + data[at:]
        return new, at, len(piece), AppendPoint("flow", at + len(piece), point.newline, sep=", ")
    if point.mode == "block":
        refuse_tab_after(data, at)
    piece = (point.lead + render.block_item(fields, point.dash, point.keycol, point.newline)).encode("utf-8")
    removed = 0
    start = at
    if point.remove:
        a, b = point.remove
        data = data[:a] + data[b:]
        removed = b - a
        at -= removed
        start = a
    new = data[:at] + piece + data[at:]
    nxt = AppendPoint("block", at + len(piece), point.newline, "", None, point.dash, point.keycol)
    return new, start, len(piece) - removed, nxt


def refuse_tab_after(data: bytes, at: int) -> None:
    """Refuse to add lines above a blank or comment line whose indentation holds a tab.

    libyaml accepts such a line after some values and not after others (it may
    read it as the continuation of a plain value), so text added just above it
    could leave a journal that no longer reads. Only the lines up to the next
    content are looked at: a few bytes, whatever the journal's size.
    """
    i = at
    for _ in range(1000):
        if i >= len(data):
            return
        nl = data.find(b"\n", i)
        nl = len(data) if nl < 0 else nl
        line = data[i:nl].rstrip(b"\r")
        body = line.lstrip(b" \t")
        if body and not body.startswith(b"#"):
            return  # content: what follows the new text is read as before
        if b"\t" in line[:len(line) - len(body)]:
            n = data.count(b"\n", 0, i) + 1
            raise JournalError(f"line {n} is indented with a tab; adding to the journal above it could leave "
                               "a file YAML no longer reads", line=n, col=line.index(b"\t") + 1,
                               hint=f"replace the tab at the start of line {n} with spaces, then run the command "
                                    "again; nothing was written")
        i = nl + 1


# ------------------------------------------------------------------ editing ---

def set_fields(text: str, target: Mapping, changes: dict[str, Any], *, what: str) -> str:
    """New text with some fields of one mapping replaced (or added) in place; nothing else moves."""
    from repairkit.journal import render

    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[tuple[int, int, str]] = []
    additions = []
    for key, value in changes.items():
        node = target.get(key)
        rendered = render.flow_item_scalar(value) if target.flow else render.scalar(value)
        if node is None:
            additions.append((key, rendered))
        elif isinstance(node, Scalar):
            if node.style in ("|", ">"):
                edits.append((node.start, node.end, rendered + newline))
            elif node.is_null and node.value == "":
                colon = text.index(":", target.key_node(key).end) + 1  # `check_in:` or `check_in :`
                edits.append((colon, colon, " " + rendered))
            else:
                edits.append((node.start, node.end, rendered))
        else:
            raise JournalError(f"`{key}` of {what} is not a single value, so it can't be changed in place",
                               line=node.line, col=node.col, hint="edit it by hand")
    if additions:
        if target.flow:
            last = target.pairs[-1][1] if target.pairs else None
            tail = text[node_end(last) if last is not None else target.start + 1:target.end]
            first = "" if "," in re.sub(r"#[^\n]*", "", tail) or not target.pairs else ", "  # `{a: 1,}`
            edits.append((target.end, target.end, first + ", ".join(f"{k}: {v}" for k, v in additions)))
        else:
            at = line_end(text, target.content_end)
            refuse_tab_after(text.encode("utf-8"), len(text[:at].encode("utf-8")))
            lead = "" if text[at - 1:at] == "\n" else newline
            col = key_col(target)
            edits.append((at, at, lead + "".join(" " * col + f"{k}: {v}{newline}" for k, v in additions)))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def set_top_level_field(text: str, source: str, key: str, value: Any) -> str | None:
    """New text of a small `key: value` file (the config) with one top-level field set in place.

    Everything else keeps its bytes; a missing field is added as one line and an
    empty file becomes that line. None when the file is not a mapping.
    """
    from repairkit.journal import render
    from repairkit.journal.nodes import compose

    root = compose(text, source) if text.strip() else None
    if isinstance(root, Mapping):
        return set_fields(text, root, {key: value}, what=source)
    if root is None or (isinstance(root, Scalar) and root.is_null):
        return text + ("" if not text or text.endswith("\n") else "\n") + f"{key}: {render.scalar(value)}\n"
    return None


def fill_people(whole: str, root: Mapping, names: list[str], *, source: str) -> str:
    """The journal's text with `people` filled in where it has none yet (`people: []`, `people:`,
    `people: ~` or no key at all), as a flow list; nothing else moves. Anything else is refused."""
    from repairkit.journal import render

    rendered = render.flow_list(names)
    node = root.get("people")
    if isinstance(node, Sequence) and node.flow and not node.items:
        return whole[:node.start] + rendered + whole[node.content_end:]
    if isinstance(node, Scalar) and node.is_null:
        if node.value == "":  # `people:` with nothing after it
            colon = whole.index(":", root.key_node("people").end) + 1
            return whole[:colon] + " " + rendered + whole[colon:]
        return whole[:node.start] + rendered + whole[node.end:]  # `people: ~` or `people: null`
    if node is None and not root.flow:
        version = root.key_node("version")
        newline = "\r\n" if "\r\n" in whole else "\n"
        at = line_end(whole, pair_end(version, root.get("version"))) if version is not None else 0
        lead = "" if at == 0 or whole[at - 1:at] == "\n" else newline
        return whole[:at] + lead + " " * key_col(root) + f"people: {rendered}{newline}" + whole[at:]
    raise JournalError("`people` already lists names, or is written in a way the tool can't change "
                       "on its own", path=source, line=getattr(node or root, "line", None),
                       hint="use `repair edit` to change who shares the journal")


def remove_item(text: str, item: Item) -> str:
    """The text without one item and the comment lines that belong to it (just above it)."""
    return text[:item.start] + text[item.end:]


def check_years(fields: dict[str, Any]) -> None:
    from repairkit.journal.validate import MAX_YEAR, MIN_YEAR

    for key, value in fields.items():
        if isinstance(value, dt.date) and not MIN_YEAR <= value.year <= MAX_YEAR:
            raise UsageError(f"`{key}` {value.isoformat()} is outside the years a journal holds "
                             f"({MIN_YEAR} to {MAX_YEAR})", hint="is the year a typo?")
