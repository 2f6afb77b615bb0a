"""Find, load, validate and write the journal.

Writes keep every byte they do not touch: new plans and entries are spliced
into the text at the end of their list, and edits replace only the value
they change. Each write is locked (a flock on the journal's directory, never
on the file that is replaced), atomic (temp file, fsync, rename, fsync of the
directory) and only ever made to a journal that loaded cleanly.

Parsing a large journal costs real time, so a validated parse is cached
outside the repository, keyed by the SHA-256 of the file's bytes; a cache
entry is only ever used for exactly the bytes it was made from.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import hashlib
import marshal
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from repairkit import __version__
from repairkit.errors import JournalError, UsageError
from repairkit.model import ENTRY_FIELDS, FEARS, KINDS, OUTCOMES, PLAN_FIELDS, STATUSES, Entry, Journal, Plan
from repairkit.textsafe import UNSAFE_CHARS

DEFAULT_NAME = "repair.yaml"
MAX_BYTES = 50 * 1024 * 1024
LOCK_TIMEOUT = 10.0
CACHE_FORMAT = f"2-{__version__}"  # bump whenever validation gets stricter
TEMP_PREFIX = ".repair-tmp-"

MAX_LINE = 8 * 1024 * 1024  # bytes on one line; found before parsing, so a 40 MB line costs nothing
# Dates outside these years are typos (0226 for 2026) and would make a review's
# day-by-day timeline span centuries; they are refused when read and when written.
MIN_YEAR, MAX_YEAR = 1900, 2999
MAX_PROBLEMS = 100  # `repair check` lists this many, then stops: a broken file of a million items stays readable


def check_window(option: str, value: dt.date | None) -> None:
    """A --since/--until date within the years a journal holds (a window of centuries is a typo)."""
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise UsageError(f"{option}: {value.isoformat()} is outside the years a journal holds "
                         f"({MIN_YEAR} to {MAX_YEAR})", hint="is the year a typo?")


def shorten(value: str, limit: int = 60) -> str:
    from repairkit.journal.nodes import shorten as short

    return short(value, limit)


TEXT_FIELDS = ("title", "repairing", "hurt", "incident", "impact", "pattern", "behavior", "raise_it")


# ------------------------------------------------------------------ finding ---

def find_journal(explicit: str | None = None, cwd: Path | None = None) -> Path:
    """--journal › $REPAIR_JOURNAL › the nearest repair.yaml here or above."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("REPAIR_JOURNAL")
    if env:
        return Path(env)
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_NAME
        if candidate.is_file():
            return candidate
    raise JournalError(f"no {DEFAULT_NAME} here or in any folder above",
                       hint="run `repair init` to start a journal, or pass --journal PATH")


def display_path(path: Path | str) -> str:
    """The path as the user would write it: relative when it is below the current folder."""
    p = Path(path)
    try:
        rel = os.path.relpath(p)
    except ValueError:
        return str(p)
    return rel if not rel.startswith("..") else str(p)


# ------------------------------------------------------------------ loading ---

@dataclass
class Loaded:
    """A journal that loaded cleanly, with what writers need to splice into it."""

    path: Path
    data: bytes
    sha: str
    journal: Journal
    layouts: dict[str, dict[str, Any]]
    cache_depth: int | None = field(default=None, repr=False)  # set when it came from the cache
    entry_rows_fn: Any = field(default=None, repr=False)  # the cache's rows, without making records


def read_bytes(path: Path) -> bytes:
    """The journal's bytes; refused by size before any is read, and never blocking on a FIFO."""
    import stat as stat_module

    shown = display_path(path)
    too_big = JournalError(f"the journal is over the {MAX_BYTES // (1024 * 1024)} MB a journal may be",
                           path=shown, line=1, col=1,
                           hint="is this the right file? a journal of years of entries is a few MB")
    try:
        # O_NONBLOCK only for the open: a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(fd)
            if stat_module.S_ISDIR(info.st_mode):
                raise IsADirectoryError(path)
            if info.st_size > MAX_BYTES:
                too_big.message = f"the journal is {info.st_size / (1024 * 1024):.1f} MB, over the " \
                                  f"{MAX_BYTES // (1024 * 1024)} MB a journal may be"
                raise too_big
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:  # grew since fstat(), or not a regular file
            raise too_big
        return data
    except FileNotFoundError:
        raise JournalError(f"{shown} does not exist", hint="run `repair init` to start a journal") from None
    except IsADirectoryError:
        raise JournalError(f"{shown} is a folder, not a journal file") from None
    except PermissionError:
        raise JournalError(f"{shown} cannot be read (permission denied)",
                           hint="check the file's owner and mode (`ls -l`)") from None
    except OSError as e:
        raise JournalError(f"{shown} cannot be read ({e.strerror or e})") from None


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


def load(path: Path, *, use_cache: bool = True) -> Loaded:
    """Load and validate the journal; JournalError (exit 3) on the first problem."""
    data = read_bytes(path)
    sha = hashlib.sha256(data).hexdigest()
    if use_cache:
        cached = _cache_read(path, data, sha)
        if cached is not None:
            return cached
    loaded, problems = parse(path, data, sha)
    if problems:
        first = problems[0]
        if len(problems) > 1:
            more = f"over {MAX_PROBLEMS - 1}" if len(problems) > MAX_PROBLEMS else str(len(problems) - 1)
            first.hint = ((first.hint + "; ") if first.hint else "") + \
                f"{more} more problem(s): `repair check` lists them all"
        raise first
    assert loaded is not None
    if use_cache:
        _cache_write(loaded)
    return loaded


def check(path: Path) -> tuple[Loaded | None, list[JournalError]]:
    """Every problem in the journal, for `repair check`."""
    data = read_bytes(path)
    sha = hashlib.sha256(data).hexdigest()
    cached = _cache_read(path, data, sha)
    if cached is not None:
        return cached, []
    loaded, problems = parse(path, data, sha)
    if loaded is not None and not problems:
        _cache_write(loaded)
    return loaded, problems


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


def parse(path: Path, data: bytes, sha: str) -> tuple[Loaded | None, list[JournalError]]:
    from repairkit.journal.nodes import compose

    shown = display_path(path)
    too_long = long_line(data)
    if too_long is not None:
        line, size = too_long
        return None, [JournalError(f"line {line} is {size / (1024 * 1024):.1f} MB long, over the "
                                   f"{MAX_LINE // (1024 * 1024)} MB a line may be", path=shown, line=line, col=1,
                                   hint="is this the right file? a journal's lines are sentences, not megabytes")]
    try:
        text = decode(data, shown)
        _check_line_breaks(text, shown)
        root = compose(text, shown)
    except JournalError as e:
        return None, [e]
    v = _Validator(shown, text)
    try:
        journal = v.journal(root)
    except _TooManyProblems:
        return None, v.problems
    if v.problems:
        return None, v.problems
    journal.path = str(path)
    layouts = _layouts(root, text, data)
    return Loaded(path, data, sha, journal, layouts), []


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DATETIME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?"
                       r"[ \t]*(Z|z|[-+]\d{1,2}(?::?\d{2})?)?")
_ID = re.compile(f"[^\\s{UNSAFE_CHARS}]+")  # one word, nothing a terminal would act on or hide


def parse_stored_date(text: str, *, with_time: bool) -> dt.date | dt.datetime:
    """A date or datetime as people write them in the file; ValueError if it is not one."""
    s = text.strip()
    m = _DATE.fullmatch(s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = _DATETIME.fullmatch(s)
    if not m:
        raise ValueError(s)
    frac = (m[7] or "0")[:6].ljust(6, "0")
    tz = None
    if m[8]:
        if m[8] in "Zz":
            tz = dt.timezone.utc
        else:
            sign = -1 if m[8][0] == "-" else 1
            digits = m[8][1:].replace(":", "")
            hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
            tz = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    value = dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0), int(frac), tz)
    return value if with_time else value.date()


class _TooManyProblems(Exception):
    pass


class _Validator:
    """Turns composed nodes into a Journal, collecting every problem with its place."""

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

    def journal(self, root) -> Journal:
        from repairkit.journal.nodes import Mapping, Scalar, Sequence

        j = Journal(path=self.shown)
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
            shown = shorten(version.value) if isinstance(version, Scalar) else "?"
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
                self.problem(node.get("id"), f"duplicate plan id '{shorten(plan.id)}' (first on line {seen[plan.id]})",
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
                             f"duplicate entry id '{shorten(entry.id)}' (first on line {seen[entry.id]})",
                             hint="give one of them a new id (any word starting with a letter)")
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
            self.problem(node, f"id {shorten(node.value)} reads as a number or a boolean in YAML, not as text",
                         hint=f"quote it (id: \"{shorten(node.value)}\") or start it with a letter")
            return None
        if not _ID.fullmatch(node.value):
            self.problem(node, f"id '{shorten(node.value)}' must be one word with no spaces or control characters",
                         hint="use letters, digits and dashes, for example: late-texts")
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
            self.problem(node, f"unknown {what} '{shorten(value)}'", hint="use one of: " + ", ".join(allowed))
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
            self.problem(node, f"`{key}` must be a date, not {describe(node)} ({shorten(node.value)})",
                         hint="write it as YYYY-MM-DD")
            return None
        try:
            value = parse_stored_date(node.value, with_time=with_time)
        except ValueError:
            self.problem(node, f"'{shorten(node.value)}' is not a real date"
                         if _DATE.fullmatch(node.value.strip()) or _DATETIME.fullmatch(node.value.strip())
                         else f"`{key}` '{shorten(node.value)}' is not a date",
                         hint="write it as YYYY-MM-DD" + (" or YYYY-MM-DDTHH:MM+01:00" if with_time else ""))
            return None
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            self.problem(node, f"`{key}` {shorten(node.value)} is outside the years a journal holds "
                               f"({MIN_YEAR} to {MAX_YEAR})", hint="is the year a typo?")
            return None
        return value

    def extras(self, mapping, known: tuple[str, ...]) -> dict[str, Any]:
        return {k.value: to_python(v) for k, v in mapping.pairs if k.value not in known}

    def plan(self, node) -> Plan | None:
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
                    line=node.line, extra=self.extras(node, PLAN_FIELDS), **texts)

    def entry(self, node, plan_ids: set[str]) -> Entry | None:
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
            self.problem(plan_node, f"log entry for plan '{shorten(plan)}', which is not in `plans`",
                         hint="known plans: " + (shorten(", ".join(sorted(plan_ids)), 200) or "none yet"))
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
                     line=node.line, extra=self.extras(node, ENTRY_FIELDS))


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
            return int(node.value, 0) if not node.value.lstrip("+-").isdigit() else int(node.value)
        if kind == "float":
            return float(node.value.replace(".inf", "inf").replace(".nan", "nan").replace(".Inf", "inf"))
    except ValueError:
        pass
    return node.value


# ------------------------------------------------------------------ layout ---
# Where a new plan or entry goes, as byte offsets into the file, so a write
# can splice without parsing again (and so the cache can carry it).

def _byte_offset(text: str, index: int, prefix: int) -> int:
    return prefix + len(text[:index].encode("utf-8"))


def _line_end(text: str, index: int) -> int:
    """Index just after the newline that ends the line holding `index` (or the end of text)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    nl = text.find("\n", index)
    return len(text) if nl < 0 else nl + 1


def _key_col(mapping) -> int:
    """The 0-based column of a block mapping's keys (its own start may be a tag: `--- !!map`)."""
    return (mapping.pairs[0][0].col if mapping.pairs else mapping.col) - 1


def _layouts(root, text: str, data: bytes) -> dict[str, dict[str, Any]]:
    from repairkit.journal.nodes import Scalar, Sequence

    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    newline = "\r\n" if "\r\n" in text[: text.find("\n") + 1 or len(text)] else "\n"
    result = {}
    for key in ("plans", "log"):
        node = root.get(key)
        key_node = root.key_node(key)
        layout: dict[str, Any] = {"newline": newline, "remove": None, "lead": "", "first": False}
        if root.flow:
            layout.update(mode="refuse")
        elif node is None:
            # Append `key:` after the last thing in the top-level mapping, at its indentation.
            at = _line_end(text, root.content_end)
            key_col = _key_col(root)
            lead = ("" if at == 0 or text[at - 1] == "\n" else newline) + " " * key_col + f"{key}:{newline}"
            layout.update(mode="block", at=_byte_offset(text, at, bom), lead=lead,
                          dash=key_col + 2, keycol=key_col + 4)
        elif isinstance(node, Sequence) and not node.items and "#" in text[node.start:node.end]:
            # `[ # a comment ... ]`: removing the brackets would take the comment too; add inside them.
            layout.update(mode="flow", at=_byte_offset(text, node.end, bom), sep="")
        elif isinstance(node, Scalar) or (isinstance(node, Sequence) and not node.items):
            # `key:` with nothing, `~`, `null` or `[]`: drop the token, start a block list below the key
            # (below the token's own line, when it is written on a line of its own).
            remove = None
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
                remove = [_byte_offset(text, start, bom), _byte_offset(text, end, bom)]
                after = end
            at = _line_end(text, after)
            lead = "" if text[at - 1:at] == "\n" else newline
            key_col = key_node.col - 1
            layout.update(mode="block", at=_byte_offset(text, at, bom), lead=lead, remove=remove,
                          dash=key_col + 2, keycol=key_col + 4)
        elif node.flow:
            # After a trailing comma (`[a, b, ]`) the next item needs none of its own.
            last = node.items[-1]
            between = re.sub(r"#[^\n]*", "", text[last.end if isinstance(last, Scalar) else last.content_end:node.end])
            layout.update(mode="flow", at=_byte_offset(text, node.end, bom), first=False,
                          sep="" if "," in between else ", ")
        else:
            last = node.items[-1]
            at = _line_end(text, last.content_end if not isinstance(last, Scalar) else last.end)
            lead = "" if text[at - 1:at] == "\n" else newline
            dash = node.col - 1
            if text[node.start:node.start + 1] != "-":
                dash = text.rfind("-", 0, node.items[0].start) - (text.rfind("\n", 0, node.items[0].start) + 1)
            blocks = [i for i in node.items if not isinstance(i, Scalar) and not i.flow]
            keycol = _key_col(blocks[-1]) if blocks else dash + 2
            layout.update(mode="block", at=_byte_offset(text, at, bom), lead=lead, dash=dash, keycol=keycol)
        result[key] = layout
    return result


def _splice(data: bytes, layout: dict[str, Any], fields: dict[str, Any]) -> tuple[bytes, int, int, dict]:
    """Insert one item; returns the new bytes, where the change starts, its net size, and the new layout."""
    from repairkit.journal import render as yamltext

    mode = layout["mode"]
    if mode == "refuse":
        raise JournalError("this journal's top level is written in flow style ({...}), "
                           "so the tool cannot add to it without rewriting it",
                           hint="write the top level in block style (one `key: value` per line)")
    at = layout["at"]
    if mode == "flow":
        text = ("" if layout.get("empty") else layout.get("sep", ", ")) + yamltext.flow_item(fields)
        # A flow list that already has items: insert before the closing bracket.
        piece = text.encode("utf-8")
        new = data[:at] + piece + data[at:]
        return new, at, len(piece), dict(layout, at=at + len(piece), sep=", ")
    nl = layout["newline"]
    piece = (layout["lead"] + yamltext.block_item(fields, layout["dash"], layout["keycol"], nl)).encode("utf-8")
    removed = 0
    start = at
    if layout["remove"]:
        a, b = layout["remove"]
        data = data[:a] + data[b:]
        removed = b - a
        at -= removed
        start = a
    new = data[:at] + piece + data[at:]
    new_layout = dict(layout, at=at + len(piece), lead="", remove=None)
    return new, start, len(piece) - removed, new_layout


def _refuse_tab_after(data: bytes, at: int, path: Path) -> None:
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
                               "a file YAML no longer reads", path=display_path(path), line=n,
                               col=line.index(b"\t") + 1, hint=f"replace the tab at the start of line {n} with spaces, "
                               "then run the command again; nothing was written")
        i = nl + 1


def _check_rendered(fields: dict[str, Any]) -> None:
    """Guard: every rendered value must read back as exactly the value meant.

    Plain scalars are only used for text that YAML cannot read as anything
    else; quoted ones are JSON strings (plus YAML's \\U), which YAML reads the same way.
    """
    from repairkit.journal import render as yamltext

    for key, value in fields.items():
        if isinstance(value, dt.date):
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                raise UsageError(f"`{key}` {value.isoformat()} is outside the years a journal holds "
                                 f"({MIN_YEAR} to {MAX_YEAR})", hint="is the year a typo?")
            continue
        if value is None or isinstance(value, (bool, int)):
            continue
        text = str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(f"`{key}` is not valid UTF-8 text", hint="check the terminal's or the script's "
                             "encoding (UTF-8 is what the journal holds)") from None
        rendered = yamltext.scalar(text)
        back = yamltext.read_quoted(rendered) if rendered.startswith('"') else rendered
        if back != text or (not rendered.startswith('"') and not yamltext.is_plain_safe(text)):
            raise JournalError(f"could not write `{key}` safely", hint="please report this text as a bug")


# ------------------------------------------------------------------ writing ---

@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the journal's lock: a flock on its directory, which is never replaced."""
    if timeout is None:
        timeout = float(os.environ.get("REPAIR_LOCK_TIMEOUT", LOCK_TIMEOUT))
    folder = Path(os.path.realpath(path)).parent  # a symlinked journal is locked where it really lives
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise JournalError(f"{display_path(path)} is locked by another repair command "
                                       f"(waited {timeout:g} s)",
                                       hint="try again in a moment; if nothing else is running, "
                                            "check for a stuck `repair` process") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        _remove_stale_temps(folder)
        yield
    finally:
        os.close(fd)  # closing releases the flock


def _remove_stale_temps(folder: Path) -> None:
    """Temp files left by a write that was killed; safe to remove while we hold the lock."""
    try:
        for name in os.listdir(folder):
            if name.startswith(TEMP_PREFIX):
                with contextlib.suppress(OSError):
                    os.unlink(folder / name)
    except OSError:
        pass


def atomic_write(path: Path, data: bytes, mode: int | None = None, *, temp_prefix: str = TEMP_PREFIX) -> None:
    """Temp file beside the journal, fsync, rename over it, fsync the directory.

    Files other than journals (exports, drafts) pass their own `temp_prefix`, so
    a journal writer cleaning up after a killed write never takes theirs.
    """
    path = Path(os.path.realpath(path))  # replace a symlink's target, never the link itself
    folder = path.parent
    if mode is None:
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o600
    fd, tmp = _create_temp(folder, temp_prefix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fchmod(f.fileno(), mode)
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _create_temp(folder: Path, prefix: str = TEMP_PREFIX) -> tuple[int, str]:
    """A new private (0600) file beside the journal; its name marks it as ours to clean up."""
    while True:
        name = os.path.join(folder, prefix + os.urandom(6).hex())
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600), name
        except FileExistsError:
            continue


class Writer:
    """Changes to one locked, loaded journal; written once, atomically, when the block ends."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.data = loaded.data
        self.layouts = {k: dict(v) for k, v in loaded.layouts.items()}
        self.added_entries: list[Entry] = []
        self.added_plans: list[Plan] = []
        self.edited = False

    @property
    def journal(self) -> Journal:
        return self.loaded.journal

    def _insert(self, key: str, fields: dict[str, Any]) -> None:
        if self.edited:
            raise RuntimeError("add plans and entries before editing fields: an edit moves the offsets")
        _check_rendered(fields)
        if self.layouts[key].get("mode") == "block":
            _refuse_tab_after(self.data, self.layouts[key]["at"], self.loaded.path)
        new, start, delta, layout = _splice(self.data, self.layouts[key], fields)
        for other_key, other in self.layouts.items():
            if other_key == key or other.get("mode") == "refuse":
                continue
            # At the same offset, a list that is already there keeps its place (its items come
            # first); a missing `key:` that will be added there moves after what was inserted.
            if other["at"] > start or (other["at"] == start and f"{other_key}:" in other.get("lead", "")):
                other["at"] += delta
            if other.get("remove") and other["remove"][0] >= start:
                other["remove"] = [other["remove"][0] + delta, other["remove"][1] + delta]
        self.layouts[key] = layout
        self.data = new

    def add_entry(self, entry: Entry) -> None:
        fields = {k: getattr(entry, k) for k in ENTRY_FIELDS}
        fields.update(entry.extra)
        if self.layouts["log"]["mode"] == "flow" and self.journal.entries is not None:
            self.layouts["log"]["empty"] = not (self.journal.entries or self.added_entries)
        self._insert("log", fields)
        self.added_entries.append(entry)

    def add_plan(self, plan: Plan) -> None:
        fields = {k: getattr(plan, k) for k in PLAN_FIELDS}
        fields.update(plan.extra)
        if self.layouts["plans"]["mode"] == "flow":
            self.layouts["plans"]["empty"] = not (self.journal.plans or self.added_plans)
        self._insert("plans", fields)
        self.added_plans.append(plan)

    def set_plan_fields(self, plan_id: str, changes: dict[str, Any]) -> None:
        """Replace (or add) fields of one plan, touching only those values' text."""
        self.data = edit_plan_fields(self.loaded.path, self.data, plan_id, changes)
        self.edited = True

    def changed(self) -> bool:
        return self.data != self.loaded.data


@contextlib.contextmanager
def writing(path: Path, loaded: Loaded | None = None) -> Iterator[Writer]:
    """Lock, load (reusing `loaded` if the file has not changed), yield a Writer, then write atomically."""
    with locked(path):
        data = read_bytes(path)
        if loaded is None or loaded.data != data:
            loaded = load(path)
        writer = Writer(loaded)
        yield writer
        if not writer.changed():
            return
        atomic_write(path, writer.data)
        _cache_after_write(loaded, writer)


def edit_plan_fields(path: Path, data: bytes, plan_id: str, changes: dict[str, Any]) -> bytes:
    """New bytes with the plan's fields replaced in place (full parse: edits are rare)."""
    from repairkit.journal import render as yamltext
    from repairkit.journal.nodes import Mapping, Scalar, compose

    shown = display_path(path)
    bom = data[:3] if data.startswith(b"\xef\xbb\xbf") else b""
    text = decode(data, shown)
    root = compose(text, shown)
    plans = root.get("plans") if isinstance(root, Mapping) else None
    target = None
    for node in getattr(plans, "items", []):
        id_node = node.get("id") if isinstance(node, Mapping) else None
        if isinstance(id_node, Scalar) and id_node.value == plan_id:
            target = node
    if target is None:
        raise JournalError(f"plan '{plan_id}' is not in the journal", path=shown)
    newline = "\r\n" if "\r\n" in text else "\n"
    edits: list[tuple[int, int, str]] = []
    additions = []
    for key, value in changes.items():
        node = target.get(key)
        rendered = yamltext.flow_item_scalar(value) if target.flow else yamltext.scalar(value)
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
            raise JournalError(f"`{key}` of plan '{plan_id}' is not a single value, so it can't be changed in place",
                               path=shown, line=node.line, col=node.col, hint="edit it by hand")
    if additions:
        if target.flow:
            last = target.pairs[-1][1] if target.pairs else None
            tail = text[(last.end if isinstance(last, Scalar) else last.content_end) if last else target.start + 1:
                        target.end]
            first = "" if "," in re.sub(r"#[^\n]*", "", tail) or not target.pairs else ", "  # `{a: 1,}`
            text_add = first + ", ".join(f"{k}: {v}" for k, v in additions)
            edits.append((target.end, target.end, text_add))
        else:
            at = _line_end(text, target.content_end)
            _refuse_tab_after(text.encode("utf-8"), len(text[:at].encode("utf-8")), path)
            lead = "" if text[at - 1:at] == "\n" else newline
            col = _key_col(target)
            edits.append((at, at, lead + "".join(" " * col + f"{k}: {v}{newline}" for k, v in additions)))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return bom + text.encode("utf-8")


def create(path: Path, content: str) -> None:
    """Write a new journal (0600); refuse to overwrite one that exists."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise JournalError(f"folder {display_path(folder)} does not exist", hint="create it first")
    with locked(path):
        if path.exists():
            raise JournalError(f"{display_path(path)} already exists; not overwriting it",
                               hint="use it as it is (`repair status`), or pass --journal for a new file")
        atomic_write(path, content.encode("utf-8"), 0o600)


def new_entry_id(data: bytes) -> str:
    """'e' and 8 hex digits: starts with a letter, so YAML reads it as text; unique in the file."""
    from repairkit.journal.render import is_plain_safe

    while True:
        candidate = "e" + os.urandom(4).hex()
        # "e12345678" could pass for a number to a careless reader: keep ids that read as words.
        if is_plain_safe(candidate) and candidate.encode() not in data:
            return candidate


# ------------------------------------------------------------------- cache ---

def make_private_dir(folder: Path, ours: int = 1) -> None:
    """Create `folder` with any missing parents, all 0700 whatever the umask.

    Folders that already exist are left as they are, except the last `ours`
    levels (repairkit's own, such as …/repairkit/journals), which are always
    set to 0700.
    """
    missing = []
    level = folder
    while not os.path.lexists(level) and level.parent != level:
        missing.append(level)
        level = level.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue  # made by someone else meanwhile
        os.chmod(d, 0o700)  # mkdir's mode passes through the umask; this does not
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    level = folder
    for _ in range(ours):
        os.chmod(level, 0o700)
        level = level.parent


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "repairkit" / "journals"


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _plan_row(p: Plan) -> tuple:
    return (p.id, p.title, _iso(p.opened), p.repairing, p.hurt, p.incident, p.impact, p.pattern, p.fear,
            p.behavior, p.raise_it, _iso(p.check_in), p.status, p.line, p.extra)


def _entry_row(e: Entry) -> tuple:
    return (e.id, e.at.isoformat(), e.plan, e.kind, e.by, e.note, e.outcome, _iso(e.next), e.line, e.extra)


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _plan_from_row(r: tuple) -> Plan:
    return Plan(id=r[0], title=r[1], opened=_date(r[2]), repairing=r[3], hurt=r[4], incident=r[5], impact=r[6],
                pattern=r[7], fear=r[8], behavior=r[9], raise_it=r[10], check_in=_date(r[11]), status=r[12],
                line=r[13], extra=r[14])


def _entry_from_row(r: tuple) -> Entry:
    at = dt.date.fromisoformat(r[1]) if len(r[1]) == 10 else dt.datetime.fromisoformat(r[1])
    return Entry(id=r[0], at=at, plan=r[2], kind=r[3], by=r[4], note=r[5], outcome=r[6], next=_date(r[7]),
                 line=r[8], extra=r[9])


MAX_CHAIN = 32  # appends recorded as deltas before a cache entry is written out in full


def _cache_file(sha: str) -> Path:
    return _cache_dir() / f"{sha}.{CACHE_FORMAT}"


def _read_record(sha: str) -> dict | None:
    try:
        with open(_cache_file(sha), "rb") as f:
            record = marshal.loads(f.read())  # loads() of the bytes: load() of a file is many times slower
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(record, dict) or record.get("sha") != sha or record.get("format") != CACHE_FORMAT:
        return None
    return record


def _record_rows(record: dict) -> list[tuple] | None:
    """All entry rows of a record: its own, or its base's plus the ones appended since."""
    added: list[list] = []
    for _ in range(MAX_CHAIN + 1):
        if record.get("entries") is not None:
            rows = list(record["entries"])
            for more in reversed(added):
                rows.extend(more)
            return rows
        added.append(record["added"])
        record = _read_record(record["base"])
        if record is None:
            return None
    return None


def _cache_read(path: Path, data: bytes, sha: str) -> Loaded | None:
    if os.environ.get("REPAIR_NO_CACHE"):
        return None
    record = _read_record(sha)
    if record is None:
        return None
    try:
        # Only that the base is there: reading it costs as much as the entries, which `log` never needs.
        if record.get("entries") is None and not _cache_file(record["base"]).is_file():
            return None  # the chain is broken (pruned): parse afresh
        rows_box: list = []

        def rows() -> list[tuple]:
            if not rows_box:
                got = _record_rows(record)
                if got is None:  # a link went missing or bad since: the entries from the bytes themselves
                    fresh, problems = parse(path, data, sha)
                    if fresh is None or problems:
                        raise JournalError("the parse cache changed while reading it", hint="run the command again")
                    got = [_entry_row(e) for e in fresh.journal.entries]
                rows_box.append(got)
                if record.get("depth", 0) > 1:  # a reader pays to fold the chain, not a writer
                    _cache_put(dict(record, entries=got, added=None, base=None, depth=0))
            return rows_box[0]

        journal = Journal(path=str(path), version=record["version"], people=list(record["people"]),
                          plans=[_plan_from_row(r) for r in record["plans"]],
                          entry_loader=lambda: [_entry_from_row(r) for r in rows()])
        loaded = Loaded(path, data, sha, journal, record["layouts"])
        loaded.cache_depth = record.get("depth", 0)
        loaded.entry_rows_fn = rows
        return loaded
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _cache_put(record: dict) -> None:
    folder = _cache_dir()
    try:
        make_private_dir(folder, ours=2)
        fd, tmp = _create_temp(folder)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(record))
        os.replace(tmp, _cache_file(record["sha"]))
        _cache_prune(folder)
    except (OSError, ValueError):
        pass  # a cache that can't be written only costs speed


def _head(sha: str, journal: Journal, layouts: dict) -> dict:
    return {"format": CACHE_FORMAT, "sha": sha, "version": journal.version, "people": journal.people,
            "plans": [_plan_row(p) for p in journal.plans], "layouts": layouts}


def _cache_store(sha: str, journal: Journal, layouts: dict) -> None:
    if os.environ.get("REPAIR_NO_CACHE"):
        return
    _cache_put(dict(_head(sha, journal, layouts), entries=[_entry_row(e) for e in journal.entries], depth=0))


def _cache_prune(folder: Path, keep: int = 64) -> None:
    files = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _cache_write(loaded: Loaded) -> None:
    _cache_store(loaded.sha, loaded.journal, loaded.layouts)


def _cache_after_write(loaded: Loaded, writer: Writer) -> None:
    """After an append: the new bytes' cache entry, as the old entry plus what was added.

    Recorded as a delta on the old entry, so appending to a journal of years of
    entries never reads or rewrites all of them; readers fold long chains.
    """
    if writer.edited or os.environ.get("REPAIR_NO_CACHE"):
        return  # an edit may move anything; the next read parses afresh
    sha = hashlib.sha256(writer.data).hexdigest()
    journal = Journal(path=loaded.journal.path, version=loaded.journal.version, people=loaded.journal.people,
                      plans=loaded.journal.plans + writer.added_plans)
    added = [_entry_row(e) for e in writer.added_entries]
    head = _head(sha, journal, writer.layouts)
    depth = getattr(loaded, "cache_depth", None)
    if depth is not None and depth < MAX_CHAIN:
        _cache_put(dict(head, entries=None, base=loaded.sha, added=added, depth=depth + 1))
    else:
        rows = loaded.entry_rows_fn() if getattr(loaded, "entry_rows_fn", None) else \
            [_entry_row(e) for e in loaded.journal.entries]
        _cache_put(dict(head, entries=rows + added, depth=0))
