"""Reading a journal: its bytes become text, nodes, and then plans and entries, with every problem
found on the way reported with its line and column.

Refused: invalid UTF-8, NUL bytes, line breaks other than LF and CRLF, lines over 8 MB, anything the
composer refuses (nodes.py), and everything the schema below does not allow. A file that fails here
is never written to.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from repairkit.dates import DATE_RE, DATETIME_RE, parse_stored_date
from repairkit.errors import JournalError, UsageError
from repairkit.ids import ID_RULE, MAX_ID, is_valid_id, suggest_id
from repairkit.journal.store import display_path
from repairkit.journal.text import AppendPoint, Document, append_points, decompose
from repairkit.model import ENTRY_FIELDS, FEARS, KINDS, OUTCOMES, PLAN_FIELDS, STATUSES, Contents, Entry, Plan
from repairkit.textsafe import clip

MAX_LINE = 8 * 1024 * 1024  # bytes on one line; found before parsing, so a 40 MB line costs nothing
# Dates outside these years are typos (0226 for 2026) and would make a review's
# day-by-day timeline span centuries; they are refused when read and when written.
MIN_YEAR, MAX_YEAR = 1900, 2999
MAX_PROBLEMS = 100  # `repair check` lists this many, then stops: a broken file of a million items stays readable
TEXT_FIELDS = ("title", "repairing", "hurt", "incident", "impact", "pattern", "behavior", "raise_it")


def check_window(option: str, value: dt.date | None) -> None:
    """A --since/--until date within the years a journal holds (a window of centuries is a typo)."""
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise UsageError(f"{option}: {value.isoformat()} is outside the years a journal holds "
                         f"({MIN_YEAR} to {MAX_YEAR})", hint="is the year a typo?")


@dataclass
class Snapshot:
    """A journal that loaded cleanly: its bytes, what it holds, and where a writer changes it."""

    path: Path
    data: bytes
    sha: str
    contents: Contents
    points: dict[str, AppendPoint]  # where a new plan or entry is spliced in (byte offsets)
    plan_spans: dict[str, tuple[int, int]]  # each plan item's own text, as byte offsets
    doc: Document | None = field(default=None, repr=False)  # the pieces, when parsed fresh (not cached)
    cache_depth: int | None = field(default=None, repr=False)  # set when it came from the cache
    entry_rows: Any = field(default=None, repr=False)  # the cache's rows, without making records
    doc_rows: Any = field(default=None, repr=False)  # the cache's text model, when it has one

    @property
    def journal(self) -> Contents:  # the name older code and tests use
        return self.contents

    def entry_ids(self) -> set[str]:
        """The entry ids, from the cache's rows when it came from the cache (without making a record
        per entry: at 20,000 entries that was a third of a merge)."""
        if self.entry_rows is not None:
            return {row[0] for row in self.entry_rows()}
        return {e.id for e in self.contents.entries}

    def rows_only(self) -> None:
        """Let the entries' records go when the cache's rows hold the same (a merge needs only the rows);
        they are made again from the rows if asked for."""
        if self.entry_rows is None:
            return
        from repairkit.journal.cache import entries_from_rows

        rows, old = self.entry_rows, self.contents
        self.contents = Contents(path=old.path, version=old.version, people=old.people, plans=old.plans,
                                 entry_loader=lambda: entries_from_rows(rows()))

    def document(self) -> Document | None:
        """The text cut into its pieces: from the parse, or rebuilt from the cache's model without
        reading the YAML again; None when neither has it."""
        if self.doc is None and self.doc_rows is not None:
            rows = self.doc_rows()
            if rows is not None:
                bom = self.data.startswith(b"\xef\xbb\xbf")
                self.doc = Document.from_rows(decode(self.data, display_path(self.path)), rows, bom=bom)
        return self.doc


def sha_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, shown: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        raise JournalError(f"invalid UTF-8 (byte 0x{data[e.start]:02x})", path=shown, line=line, col=col,
                           hint="save the file as UTF-8 in your editor") from None
    if "\x00" in text:
        at = text.index("\x00")
        line = text.count("\n", 0, at) + 1
        raise JournalError("a NUL byte in the journal", path=shown, line=line,
                           col=at - (text.rfind("\n", 0, at) + 1) + 1, hint="is this a binary file?")
    return text


def long_line(data: bytes, limit: int = MAX_LINE) -> tuple[int, int] | None:
    """(line number, length) of a line longer than `limit` bytes, or None.

    Looks at aligned windows of limit/2 bytes instead of at every line: any
    line longer than the limit covers a whole window with no line break, so
    only those windows are measured exactly. A few calls for a 50 MB file.
    """
    if len(data) <= limit:
        return None
    step = max(limit // 2, 1)
    for start in range(0, len(data) - step + 1, step):
        stop = start + step
        if data.find(b"\n", start, stop) >= 0 or data.find(b"\r", start, stop) >= 0:
            continue
        begin = max(data.rfind(b"\n", 0, start), data.rfind(b"\r", 0, start)) + 1
        ends = [i for i in (data.find(b"\n", stop), data.find(b"\r", stop)) if i >= 0]
        end = min(ends) if ends else len(data)
        if end - begin > limit:
            return data.count(b"\n", 0, begin) + 1, end - begin
    return None


def _check_line_breaks(text: str, shown: str) -> None:
    """Only LF and CRLF end lines. libyaml also ends a line at a lone CR, NEL, U+2028 and U+2029,
    which editors and other YAML readers do not: the tool would append in the wrong place."""
    at = -1
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        at = re.search("\r(?!\n)", text).start()
        what, hint = "a carriage return (CR) that does not end a CRLF line", \
            "save the file with LF (or CRLF) line endings; a lone CR is an old Mac line ending"
    else:
        found = [i for i in (text.find("\x85"), text.find("\u2028"), text.find("\u2029")) if i >= 0]
        if not found:
            return
        at = min(found)
        what = f"a U+{ord(text[at]):04X} line separator, which YAML reads as a line break"
        hint = f"write it as \"\\u{ord(text[at]):04x}\" inside double quotes, or use a normal line break"
    line = text.count("\n", 0, at) + 1
    raise JournalError(what, path=shown, line=line, col=at - (text.rfind("\n", 0, at) + 1) + 1, hint=hint)


def compose_text(data: bytes, shown: str) -> tuple[str, Any]:
    """The text and its nodes; JournalError on the first problem below the schema."""
    from repairkit.journal.nodes import compose

    too_long = long_line(data)
    if too_long is not None:
        line, size = too_long
        raise JournalError(f"line {line} is {size / (1024 * 1024):.1f} MB long, over the "
                           f"{MAX_LINE // (1024 * 1024)} MB a line may be", path=shown, line=line, col=1,
                           hint="is this the right file? a journal's lines are sentences, not megabytes")
    text = decode(data, shown)
    _check_line_breaks(text, shown)
    return text, compose(text, shown)


def parse(path: Path, data: bytes, sha: str | None = None, *,
          pieces: bool = True) -> tuple[Snapshot | None, list[JournalError]]:
    """Every problem in the journal's bytes, or a Snapshot of it when there is none, with the text
    cut into its pieces (text.Document: the model appends, edits, removals, merges and the cache use)."""
    import gc

    shown = display_path(path)
    enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects and no cycles: collecting only costs time
    try:
        try:
            text, root = compose_text(data, shown)
        except JournalError as e:
            return None, [e]
        v = _Validator(shown, text)
        try:
            contents = v.journal(root)
        except _TooManyProblems:
            return None, v.problems
        if v.problems:
            return None, v.problems
        contents.path = str(path)
        bom = data.startswith(b"\xef\xbb\xbf")
        points = append_points(root, text, bom)
        doc = decompose(text, root, bom=bom)
        del root
    finally:
        if enabled:
            gc.enable()
    return Snapshot(path, data, sha or sha_of(data), contents, points, plan_spans(doc, bom), doc), []


def plan_spans(doc: Document, bom: bool) -> dict[str, tuple[int, int]]:
    """Byte offsets of each plan item's own text, for editing a plan without reading the whole file."""
    section = doc.section("plans")
    if section is None or not section.items:
        return {}
    text = doc.text
    prefix = 3 if bom else 0
    spans = {}
    for item in section.items:
        start = prefix + len(text[:item.own_start].encode("utf-8"))
        spans[item.id] = (start, start + len(item.own.encode("utf-8")))
    return spans


_WORDS_YAML_READS_OTHERWISE = frozenset(("null", "true", "false"))  # valid ids, but YAML reads them as values
_ENTRY_KEYS = frozenset(ENTRY_FIELDS)


def _lean_entry(node, plan_ids: set[str]) -> Entry | None:
    """_plain_entry for a nodes.LeanMapping (every value a plain one-line scalar, no tag), on its
    values as written, without making nodes. The same checks in the same order; None for anything
    else, which the full checks then read (through ordinary nodes) and report on."""
    from repairkit.journal.nodes import _NULLS, Scalar, plain_kind

    fields = node.fields()
    try:
        entry_id, at_text, plan, kind = fields["id"], fields["at"], fields["plan"], fields["kind"]
    except KeyError:
        return None
    if not is_valid_id(entry_id) or entry_id in _WORDS_YAML_READS_OTHERWISE:
        return None
    if plan not in plan_ids or plan in _NULLS or kind not in KINDS or at_text in _NULLS:
        return None
    try:
        at = parse_stored_date(at_text, with_time=True)
    except ValueError:
        return None
    if not MIN_YEAR <= at.year <= MAX_YEAR or plain_kind(at_text) != "str":
        return None
    outcome = nxt = None
    outcome_text, next_text = fields.get("outcome"), fields.get("next")
    if outcome_text is not None and outcome_text not in _NULLS:
        outcome = outcome_text
        if outcome not in OUTCOMES:
            return None
    if next_text is not None and next_text not in _NULLS:
        try:
            nxt = parse_stored_date(next_text, with_time=False)
        except ValueError:
            return None
        if not MIN_YEAR <= nxt.year <= MAX_YEAR or plain_kind(next_text) != "str":
            return None
    by, note = fields.get("by"), fields.get("note")
    extra = {} if fields.keys() <= _ENTRY_KEYS else \
        {k: to_python(Scalar(v, True, "", None, 0, 0, 0, 0)) for k, v in fields.items() if k not in ENTRY_FIELDS}
    return Entry(id=entry_id, at=at, plan=plan, kind=kind,
                 by=None if by is None or by in _NULLS else by,
                 note=None if note is None or note in _NULLS else note,
                 outcome=outcome, next=nxt, line=node.line, extra=extra)


def _plain_entry(node, plan_ids: set[str]) -> Entry | None:
    """The common entry, checked in one pass: every field a scalar with no tag, every value what it
    must be. None for anything else, which the full checks below then read and report on."""
    from repairkit.journal.nodes import LeanMapping, Scalar

    if node.__class__ is LeanMapping:
        return _lean_entry(node, plan_ids)
    fields: dict[str, Any] = {}
    for k, v in node.pairs:
        if v.__class__ is not Scalar or v.tag is not None:
            return None
        fields[k.value] = v
    try:
        id_node, at_node, plan_node, kind_node = fields["id"], fields["at"], fields["plan"], fields["kind"]
    except KeyError:
        return None
    entry_id, plan, kind = id_node.value, plan_node.value, kind_node.value
    if not is_valid_id(entry_id) or (id_node.plain and entry_id in _WORDS_YAML_READS_OTHERWISE):
        return None
    if plan not in plan_ids or plan_node.is_null or kind not in KINDS or at_node.is_null:
        return None
    try:
        at = parse_stored_date(at_node.value, with_time=True)
    except ValueError:
        return None
    if not MIN_YEAR <= at.year <= MAX_YEAR or at_node.kind() != "str":
        return None
    outcome = nxt = None
    node_outcome, node_next = fields.get("outcome"), fields.get("next")
    if node_outcome is not None and not node_outcome.is_null:
        outcome = node_outcome.value
        if outcome not in OUTCOMES:
            return None
    if node_next is not None and not node_next.is_null:
        try:
            nxt = parse_stored_date(node_next.value, with_time=False)
        except ValueError:
            return None
        if not MIN_YEAR <= nxt.year <= MAX_YEAR or node_next.kind() != "str":
            return None
    by, note = fields.get("by"), fields.get("note")
    extra = {k: to_python(v) for k, v in fields.items() if k not in ENTRY_FIELDS} \
        if len(fields) > sum(1 for k in ENTRY_FIELDS if k in fields) else {}
    return Entry(id=entry_id, at=at, plan=plan, kind=kind,
                 by=None if by is None or by.is_null else by.value,
                 note=None if note is None or note.is_null else note.value,
                 outcome=outcome, next=nxt, line=node.line, extra=extra)


class _Fields:
    """A plan's or entry's mapping with its keys in a dict: the validator asks for a dozen keys of each of
    tens of thousands of items, and a list scan per key is most of a big journal's read."""

    __slots__ = ("col", "extra", "fields", "line", "node")

    def __init__(self, node) -> None:
        self.node = node
        self.fields = {k.value: v for k, v in node.pairs}
        self.line, self.col = node.line, node.col
        known = ENTRY_FIELDS if "at" in self.fields else PLAN_FIELDS
        self.extra = any(k not in known for k in self.fields)

    def get(self, key: str):
        return self.fields.get(key)


class _TooManyProblems(Exception):
    pass


class _Validator:
    """Turns composed nodes into Contents, collecting every problem with its place."""

    def __init__(self, shown: str, text: str) -> None:
        self.shown = shown
        self.text = text
        self.problems: list[JournalError] = []

    def problem(self, node, message: str, hint: str | None = None) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems.append(JournalError(f"more problems from here on; stopped after {MAX_PROBLEMS}",
                                              path=self.shown, line=node.line, col=node.col,
                                              hint="fix these, then run `repair check` again"))
            raise _TooManyProblems
        self.problems.append(JournalError(message, path=self.shown, line=node.line, col=node.col, hint=hint))

    def journal(self, root) -> Contents:
        from repairkit.journal.nodes import Mapping, Scalar, Sequence

        j = Contents(path=self.shown)
        if not isinstance(root, Mapping):
            if isinstance(root, Scalar) and root.is_null:
                self.problem(root, "the journal is empty",
                             hint="start one with `repair init`, or add `version: 1` at the top")
            else:
                self.problem(root, "the top level of the journal must be a mapping (`version: 1`, `plans:`, `log:`)",
                             hint="see `repair init` for the layout of a new journal")
            return j
        version = root.get("version")
        if version is None:
            self.problem(root, "no `version` at the top level", hint="add `version: 1` as the first line")
        elif isinstance(version, Scalar) and version.kind() == "str" and version.value.strip() == "1":
            self.problem(version, "`version` is written as text ('1'), not as the number 1",
                         hint="remove the quotes: version: 1")
        elif not (isinstance(version, Scalar) and version.kind() == "int" and version.value.strip() == "1"):
            shown = clip(version.value) if isinstance(version, Scalar) else "?"
            self.problem(version, f"journal version {shown} is not one this repair understands (it reads version 1)",
                         hint="upgrade repairkit, or set `version: 1` if the number is a typo")
        people = root.get("people")
        if people is not None and not (isinstance(people, Scalar) and people.is_null):
            if not isinstance(people, Sequence):
                self.problem(people, "`people` must be a list of names", hint="for example: people: [Sam, Alex]")
            else:
                for item in people.items:
                    name = self.text_value(item, "a name in `people`")
                    if name:
                        j.people.append(name)
        plans = self.sequence(root, "plans")
        entries = self.sequence(root, "log")
        seen: dict[str, int] = {}
        named = set()  # every plan id written, even on a plan with problems, so entries don't cascade
        for node in plans:
            id_node = node.get("id")
            if isinstance(id_node, Scalar) and not id_node.is_null:
                named.add(id_node.value)
            plan = self.plan(node)
            if plan is None:
                continue
            if plan.id in seen:
                self.problem(node.get("id"), f"duplicate plan id '{clip(plan.id)}' (first on line {seen[plan.id]})",
                             hint="give each plan its own id")
                continue
            seen[plan.id] = node.line
            j.plans.append(plan)
        plan_ids = named
        seen = {}
        for node in entries:
            entry = self.entry(node, plan_ids)
            if entry is None:
                continue
            if entry.id in seen:
                self.problem(node.get("id"),
                             f"duplicate entry id '{clip(entry.id)}' (first on line {seen[entry.id]})",
                             hint="give one of them a new id (lowercase letters, digits and hyphens, starting with a letter)")
                continue
            seen[entry.id] = node.line
            j.entries.append(entry)
        return j

    def sequence(self, root, key: str) -> list:
        from repairkit.journal.nodes import Mapping, Scalar, Sequence

        node = root.get(key)
        if node is None or (isinstance(node, Scalar) and node.is_null):
            return []
        if not isinstance(node, Sequence):
            from repairkit.journal.nodes import describe
            self.problem(node, f"`{key}` must be a list, not {describe(node)}",
                         hint=f"each item starts with `- ` under `{key}:`")
            return []
        good = []
        for item in node.items:
            if isinstance(item, Mapping):
                good.append(item)
            else:
                what = "plan" if key == "plans" else "log entry"
                self.problem(item, f"each {what} must be a mapping of fields",
                             hint="for example: `- id: ...` followed by indented `key: value` lines")
        return good

    def text_value(self, node, what: str) -> str | None:
        from repairkit.journal.nodes import Scalar, describe

        if not isinstance(node, Scalar):
            self.problem(node, f"{what} must be text, not {describe(node)}",
                         hint="write it on one line, or use `|` for several lines")
            return None
        if node.is_null:
            return None
        return node.value

    def id_value(self, mapping, what: str) -> str | None:
        from repairkit.journal.nodes import Scalar

        node = mapping.get("id")
        if node is None:
            self.problem(mapping, f"this {what} has no `id`", hint="add `id:` with a word that starts with a letter")
            return None
        if not isinstance(node, Scalar) or node.is_null:
            self.problem(node, f"the {what}'s `id` must be a word", hint="for example: id: late-texts")
            return None
        if node.kind() != "str":
            self.problem(node, f"id {clip(node.value)} reads as a number or a boolean in YAML, not as text",
                         hint=f"quote it (id: \"{clip(node.value)}\") or start it with a letter")
            return None
        if not is_valid_id(node.value):
            too_long = len(node.value) > MAX_ID
            self.problem(node, f"id '{clip(node.value)}' is " + (f"longer than {MAX_ID} characters" if too_long
                         else "not a valid id") + ": ids use lowercase letters, digits and single hyphens, "
                         "and start with a letter",
                         hint=f"an id matches {ID_RULE} (at most {MAX_ID} characters), so it is safe in a path "
                              f"or a shell; for example: id: {suggest_id(node.value)}")
            return None
        return node.value

    def choice(self, mapping, key: str, allowed: tuple[str, ...], what: str) -> str | None:
        node = mapping.get(key)
        if node is None:
            return None
        value = self.text_value(node, f"`{key}`")
        if value is None:
            return None
        if value not in allowed:
            self.problem(node, f"unknown {what} '{clip(value)}'", hint="use one of: " + ", ".join(allowed))
            return None
        return value

    def date_value(self, mapping, key: str, *, with_time: bool = False):
        from repairkit.journal.nodes import Scalar, describe

        node = mapping.get(key)
        if node is None:
            return None
        if not isinstance(node, Scalar):
            self.problem(node, f"`{key}` must be a date, not {describe(node)}", hint="write it as YYYY-MM-DD")
            return None
        if node.is_null:
            return None
        if node.kind() in ("int", "float", "bool"):
            self.problem(node, f"`{key}` must be a date, not {describe(node)} ({clip(node.value)})",
                         hint="write it as YYYY-MM-DD")
            return None
        try:
            value = parse_stored_date(node.value, with_time=with_time)
        except ValueError:
            self.problem(node, f"'{clip(node.value)}' is not a real date"
                         if DATE_RE.fullmatch(node.value.strip()) or DATETIME_RE.fullmatch(node.value.strip())
                         else f"`{key}` '{clip(node.value)}' is not a date",
                         hint="write it as YYYY-MM-DD" + (" or YYYY-MM-DDTHH:MM+01:00" if with_time else ""))
            return None
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            self.problem(node, f"`{key}` {clip(node.value)} is outside the years a journal holds "
                               f"({MIN_YEAR} to {MAX_YEAR})", hint="is the year a typo?")
            return None
        return value

    def extras(self, mapping, known: tuple[str, ...]) -> dict[str, Any]:
        return {k.value: to_python(v) for k, v in mapping.pairs if k.value not in known}

    def plan(self, node) -> Plan | None:
        node = _Fields(node)
        before = len(self.problems)
        plan_id = self.id_value(node, "plan")
        texts = {}
        for key in TEXT_FIELDS:
            child = node.get(key)
            if child is not None:
                texts[key] = self.text_value(child, f"`{key}`")
        fear = self.choice(node, "fear", FEARS, "fear")
        status = self.choice(node, "status", STATUSES, "status")
        opened = self.date_value(node, "opened")
        check_in = self.date_value(node, "check_in")
        if plan_id is None or len(self.problems) > before:
            return None
        return Plan(id=plan_id, opened=opened, check_in=check_in, fear=fear, status=status or "active",
                    line=node.line, extra=self.extras(node.node, PLAN_FIELDS), **texts)

    def entry(self, node, plan_ids: set[str]) -> Entry | None:
        fast = _plain_entry(node, plan_ids)
        if fast is not None:
            return fast
        node = _Fields(node)
        before = len(self.problems)
        entry_id = self.id_value(node, "log entry")
        at = self.date_value(node, "at", with_time=True)
        if at is None and node.get("at") is None:
            self.problem(node, "this log entry has no `at` date", hint="add `at: YYYY-MM-DD`")
        plan_node = node.get("plan")
        plan = self.text_value(plan_node, "`plan`") if plan_node is not None else None
        if plan_node is None or plan is None:
            self.problem(plan_node or node, "this log entry names no `plan`", hint="add `plan:` with a plan's id")
        elif plan not in plan_ids:
            self.problem(plan_node, f"log entry for plan '{clip(plan)}', which is not in `plans`",
                         hint="known plans: " + (clip(", ".join(sorted(plan_ids)), 200) or "none yet"))
        kind = self.choice(node, "kind", KINDS, "kind")
        if node.get("kind") is None:
            self.problem(node, "this log entry has no `kind`", hint="use one of: " + ", ".join(KINDS))
        by = self.text_value(node.get("by"), "`by`") if node.get("by") is not None else None
        note = self.text_value(node.get("note"), "`note`") if node.get("note") is not None else None
        outcome = self.choice(node, "outcome", OUTCOMES, "outcome")
        nxt = self.date_value(node, "next")
        if len(self.problems) > before or entry_id is None or at is None or kind is None or plan is None:
            return None
        return Entry(id=entry_id, at=at, plan=plan, kind=kind, by=by, note=note, outcome=outcome, next=nxt,
                     line=node.line, extra=self.extras(node.node, ENTRY_FIELDS) if node.extra else {})


INT_LIMIT = 2 ** 64  # unknown keys' integers beyond ±2**64 are kept as the text written


def _integer(text: str) -> int | str:
    """A YAML integer as a number when it fits in 64 bits, else the text as written.

    Python reads any length of decimal, hex or octal, but refuses to turn an integer of more than
    4,300 digits back into text (and JSON readers lose digits long before): `0x` and 4,000 hex
    digits passed `check` and crashed `export -f json`. Kept as text, every command can show,
    export and merge it, and `check`, which reads it the same way, has nothing to refuse.
    """
    if len(text) > 40:  # even 0o and 22 octal digits, or 2**64 with leading zeros, fit in 40
        return text
    value = int(text, 0) if not text.lstrip("+-").isdigit() else int(text)
    return value if -INT_LIMIT < value < INT_LIMIT else text


def to_python(node) -> Any:
    """Plain Python values for fields the tool does not know (kept, shown in exports)."""
    from repairkit.journal.nodes import Mapping, Sequence

    if isinstance(node, Mapping):
        return {k.value: to_python(v) for k, v in node.pairs}
    if isinstance(node, Sequence):
        return [to_python(i) for i in node.items]
    kind = node.kind()
    try:
        if kind == "null":
            return None
        if kind == "bool":
            return node.value.lower() == "true"
        if kind == "int":
            return _integer(node.value)
        if kind == "float":
            return float(node.value.replace(".inf", "inf").replace(".nan", "nan").replace(".Inf", "inf"))
    except ValueError:
        pass
    return node.value
