"""Plan ids: SPEC's closed alphabet, and the id a plan gets from its title.

An id is lowercase letters, digits and single inner hyphens, starting with a
letter, at most 64 characters (`^[a-z](-?[a-z0-9])*$`), so it is always a safe
word in a path, a shell line or a completion. Pure: no I/O.
"""
from __future__ import annotations

import os
import re
import unicodedata

ID_RULE = "^[a-z](-?[a-z0-9])*$"  # as SPEC writes it, for messages
ID_PATTERN = re.compile(r"[a-z](?:-?[a-z0-9])*")
MAX_ID = 64
SLUG_WORDS = 32  # a generated id stops adding words here: short enough to type

# Apostrophes inside a word (Priya's, don't, rock 'n' roll) join it rather than split it.
_APOSTROPHES = re.compile(r"(?<=\w)['\u2019\u02bc\u2018`´](?=\w)")


def is_valid_id(text: str) -> bool:
    return len(text) <= MAX_ID and ID_PATTERN.fullmatch(text) is not None


def slug(title: str) -> str:
    """An id from a title: "The joke at Priya's birthday" -> "the-joke-at-priyas-birthday".

    Accents are dropped (café -> cafe), an apostrophe inside a word disappears
    instead of splitting it, anything else that is not a letter or digit
    separates words, and words are added while the id stays within
    SLUG_WORDS characters. An id must start with a letter: "plan-" is put in
    front of one that would not, and a title with nothing usable gives "plan".
    """
    text = unicodedata.normalize("NFKD", title or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _APOSTROPHES.sub("", text)
    words = re.findall(r"[a-z0-9]+", text)
    joined = ""
    for word in words:
        word = word[:SLUG_WORDS]
        if joined and len(joined) + len(word) + 1 > SLUG_WORDS:
            break
        joined = f"{joined}-{word}" if joined else word
    if not joined:
        return "plan"
    if not joined[0].isalpha():
        joined = f"plan-{joined}"
    return joined


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`… the first one not taken (still within MAX_ID characters)."""
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = base[:MAX_ID - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        n += 1


def suggest_id(value: str) -> str:
    """A valid id as close to `value` as can be, for the hint when a hand-written id is refused."""
    return slug(value)[:MAX_ID]


def new_entry_id(data: bytes) -> str:
    """'e' and 8 hex digits: starts with a letter, never reads as a number, unique in the file."""
    while True:
        candidate = "e" + os.urandom(4).hex()
        # "e12345678" is a float to a careless reader (1e2345678): keep ids that hold a letter after the e.
        if not candidate[1:].isdigit() and candidate.encode() not in data:
            return candidate
