"""Render new plans and entries as YAML text to splice into a journal.

Writers never re-dump the file: they render only what they add, in a style
any YAML reader reads back to exactly the same values.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

_PLAIN = re.compile(r"\w[\w .,;()?!'/+=-]*", re.UNICODE)
_NOT_TEXT = re.compile(
    r"""(?ix)
    ~|null|true|false|yes|no|on|off|y|n          # null and booleans, YAML 1.1 and 1.2
    |[-+]?(\d[\d_]*)?\.?\d*([e][-+]?\d+)?       # numbers, loosely
    |[-+]?0[box][\da-f_]+ | [-+]?\.(inf|nan)
    |\d{4}-\d\d?-\d\d?.*                          # dates and datetimes
    |\d+(:\d+)+(\.\d*)?                            # sexagesimal numbers (YAML 1.1)
    """)
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


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
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


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
        if not text.startswith('"') and re.search(r"[,\[\]{}]", text):
            text = json.dumps(str(value), ensure_ascii=False)
        parts.append(f"{key}: {text}")
    return "{" + ", ".join(parts) + "}"


def flow_list(values: list[str]) -> str:
    return "[" + ", ".join(flow_item_scalar(v) for v in values) + "]"


def flow_item_scalar(value: str) -> str:
    text = scalar(value)
    if not text.startswith('"') and re.search(r"[,\[\]{}]", text):
        text = json.dumps(value, ensure_ascii=False)
    return text
