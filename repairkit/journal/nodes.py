"""A safe YAML composer: the journal's text becomes plain nodes that know where they are.

Built on the C event parser from ruamel.yaml.clib (fast) with our own small
composer on top, so that:
- anchors, aliases and merge keys are refused while composing (nothing is
  ever expanded), and so is any tag outside YAML's core schema;
- duplicate keys, several documents and deep nesting are refused;
- every node keeps its character offsets, so writers can splice text into
  the file instead of re-dumping it.
Nothing here constructs Python objects from tags; scalars stay text until
the validator reads them for a known field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from repairkit.errors import JournalError
from repairkit.textsafe import clip

MAX_DEPTH = 16
# Every value, key, list and mapping is a node. A journal of 20,000 entries has
# about 260,000; the limit stops a file of millions of tiny values (`[a, a, …]`)
# before it costs gigabytes of memory and minutes of parsing.
MAX_NODES = 1_000_000
CORE_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
} | {"!"}

_CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?:[ \t]|\r?$)", re.MULTILINE)
# The markers repairkit's own merge leaves around one field both partners changed differently:
# "<<<<<<< ours: plan 'late-texts', field `status`" (a git branch name can never hold ": ").
_FIELD_CONFLICT = re.compile(r"^<{7} ours: (.+?)\r?$", re.MULTILINE)
# A `key: value` line (in a mapping or starting a list item), for the hint to quote a value.
_KEY_VALUE = re.compile(r"^(\s*(?:- +)?)([A-Za-z_][\w-]*):[ \t]+(.*?)[ \t]*$")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")


@dataclass(slots=True)
class Scalar:
    value: str  # the text as written, after YAML unescaping and folding
    plain: bool  # unquoted, so YAML may read it as a number, bool, null or date
    style: str  # "" plain, "'" or '"' quoted, "|" or ">" block
    tag: str | None
    start: int  # character offsets into the text (BOM removed)
    end: int
    line: int  # 1-based
    col: int  # 1-based

    @property
    def is_null(self) -> bool:
        return self.plain and self.tag is None and self.value in _NULLS

    def kind(self) -> str:
        """What YAML's core schema reads this scalar as: str, int, float, bool or null."""
        if self.tag is not None and self.tag != "!":
            return self.tag.rsplit(":", 1)[-1]
        if not self.plain:
            return "str"
        return plain_kind(self.value)


@dataclass(slots=True)
class Mapping:
    pairs: list[tuple[Scalar, Node]]
    flow: bool
    start: int
    end: int  # where the mapping's own end event sits (block: the next token)
    content_end: int  # just after the last character of the last value
    line: int
    col: int

    def get(self, key: str) -> Node | None:
        for k, v in self.pairs:
            if k.value == key:
                return v
        return None

    def key_node(self, key: str) -> Scalar | None:
        for k, _ in self.pairs:
            if k.value == key:
                return k
        return None


class LeanMapping(Mapping):
    """A block mapping whose every pair is `key: plain one-line value`, as the fast reader (fastpath.py)
    finds nearly every plan and entry: its pairs are kept as plain data, five slots a pair in `lean`
    (key, value, the key's offset, how far after it the value starts, and how many lines after the
    mapping's first the pair is: small numbers, which Python keeps once), and become Scalars only
    when `pairs` is asked for.

    The nodes of a big journal's entries were most of the memory a read takes (about 3 KB an entry);
    the validator and the text model read these directly (validate._lean_entry, text._item), so a
    journal's entries never become nodes. Everything else sees the same pairs as an ordinary Mapping.
    """

    __slots__ = ("lean", "key_col")

    @classmethod
    def make(cls, lean: list, key_col: int, start: int, end: int, line: int, col: int) -> LeanMapping:
        node = cls.__new__(cls)
        node.lean, node.key_col = lean, key_col  # key_col: 0-based, the column of every key
        node.flow, node.start, node.end = False, start, end
        node.content_end = lean[-3] + lean[-2] + len(lean[-4])
        node.line, node.col = line, col
        return node

    def _pair(self, i: int) -> tuple[Scalar, Scalar]:
        name, value, key_at, value_at, line = self.lean[i:i + 5]
        value_at += key_at
        line += self.line
        col = self.key_col
        return (Scalar(name, True, "", None, key_at, key_at + len(name), line, col + 1),
                Scalar(value, True, "", None, value_at, value_at + len(value), line, value_at - key_at + col + 1))

    @property
    def pairs(self) -> list[tuple[Scalar, Node]]:  # type: ignore[override]
        return [self._pair(i) for i in range(0, len(self.lean), 5)]

    def fields(self) -> dict[str, str]:
        """Each key's value, as written (all plain one-line scalars)."""
        lean = self.lean
        return dict(zip(lean[0::5], lean[1::5]))

    def value_of(self, key: str) -> str | None:
        """One key's value as written, or None when the key is not there."""
        lean = self.lean
        try:
            i = lean.index(key)  # in C; a value that reads like the key is told apart below
        except ValueError:
            return None
        if i % 5 == 0:
            return lean[i + 1]
        for i in range(0, len(lean), 5):
            if lean[i] == key:
                return lean[i + 1]
        return None

    def get(self, key: str) -> Node | None:
        lean = self.lean
        for i in range(0, len(lean), 5):
            if lean[i] == key:
                return self._pair(i)[1]
        return None

    def key_node(self, key: str) -> Scalar | None:
        lean = self.lean
        for i in range(0, len(lean), 5):
            if lean[i] == key:
                return self._pair(i)[0]
        return None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return (self.pairs, self.flow, self.start, self.end, self.content_end, self.line, self.col) == \
            (other.pairs, other.flow, other.start, other.end, other.content_end, other.line, other.col)

    __hash__ = None  # type: ignore[assignment]


def plain_kind(value: str) -> str:
    """What YAML's core schema reads a plain, untagged scalar as (Scalar.kind without the node)."""
    if value in _NULLS:
        return "null"
    if value in _BOOLS:
        return "bool"
    if _INT.fullmatch(value):
        return "int"
    if _FLOAT.fullmatch(value):
        return "float"
    return "str"


@dataclass(slots=True)
class Sequence:
    items: list[Node]
    flow: bool
    start: int
    end: int
    content_end: int
    line: int
    col: int


Node = Scalar | Mapping | Sequence


def describe(node: Node) -> str:
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    return {"str": "text", "int": "a number", "float": "a number", "bool": "true/false",
            "null": "empty"}.get(node.kind(), "text")


def conflict_marker_line(text: str) -> int | None:
    if not any(mark in text for mark in ("<<<<<<<", "=======", ">>>>>>>", "|||||||")):
        return None  # the common case, found without a regular expression over the whole text
    m = _CONFLICT.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def compose_exact(text: str) -> Node:
    """libyaml's events made into nodes, with every refusal below; raises ruamel's errors as they come."""
    from _ruamel_yaml import CParser

    parser = CParser(text)
    try:
        return _Composer(parser, "").document()
    finally:
        parser.dispose()


def compose(text: str, path: str) -> Node:
    """Compose the single YAML document in `text` into nodes, refusing what a journal never needs.

    A journal in the common simple layout is read by the fast line reader
    (fastpath.py), which builds the same nodes, and libyaml's C parser then
    confirms the whole text is valid YAML without making Python objects.
    Anything else, and every error, goes through the exact composer below.
    """
    from _ruamel_yaml import CParser
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    line = conflict_marker_line(text)
    if line is not None:
        field = _FIELD_CONFLICT.search(text)
        if field is not None:
            # What is left after repairkit's merge (or `repair resolve`): only a person can choose.
            raise JournalError(f"both of you changed {clip(field.group(1))} differently, and both versions "
                               "are still in the file", path=path, line=text.count("\n", 0, field.start()) + 1,
                               col=1, hint="talk it over, keep the line you both want, delete the three "
                                           "marker lines (<<<<<<<, =======, >>>>>>>), then `repair check`")
        raise JournalError("git conflict markers: this file is in the middle of a merge",
                           path=path, line=line, col=1,
                           hint="run `repair resolve` to settle it, or edit the file to keep both sides")
    import gc

    from repairkit.journal.fastpath import compose_fast

    enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects and no cycles: collecting would only cost time
    try:
        node = compose_fast(text)
    finally:
        if enabled:
            gc.enable()
    if node is not None:
        # The fast reader only takes text in a simple subset; libyaml's C parser confirms that the
        # whole of it is valid YAML (quickly: no Python objects), and anything it finds goes to
        # the exact composer below for the precise message.
        parser = CParser(text)
        try:
            parser.raw_parse()
            return node
        except (YAMLError, ValueError):
            pass
        finally:
            parser.dispose()
    parser = CParser(text)
    try:
        composer = _Composer(parser, path)
        return composer.document()
    except MarkedYAMLError as e:
        raise _syntax_error(e, text, path) from None
    except ReaderError as e:
        raise _reader_error(e, text, path) from None
    except YAMLError as e:  # anything else the C parser reports: still a journal problem, never a crash
        raise JournalError(f"YAML: {clip(str(e))}", path=path, line=1, col=1,
                           hint="check the file in an editor; `repair check` lists what it finds") from None
    finally:
        parser.dispose()


def _reader_error(e, text: str, path: str) -> JournalError:
    """A character YAML does not allow in a file (raw control characters: ESC, BEL, DEL, C1…)."""
    before = text.encode("utf-8")[: max(e.position, 0)].decode("utf-8", errors="ignore")
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    code = e.character if isinstance(e.character, int) else 0
    what = "a control character" if code < 0x20 or 0x7F <= code <= 0x9F else "a character"
    return JournalError(f"{what} (U+{code:04X}) that YAML does not allow in a file", path=path,
                        line=line, col=col,
                        hint=f"remove it, or write it as an escape inside double quotes (\"\\u{code:04x}\")")


def _syntax_error(e, text: str, path: str) -> JournalError:
    mark = e.problem_mark or e.context_mark
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    problem = (e.problem or "invalid YAML").strip()
    # Tabs are the most common cause of a scanner error in hand-edited files.
    lines = text.splitlines()
    upto = line or len(lines)
    for n, row in enumerate(lines[:upto], start=1):
        lead = row[: len(row) - len(row.lstrip(" \t"))]
        if "\t" in lead:
            return JournalError("a tab is used for indentation; YAML needs spaces",
                                path=path, line=n, col=lead.index("\t") + 1,
                                hint="replace the tabs at the start of the line with spaces")
    context = (e.context or "").strip()
    if "quoted scalar" in context and e.context_mark is not None:
        return JournalError(f"a quoted text is never closed ({problem})", path=path,
                            line=e.context_mark.line + 1, col=e.context_mark.column + 1,
                            hint="add the closing quote, or remove the opening one")
    if context.startswith("while parsing a flow") and e.context_mark is not None:
        # Reported where the bracket opened: YAML only notices lines later, where it gave up.
        bracket = "[" if "sequence" in context else "{"
        closing = "]" if bracket == "[" else "}"
        what = "list" if bracket == "[" else "mapping"
        return JournalError(f"a {what} opened with '{bracket}' here is never closed", path=path,
                            line=e.context_mark.line + 1, col=e.context_mark.column + 1,
                            hint=f"add the closing '{closing}' after its last item, or quote the value if the "
                                 f"'{bracket}' is part of the text")
    if problem.startswith("mapping values are not allowed") and line is not None and line <= len(lines):
        return _colon_in_value(lines[line - 1], path, line, col)
    message = f"YAML syntax: {problem}" + (f" ({context})" if context else "")
    return JournalError(message, path=path, line=line, col=col,
                        hint="check the indentation, colons and quotes on this line and the one above")


def _colon_in_value(row: str, path: str, line: int, col: int | None) -> JournalError:
    """`note: Note: said it`: YAML reads the second ': ' as a new key. Say so, and show the value quoted."""
    m = _KEY_VALUE.match(row)
    if m is None or (col is not None and col <= m.start(3)):
        return JournalError("a ': ' that YAML reads as the start of a new field", path=path, line=line, col=col,
                            hint="if it is part of the text, put the whole value in quotes")
    key, value = m.group(2), m.group(3)
    if '"' not in value:
        quoted = f'"{value}"'
    elif "'" not in value:
        quoted = f"'{value}'"
    else:
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return JournalError(f"the value of `{key}` has ': ' in it, which YAML reads as the start of a new field", path=path,
                        line=line, col=col, hint=f"put the whole value in quotes: {key}: {clip(quoted)}")


class _Composer:
    def __init__(self, parser, path: str) -> None:
        self.parser = parser
        self.path = path
        self.nodes = 0

    def _error(self, message: str, mark, hint: str | None = None) -> JournalError:
        return JournalError(message, path=self.path, line=mark.line + 1, col=mark.column + 1, hint=hint)

    def document(self) -> Node:
        get = self.parser.get_event
        get()  # stream start
        event = get()
        name = type(event).__name__
        if name == "StreamEndEvent":
            raise JournalError("the journal is empty", path=self.path, line=1, col=1,
                               hint="start one with `repair init`, or add `version: 1` at the top")
        root = self.node(0)
        get()  # document end
        event = get()
        if type(event).__name__ != "StreamEndEvent":
            raise self._error("more than one YAML document in the journal", event.start_mark,
                              hint="a journal is one document: remove the second `---` and what follows, "
                                   "or merge it into the first")
        return root

    def _check_props(self, event) -> None:
        if getattr(event, "anchor", None):
            raise self._error(f"anchor &{clip(event.anchor)} is not allowed in a journal", event.start_mark,
                              hint="write the value out in full; anchors and aliases are refused "
                                   "because they can expand into huge documents")
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in CORE_TAGS:
            raise self._error(f"tag {clip(tag)} is not allowed in a journal", event.start_mark,
                              hint="remove the tag; a journal holds only plain text, numbers, dates, "
                                   "lists and mappings")

    def node(self, depth: int) -> Node:
        event = self.parser.get_event()
        name = type(event).__name__
        if name == "AliasEvent":
            raise self._error(f"alias *{clip(event.anchor)} is not allowed in a journal", event.start_mark,
                              hint="write the value out in full; anchors and aliases are refused "
                                   "because they can expand into huge documents")
        self._check_props(event)
        start = event.start_mark
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._error(f"more than {MAX_NODES:,} values in the journal", start,
                              hint="is this the right file? years of entries hold far fewer; "
                                   "move old entries to an archive file")
        if name == "ScalarEvent":
            style = event.style or ""
            return Scalar(event.value, style == "", style, event.tag, start.index,
                          event.end_mark.index, start.line + 1, start.column + 1)
        if depth >= MAX_DEPTH:
            raise self._error(f"nesting deeper than {MAX_DEPTH} levels", start,
                              hint="a journal needs only a few levels: top level, plans/log, fields")
        flow = bool(event.flow_style)
        if name == "SequenceStartEvent":
            items: list[Node] = []
            while type(self.parser.peek_event()).__name__ != "SequenceEndEvent":
                items.append(self.node(depth + 1))
            end = self.parser.get_event()
            content_end = end.end_mark.index if flow else (_content_end(items[-1]) if items else start.index)
            return Sequence(items, flow, start.index, end.start_mark.index, content_end,
                            start.line + 1, start.column + 1)
        # MappingStartEvent
        pairs: list[tuple[Scalar, Node]] = []
        seen: dict[str, int] = {}
        while type(self.parser.peek_event()).__name__ != "MappingEndEvent":
            key = self.node(depth + 1)
            if not isinstance(key, Scalar):
                raise JournalError("a key must be plain text", path=self.path, line=key.line, col=key.col,
                                   hint="keys are names like `id` or `note`")
            if key.plain and key.value == "<<":
                raise JournalError("merge keys (<<) are not allowed in a journal", path=self.path,
                                   line=key.line, col=key.col, hint="write the fields out in full")
            if key.value in seen:
                raise JournalError(f"duplicate key '{clip(key.value)}' (first on line {seen[key.value]})",
                                   path=self.path, line=key.line, col=key.col,
                                   hint="keep one of them; YAML would silently use only the last")
            seen[key.value] = key.line
            pairs.append((key, self.node(depth + 1)))
        end = self.parser.get_event()
        content_end = end.end_mark.index if flow else (_content_end(pairs[-1][1]) if pairs else start.index)
        return Mapping(pairs, flow, start.index, end.start_mark.index, content_end,
                       start.line + 1, start.column + 1)


def _content_end(node: Node) -> int:
    return node.end if isinstance(node, Scalar) else node.content_end
