"""Render new plans and entries as YAML text to splice into a journal.

Writers never re-dump the file: they render only what they add, in a style
any YAML reader reads back to exactly the same values.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from repairkit.textsafe import FORMAT_CHARS

_PLAIN = re.compile(r"\w[\w .,;()?!'/+=-]*", re.UNICODE)
_NOT_TEXT = re.compile(
    r"""(?ix)
    ~|null|true|false|yes|no|on|off|y|n          # null and booleans, YAML 1.1 and 1.2
    |[-+]?(\d[\d_]*)?\.?\d*([e][-+]?\d+)?       # numbers, loosely
    |[-+]?0[box][\da-f_]+ | [-+]?\.(inf|nan)
    |\d{4}-\d\d?-\d\d?.*                          # dates and datetimes
    |\d+(:\d+)+(\.\d*)?                            # sexagesimal numbers (YAML 1.1)
    """)
# In a flow collection (`{at: ...}`) a plain value may not hold these: libyaml ends or refuses
# a plain scalar at `:` and `?` there (YAML 1.1 rules), and `,` `]` `}` `#` end it too.
_FLOW_UNSAFE = re.compile(r"[,\[\]{}:#?]")
# Written as escapes so the file never holds them raw: DEL and C1 (YAML cannot), and the bidi
# and invisible characters that would reorder or hide text in `cat`, `git diff` or an editor.
_UNPRINTABLE = re.compile(f"[\x7f-\x9f{FORMAT_CHARS}]")


def scalar(value: Any) -> str:
    """One YAML scalar, plain where that is unambiguous, double-quoted otherwise."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if is_plain_safe(text):
        return text
    return scalar_quoted(text)


def scalar_quoted(text: str) -> str:
    """Double-quoted, JSON-style escapes (which YAML reads the same way)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(_escape, quoted)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"  # YAML has \U; JSON does not


def read_quoted(rendered: str) -> str:
    """What YAML reads from a double-quoted scalar made by scalar_quoted (JSON, plus YAML's \\U)."""
    def pair(m: re.Match[str]) -> str:
        if m.group() == "\\\\":
            return m.group()
        code = int(m.group()[-8:], 16) - 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"

    return json.loads(re.sub(r"\\\\|\\U[0-9a-f]{8}", pair, rendered))


def is_plain_safe(text: str) -> bool:
    """Text that YAML reads back unquoted as exactly this text, in any version of YAML."""
    return bool(_PLAIN.fullmatch(text)) and not text.endswith(" ") and not _NOT_TEXT.fullmatch(text) \
        and "  " not in text


def block_item(fields: dict[str, Any], dash_col: int, key_col: int, newline: str = "\n") -> str:
    """A block sequence item: `- key: value` lines at the journal's own indentation."""
    key_col = max(key_col, dash_col + 2)
    lines = []
    for key, value in fields.items():
        if value is None:
            continue
        if not lines:
            lines.append(" " * dash_col + "-" + " " * (key_col - dash_col - 1) + f"{key}: {scalar(value)}")
        else:
            lines.append(" " * key_col + f"{key}: {scalar(value)}")
    return newline.join(lines) + newline


def flow_item(fields: dict[str, Any]) -> str:
    """A flow mapping `{key: value, ...}`, for journals that keep a list in flow style."""
    parts = []
    for key, value in fields.items():
        if value is None:
            continue
        text = scalar(value)
        if not text.startswith('"') and _FLOW_UNSAFE.search(text):
            text = scalar_quoted(text)  # the plain form is the exact text meant (a date's ISO form too)
        parts.append(f"{key}: {text}")
    return "{" + ", ".join(parts) + "}"


def flow_list(values: list[str]) -> str:
    return "[" + ", ".join(flow_item_scalar(v) for v in values) + "]"


def flow_item_scalar(value: Any) -> str:
    text = scalar(value)
    if not text.startswith('"') and _FLOW_UNSAFE.search(text):
        text = scalar_quoted(text)
    return text


def check_rendered(fields: dict[str, Any]) -> None:
    """Guard: every rendered value must read back as exactly the value meant.

    Plain scalars are only used for text that YAML cannot read as anything
    else; quoted ones are JSON strings (plus YAML's \\U), which YAML reads the same way.
    """
    from repairkit.errors import JournalError, UsageError
    from repairkit.journal.text import check_years

    check_years(fields)
    for key, value in fields.items():
        if value is None or isinstance(value, (bool, int, dt.date)):
            continue
        text = str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(f"`{key}` is not valid UTF-8 text", hint="check the terminal's or the script's "
                             "encoding (UTF-8 is what the journal holds)") from None
        rendered = scalar(text)
        back = read_quoted(rendered) if rendered.startswith('"') else rendered
        if back != text or (not rendered.startswith('"') and not is_plain_safe(text)):
            raise JournalError(f"could not write `{key}` safely", hint="please report this text as a bug")
