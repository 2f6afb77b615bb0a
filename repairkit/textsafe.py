"""Neutralise terminal control characters in text a partner wrote."""
from __future__ import annotations

import re

# Characters that change how a terminal shows what follows, or hide text:
# the bidi controls (LRM RLM ALM, embeddings, overrides, isolates), zero-width
# and other invisible format characters, line/paragraph separators, the BOM,
# interlinear annotations and the invisible "tag" characters.
FORMAT_CHARS = ("\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb"
                "\U000e0000-\U000e007f")
# C0 controls except newline and tab, DEL, C1 controls, and the characters above.
UNSAFE_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f" + FORMAT_CHARS
_UNSAFE = re.compile(f"[{UNSAFE_CHARS}]")
# What json.dumps(ensure_ascii=False) leaves raw: everything above except C0 controls.
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{FORMAT_CHARS}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def safe_text(text: object, *, one_line: bool = False) -> str:
    """Text fit for a terminal: control and bidi characters become visible escapes."""
    s = "" if text is None else str(text)
    if one_line:
        s = s.replace("\r\n", "\n").replace("\n", " ").replace("\t", " ")
    return _UNSAFE.sub(_escape, s)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON has no \U: a surrogate pair, as json.dumps(ensure_ascii=True) writes it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_safe(dumped: str) -> str:
    """JSON text with C1 controls, bidi and zero-width characters escaped as \\uXXXX."""
    return _JSON_UNSAFE.sub(_json_escape, dumped)


# How much of a value a message quotes. A person typed it, or a partner wrote it, and it can be
# any length (a 120 KB --at, a pasted file as --by): enough to recognise it, never the whole of it.
VALUE_LIMIT = 60  # a value quoted in a message: a date, a name, a plan id, a choice
RUN_LIMIT = 200  # any unbroken run of characters (a file name); hint lists are cut at this length too
LINE_LIMIT = 1000  # a whole message line, whatever it quotes
_LONG_RUN = re.compile(rf"\S{{{RUN_LIMIT + 1},}}")


def clip(value: object, limit: int = VALUE_LIMIT) -> str:
    """A value as a message quotes it: at most `limit` characters, a cut one ending in an ellipsis."""
    s = "" if value is None else str(value)
    return s if len(s) <= limit else s[:limit - 1] + "…"


def clip_middle(text: str, limit: int = RUN_LIMIT) -> str:
    """At most `limit` characters with the middle cut out, so both ends (a file's name) stay."""
    if len(text) <= limit:
        return text
    tail = (limit - 1) // 2
    return text[:limit - 1 - tail] + "…" + text[len(text) - tail:]


def clip_message(text: str) -> str:
    """The printer's backstop: no unbroken run over RUN_LIMIT and no line over LINE_LIMIT characters,
    whatever a message quotes (the messages themselves cut the values they quote at VALUE_LIMIT)."""
    if len(text) <= RUN_LIMIT:
        return text
    text = _LONG_RUN.sub(lambda m: clip_middle(m.group()), text)
    return "\n".join(clip_middle(line, LINE_LIMIT) for line in text.split("\n"))
