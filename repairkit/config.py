"""Personal defaults from a config file: who is writing, and which journal.

The file is `$REPAIR_CONFIG`, else `$XDG_CONFIG_HOME/repairkit/config.yaml`
(`~/.config/repairkit/config.yaml`). It is a flat YAML mapping:

    author: Sam
    journal: ~/notes/us/repair.yaml

Flags and environment variables always win over it. It is read with the
journal's own safe composer (no tags, anchors or aliases), only by commands
that need a default, so `repair --help` never touches it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from repairkit.errors import UsageError

KNOWN_KEYS = ("author", "journal")
MAX_BYTES = 64 * 1024


class ConfigError(UsageError):
    """The config file cannot be used (exit 2): it shapes how every command is invoked."""


@dataclass
class Config:
    path: Path
    exists: bool = False
    author: str | None = None
    journal: Path | None = None
    warnings: list[str] = field(default_factory=list)
    warned: bool = False  # warnings shown already, in this process


def config_path() -> Path:
    explicit = os.environ.get("REPAIR_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "repairkit" / "config.yaml"


_cache: dict[tuple, Config] = {}


def load(path: Path | None = None) -> Config:
    """The config, or an empty one when the file does not exist; ConfigError when it can't be used."""
    path = path or config_path()
    try:
        st = path.stat()
    except FileNotFoundError:
        return Config(path)
    except OSError as e:
        raise ConfigError(f"config file {path} cannot be read ({e.strerror})",
                          hint="fix its permissions, or point $REPAIR_CONFIG at another file") from None
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key not in _cache:
        _cache.clear()
        _cache[key] = _parse(path)
    return _cache[key]


def _parse(path: Path) -> Config:
    from repairkit.errors import JournalError
    from repairkit.journal.nodes import Mapping, Scalar, compose, describe

    shown = str(path)
    hint = "the config is a few `key: value` lines, for example `author: Sam`"
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise ConfigError(f"config file {shown} is a folder", hint=hint) from None
    except OSError as e:
        raise ConfigError(f"config file {shown} cannot be read ({e.strerror})", hint=hint) from None
    if len(data) > MAX_BYTES:
        raise ConfigError(f"config file {shown} is larger than a config file can be", hint=hint)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"config file {shown} is not UTF-8 text", hint=hint) from None
    try:
        root = compose(text, shown)
    except JournalError as e:
        raise ConfigError(e.message, path=e.path, line=e.line, col=e.col, hint=hint) from None
    config = Config(path, exists=True)
    if isinstance(root, Scalar) and root.is_null:
        return config  # an empty file sets nothing
    if not isinstance(root, Mapping):
        raise ConfigError(f"the config must be a mapping, not {describe(root)}", path=shown, line=root.line,
                          col=root.col, hint=hint)
    for key, value in root.pairs:
        name = key.value
        if name not in KNOWN_KEYS:
            config.warnings.append(f"{shown}:{key.line}: unknown setting '{name}' ignored "
                                   f"(known: {', '.join(KNOWN_KEYS)})")
            continue
        if not isinstance(value, Scalar):
            raise ConfigError(f"`{name}` must be one value, not {describe(value)}", path=shown, line=value.line,
                              col=value.col, hint=hint)
        if value.is_null or not value.value.strip():
            continue
        if name == "author":
            config.author = value.value.strip()
        else:
            journal = Path(value.value.strip()).expanduser()
            config.journal = journal if journal.is_absolute() else path.parent / journal
    return config


def pending_warnings() -> list[str]:
    """Warnings about the config file that no one has shown yet in this process (then marked shown)."""
    messages = []
    for loaded in _cache.values():
        if loaded.warnings and not loaded.warned:
            messages.extend(loaded.warnings)
            loaded.warned = True
    return messages


def set_author(name: str, path: Path | None = None) -> Path:
    """Write `author: NAME` into the config file, keeping everything else in it as it is.

    Only the author's value changes (or one line is added); a file that does
    not exist yet is created. Written through the journal store's atomic write.
    """
    from repairkit.journal import store
    from repairkit.journal.text import set_top_level_field

    path = path or config_path()
    current = load(path)  # a config that can't be used stops here (ConfigError), before anything is written
    if not current.exists:
        text = ""
    else:
        try:
            with open(path, "rb") as f:
                text = f.read(MAX_BYTES + 1).decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:  # load() just read it; a race is still one clear error
            raise ConfigError(f"config file {path} cannot be read ({e})") from None
    new = set_top_level_field(text, str(path), "author", name)
    if new is None:
        raise ConfigError(f"config file {path} is not a mapping; not changing it",
                          hint="the config is a few `key: value` lines, for example `author: Sam`")
    store.write_config(path, new.encode("utf-8"))
    _cache.clear()
    return path
