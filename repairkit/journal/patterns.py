"""The text checks' compiled patterns, kept in the user's cache folder between runs (care/compiled.py).

One file per Python and matcher format, `$XDG_CACHE_HOME/repairkit/patterns/<tag>`, 0600 in a 0700
folder, replaced whole and atomically. It holds the code of the checks' own fixed patterns, made all
at once by the first run that finds no usable file (after its answer), so it is the same for every
user of a version and holds nothing of any text checked. Like the parse cache it is always safe to
delete, and REPAIR_NO_CACHE=1 turns it off; a file that can't be read is ignored and made again, and
one that can't be written only costs speed.
"""
from __future__ import annotations

import contextlib
import marshal
from pathlib import Path

from repairkit import __version__
from repairkit.care import compiled
from repairkit.errors import FileProblem, UsageError
from repairkit.journal import cache, store

LIMIT = 16 * 1024 * 1024  # a kept file larger than this is not read
FORMAT = f"1-{__version__}"  # a new release makes its own file: its patterns may differ
_usable = False  # whether this run found a file it could use


def _file() -> Path:
    return store.cache_dir() / "patterns" / f"{compiled.tag()}-{FORMAT}"


def load() -> None:
    """Give the checks the code kept by an earlier run."""
    global _usable
    _usable = False
    if not (cache.enabled() and compiled.USABLE):
        return
    try:
        with open(_file(), "rb") as f:
            data = f.read(LIMIT + 1)
        if len(data) <= LIMIT:
            _usable = compiled.seed(marshal.loads(data)) > 0
    except (OSError, EOFError, ValueError, TypeError, UsageError):
        pass


def save() -> None:
    """When there was no usable file, make one: the code of every fixed pattern of the checks."""
    if _usable or not (cache.enabled() and compiled.USABLE):
        return
    try:
        data = marshal.dumps(compiled.all_fixed())
        target = _file()
        store.make_private_dir(target.parent, ours=2)
        store.atomic_write(target, data, 0o600, temp_prefix=".repair-patterns-")
        _prune(target)
    except (OSError, ValueError, UsageError, FileProblem):
        pass


def _prune(current: Path) -> None:
    """Files of other versions and Pythons go: each run uses one."""
    with contextlib.suppress(OSError):
        for other in current.parent.iterdir():
            if other != current and not other.name.startswith("."):
                with contextlib.suppress(OSError):
                    other.unlink()
