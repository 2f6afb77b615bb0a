"""Neutralise terminal control characters in text a partner wrote."""
from __future__ import annotations

import re

# C0 controls except newline and tab, DEL, C1 controls, and the bidi and
# zero-width formatting characters that can reorder or hide what is shown.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: object, *, one_line: bool = False) -> str:
    """Text fit for a terminal: control and bidi characters become visible escapes."""
    s = "" if text is None else str(text)
    if one_line:
        s = s.replace("\r\n", "\n").replace("\n", " ").replace("\t", " ")
    return _UNSAFE.sub(_escape, s)


def json_safe(dumped: str) -> str:
    """JSON text with C1 controls, bidi and zero-width characters escaped as \\uXXXX."""
    return re.sub("[\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]",
                  lambda m: f"\\u{ord(m.group()):04x}", dumped)
