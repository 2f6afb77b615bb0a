"""Ids: plan ids made from titles, and entry ids. Every id is in SPEC's closed alphabet
(`^[a-z](-?[a-z0-9])*$`, at most 64 characters), so it is a safe word anywhere it goes."""
from __future__ import annotations

import os
import re

MAX_ID = 64
SLUG_WORDS = 32  # a plan id made from a title stops at about this many characters


def slug(title: str) -> str:
    """An id from a title: lowercase words joined by hyphens, starting with a letter ("Priya's" → "priyas")."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"['’]", "", title.lower()))
    text = ""
    for word in words:
        if len(text) + len(word) + 1 > SLUG_WORDS and text:
            break
        text = f"{text}-{word}" if text else word
    if not text or not text[0].isalpha():
        text = "plan-" + text if text else "plan"
    return text[:MAX_ID].rstrip("-")


def unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def new_entry_id(data: bytes) -> str:
    """'e' and 8 hex digits: starts with a letter, never reads as a number, unique in the file."""
    while True:
        candidate = "e" + os.urandom(4).hex()
        # "e12345678" is a float to a careless reader (1e2345678): keep ids that hold a letter after the e.
        if not candidate[1:].isdigit() and candidate.encode() not in data:
            return candidate
