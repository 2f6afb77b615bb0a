"""Journal generator and mutation fuzzer, shared by tests/test_fuzz.py and usable on its own.

Two halves:

- ``generate(rng)`` writes a random *valid* journal in the styles people really
  use (block and flow items, unindented lists, comments everywhere, CRLF, BOM,
  quoted and unquoted dates, ``log:`` before ``plans:``, missing or empty
  ``log:``, unicode, block scalars, unknown keys, no final newline …) and
  returns, alongside the bytes, the values a correct reader must find. The
  property tests compare the tool against that independent model.
- ``mutate(rng, data)`` corrupts such a journal byte-wise and structurally, and
  ``fuzz(...)`` runs every command that reads the journal on the result,
  checking the contract for a broken file: exit 0 or 3 (2 only where a named
  plan really is missing), ``repair: error: FILE:LINE:COL:`` first on stderr
  for 3, never a traceback, never a hang, the file unchanged unless a write
  succeeded, and nothing a terminal would act on in text output.

``rng`` is anything with ``random.Random``'s methods, so hypothesis can drive
the generator through ``st.randoms()`` and the fuzzer through a seeded
``random.Random``.

Long local runs:

    python tests/fuzz_mutate.py --seconds 600            # in-process, all commands
    python tests/fuzz_mutate.py --seconds 600 --seed 7 --subprocess-every 25
    REPAIR_FUZZ_SECONDS=900 python -m pytest tests/test_fuzz.py -k mutation

Failing inputs are saved under ``--save`` (default ``$TMPDIR/repair-fuzz-failures/``)
with the command and the reason, ready to replay with ``--replay FILE``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIXED_NOW = "2026-11-27T10:00:00+01:00"
TODAY = dt.date(2026, 11, 27)
FEARS = ("reliability", "respect", "alone", "honesty", "other")
STATUSES = ("active", "repaired", "paused", "closed", "support")
LOG_KINDS = ("shown", "missed", "raised", "note")
KINDS = LOG_KINDS + ("checkin",)
OUTCOMES = ("keep", "adjust", "repaired", "support")

# Words that YAML reads as plain text in block and flow context alike.
WORDS = ("late", "text", "train", "dinner", "phone", "hall", "quiet", "ten", "minutes", "said", "the", "thing",
         "evening", "talk", "calm", "kind", "Zoë", "Jürgen", "日本", "Schön", "café", "naïve", "Ñandú", "💬",
         "Ελένη", "Привет", "שלום", "مرحبا", "we", "again", "later", "x1", "v2")
NAMES = ("Sam", "Alex", "Zoë", "Jürgen", "Ana María", "李雷", "Chris")
# What a partner's entry might hold that a terminal would act on, or that hides text.
HOSTILE = ("\x1b[2J", "\x1b]0;pwned\x07", "\x1b[31m", "\x07", "\x9b31m", "\x85", "\r", "\r\n", "\x08", "\x00",
           "\x7f", "\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\u200f", "\u061c", "\ufeff", "\u2028",
           "\U000e0041", "\t", "\n", ": ", " #", "'", '"', "\\", "[", "{", "&a", "*a", "!!python/object", "---",
           "...", "%", "@", "`", "|", ">", "- ", "? ", "~", "null", "true", "1e5", "0x1F", "2026-11-20")
COMMENTS = ("# a comment", "# Zoë's note: keep this", "#", "# log: [not, a, list]", "# - id: not-an-entry",
            "#   indented text", "# 💬 日本")


# ---------------------------------------------------------------- values ---

@dataclass
class Val:
    """A value for the journal: what it is, and how it may be written."""

    value: Any
    kind: str  # "text", "date", "datetime", "any"


def words(rng, lo: int = 1, hi: int = 6) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi)))
    return text + rng.choice(("", "", ".", "!", "?"))


def hostile_text(rng) -> str:
    parts = []
    for _ in range(rng.randint(1, 5)):
        parts.append(rng.choice(HOSTILE) if rng.random() < 0.5 else rng.choice(WORDS))
        if rng.random() < 0.3:
            code = rng.choice((rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff), rng.randint(0x1f300, 0x1f64f)))
            parts.append(chr(code))
    return "".join(parts)


def text_value(rng) -> str:
    return words(rng) if rng.random() < 0.6 else hostile_text(rng)


def dq(text: str, rng=None) -> str:
    """A YAML double-quoted scalar for any text, with a random choice of valid escapes."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif code < 0x20 or 0x7f <= code <= 0x9f or code in (0x2028, 0x2029, 0xfeff) or 0xd800 <= code <= 0xdfff \
                or code in (0xfffe, 0xffff):
            named = {0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 13: "\\r", 27: "\\e", 0x85: "\\N",
                     0x2028: "\\L", 0x2029: "\\P"}
            forms = [f"\\u{code:04x}", f"\\U{code:08x}"] + ([f"\\x{code:02x}"] if code < 0x100 else []) \
                + ([named[code]] if code in named else [])
            out.append(rng.choice(forms) if rng else forms[0])
        elif rng is not None and code > 0x7e and rng.random() < 0.2:
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _printable(text: str) -> bool:
    return all(ch == "\t" or (0x20 <= ord(ch) <= 0x7e) or (0xa0 <= ord(ch) and ord(ch) not in (0xfeff, 0x2028, 0x2029)
                              and not 0xd800 <= ord(ch) <= 0xdfff and ord(ch) not in (0xfffe, 0xffff))
               for ch in text)


def _plain_ok(text: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_][\w .!?'éë-]*", text)) and not text.endswith(" ") and "  " not in text \
        and text not in ("null", "Null", "NULL", "true", "false", "True", "False", "TRUE", "FALSE")


def render_text(rng, text: str, *, flow: bool) -> str:
    """Text as a scalar in one of the styles that can hold it."""
    options = ["dq"]
    if _plain_ok(text) and not (flow and "?" in text):  # libyaml refuses `?` in a flow plain scalar
        options += ["plain", "plain", "plain"]
    if _printable(text) and text == text.strip(" \t") and text:
        options.append("sq")
    choice = rng.choice(options)
    if choice == "plain":
        return text if rng.random() < 0.95 else "!!str " + text
    if choice == "sq":
        return "'" + text.replace("'", "''") + "'"
    return dq(text, rng)


def random_date(rng, lo: dt.date = dt.date(2026, 6, 1), hi: dt.date = dt.date(2027, 2, 28)) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def render_date(rng, day: dt.date) -> str:
    forms = [day.isoformat(), day.isoformat(), f"{day.year}-{day.month}-{day.day}"]
    text = rng.choice(forms)
    quote = rng.choice(("", "", "'", '"'))
    return f"{quote}{text}{quote}"


def random_datetime(rng) -> dt.datetime | dt.date:
    day = random_date(rng)
    if rng.random() < 0.3:
        return day
    offset = rng.choice((None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=1)),
                         dt.timezone(dt.timedelta(hours=-5, minutes=-30)), dt.timezone(dt.timedelta(hours=13))))
    micro = rng.choice((0, 0, 0, 500000, 123456))
    return dt.datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                       micro, offset)


def render_datetime(rng, value, *, flow: bool) -> str:
    if not isinstance(value, dt.datetime):
        return render_date(rng, value)
    sep = rng.choice(("T", "T", " ", "t"))
    text = f"{value:%Y-%m-%d}{sep}{value:%H:%M}"
    if value.second or value.microsecond or rng.random() < 0.7:
        text += f":{value:%S}"
        if value.microsecond:
            text += "." + f"{value.microsecond:06d}".rstrip("0")
    if value.tzinfo is not None:
        off = value.utcoffset()
        if off == dt.timedelta(0) and rng.random() < 0.5:
            text += rng.choice(("Z", "z"))
        else:
            minutes = int(off.total_seconds() // 60)
            sign = "-" if minutes < 0 else "+"
            h, m = divmod(abs(minutes), 60)
            text += rng.choice((f"{sign}{h:02d}:{m:02d}", f"{sign}{h:02d}{m:02d}")) if m or rng.random() < 0.7 \
                else f"{sign}{h:02d}"
    # A plain scalar with ':' is fine in block context; in flow context libyaml needs quotes.
    quote = rng.choice(("'", '"')) if flow else rng.choice(("", "", "'", '"'))
    return f"{quote}{text}{quote}"


def unknown_value(rng, *, flow: bool) -> tuple[str, Any]:
    """An unknown key's value: (YAML text, the Python value the tool keeps)."""
    kind = rng.randint(0, 6)
    if kind == 0:
        n = rng.randint(-1000, 10**6)
        return str(n), n
    if kind == 1:
        b = rng.random() < 0.5
        return rng.choice(("true", "True")) if b else "false", b
    if kind == 2:
        return rng.choice(("~", "null", "")) if not flow else "~", None
    if kind == 3:
        items = [words(rng, 1, 2).rstrip("?") for _ in range(rng.randint(0, 3))]
        return "[" + ", ".join(items) + "]", items
    if kind == 4:
        k, v = rng.choice(("mood", "where", "tag")), words(rng, 1, 2).rstrip("?")
        return "{" + f"{k}: {v}" + "}", {k: v}
    if kind == 5:
        return "1.5", 1.5
    t = text_value(rng)
    return render_text(rng, t, flow=flow), t


# --------------------------------------------------------------- journal ---

@dataclass
class Generated:
    data: bytes
    text: str  # the file as text, BOM removed
    people: list[str]
    plans: list[dict]  # the values a reader must find, by field name
    entries: list[dict]
    markers: list[tuple[str, str]] = field(default_factory=list)  # (old text, the text a write may leave instead)
    newline: str = "\n"
    styles: dict = field(default_factory=dict)


PLAN_TEXT = ("title", "incident", "impact", "pattern", "behavior", "raise_it")


def _plan_values(rng, pid: str, people: list[str]) -> dict:
    plan: dict[str, Any] = {"id": pid}
    for key in PLAN_TEXT:
        if rng.random() < 0.7:
            plan[key] = text_value(rng)
    if rng.random() < 0.8:
        plan["opened"] = random_date(rng, dt.date(2026, 6, 1), dt.date(2026, 12, 10))
    if rng.random() < 0.8:
        plan["repairing"] = rng.choice(people or NAMES)
    if rng.random() < 0.7:
        plan["hurt"] = rng.choice(people or NAMES)
    if rng.random() < 0.8:
        plan["fear"] = rng.choice(FEARS)
    if rng.random() < 0.7:
        plan["check_in"] = random_date(rng, dt.date(2026, 10, 1), dt.date(2027, 1, 31))
    if rng.random() < 0.6:
        plan["status"] = rng.choice(STATUSES[:1] * 4 + STATUSES)
    return plan


def _entry_values(rng, eid: str, plan_ids: list[str], people: list[str]) -> dict:
    kind = rng.choice(KINDS)
    entry: dict[str, Any] = {"id": eid, "at": random_datetime(rng), "plan": rng.choice(plan_ids), "kind": kind}
    if rng.random() < 0.8:
        entry["by"] = rng.choice((people or list(NAMES)) + [None, ""])
    if rng.random() < 0.7:
        entry["note"] = text_value(rng)
    if kind == "checkin" and rng.random() < 0.7:
        entry["outcome"] = rng.choice(OUTCOMES)
    if kind == "checkin" and rng.random() < 0.5:
        entry["next"] = random_date(rng)
    return entry


class _Doc:
    """Builds the text line by line, with comments and blank lines sprinkled in."""

    def __init__(self, rng, comment_rate: float) -> None:
        self.rng = rng
        self.lines: list[str] = []
        self.comment_rate = comment_rate

    def maybe_comment(self, indent: int) -> None:
        if self.rng.random() < self.comment_rate:
            self.lines.append(" " * self.rng.choice((0, indent, indent)) + self.rng.choice(COMMENTS))
        if self.rng.random() < self.comment_rate / 2:
            self.lines.append(self.rng.choice(("", "  ")))

    def eol(self) -> str:
        return f"  {self.rng.choice(COMMENTS)}" if self.rng.random() < self.comment_rate else ""


def _scalar_for(rng, key: str, value: Any, *, flow: bool) -> str:
    if value is None:
        return rng.choice(("~", "null", "")) if not flow else "~"
    if key in ("opened", "check_in", "next"):
        return render_date(rng, value)
    if key == "at":
        return render_datetime(rng, value, flow=flow)
    if key in ("fear", "status", "kind", "outcome"):
        return rng.choice((value, value, f"'{value}'", f'"{value}"'))
    if key == "id" or key == "plan":
        return value if _plain_ok(value) and rng.random() < 0.8 else dq(value)
    return render_text(rng, str(value), flow=flow)


def _block_scalar(rng, indent: int) -> tuple[str, list[str], str]:
    """(header, content lines, value) for a literal or folded block scalar of plain lines."""
    lines = [words(rng, 1, 5) for _ in range(rng.randint(1, 4))]
    header = rng.choice(("|", "|-", ">", ">-"))
    joined = "\n".join(lines) if header[0] == "|" else " ".join(lines)
    value = joined if header.endswith("-") else joined + "\n"
    return header, [" " * indent + line for line in lines], value


def _render_item(rng, doc: _Doc, fields: list[tuple[str, Any, str | None]], *, style: str, dash: int,
                 gap: int, values: dict) -> bool:
    """Append one list item; returns True when it ends with a block scalar.

    fields: (key, value, forced text or None). `values` gets what a reader finds
    (a block scalar's value differs from the text chosen).
    """
    if style == "flow-item":
        parts = []
        for key, value, forced in fields:
            parts.append(f"{key}: {forced if forced is not None else _scalar_for(rng, key, value, flow=True)}")
        trailing = "," if rng.random() < 0.15 else ""
        doc.lines.append(" " * dash + "-" + " " * gap + "{" + ", ".join(parts) + trailing + "}" + doc.eol())
        return False
    key_col = dash + 1 + gap
    own_line = rng.random() < 0.08
    if own_line:
        doc.lines.append(" " * dash + rng.choice(("-", "-", "- !!map")))  # a core tag is fine
        key_col = dash + 2
    ends_block = False
    for i, (key, value, forced) in enumerate(fields):
        prefix = " " * dash + "-" + " " * gap if i == 0 and not own_line else " " * key_col
        if i > 0:
            doc.maybe_comment(key_col)
        if forced is None and isinstance(value, str) and key in ("note", "behavior", "impact", "pattern") \
                and rng.random() < 0.15 and "\n" not in value:
            header, content, block_value = _block_scalar(rng, key_col + rng.choice((2, 2, 4)))
            doc.lines.append(f"{prefix}{key}: {header}" + doc.eol())
            doc.lines.extend(content)
            values[key] = block_value
            ends_block = True
            continue
        text = forced if forced is not None else _scalar_for(rng, key, value, flow=False)
        doc.lines.append(f"{prefix}{key}: {text}".rstrip(" ") + (doc.eol() if text != "" else ""))
        ends_block = False
    return ends_block


def _render_list(rng, doc: _Doc, key: str, items: list[list[tuple[str, Any, str | None]]],
                 values: list[dict], key_indent: int, markers: list) -> tuple[bool, str]:
    """Append `key:` and its list in a random style; returns (ends with a block scalar, style)."""
    pad = " " * key_indent
    if not items:
        style = rng.choice(("missing", "empty", "tilde", "null", "brackets", "brackets-space", "own-line-tilde",
                            "own-line-brackets", "bracket-comment"))
        if style == "missing":
            return False, style
        if style == "empty":
            doc.lines.append(f"{pad}{key}:" + doc.eol())
        elif style in ("tilde", "null", "brackets", "brackets-space"):
            token = {"tilde": "~", "null": "null", "brackets": "[]", "brackets-space": "[ ]"}[style]
            sp = " " * rng.randint(1, 3)
            doc.lines.append(f"{pad}{key}:{sp}{token}" + doc.eol())
            markers.append((f"{pad}{key}:{sp}{token}", f"{pad}{key}:"))
        elif style.startswith("own-line"):
            token = "~" if style.endswith("tilde") else "[]"
            doc.lines.append(f"{pad}{key}:")
            doc.lines.append(f"{pad}  {token}")
            markers.append((f"{pad}{key}:\n{pad}  {token}", f"{pad}{key}:\n"))
        else:
            doc.lines.append(f"{pad}{key}: [  # nothing yet")
            doc.lines.append(f"{pad}]")
        return False, style
    style = rng.choice(("block", "block", "block", "unindented", "wide", "flow-items", "flow-one-line",
                        "flow-multi-line"))
    if style.startswith("flow-") and style != "flow-items":
        rendered = []
        for fields in items:
            parts = [f"{k}: {forced if forced is not None else _scalar_for(rng, k, v, flow=True)}"
                     for k, v, forced in fields]
            rendered.append("{" + ", ".join(parts) + "}")
        if style == "flow-one-line":
            doc.lines.append(f"{pad}{key}: [" + ", ".join(rendered) + "]" + doc.eol())
        else:
            doc.lines.append(f"{pad}{key}: [" + doc.eol())
            for i, item in enumerate(rendered):
                last = i == len(rendered) - 1
                comma = "," if not last or rng.random() < 0.4 else ""
                doc.lines.append(f"{pad}  {item}{comma}")
                if rng.random() < doc.comment_rate:
                    doc.lines.append(f"{pad}  # between items")
            doc.lines.append(f"{pad}]" + doc.eol())
        return False, style
    doc.lines.append(f"{pad}{key}:" + doc.eol())
    dash = key_indent + {"block": 2, "unindented": 0, "wide": 4, "flow-items": 2}[style]
    gap = 3 if style == "wide" else 1
    ends = False
    for fields, vals in zip(items, values):
        doc.maybe_comment(dash)
        ends = _render_item(rng, doc, fields, style="flow-item" if style == "flow-items" or rng.random() < 0.1
                            else "block", dash=dash, gap=gap, values=vals)
    return ends, style


def generate(rng, *, max_plans: int = 4, max_entries: int = 12) -> Generated:
    """A random valid journal and what a correct reader finds in it."""
    comment_rate = rng.choice((0.0, 0.15, 0.4))
    doc = _Doc(rng, comment_rate)
    people = rng.sample(NAMES, rng.randint(0, 3))
    n_plans = rng.randint(0, max_plans) if rng.random() < 0.9 else 0
    plan_ids: list[str] = []
    while len(plan_ids) < n_plans:
        pid = rng.choice(("late-texts", "phone-at-dinner", "p1", "tone", "zoe-plan", "plan-2", "x-y", "late"))
        pid = pid if pid not in plan_ids else f"{pid}-{len(plan_ids)}"
        plan_ids.append(pid)
    plans = [_plan_values(rng, pid, people) for pid in plan_ids]
    entries = []
    if plans:
        for i in range(rng.randint(0, max_entries)):
            eid = rng.choice((f"e{rng.getrandbits(32):08x}", f"a{i}", f"entry-{i}", f"z{i}x"))
            if eid in {e["id"] for e in entries}:
                eid = f"{eid}-{i}"
            entries.append(_entry_values(rng, eid, plan_ids, people))

    def fields_of(values: dict, order: tuple[str, ...]) -> tuple[list, dict]:
        keys = [k for k in order if k in values]
        rest = keys[1:]
        if rng.random() < 0.2:
            rng.shuffle(rest)
        out = [(k, values[k], None) for k in [keys[0]] + rest]
        extras = {}
        for _ in range(rng.choice((0, 0, 0, 1, 2))):
            name = rng.choice(("mood", "private_tag", "link", "x-extra", "weather", "count"))
            if name in values or name in extras:
                continue
            extras[name] = None
            out.insert(rng.randint(1, len(out)), (name, None, "__unknown__"))
        return out, extras

    plan_items, plan_vals = [], []
    for p in plans:
        flds, extras = fields_of(p, ("id", "title", "opened", "repairing", "hurt", "incident", "impact", "pattern",
                                      "fear", "behavior", "raise_it", "check_in", "status"))
        plan_items.append(flds)
        plan_vals.append(p)
        p["extra"] = extras
    entry_items, entry_vals = [], []
    for e in entries:
        flds, extras = fields_of(e, ("id", "at", "plan", "kind", "by", "note", "outcome", "next"))
        entry_items.append(flds)
        entry_vals.append(e)
        e["extra"] = extras

    def fill_unknowns(items: list, vals: list, flow_hint: bool) -> None:
        for flds, v in zip(items, vals):
            for i, (k, value, forced) in enumerate(flds):
                if forced == "__unknown__":
                    text, py = unknown_value(rng, flow=True)  # flow-safe text works in both contexts
                    flds[i] = (k, py, text)
                    v["extra"][k] = py

    fill_unknowns(plan_items, plan_vals, False)
    fill_unknowns(entry_items, entry_vals, False)

    markers: list[tuple[str, str]] = []
    key_indent = 2 if rng.random() < 0.04 else 0
    pad = " " * key_indent
    header = rng.choice(("", "", "", "---\n", "%YAML 1.2\n---\n", "# Our journal\n", "--- !!map\n"))
    if key_indent and header.endswith("---\n"):
        header = ""
    doc.lines.extend(header.splitlines())
    sections = ["version", "people", "plans", "log"] + (["unknown"] if rng.random() < 0.3 else [])
    if rng.random() < 0.3:
        rng.shuffle(sections)
    elif rng.random() < 0.3:
        sections = ["version", "people", "log", "plans"] + sections[4:]
    ends_block = False
    styles = {}
    for section in sections:
        doc.maybe_comment(key_indent)
        if section == "version":
            doc.lines.append(f"{pad}version: 1" + doc.eol())
            ends_block = False
        elif section == "people":
            if not people and rng.random() < 0.5:
                continue
            if rng.random() < 0.6:
                doc.lines.append(f"{pad}people: [" + ", ".join(render_text(rng, n, flow=True) for n in people) + "]"
                                 + doc.eol())
            elif people:
                doc.lines.append(f"{pad}people:")
                for n in people:
                    doc.lines.append(f"{pad}  - {render_text(rng, n, flow=False)}" + doc.eol())
            else:
                doc.lines.append(f"{pad}people: []")
            ends_block = False
        elif section == "unknown":
            text, _ = unknown_value(rng, flow=False)
            doc.lines.append(f"{pad}settings: {text}".rstrip() + doc.eol())
            ends_block = False
        elif section == "plans":
            ends_block, styles["plans"] = _render_list(rng, doc, "plans", plan_items, plan_vals, key_indent, markers)
        else:
            ends_block, styles["log"] = _render_list(rng, doc, "log", entry_items, entry_vals, key_indent, markers)
    if rng.random() < 0.3:
        doc.lines.append(rng.choice(COMMENTS))
        ends_block = False
    if rng.random() < 0.1 and not key_indent:
        doc.lines.append("...")
        doc.lines.append("# after the end")
        ends_block = False
    text = "\n".join(doc.lines) + "\n"
    if not ends_block and rng.random() < 0.15:  # a block scalar's final line break is part of its value
        text = text.rstrip("\n")
    newline = "\r\n" if rng.random() < 0.2 else "\n"
    if newline == "\r\n":
        text = text.replace("\n", "\r\n")
        markers = [(a.replace("\n", "\r\n"), b.replace("\n", "\r\n")) for a, b in markers]
    bom = rng.random() < 0.1
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    for p in plans:
        p.setdefault("status", "active")
    return Generated(data=data, text=text, people=people, plans=plans, entries=entries, markers=markers,
                     newline=newline, styles=dict(styles, bom=bom, crlf=newline == "\r\n", comments=comment_rate))


# ------------------------------------------------------------ comparisons ---

def day_of(at) -> dt.date:
    return at.date() if isinstance(at, dt.datetime) else at


def plan_as_dict(plan) -> dict:
    keys = ("id", "title", "opened", "repairing", "hurt", "incident", "impact", "pattern", "fear", "behavior",
            "raise_it", "check_in", "status")
    d = {k: getattr(plan, k) for k in keys if getattr(plan, k) is not None}
    d["extra"] = plan.extra
    return d


def entry_as_dict(entry) -> dict:
    keys = ("id", "at", "plan", "kind", "by", "note", "outcome", "next")
    d = {k: getattr(entry, k) for k in keys if getattr(entry, k) is not None}
    d["extra"] = entry.extra
    return d


def expected_dict(values: dict) -> dict:
    return {k: v for k, v in values.items() if v is not None}


def is_subsequence(old: bytes | str, new: bytes | str) -> bool:
    """Every character of `old`, in order, in `new`: the change was insertions only."""
    it = iter(new)
    return all(ch in it for ch in old)


def naive_review(plans: list[dict], entries: list[dict], today: dt.date = TODAY,
                 people: list[str] = ()) -> dict[str, dict]:
    """SPEC's counts, verdict and check-in state, recomputed from the generator's own values.

    With `people`, also the witnessed shown entries by a name not among them (shown_outside_people).
    """
    result = {}
    for p in plans:
        mine = [e for e in entries if e["plan"] == p["id"]]
        end = today
        candidates = ([p["opened"]] if p.get("opened") else []) + [day_of(e["at"]) for e in mine]
        start = min(candidates) if candidates else end
        start = min(start, end)
        window = [e for e in mine if start <= day_of(e["at"]) <= end]
        counts = dict.fromkeys(("shown_witnessed", "shown_self", "missed", "raised", "notes", "checkins",
                                "shown_outside_people"), 0)
        for e in window:
            if e["kind"] == "shown":
                by = e.get("by")
                witnessed = by is not None and by.strip() != "" and by != p.get("repairing")
                counts["shown_witnessed" if witnessed else "shown_self"] += 1
                counts["shown_outside_people"] += bool(witnessed and people and by not in people)
            else:
                counts[{"missed": "missed", "raised": "raised", "note": "notes", "checkin": "checkins"}[e["kind"]]] += 1
        shown = counts["shown_witnessed"] + counts["shown_self"]
        if shown == 0 and counts["missed"] == 0:
            verdict = "no_evidence"
        elif counts["missed"] == 0:
            verdict = "showing_up" if counts["shown_witnessed"] else "self_reported_only"
        else:
            verdict = "not_yet" if shown == 0 else "mixed"
        check = {"date": None, "state": None, "days": None}
        if p.get("check_in") and p.get("status", "active") not in ("repaired", "closed", "support"):
            days = (p["check_in"] - today).days
            if any(e["kind"] == "checkin" and day_of(e["at"]) >= p["check_in"] for e in mine):
                state = "done"
            else:
                state = "upcoming" if days > 0 else "due" if days == 0 else "overdue"
            check = {"date": p["check_in"].isoformat(), "state": state, "days": days}
        result[p["id"]] = {"counts": counts, "verdict": verdict, "check_in": check,
                           "window": {"from": start.isoformat(), "to": end.isoformat()}}
    return result


# --------------------------------------------------------------- mutation ---

INTERESTING = [b"\x00", b"\t", b"\r", b"\n", b":", b"-", b"#", b"'", b'"', b"[", b"]", b"{", b"}", b"&", b"*", b"!",
               b"|", b">", b"%", b"@", b"`", b",", b"?", b" ", b"\xff", b"\xc3", b"\xe2\x80", b"\x1b", b"\x07",
               b"\xc2\x9b", b"\xe2\x80\xae", b"\xef\xbb\xbf", b"\\", b"~", b"0", b"9"]
TOKENS = ["&a x", "*a", "!!python/object/apply:os.system ['true']", "!custom x", "!!binary aGVsbG8=", "!!str x",
          "!<tag:yaml.org,2002:python/name:os.system> x", "<<: {a: 1}", "[", "{", "]", "}", "~", "[]", "{}", "1e5",
          "01", "0x1F", "2026-13-45", "2026-02-30", "0001-01-01", "9999-12-31", "2026-11-20T25:00",
          "2026-11-20T10:00+99:00", "99999999999999999999999", "yes", "|", ">", "'unclosed", '"unclosed',
          '"\\ud800"', '"\\x1b[2J"', "\x1b[31mred", "\t", "---", "...", "<<<<<<< HEAD", "=======", ">>>>>>> theirs",
          "[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]", ("{a: {b: {c: {d: {e: {f: {g: {h: {i: {j: {k: {l: {m: {n: {o: "
           "{p: {q: x}}}}}}}}}}}}}}}}}"), "forgave", "\u202ebidi", "- x", "? x", "@x", "`x", "%x", "a: b: c",
          "\"a\" b", "!!int x", "!!timestamp 2026-01-01", "!!null x", "!!map {}", "!!seq []", "!! x", "&", "*"]
KEYS = ["id", "at", "plan", "kind", "by", "note", "outcome", "next", "fear", "status", "check_in", "opened",
        "version", "people", "plans", "log", "title", "<<", "? complex", "id", "id"]


def mutate(rng, data: bytes, *, rounds: int | None = None) -> bytes:
    """Corrupt a journal: byte flips and splices, and line- and token-level damage."""
    for _ in range(rounds if rounds is not None else rng.choice((1, 1, 1, 2, 3))):
        data = (rng.choice(_BYTE_OPS) if rng.random() < 0.45 else rng.choice(_LINE_OPS))(rng, data)
    return data


def _pos(rng, data: bytes) -> int:
    return rng.randint(0, len(data)) if data else 0


def _flip(rng, data):
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]


def _set_byte(rng, data):
    if not data:
        return rng.choice(INTERESTING)
    i = rng.randrange(len(data))
    return data[:i] + rng.choice(INTERESTING) + data[i + 1:]


def _insert_bytes(rng, data):
    i = _pos(rng, data)
    return data[:i] + rng.choice(INTERESTING) * rng.choice((1, 1, 2, 40)) + data[i:]


def _delete_range(rng, data):
    i = _pos(rng, data)
    return data[:i] + data[i + rng.randint(1, 40):]


def _duplicate_range(rng, data):
    i = _pos(rng, data)
    j = min(len(data), i + rng.randint(1, 200))
    k = _pos(rng, data)
    return data[:k] + data[i:j] + data[k:]


def _truncate(rng, data):
    return data[:_pos(rng, data)]


_BYTE_OPS = (_flip, _set_byte, _insert_bytes, _delete_range, _duplicate_range, _truncate)


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _delete_line(rng, data):
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def _duplicate_line(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return b"\n".join(lines)


def _swap_lines(rng, data):
    lines = _lines(data)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def _reindent(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    if rng.random() < 0.5:
        lines[i] = rng.choice((b" ", b"  ", b"    ", b"\t", b" \t")) + lines[i]
    else:
        lines[i] = lines[i][rng.randint(1, 4):] if lines[i].startswith(b" ") else lines[i]
    return b"\n".join(lines)


def _replace_value(rng, data):
    """Put a hostile token where a value is, or after a random `key:`."""
    lines = _lines(data)
    candidates = [i for i, line in enumerate(lines) if b": " in line or line.rstrip().endswith(b":")]
    if not candidates:
        return _insert_bytes(rng, data)
    i = rng.choice(candidates)
    line = lines[i]
    cut = line.find(b": ")
    cut = cut + 2 if cut >= 0 else len(line) + 1
    token = rng.choice(TOKENS).encode("utf-8", "surrogatepass")
    lines[i] = line[:cut].rstrip(b":") + (b": " if not line[:cut].endswith(b": ") else b"") + token \
        if cut <= len(line) else line + b" " + token
    return b"\n".join(lines)


def _replace_key(rng, data):
    lines = _lines(data)
    candidates = [i for i, line in enumerate(lines) if b":" in line]
    if not candidates:
        return data
    i = rng.choice(candidates)
    line = lines[i]
    start = len(line) - len(line.lstrip(b" -"))
    colon = line.find(b":", start)
    if colon < 0:
        return data
    lines[i] = line[:start] + rng.choice(KEYS).encode() + line[colon:]
    return b"\n".join(lines)


def _insert_line(rng, data):
    lines = _lines(data)
    extra = rng.choice([b"---", b"--- !!map", b"version: 1", b"...", b"%YAML 1.2", b"%TAG ! tag:evil.com,2000:",
                        b"<<<<<<< HEAD", b"=======", b">>>>>>> branch", b"  - id: dup", b"- x", b"log:",
                        b"plans:", b"\t- id: tab", b"# comment", b"  ? key", b"!!python/object:x {}",
                        b"x: &anchor {a: 1}", b"y: *anchor", b"\xff\xfe", b"\x00\x00", b"a" * 3000,
                        b"deep: " + b"[" * 40 + b"]" * 40, b"  - <<: *a"])
    lines.insert(rng.randrange(len(lines) + 1), extra)
    return b"\n".join(lines)


def _crlf_mix(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines[i] = lines[i] + b"\r"
    return b"\n".join(lines) if rng.random() < 0.7 else data.replace(b"\n", b"\r")


_LINE_OPS = (_delete_line, _duplicate_line, _swap_lines, _reindent, _replace_value, _replace_value, _replace_key,
             _insert_line, _crlf_mix)


# ----------------------------------------------------------------- running ---

class FuzzTimeout(BaseException):
    """Raised by the alarm: a BaseException, so no `except Exception` in the tool can swallow it."""


@contextmanager
def time_limit(seconds: float):
    def on_alarm(signum, frame):
        raise FuzzTimeout(f"no answer in {seconds} s")

    if not hasattr(signal, "SIGALRM"):
        yield
        return
    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def commands_for(plan_id: str | None, outdir: Path) -> list[tuple[list[str], str]]:
    """Every command that reads the journal: (argv, what it is: read | write | json)."""
    cmds: list[tuple[list[str], str]] = [
        (["check"], "read"), (["check", "--json"], "json"),
        (["review"], "read"), (["review", "--all"], "read"), (["review", "--json", "--all"], "json"),
        (["review", "--markdown", "--all"], "read"), (["review", "--check"], "read"),
        (["status"], "read"), (["status", "--json"], "json"), (["review", "--private", "--all"], "read"),
        (["edit", "--no-input"], "read"),  # with VISUAL=true: the editor changes nothing
        (["export", "--format", "markdown"], "read"), (["export", "--format", "json"], "json"),
        (["export", "--format", "ics"], "read"),
        (["plan", "--title", "Fuzz plan", "--pattern", "I go quiet.", "--fear", "alone",
          "--behavior", "When I go quiet, I say so and come back within an hour.",
          "--raise-it", "Say 'quiet' and we talk later.", "--by", "Sam"], "write"),
    ]
    if plan_id is not None:
        cmds += [
            (["review", plan_id], "read"),
            (["log", "shown", "fuzz \x1b[2J note", "--plan", plan_id, "--by", "Alex", "--at", "yesterday"], "write"),
            (["checkin", plan_id, "--outcome", "keep", "--note", "fuzz", "--by", "Alex"], "write"),
            (["apology-draft", plan_id], "read"),
            (["log", "note", "--private", "secret \x1b]0;x\x07 note", "--plan", plan_id], "read"),
            (["export", "--format", "markdown", "--per-plan", "--plan", plan_id, "--out", str(outdir), "--yes"],
             "read"),
        ]
    return cmds


_ERROR_LINE = re.compile(r"^repair: error: (?P<file>.+?):(?P<line>\d+):(?P<col>\d+): \S")
_UNSAFE_OUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
                         "\ufff9-\ufffb\U000e0000-\U000e007f]")
PLAN_ARG_COMMANDS = ("review", "log", "checkin", "apology-draft", "export")


@dataclass
class Outcome:
    argv: list[str]
    exit_code: int
    stdout: str
    stderr: str
    before: bytes
    after: bytes


def problems_with(o: Outcome, *, kind: str, shown: str, plan_id: str | None, valid_before: bool,
                  plan_ids_before: list[str]) -> list[str]:
    """Everything the outcome breaks of the contract for a damaged journal; [] when it keeps it."""
    bad = []
    both = o.stdout + o.stderr
    if "Traceback" in both:
        bad.append("a traceback")
    if o.exit_code == 70 or "unexpected" in o.stderr and "this is a bug" in o.stderr:
        bad.append("an internal error (exit 70)")
    allowed = {0, 3}
    if kind == "read" and o.argv[:2] == ["review", "--check"]:
        allowed.add(1)
    if o.exit_code == 2:
        takes_plan = o.argv[0] in PLAN_ARG_COMMANDS and plan_id is not None and plan_id in o.argv
        missing = takes_plan and valid_before and _resolves(plan_id, plan_ids_before) is False
        if missing and re.match(r"repair: error: (no plan|'.*' could be any of)", o.stderr):
            allowed.add(2)
    if o.exit_code not in allowed:
        bad.append(f"exit {o.exit_code}, expected one of {sorted(allowed)}")
    if o.exit_code == 3:
        first = o.stderr.splitlines()[0] if o.stderr else ""
        m = _ERROR_LINE.match(first)
        if not m:
            bad.append(f"exit 3 without `repair: error: FILE:LINE:COL:` first: {first[:200]!r}")
        elif m["file"] != shown:
            bad.append(f"error names {m['file']!r}, not {shown!r}")
    if o.exit_code != 0 and o.after != o.before:
        bad.append("the file changed although the command failed")
    if kind != "write" and o.after != o.before:
        bad.append("a reading command changed the file")
    if o.exit_code == 0 and kind == "write" and not valid_before:
        bad.append("a write succeeded on a journal that does not load")
    if o.exit_code == 3 and valid_before and kind != "write":
        bad.append("exit 3 on a journal that loads cleanly")
    if o.exit_code == 0 and o.argv[0] == "check" and not valid_before:
        bad.append("check said valid for a journal that does not load")
    if kind == "json" and o.exit_code == 0:
        try:
            json.loads(o.stdout)
        except ValueError as e:
            bad.append(f"--json output does not parse: {e}")
    shown_text = both.replace("\r\n", "\n")  # CRLF line ends (iCalendar's) overwrite nothing; a lone CR would
    unsafe = _UNSAFE_OUT.search(shown_text)
    if unsafe:
        bad.append(f"raw {unsafe.group()!r} in the output")
    return bad


def _resolves(ref: str, ids: list[str]) -> bool:
    if ref in ids:
        return True
    return sum(1 for i in ids if i.startswith(ref)) == 1


def journal_state(path: Path) -> tuple[bool, list[str], Any]:
    """(loads cleanly, plan ids, the loaded journal or None), read without the cache."""
    from repairkit import journal
    from repairkit.errors import RepairError

    try:
        loaded = journal.load(path, use_cache=False)
    except RepairError:
        return False, [], None
    return True, [p.id for p in loaded.journal.plans], loaded


def check_write(before: bytes, after: bytes, path: Path, old: Any) -> list[str]:
    """A successful write to a (mutated but valid) journal: still valid, nothing old lost or changed."""
    from repairkit import journal
    from repairkit.errors import RepairError

    bad = []
    try:
        new = journal.load(path, use_cache=False)
    except RepairError as e:
        return [f"the write left a journal that does not load: {e}"]
    # Known and documented: a `|` block scalar that ends a file with no final newline gains
    # that newline when anything is appended after it, so its text gains a trailing "\n".
    trim = (lambda d: {k: v.rstrip("\n") if isinstance(v, str) else v for k, v in d.items()}) \
        if not before.endswith(b"\n") else (lambda d: d)
    old_entries = [trim(entry_as_dict(e)) for e in old.journal.entries]
    new_entries = [trim(entry_as_dict(e)) for e in new.journal.entries]
    if new_entries[:len(old_entries)] != old_entries:
        bad.append("an old entry was lost or changed by the write")
    old_plans = {p.id: trim(plan_as_dict(p)) for p in old.journal.plans}
    for p in new.journal.plans:
        if p.id in old_plans:
            a, b = dict(old_plans[p.id]), trim(plan_as_dict(p))
            for k in ("check_in", "status"):  # what `checkin` may change
                a.pop(k, None)
                b.pop(k, None)
            if a != b:
                bad.append(f"plan {p.id!r} changed beyond check_in/status")
    if len(new.journal.plans) < len(old_plans):
        bad.append("a plan was lost")
    cached = journal.load(path)
    if [trim(entry_as_dict(e)) for e in cached.journal.entries] != new_entries:
        bad.append("the cache disagrees with a fresh parse after the write")
    return bad


def pick_plan(rng, ids: list[str], generated: Generated) -> str | None:
    pool = ids or [p["id"] for p in generated.plans]
    return rng.choice(pool) if pool else None


class InProcess:
    """Runs commands through click's CliRunner, stdout and stderr apart."""

    def __init__(self) -> None:
        from click.testing import CliRunner

        self.runner = CliRunner()

    def __call__(self, argv: list[str], env: dict, timeout: float) -> tuple[int, str, str]:
        from repairkit.cli import cli

        with time_limit(timeout):
            r = self.runner.invoke(cli, argv, env=env, catch_exceptions=True)
        _forget_click_streams()
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            import traceback

            tb = "".join(traceback.format_exception(r.exception))
            return 99, r.stdout, r.stderr + "\nTraceback (in-process):\n" + tb
        return r.exit_code, r.stdout, r.stderr


def _forget_click_streams() -> None:
    """click caches a wrapper per stream in a WeakKeyDictionary whose values keep their keys alive,
    so every CliRunner run stays in memory; a long in-process fuzz run would grow by GBs."""
    from weakref import WeakKeyDictionary

    import click._compat as compat

    for name in ("_default_text_stdout", "_default_text_stderr", "_default_text_stdin"):
        for cell in getattr(getattr(compat, name, None), "__closure__", None) or ():
            if isinstance(cell.cell_contents, WeakKeyDictionary):
                cell.cell_contents.clear()


def run_subprocess(argv: list[str], env: dict, timeout: float, cwd: Path) -> tuple[int, str, str]:
    exe = shutil.which("repair")
    cmd = [exe] if exe else [sys.executable, "-m", "repairkit"]
    full = dict(os.environ)
    full.update(env)
    try:
        p = subprocess.run(cmd + argv, env=full, cwd=cwd, capture_output=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired:
        return 124, "", f"no answer in {timeout} s (killed)"
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


# ------------------------------------------- merges, files written, git-setup ---
# Commands whose input is more than the journal: `resolve` (a file with conflict markers),
# `merge-driver` (three versions), `export --out` and `apology-draft --edit` (files the person asked
# for, never replaced without --yes/--force), `git-setup` (a repository and its .gitattributes).
# Each gets its inputs from the case's journals and checks what it promises beyond the exit code.

ATTRIBUTES = [None, "", "*.yaml text\n", "repair.yaml merge=union\n", "repair.yaml -merge\n", "* merge=binary\n",
              "# shared settings\n*.md diff=markdown", "repair.yaml merge=repairkit\n", "[attr]journal merge=union\n",
              "repair.yaml\tmerge=union\r\n", "\"repair.yaml\" merge=ours\n", "dir"]
EXPORTS = (("markdown", ".md"), ("json", ".json"), ("ics", ".ics"), ("html", ".html"))


@dataclass
class Special:
    """One run of such a command: `prepare` writes its inputs; `verify` lists broken promises."""

    argv: list[str]
    allowed: set[int]
    prepare: Any
    verify: Any
    env: dict = field(default_factory=dict)


def _nl_lines(data: bytes) -> list[bytes]:
    lines = data.splitlines(keepends=True)
    if lines and not lines[-1].endswith((b"\n", b"\r")):
        lines[-1] += b"\n"
    return lines


def conflicted(ours: bytes, theirs: bytes, base: bytes | None) -> bytes:
    """The file git leaves after a line-by-line merge: the lines both sides share, and what differs
    between conflict markers (with the common version too, diff3 style, when `base` is given)."""
    o, t = _nl_lines(ours), _nl_lines(theirs)
    i = 0
    while i < min(len(o), len(t)) and o[i] == t[i]:
        i += 1
    j = 0
    while j < min(len(o), len(t)) - i and o[-1 - j] == t[-1 - j]:
        j += 1
    hunk = [b"<<<<<<< HEAD\n", *o[i:len(o) - j]]
    if base is not None:
        b = _nl_lines(base)
        hunk += [b"||||||| merged common ancestors\n", *b[i:max(i, len(b) - j)]]
    hunk += [b"=======\n", *t[i:len(t) - j], b">>>>>>> theirs\n"]
    return b"".join(o[:i] + hunk + o[len(o) - j:])


def all_ids(path: Path) -> set[str] | None:
    """Every plan and entry id of a journal that loads (read without the cache), else None."""
    from repairkit import journal
    from repairkit.errors import RepairError

    try:
        loaded = journal.load(path, use_cache=False)
    except RepairError:
        return None
    return {p.id for p in loaded.journal.plans} | {e.id for e in loaded.journal.entries}


def _git_quiet(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=30,
                          env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull})


def special_runs(rng, workdir: Path, data: bytes, original: bytes, plan_id: str | None, plan_missing: bool,
                 with_git: bool) -> list[Special]:
    """The runs of one case; `data` is the damaged journal, `original` the generated one."""
    runs: list[Special] = []
    other = mutate(rng, original, rounds=1) if rng.random() < 0.6 else original

    # resolve: the damaged journal against the original (or a second damage), in either order
    conflict = workdir / "conflict" / "repair.yaml"
    sides = (data, other) if rng.random() < 0.5 else (other, data)
    marked = conflicted(*sides, original if rng.random() < 0.3 else None)
    if rng.random() < 0.15:
        marked = mutate(rng, marked, rounds=1)

    def prepare_resolve() -> None:
        conflict.parent.mkdir(exist_ok=True)
        conflict.write_bytes(marked)

    def verify_resolve(code: int, out: str, err: str) -> list[str]:
        after = conflict.read_bytes()
        if code == 0 and b"<<<<<<<" in marked and "no conflict markers" not in out:
            return [] if all_ids(conflict) is not None else ["resolve said 0 but the file does not load"]
        if code == 4:
            return [] if b"<<<<<<<" in after else ["resolve said 4 (a conflict) but left no markers"]
        if code != 0 and after != marked:
            return ["resolve failed and changed the file"]
        if code == 3 and not err.startswith("repair: error: "):
            return [f"exit 3 without `repair: error:` first: {err[:200]!r}"]
        return []

    runs.append(Special(["resolve"], {0, 3, 4}, prepare_resolve, verify_resolve,
                        env={"REPAIR_JOURNAL": str(conflict)}))

    # merge-driver BASE OURS THEIRS PATH, as git runs it
    folder = workdir / "merge"
    base_data = rng.choice([original, original, b"", None, data])
    ours_data, theirs_data = (data, other) if rng.random() < 0.5 else (other, data)
    base, ours, theirs = folder / "base", folder / "ours", folder / "theirs"

    def prepare_merge() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        if base_data is not None:
            base.write_bytes(base_data)
        ours.write_bytes(ours_data)
        theirs.write_bytes(theirs_data)

    def verify_merge(code: int, out: str, err: str) -> list[str]:
        bad = []
        if theirs.read_bytes() != theirs_data or (base_data is not None and base.read_bytes() != base_data):
            bad.append("the merge driver changed BASE or THEIRS")
        after = ours.read_bytes()
        if code == 3 and after != ours_data:
            bad.append("a failed merge changed OURS")
        if code == 3 and "your version is left as it was" not in err:
            bad.append(f"a failed merge without its one line: {err[:200]!r}")
        if code == 1 and b"<<<<<<<" not in after:
            bad.append("a conflict (exit 1) without markers")
        if code == 0:
            got = all_ids(ours)
            if got is None:
                bad.append("the merged OURS does not load")
            else:
                sides_ids = set()
                for side in (ours_data, theirs_data):
                    probe = folder / "probe"
                    probe.write_bytes(side)
                    sides_ids |= all_ids(probe) or set()
                lost = {i for i in sides_ids - got if i.encode() not in (base_data or b"")}
                if lost:
                    bad.append(f"the merge lost new items: {sorted(lost)[:5]}")
        return bad

    runs.append(Special(["merge-driver", str(base), str(ours), str(theirs), "repair.yaml"], {0, 1, 3},
                        prepare_merge, verify_merge))

    # export --out FILE: written once, then refused (not replaced) without --yes, then replaced with it
    fmt, ext = rng.choice(EXPORTS)
    target = workdir / "exports" / f"journal{ext}"
    state: dict[str, Any] = {}

    def prepare_export_first() -> None:
        shutil.rmtree(target.parent, ignore_errors=True)
        target.parent.mkdir()

    def verify_export_first(code: int, out: str, err: str) -> list[str]:
        state["written"] = target.read_bytes() if target.exists() else None
        if code == 0 and state["written"] is None:
            return ["export --out said 0 and wrote nothing"]
        if code != 0 and state["written"] is not None:
            return ["export --out failed and left a file"]
        if code == 0 and os.stat(target).st_mode & 0o077:
            return ["an export is readable by others"]
        return []

    def verify_export_again(code: int, out: str, err: str) -> list[str]:
        if state.get("written") is None:
            return []
        if code != 2 or "already exists" not in err:
            return [f"an existing export was not refused without --yes (exit {code})"]
        return [] if target.read_bytes() == state["written"] else ["an existing export was replaced without --yes"]

    export = ["export", "--format", fmt, "--out", str(target)]
    runs.append(Special(export, {0, 3}, prepare_export_first, verify_export_first))
    runs.append(Special(export, {0, 2, 3}, lambda: None, verify_export_again))
    runs.append(Special([*export, "--yes"], {0, 3}, lambda: None,
                        lambda code, out, err: [] if code != 0 or target.exists() else ["--yes wrote nothing"]))

    # apology-draft PLAN --edit (the editor is `true`): a new apology-ID.md, never replaced without --force
    if plan_id is not None:
        drafts: dict[str, Any] = {}

        def found_drafts() -> dict[str, bytes]:
            return {p.name: p.read_bytes() for p in workdir.glob("apology-*.md")}

        def prepare_draft() -> None:
            for p in workdir.glob("apology-*.md"):
                p.unlink()

        def verify_draft(code: int, out: str, err: str) -> list[str]:
            drafts.update(found_drafts())
            if code == 0 and len(drafts) != 1:
                return [f"apology-draft --edit said 0 and wrote {len(drafts)} drafts"]
            if code != 0 and drafts:
                return ["apology-draft --edit failed and left a draft"]
            return []

        def verify_draft_again(code: int, out: str, err: str) -> list[str]:
            if not drafts:
                return []
            if code != 2 or "not replacing it" not in err:
                return [f"an existing draft was not refused without --force (exit {code})"]
            return [] if found_drafts() == drafts else ["an existing draft was replaced without --force"]

        draft = ["apology-draft", plan_id, "--edit"]
        allowed = {0, 3} | ({2} if plan_missing else set())
        runs.append(Special(draft, allowed, prepare_draft, verify_draft))
        runs.append(Special(draft, allowed | {2}, lambda: None, verify_draft_again))

    # git-setup in a repository of its own, with whatever .gitattributes a partner committed
    if with_git:
        repo = workdir / "repo"
        attributes = rng.choice(ATTRIBUTES)
        if attributes not in (None, "dir") and rng.random() < 0.4:
            attributes = mutate(rng, attributes.encode("utf-8"), rounds=1).decode("utf-8", "replace")
        unset = rng.random() < 0.5
        seen: dict[str, Any] = {}

        def prepare_setup() -> None:
            if not (repo / ".git").exists():
                repo.mkdir(exist_ok=True)
                _git_quiet("init", "-q", cwd=repo)
            if unset:
                _git_quiet("config", "--unset", "merge.repairkit.driver", cwd=repo)
            (repo / "repair.yaml").write_bytes(data)
            target = repo / ".gitattributes"
            if target.is_dir():
                target.rmdir()
            elif target.exists():
                target.unlink()
            if attributes == "dir":
                target.mkdir()
            elif attributes is not None:
                target.write_bytes(attributes.encode("utf-8", "surrogateescape"))

        def attributes_now() -> bytes | None:
            target = repo / ".gitattributes"
            return target.read_bytes() if target.is_file() else None

        def verify_setup(code: int, out: str, err: str) -> list[str]:
            seen["code"], seen["attributes"] = code, attributes_now()
            if code == 3 and attributes_now() != (None if attributes in (None, "dir") else
                                                 attributes.encode("utf-8", "surrogateescape")):
                return ["git-setup failed and changed .gitattributes"]
            if code == 0:
                merge = _git_quiet("check-attr", "merge", "--", "repair.yaml", cwd=repo).stdout
                if not merge.strip().endswith(": merge: repairkit"):
                    return [f"git-setup said 0 but git does not apply the driver: {merge.strip()!r}"]
            return []

        def verify_setup_again(code: int, out: str, err: str) -> list[str]:
            if seen.get("code") != 0:
                return []
            if code != 0 or "Already set up" not in out:
                return [f"git-setup is not idempotent (exit {code}: {out[:100]!r})"]
            return [] if attributes_now() == seen["attributes"] else ["a second git-setup changed .gitattributes"]

        env = {"REPAIR_JOURNAL": str(repo / "repair.yaml")}
        runs.append(Special(["git-setup"], {0, 3}, prepare_setup, verify_setup, env=env))
        runs.append(Special(["git-setup"], {0, 3}, lambda: None, verify_setup_again, env=env))
    return runs


def special_problems(sp: Special, code: int, out: str, err: str, journal_before: bytes,
                     journal_after: bytes) -> list[str]:
    """What every such run must do, then what its own command promises."""
    bad = []
    if "Traceback" in out + err:
        bad.append("a traceback")
    if code == 70 or "unexpected" in err and "this is a bug" in err:
        bad.append("an internal error (exit 70)")
    if code not in sp.allowed:
        bad.append(f"exit {code}, expected one of {sorted(sp.allowed)}")
    if journal_after != journal_before:
        bad.append("the case's journal changed")
    unsafe = _UNSAFE_OUT.search((out + err).replace("\r\n", "\n"))
    if unsafe:
        bad.append(f"raw {unsafe.group()!r} in the output")
    return bad + sp.verify(code, out, err)


@dataclass
class FuzzReport:
    cases: int = 0
    runs: int = 0
    subprocess_runs: int = 0
    special_runs: int = 0  # resolve, merge-driver, export --out, apology-draft --edit, git-setup
    valid_after_mutation: int = 0
    exits: dict = field(default_factory=dict)
    failures: list = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.cases} mutated journals, {self.runs} command runs ({self.subprocess_runs} as a subprocess, "
                f"{self.special_runs} of resolve, merge-driver, export --out, apology-draft --edit, git-setup), "
                f"{self.valid_after_mutation} still valid, exits {dict(sorted(self.exits.items()))}, "
                f"{len(self.failures)} failures, {self.seconds:.1f} s")


def fuzz(workdir: Path, *, seed: int = 0, cases: int | None = 200, seconds: float | None = None,
         subprocess_every: int = 0, timeout: float = 10.0, save: Path | None = None,
         stop_on_failure: bool = False, base: bytes | None = None, git_every: int = 1) -> FuzzReport:
    """Mutate generated journals and run every command on each; a report of what broke the contract.

    Runs until `cases` journals are done or `seconds` have passed (whichever is
    given; both: whichever comes first). Deterministic for a seed and a count.
    `git-setup` (a dozen git processes a case) runs on every `git_every`th case.
    """
    rng = random.Random(seed)
    report = FuzzReport()
    runner = InProcess()
    started = time.monotonic()
    workdir.mkdir(parents=True, exist_ok=True)
    env = {"REPAIR_NOW": FIXED_NOW, "NO_COLOR": "1", "REPAIR_NO_INPUT": "1", "REPAIR_AUTHOR": "Sam",
           "XDG_CACHE_HOME": str(workdir / "cache"), "XDG_DATA_HOME": str(workdir / "data"),
           "XDG_CONFIG_HOME": str(workdir / "config"), "HOME": str(workdir / "home"), "REPAIR_LOCK_TIMEOUT": "2",
           "VISUAL": "true", "EDITOR": "true"}
    old_cwd = os.getcwd()
    os.chdir(workdir)
    try:
        while True:
            if cases is not None and report.cases >= cases:
                break
            if seconds is not None and time.monotonic() - started >= seconds:
                break
            case = report.cases
            generated = generate(rng)
            source = base if base is not None else generated.data
            data = mutate(rng, source)
            report.cases += 1
            path = workdir / "repair.yaml"
            outdir = workdir / "pages"
            shutil.rmtree(outdir, ignore_errors=True)
            path.write_bytes(data)
            valid, ids, loaded = journal_state(path)
            report.valid_after_mutation += valid
            plan_id = pick_plan(rng, ids, generated)
            as_subprocess = subprocess_every and case % subprocess_every == 0
            for argv, kind in commands_for(plan_id, outdir):
                path.write_bytes(data)
                run_env = dict(env, REPAIR_JOURNAL=str(path))
                if as_subprocess:
                    code, out, err = run_subprocess(argv, run_env, timeout, workdir)
                    report.subprocess_runs += 1
                else:
                    try:
                        code, out, err = runner(argv, run_env, timeout)
                    except FuzzTimeout as e:
                        code, out, err = 124, "", str(e)
                report.runs += 1
                report.exits[code] = report.exits.get(code, 0) + 1
                after = path.read_bytes()
                o = Outcome(argv, code, out, err, data, after)
                bad = problems_with(o, kind=kind, shown="repair.yaml", plan_id=plan_id, valid_before=valid,
                                    plan_ids_before=ids)
                if code == 124:
                    bad.append("a hang (timeout)")
                if not bad and code == 0 and kind == "write" and after != data and loaded is not None:
                    bad += check_write(data, after, path, loaded)
                if bad:
                    _record(report, save, seed, case, argv, code, bad, out, err, bool(as_subprocess), data)
                    if stop_on_failure:
                        return report
            # The sharing and file-writing commands, from a generator of their own, so that adding
            # them left the cases above (and their seeds) as they were.
            srng = random.Random(f"{seed}-{case}")
            missing = valid and plan_id is not None and _resolves(plan_id, ids) is False
            with_git = bool(git_every) and case % git_every == 0 and shutil.which("git") is not None
            for sp in special_runs(srng, workdir, data, generated.data, plan_id, missing, with_git):
                path.write_bytes(data)
                sp.prepare()
                run_env = {**env, "REPAIR_JOURNAL": str(path), **sp.env}
                if as_subprocess:
                    code, out, err = run_subprocess(sp.argv, run_env, timeout, workdir)
                    report.subprocess_runs += 1
                else:
                    try:
                        code, out, err = runner(sp.argv, run_env, timeout)
                    except FuzzTimeout as e:
                        code, out, err = 124, "", str(e)
                report.runs += 1
                report.special_runs += 1
                report.exits[code] = report.exits.get(code, 0) + 1
                bad = special_problems(sp, code, out, err, data, path.read_bytes())
                if code == 124:
                    bad.append("a hang (timeout)")
                if bad:
                    _record(report, save, seed, case, sp.argv, code, bad, out, err, bool(as_subprocess), data)
                    if stop_on_failure:
                        return report
    finally:
        os.chdir(old_cwd)
        report.seconds = time.monotonic() - started
    return report


def _record(report: FuzzReport, save: Path | None, seed: int, case: int, argv: list[str], code: int,
            bad: list[str], out: str, err: str, as_subprocess: bool, data: bytes) -> None:
    failure = {"seed": seed, "case": case, "argv": argv, "exit": code, "problems": bad,
               "stderr": err[-2000:], "stdout": out[:500], "subprocess": as_subprocess}
    report.failures.append(failure)
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        stem = save / f"seed{seed}-case{case}-{argv[0]}"
        stem.with_suffix(".yaml").write_bytes(data)
        stem.with_suffix(".json").write_text(json.dumps(failure, indent=2, ensure_ascii=True))


def replay(data: bytes, workdir: Path) -> FuzzReport:
    """Run every command on one saved input (a .yaml from a failure) and print what each did."""
    report = FuzzReport()
    runner = InProcess()
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "repair.yaml"
    path.write_bytes(data)
    valid, ids, _ = journal_state(path)
    env = {"REPAIR_NOW": FIXED_NOW, "NO_COLOR": "1", "REPAIR_NO_INPUT": "1", "REPAIR_AUTHOR": "Sam",
           "XDG_CACHE_HOME": str(workdir / "cache"), "REPAIR_JOURNAL": str(path)}
    old = os.getcwd()
    os.chdir(workdir)
    try:
        for argv, kind in commands_for(ids[0] if ids else "p", workdir / "pages"):
            path.write_bytes(data)
            code, out, err = runner(argv, env, 10.0)
            o = Outcome(argv, code, out, err, data, path.read_bytes())
            bad = problems_with(o, kind=kind, shown="repair.yaml", plan_id=ids[0] if ids else "p",
                                valid_before=valid, plan_ids_before=ids)
            print(f"{' '.join(argv)[:60]:60} exit {code} {'; '.join(bad) or 'ok'}")
            if bad:
                print("  stderr:", err[-600:])
                report.failures.append(bad)
    finally:
        os.chdir(old)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mutation-fuzz every repair command that reads a journal.")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--cases", type=int, default=None, help="stop after this many mutated journals")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock, printed)")
    parser.add_argument("--subprocess-every", type=int, default=50,
                        help="run every Nth case through the installed `repair` command (0: never)")
    parser.add_argument("--git-every", type=int, default=5,
                        help="run git-setup (a dozen git processes) on every Nth case (0: never)")
    parser.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "repair-fuzz-failures",
                        help="where failing inputs go (default: repair-fuzz-failures in the temp folder)")
    parser.add_argument("--replay", type=Path, help="run every command on one saved input and show the results")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    with tempfile.TemporaryDirectory(prefix="repair-fuzz-") as tmp:
        os.environ.update({"REPAIR_NOW": FIXED_NOW, "NO_COLOR": "1", "REPAIR_NO_INPUT": "1"})
        os.environ.pop("REPAIR_DEBUG", None)
        if args.replay:
            report = replay(args.replay.read_bytes(), Path(tmp))
            return 1 if report.failures else 0
        seed = args.seed if args.seed is not None else int(time.time())
        print(f"seed {seed}", flush=True)
        report = fuzz(Path(tmp), seed=seed, cases=args.cases, seconds=args.seconds,
                      subprocess_every=args.subprocess_every, save=args.save, git_every=args.git_every)
    print(report.summary())
    for f in report.failures[:20]:
        print(f"- case {f['case']} `repair {' '.join(f['argv'])[:80]}` exit {f['exit']}: {'; '.join(f['problems'])}")
        print("  " + f["stderr"].strip().replace("\n", "\n  ")[:800])
    if report.failures:
        print(f"inputs saved in {args.save}/")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
