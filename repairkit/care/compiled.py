"""The text checks' fixed patterns, compiled once and kept between runs.

Python compiles a pattern in two steps: it parses the source, then turns it into the code its
matcher runs. For the text checks both steps cost more than the matching (about 90 ms of a
2,000-word `apology-draft --check`, against 60 ms of matching), and no process keeps a compiled
pattern for the next. So the code made by the second step can be kept: `build` makes it for every
fixed pattern of the checks (`fixed_patterns`), the command line keeps it in the user's cache folder
(journal/patterns.py) and gives it back with `seed`, and `compile` then makes a pattern from it with
the same call `re.compile` ends in. A pattern made this way is equal to `re.compile`'s (same source,
flags and code: `re.Pattern.__eq__` compares them); tests/test_compiled_patterns.py checks all of
them.

What is kept is the same for everyone on one version: the code of the checks' own patterns, made
all at once, never anything a run compiled for a text. (The checks also compile patterns of just
the alternatives whose trigger words are in a text; those sources would tell which words a text held,
so they are never kept. With kept code a check runs the whole pattern instead: the alternatives left
out match nowhere in the text, so no match changes.)

This module is pure: nothing is read or written here. With nothing seeded (a library caller, another
Python, `REPAIR_NO_CACHE`), and on anything unexpected, `compile` is `re.compile`.
"""
from __future__ import annotations

import dataclasses
import importlib
import re
import sys
import types
from array import array
from collections.abc import Iterable

try:  # CPython 3.11+: the two steps of re.compile, and the call it ends in
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = None

_TYPECODE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)
USABLE = _sre is not None and _TYPECODE is not None and sys.implementation.name == "cpython"

# (source, flags) -> (flags as compiled, code as bytes, groups, group index, index group)
_Entry = tuple[int, bytes, int, dict, tuple]
_kept: dict[tuple[str, int], _Entry] = {}


def tag() -> str:
    """What kept code is valid for: this Python and its matcher's code format."""
    return f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"


def has(source: str, flags: int = 0) -> bool:
    """Whether there is kept code for this pattern (making it then costs next to nothing)."""
    return (source, int(flags)) in _kept


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """As `re.compile(source, flags)`, from kept code when there is some."""
    entry = _kept.get((source, int(flags))) if _kept else None
    if entry is not None:
        try:
            return _sre.compile(source, entry[0], array(_TYPECODE, entry[1]).tolist(), entry[2], entry[3], entry[4])
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del _kept[(source, int(flags))]  # damaged: the matcher checks code before it runs any
    return re.compile(source, flags)


def code_of(source: str, flags: int = 0) -> _Entry:
    """What `re._compiler.compile` hands the matcher for this pattern, step by step."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (flags | parsed.state.flags, array(_TYPECODE, code).tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def check_modules() -> list[str]:
    """Every module of repairkit.care, where the checks and their patterns live."""
    import pkgutil

    package = importlib.import_module("repairkit.care")
    return sorted(f"repairkit.care.{m.name}" for m in pkgutil.iter_modules(package.__path__) if m.name != "compiled")


def fixed_patterns(modules: Iterable[str] | None = None) -> list[tuple[str, int]]:
    """Every fixed pattern of the checks, whole: the module-level patterns, and those inside their
    rules, tables and lists (found by walking what each module holds, not by running a check)."""
    found: dict[tuple[str, int], None] = {}
    seen: set[int] = set()

    def walk(value: object, depth: int) -> None:
        if id(value) in seen or depth > 5 or isinstance(value, (str, bytes, int, float, type(None))):
            return
        seen.add(id(value))
        kind = type(value).__name__
        if kind == "_Alternatives":
            found[(value.pattern, int(value.flags))] = None
        elif kind == "_Lazy":  # (asking a pattern without flags of its own for them would compile it)
            found[(value.source, int(value.flags) if "flags" in type(value).__slots__ else 0)] = None
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif isinstance(value, (tuple, list, set, frozenset)):
            for item in value:
                walk(item, depth + 1)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name), depth + 1)

    for name in check_modules() if modules is None else modules:
        module = importlib.import_module(name)
        for key, value in sorted(vars(module).items()):
            if key.startswith("__") or isinstance(value, (types.ModuleType, type)) or callable(value):
                continue
            walk(value, 0)
    return list(found)


def build(patterns: Iterable[tuple[str, int]]) -> dict[tuple[str, int], _Entry]:
    """Kept code for these patterns (the ones that don't compile, or are debug patterns, left out)."""
    out = {}
    for source, flags in patterns:
        if flags & re.DEBUG:
            continue
        try:
            out[(source, flags)] = code_of(source, flags)
        except (re.error, RecursionError, OverflowError):
            continue
    return out


_all_fixed: dict[tuple[str, int], _Entry] | None = None


def all_fixed() -> dict[tuple[str, int], _Entry]:
    """`build(fixed_patterns())`, made once per process."""
    global _all_fixed
    if _all_fixed is None:
        _all_fixed = build(fixed_patterns())
    return _all_fixed


def seed(data: object) -> int:
    """Take kept code (as `build` made it); anything not of that shape is ignored. Returns how many
    patterns were taken."""
    _kept.clear()
    if not USABLE or not isinstance(data, dict):
        return 0
    for key, entry in data.items():
        if (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and type(key[1]) is int
                and isinstance(entry, tuple) and len(entry) == 5 and type(entry[0]) is int
                and isinstance(entry[1], bytes) and type(entry[2]) is int and isinstance(entry[3], dict)
                and isinstance(entry[4], tuple)):
            _kept[key] = entry
    return len(_kept)


def kept() -> dict[tuple[str, int], _Entry]:
    return dict(_kept)
