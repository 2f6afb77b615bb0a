"""A fast reader for the journals people and repairkit actually write, line by line.

The exact composer (nodes.py) turns libyaml's events into nodes in Python, at
about 2.5 µs an event: most of a cold read of a big journal. Journals are
nearly always simple block YAML: `key: value` lines, `- ` items, one-line
scalars, comments and blank lines. This reader handles exactly that subset
and builds the very same nodes (values, styles, offsets, lines and columns),
several times faster.

It is only ever used after libyaml's C parser has accepted the whole text
(`raw_parse`, no Python objects), so the text is known to be valid YAML, and
it declines, returning None, at the first thing outside its subset: a
multi-line or block scalar, a flow mapping, a tag, anchor or alias, a quoted
or unusual key, a tab in an indentation, a duplicate key, document markers.
The exact composer then reads the file, and gives the precise error where
there is one. tests/test_fastpath.py checks that both readers build equal
trees on every journal the tests have, and on generated and mutated ones.
"""
from __future__ import annotations

import re

from repairkit.journal.nodes import MAX_DEPTH, MAX_NODES, LeanMapping, Mapping, Node, Scalar, Sequence

# `key: value` or `- key: value` with a one-line value and nothing after it but spaces.
_SIMPLE = re.compile(r"( *)(- +)?([A-Za-z_][A-Za-z0-9_-]*): +([^ \r\n](?:[^\r\n]*[^ \r\n])?) *\r?$", re.MULTILINE)
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?=:(?: |$))")
_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)
_ODD_BREAK = re.compile("[\x85\u2028\u2029]|\r(?!\n)")  # line breaks for YAML, not for this reader
_DOC_MARK = re.compile(r"^(?:---|\.\.\.)(?:[ \t]|$)|^%", re.MULTILINE)
# A plain one-line value may not start with these (YAML indicators), nor hold ": " or " #".
_PLAIN_START_BAD = frozenset("[]{},#&*!|>'\"%@`")
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
            "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0",
            "L": "\u2028", "P": "\u2029"}
_HEX = {"x": 2, "u": 4, "U": 8}
_DQ_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")


# Key names repeat on every item: one string each instead of one per line (a parse's memory is its nodes).
_KEYS: dict[str, str] = {}


class Decline(Exception):
    """Outside the subset: let the exact composer read it."""


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1)
    if code[0] in _HEX and len(code) == _HEX[code[0]] + 1:
        value = int(code[1:], 16)
        if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
            raise Decline
        return chr(value)
    if code in _ESCAPES:
        return _ESCAPES[code]
    raise Decline


class _Frame:
    __slots__ = ("kind", "col", "node_start", "line", "colno", "pairs", "items", "pending", "depth", "item_at",
                 "item_line", "item_index", "names", "lean")

    def __init__(self, kind: str, col: int, node_start: int, line: int, colno: int, depth: int) -> None:
        self.kind = kind  # "map" or "seq"
        self.col = col  # key column for a mapping, dash column for a sequence
        self.node_start = node_start
        self.line = line
        self.colno = colno
        self.pairs: list = []
        self.items: list = []
        self.pending: tuple | None = None  # (key scalar, index just after the colon, line, col) awaiting a value
        self.depth = depth
        self.item_at = -1  # a sequence: where its current item's line starts, and that line's number
        self.item_line = 0
        self.item_index = 0  # how many items the sequence had when its current item began
        self.names: set[str] = set()  # a mapping's keys so far
        # A list item's mapping whose pairs are all `key: plain value` lines so far: them as plain data,
        # five slots a pair (nodes.LeanMapping); None once any other pair comes (then they are in `pairs`).
        self.lean: list | None = None


def _content_end(node: Node) -> int:
    return node.end if isinstance(node, Scalar) else node.content_end


def compose_fast(text: str) -> Node | None:
    """The same nodes as nodes.compose for a journal in the simple subset; None otherwise."""
    # Substring tests first (a fraction of a regular expression's time over megabytes of text).
    if ("\t" in text and _TAB_INDENT.search(text)) or (("\n---" in text or "\n..." in text or "\n%" in text
                                                         or text.startswith(("---", "...", "%")))
                                                        and _DOC_MARK.search(text)) \
            or (("\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text) and _ODD_BREAK.search(text)):
        return None
    try:
        return _Reader(text).run()
    except Decline:
        return None


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Frame] = []
        self.root: Node | None = None
        self.nodes = 0

    # -- nodes --

    def scalar(self, value: str, plain: bool, style: str, start: int, end: int, line: int, col: int) -> Scalar:
        self.nodes += 1
        return Scalar(value, plain, style, None, start, end, line, col)

    def empty(self, at: int, line: int, col: int) -> Scalar:
        self.nodes += 1
        return Scalar("", True, "", None, at, at, line, col)

    # -- frames --

    def close(self, frame: _Frame, end: int) -> Node:
        if frame.kind == "map":
            if frame.pending is not None:
                self.settle(frame)
            if frame.lean is not None:
                self.nodes += 1
                return LeanMapping.make(frame.lean, frame.col, frame.node_start, end, frame.line, frame.colno)
            pairs = frame.pairs
            node: Node = Mapping(pairs, False, frame.node_start, end, _content_end(pairs[-1][1]),
                                 frame.line, frame.colno)
        else:
            items = frame.items
            node = Sequence(items, False, frame.node_start, end, _content_end(items[-1]), frame.line, frame.colno)
        self.nodes += 1
        return node

    def settle(self, frame: _Frame) -> None:
        """A key whose value never came: YAML reads it as an empty (null) scalar just after the colon."""
        key, at, line, col = frame.pending
        frame.pending = None
        self.unlean(frame)
        frame.pairs.append((key, self.empty(at, line, col)))

    def attach(self, node: Node) -> None:
        """Give a finished collection to the frame it belongs to."""
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if parent.kind == "seq":
            parent.items.append(node)
        else:
            if parent.pending is None:
                raise Decline
            key = parent.pending[0]
            parent.pending = None
            self.unlean(parent)
            parent.pairs.append((key, node))

    @staticmethod
    def unlean(frame: _Frame) -> None:
        """Another kind of pair is coming: the plain pairs so far become nodes, in order, before it."""
        if frame.lean is not None:
            frame.pairs = LeanMapping.make(frame.lean, frame.col, frame.node_start, 0, frame.line,
                                           frame.colno).pairs
            frame.lean = None

    def pop_to(self, indent: int, is_dash: bool, token: int) -> None:
        """Close the collections that end before a token at column `indent`."""
        while self.stack:
            top = self.stack[-1]
            if top.col > indent or (top.kind == "seq" and top.col == indent and not is_dash):
                self.attach(self.close(self.stack.pop(), token))
                continue
            break

    # -- values on one line --

    def value(self, line_text: str, base: int, pos: int, lineno: int) -> Node | None:
        """The scalar or flow list from `pos` to the end of the line; None when the line has no value."""
        n = len(line_text)
        while pos < n and line_text[pos] == " ":
            pos += 1
        if pos >= n or line_text[pos] == "#":
            return None
        c = line_text[pos]
        if c == '"':
            close = pos + 1
            while True:
                close = line_text.find('"', close)
                if close < 0:
                    raise Decline  # continues on the next line
                back = close - 1
                while line_text[back] == "\\":
                    back -= 1
                if (close - 1 - back) % 2 == 0:
                    break
                close += 1
            raw = line_text[pos + 1:close]
            value = _DQ_ESCAPE.sub(_unescape, raw) if "\\" in raw else raw
            self.tail(line_text, close + 1)
            return self.scalar(value, False, '"', base + pos, base + close + 1, lineno, pos + 1)
        if c == "'":
            close = pos + 1
            while True:
                close = line_text.find("'", close)
                if close < 0:
                    raise Decline
                if close + 1 < n and line_text[close + 1] == "'":
                    close += 2
                    continue
                break
            value = line_text[pos + 1:close].replace("''", "'")
            self.tail(line_text, close + 1)
            return self.scalar(value, False, "'", base + pos, base + close + 1, lineno, pos + 1)
        if c == "[":
            return self.flow_list(line_text, base, pos, lineno)
        if c in _PLAIN_START_BAD or (c in "-?:" and (pos + 1 >= n or line_text[pos + 1] == " ")):
            raise Decline
        end = line_text.find(" #", pos)
        stop = n if end < 0 else end
        while stop > pos and line_text[stop - 1] == " ":
            stop -= 1
        value = line_text[pos:stop]
        if ": " in value or value.endswith(":") or "\t" in value:
            raise Decline
        return self.scalar(value, True, "", base + pos, base + stop, lineno, pos + 1)

    @staticmethod
    def tail(line_text: str, pos: int) -> None:
        """After a quoted scalar or a flow list: only spaces, then maybe a comment."""
        rest = line_text[pos:]
        stripped = rest.lstrip(" ")
        if stripped and not (stripped[0] == "#" and len(stripped) < len(rest)):
            raise Decline

    def flow_list(self, line_text: str, base: int, pos: int, lineno: int) -> Sequence:
        if len(self.stack) >= MAX_DEPTH:
            raise Decline
        n = len(line_text)
        start = pos
        pos += 1
        items: list[Node] = []
        while True:
            while pos < n and line_text[pos] == " ":
                pos += 1
            if pos >= n:
                raise Decline
            c = line_text[pos]
            if c == "]":
                if items:
                    raise Decline  # a trailing comma: leave it to the exact reader
                break
            if c in "\"'":
                quote = c
                close = line_text.find(quote, pos + 1)
                while quote == "'" and close >= 0 and close + 1 < n and line_text[close + 1] == "'":
                    close = line_text.find(quote, close + 2)
                if close < 0 or (quote == '"' and "\\" in line_text[pos:close]):
                    raise Decline
                raw = line_text[pos + 1:close]
                value = raw.replace("''", "'") if quote == "'" else raw
                items.append(self.scalar(value, False, quote, base + pos, base + close + 1, lineno, pos + 1))
                pos = close + 1
            else:
                stop = pos
                while stop < n and line_text[stop] not in ",]":
                    stop += 1
                end = stop
                while end > pos and line_text[end - 1] == " ":
                    end -= 1
                value = line_text[pos:end]
                if not value or any(ch in value for ch in "[]{}#:\"'\t") or value[0] in "&*!|>%@`-?":
                    raise Decline
                items.append(self.scalar(value, True, "", base + pos, base + end, lineno, pos + 1))
                pos = end
            while pos < n and line_text[pos] == " ":
                pos += 1
            if pos >= n or self.nodes + len(items) > MAX_NODES:
                raise Decline
            if line_text[pos] == ",":
                pos += 1
                continue
            if line_text[pos] == "]":
                if not items:
                    raise Decline
                break
            raise Decline
        self.tail(line_text, pos + 1)
        self.nodes += 1
        return Sequence(items, True, base + start, base + pos, base + pos + 1, lineno, start + 1)

    # -- the file --

    def run(self) -> Node | None:
        text = self.text
        length = len(text)
        base = 0
        lineno = 0
        stack = self.stack
        simple = _SIMPLE
        bad = _PLAIN_START_BAD
        while base < length:
            m = simple.match(text, base)
            if m is not None and stack:
                # The common line, handled here: `key: plain value` (or `- key: plain value` starting the
                # next item of a list) in the mapping already open at that column.
                dash, name, v = m.group(2, 3, 4)
                name = _KEYS.get(name) or _KEYS.setdefault(name, name)  # one string per key name, not per line
                c = v[0]
                if not (c in bad or (c in "-?:" and (len(v) == 1 or v[1] == " ")) or " #" in v or ": " in v
                        or "\t" in v or v[-1] == ":"):
                    top = stack[-1]
                    key_at = m.start(3)
                    col = key_at - base
                    if dash is None:
                        ok = top.kind == "map" and top.col == col and top.pending is None and name not in top.names
                    else:
                        dash_col = m.end(1) - base
                        ok = (top.kind == "map" and len(stack) >= 2 and stack[-2].kind == "seq"
                              and stack[-2].col == dash_col and top.col > dash_col and top.pending is None)
                        if ok:
                            self.attach(self.close(stack.pop(), base + dash_col))
                            seq = stack[-1]
                            seq.item_at, seq.item_line, seq.item_index = base, lineno + 1, len(seq.items)
                            top = _Frame("map", col, key_at, lineno + 1, col + 1, len(stack))
                            top.lean = []
                            stack.append(top)
                    if ok:
                        lineno += 1
                        top.names.add(name)
                        value_at = m.start(4)
                        if top.lean is not None:
                            top.lean += (name, v, key_at, value_at - key_at, lineno - top.line)
                        else:
                            top.pairs.append((Scalar(name, True, "", None, key_at, m.end(3), lineno, col + 1),
                                              Scalar(v, True, "", None, value_at, value_at + len(v), lineno,
                                                     value_at - base + 1)))
                        self.nodes += 2
                        base = m.end() + 1
                        continue
            nl = text.find("\n", base)
            nxt = length if nl < 0 else nl + 1
            line_end = nxt - 1 if nl >= 0 else length
            if line_end > base and text[line_end - 1] == "\r":
                line_end -= 1
            lineno += 1
            line_text = text[base:line_end]
            stripped = line_text.lstrip(" ")
            if not stripped or stripped[0] == "#":
                base = nxt
                continue
            indent = len(line_text) - len(stripped)
            token = base + indent
            try:
                self.line(line_text, stripped, base, indent, lineno, token)
            except Decline:
                resumed = self.exact_item(base, indent, stripped)
                if resumed is None:
                    raise
                base, lineno = resumed
                continue
            if self.nodes > MAX_NODES:
                raise Decline
            base = nxt
        if self.root is None and not stack:
            raise Decline  # an empty file, or only a scalar: the exact reader says what is wrong
        while stack:
            self.attach(self.close(stack.pop(), length))
        return self.root

    def line(self, line_text: str, stripped: str, base: int, indent: int, lineno: int, token: int) -> None:
        stack = self.stack
        if True:
            if stripped[0] == "-" and (len(stripped) == 1 or stripped[1] == " "):
                self.dash_line(line_text, base, indent, lineno, token)
            else:
                m = _KEY.match(line_text, indent)
                if m is None:
                    raise Decline  # a continuation line, a quoted key, a bare scalar...
                self.pop_to(indent, False, token)
                if stack:
                    top = stack[-1]
                    if top.kind != "map":
                        raise Decline
                    if top.col != indent:
                        if top.pending is None or indent < top.col:
                            raise Decline
                        self.open_map(indent, token, lineno)  # a nested mapping under the pending key
                elif self.root is not None or indent != 0:
                    raise Decline
                else:
                    self.open_map(indent, token, lineno)
                self.key(m, line_text, base, lineno)

    def exact_item(self, base: int, indent: int, stripped: str) -> tuple[int, int] | None:
        """An item of a top-level list that holds something outside the subset (a block scalar, a flow
        mapping, a nested list...): read that item alone with the exact composer, then go on after it.

        The item runs from its dash line to the next content line indented no more than its dash.
        Read alone, it is a one-item block sequence with the same values; its offsets and lines are
        moved back to where they are in the file. Returns where to go on (offset, line number), or
        None when the item can't be cut out this way.
        """
        stack = self.stack
        seq_at = next((i for i, f in enumerate(stack) if f.kind == "seq"), None)
        if seq_at != 1 or stack[0].kind != "map":
            return None
        seq = stack[1]
        starts_item = stripped[0] == "-" and (len(stripped) == 1 or stripped[1] == " ")
        if starts_item and indent == seq.col and seq.item_at != base:
            seq.item_at, seq.item_line, seq.item_index = base, self.line_number(base), len(seq.items)
        if seq.item_at < 0 or base < seq.item_at:
            return None
        del stack[2:]  # whatever the fast reader had of this item
        del seq.items[seq.item_index:]
        text = self.text
        start, first_line = seq.item_at, seq.item_line
        pos = start
        end = len(text)
        lines_in = 0
        while True:
            nl = text.find("\n", pos)
            if nl < 0:
                end = len(text)
                break
            pos = nl + 1
            lines_in += 1
            line_end = text.find("\n", pos)
            line_text = text[pos:len(text) if line_end < 0 else line_end].rstrip("\r")
            body = line_text.lstrip(" ")
            if not body or body[0] == "#":
                continue
            if len(line_text) - len(body) <= seq.col:
                end = pos + len(line_text) - len(body)
                break
        from repairkit.journal.nodes import compose_exact

        try:
            node = compose_exact(text[start:end])
        except Exception:  # noqa: BLE001 - any problem: the whole file goes to the exact reader
            return None
        if not isinstance(node, Sequence) or len(node.items) != 1 or node.flow:
            return None
        item = _moved(node.items[0], start, first_line - 1)
        self.nodes += _count(item)
        seq.items.append(item)
        seq.item_at = -1
        if end == len(text):
            return end, first_line + lines_in
        line_start = text.rfind("\n", 0, end) + 1
        return line_start, first_line - 1 + text.count("\n", start, line_start)

    def line_number(self, at: int) -> int:
        return self.text.count("\n", 0, at) + 1

    def open_map(self, col: int, token: int, lineno: int) -> None:
        depth = len(self.stack)
        if depth >= MAX_DEPTH:
            raise Decline
        self.stack.append(_Frame("map", col, token, lineno, col + 1, depth))

    def key(self, m: re.Match[str], line_text: str, base: int, lineno: int) -> None:
        """A `key: value` on this line, for the mapping on top of the stack."""
        frame = self.stack[-1]
        if frame.pending is not None:
            self.settle(frame)
        name = m.group()
        if name in frame.names:
            raise Decline  # a duplicate key: the exact reader refuses it with the right words
        frame.names.add(name)
        start = m.start()
        self.nodes += 1
        key = Scalar(name, True, "", None, base + start, base + m.end(), lineno, start + 1)
        colon = m.end()
        value = self.value(line_text, base, colon + 1, lineno)
        if value is None:
            frame.pending = (key, base + colon + 1, lineno, colon + 2)
        else:
            self.unlean(frame)
            frame.pairs.append((key, value))

    def dash_line(self, line_text: str, base: int, indent: int, lineno: int, token: int) -> None:
        stack = self.stack
        self.pop_to(indent, True, token)
        if not stack:
            raise Decline  # a top level that is a list: the exact reader says so
        top = stack[-1]
        if top.kind == "seq":
            if top.col != indent:
                raise Decline
        else:
            if top.pending is None or indent < top.col:
                raise Decline
            if len(stack) >= MAX_DEPTH:
                raise Decline
            stack.append(_Frame("seq", indent, token, lineno, indent + 1, len(stack)))
        seq = stack[-1]
        seq.item_at, seq.item_line, seq.item_index = base, lineno, len(seq.items)
        pos = indent + 1
        n = len(line_text)
        while pos < n and line_text[pos] == " ":
            pos += 1
        if pos >= n or line_text[pos] == "#":
            raise Decline  # the item's content starts on the next line
        m = _KEY.match(line_text, pos)
        if m is not None:
            self.open_map(pos, base + pos, lineno)
            self.key(m, line_text, base, lineno)
            return
        item = self.value(line_text, base, pos, lineno)
        if item is None or item.__class__ is not Scalar:
            raise Decline
        stack[-1].items.append(item)


def _moved(node: Node, offset: int, lines: int) -> Node:
    """A node read from a slice of the text, placed back where that slice is in the whole text."""
    if isinstance(node, Scalar):
        return Scalar(node.value, node.plain, node.style, node.tag, node.start + offset, node.end + offset,
                      node.line + lines, node.col)
    if isinstance(node, Mapping):
        return Mapping([(_moved(k, offset, lines), _moved(v, offset, lines)) for k, v in node.pairs], node.flow,
                       node.start + offset, node.end + offset, node.content_end + offset, node.line + lines,
                       node.col)
    return Sequence([_moved(i, offset, lines) for i in node.items], node.flow, node.start + offset,
                    node.end + offset, node.content_end + offset, node.line + lines, node.col)


def _count(node: Node) -> int:
    if isinstance(node, Scalar):
        return 1
    if isinstance(node, Mapping):
        return 1 + sum(_count(k) + _count(v) for k, v in node.pairs)
    return 1 + sum(_count(i) for i in node.items)
