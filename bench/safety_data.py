"""The labelled texts the safety net is built and checked on, in one place.

- eval/safety/dev.yaml: the development set (danger and benign, with kind / who / where);
- tests/data/safety_eval.yaml: the old tuned set, kept as a regression floor;
- ordinary texts from the other labelled sets (behaviors, apologies, support notes), which must pass;
- eval/safety/holdout.yaml: the frozen holdout. Only `holdout()` reads it, after checking its
  checksum, and callers may only print aggregate figures from it (see eval/safety/README.md).
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EVAL = ROOT / "eval" / "safety"
CRISIS_KINDS = frozenset({"self_harm", "suicide"})


@dataclass(frozen=True)
class Item:
    text: str
    danger: bool
    kind: str = ""       # danger kind, or the trap of a benign text
    who: str = ""        # victim | caused_harm | self | third_party ("" when unknown)
    where: str = ""
    source: str = ""

    @property
    def crisis(self) -> bool:
        return self.danger and self.kind in CRISIS_KINDS

    @property
    def caused(self) -> bool:
        return self.danger and self.who == "caused_harm"


def _yaml(path: Path):
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


@functools.cache
def _dev() -> tuple[Item, ...]:
    return tuple(_labelled(_yaml(EVAL / "dev.yaml"), "dev"))  # read once: the pure-Python YAML reader takes 0.4 s


def _text(item) -> str:
    return " ".join(str(item["text"] if isinstance(item, dict) else item).split())


def _labelled(doc: dict, source: str) -> list[Item]:
    items = [Item(_text(d), True, d.get("kind", ""), d.get("who", ""), d.get("where", ""), source)
             for d in doc["danger"]]
    items += [Item(_text(b), False, b.get("trap", ""), "", b.get("where", ""), source) for b in doc["benign"]]
    return items


def dev() -> list[Item]:
    return list(_dev())


def old_set() -> list[Item]:
    """tests/data/safety_eval.yaml: its kinds are the old rule kinds; `who` is not recorded."""
    doc = _yaml(DATA / "safety_eval.yaml")
    items = [Item(_text(d), True, d.get("kind", "") if isinstance(d, dict) else "", "", "", "old")
             for d in doc["danger"]]
    items += [Item(_text(o), False, o.get("trap", "") if isinstance(o, dict) else "", "", "", "old")
              for o in doc["ordinary"]]
    return items


def ordinary_extras() -> list[Item]:
    """Texts from the other labelled sets that describe no danger: behaviors, apologies, support notes
    (except the `intimidation` ones, which sit on the line between the two)."""
    out: list[Item] = []
    vague = _yaml(DATA / "vague_eval.yaml")
    out += [Item(_text(t), False, "behavior", source="vague") for t in vague["vague"] + vague["concrete"]]
    apology = _yaml(DATA / "apology_eval.yaml")
    out += [Item(_text(t), False, "apology", source="apology") for t in apology["items"]]
    support = _yaml(DATA / "support_eval.yaml")
    out += [Item(_text(t), False, "support", source="support") for t in support["support"]
            if not (isinstance(t, dict) and t.get("kind") == "intimidation")]
    out += [Item(_text(t), False, "support", source="support") for t in support["ordinary"]]
    from repairkit.care import coaching

    out += [Item(s, False, "suggestion", source="coaching") for ideas in coaching._SUGGESTIONS.values()
            for s in ideas]
    return out


HOLDOUT_SHA256 = "d8031d6d736fa5ab8921bb28c8edc078750cdf92afa14b0e13a4cfe6b0ab42df"


def holdout_checksum_ok() -> bool:
    """What `cd eval/safety && sha256sum -c SHA256SUMS` checks, in Python."""
    for line in (EVAL / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, name = line.split(maxsplit=1)
        path = EVAL / name.lstrip("*")
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            return False
    return True


def holdout() -> list[Item]:
    """The frozen holdout, for aggregate figures only. Never print an item, never train on one."""
    if not holdout_checksum_ok():
        raise SystemExit("eval/safety/holdout.yaml does not match eval/safety/SHA256SUMS: refusing to use it")
    return _labelled(_yaml(EVAL / "holdout.yaml"), "holdout")
