"""The whole journal as JSON, in a fixed shape; `export_version` changes only when the shape does."""
from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from repairkit.export.common import in_window, iso
from repairkit.model import ENTRY_FIELDS, PLAN_FIELDS, Entry, Contents, Plan
from repairkit.textsafe import json_safe

EXPORT_VERSION = 1


def _plain(value: Any) -> Any:
    """Unknown keys' values, made JSON-safe (dates as ISO text, no NaN or infinity)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _record_json(record: Plan | Entry, fields: tuple[str, ...]) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key in fields:
        value = getattr(record, key)
        doc[key] = iso(value) if isinstance(value, dt.date) else value
    doc["extra"] = _plain(record.extra)
    return doc


def plan_json(p: Plan) -> dict[str, Any]:
    return _record_json(p, PLAN_FIELDS)


def entry_json(e: Entry) -> dict[str, Any]:
    return _record_json(e, ENTRY_FIELDS)


def to_json_document(journal: Contents, *, now: dt.datetime, journal_file: str, plans: list[Plan] | None = None,
                     since: dt.date | None = None, until: dt.date | None = None) -> dict[str, Any]:
    """The whole journal (or the chosen plans and their entries) in the documented shape."""
    chosen = journal.plans if plans is None else plans
    ids = {p.id for p in chosen}
    return {
        "export_version": EXPORT_VERSION,
        "generated": now.isoformat(),
        "journal": journal_file,
        "version": journal.version,
        "people": list(journal.people),
        "since": iso(since),
        "until": iso(until),
        "plans": [plan_json(p) for p in chosen],
        "log": [entry_json(e) for e in journal.entries if e.plan in ids and in_window(e, since, until)],
    }


def to_json(journal: Contents, **kw: Any) -> str:
    document = to_json_document(journal, **kw)
    return json_safe(json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"
