"""The labelled sets under tests/data, read as bench/signals_eval.py reads them."""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def load(name: str) -> dict:
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load((DATA / name).read_text(encoding="utf-8"))


def vague_set() -> dict:
    return {key: [item["text"] if isinstance(item, dict) else str(item) for item in items]
            for key, items in load("vague_eval.yaml").items()}
