"""What the exports share: words for verdicts and fears, dates, the Markdown escaper, file names."""
from __future__ import annotations

import datetime as dt
import re

from repairkit.dates import iso  # noqa: F401 - the exports' name for it
from repairkit.model import Entry
from repairkit.textsafe import safe_text

# The verdicts as `repair review` says them: (label, what it means). The review's text and the HTML
# page both use these, so the two never drift apart; the terminal adds its colours in cli/read.py.
REVIEW_VERDICTS = {
    "showing_up": ("showing up", "noticed by the other partner, and no misses"),
    "self_reported_only": ("self-reported only", "logged by the person repairing; not yet noticed by the other"),
    "mixed": ("mixed", "the behavior showed up, and so did the old pattern"),
    "not_yet": ("not yet", "the old pattern came back and the behavior hasn't been logged"),
    "no_evidence": ("no evidence yet", "nothing shown or missed has been logged in this window"),
}
VERDICT_WORDS = {
    "showing_up": "showing up: noticed by the other partner, no misses",
    "self_reported_only": "self-reported only: not yet noticed by the other partner",
    "mixed": "mixed: the behavior showed up, and so did the old pattern",
    "not_yet": "not yet: the old pattern came back, the behavior wasn't logged",
    "no_evidence": "no evidence yet",
}
# What the check-in line says for a plan that needs no more check-ins (review.FINISHED).
FINISHED_CHECK_IN = {
    "repaired": "none: the plan is repaired",
    "closed": "none: the plan is closed",
    "support": "none: carried on with outside support",
}


def no_check_in_words(status: str) -> str:
    """The check-in line when a plan's check-in state is None."""
    return FINISHED_CHECK_IN.get(status, "no date set")


FEAR_WORDS = {
    "reliability": "reliability (\u201cI can't rely on you\u201d)",
    "respect": "respect (\u201cyou don't respect me\u201d)",
    "alone": "alone (\u201cI'm alone in this\u201d)",
    "honesty": "honesty (\u201cyou hide things\u201d)",
    "other": "other",
}


def when_key(entry: Entry) -> tuple:
    at = entry.at
    if isinstance(at, dt.datetime):
        return (at.date(), at.time().replace(tzinfo=None))
    return (at, dt.time.min)


def in_window(entry: Entry, since: dt.date | None, until: dt.date | None) -> bool:
    day = entry.day
    return (since is None or day >= since) and (until is None or day <= until)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def md(text: str | None) -> str:
    """Partner text for Markdown: one line, control characters made visible, markup characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", safe_text(text or "", one_line=True).strip())


def safe_filename(plan_id: str, taken: set[str]) -> str:
    """A file name for a plan's page: the id where it is already safe, never a path."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", plan_id).strip(".-") or "plan"
    base, n = name, 2
    while name.lower() in taken:
        name = f"{base}-{n}"
        n += 1
    taken.add(name.lower())
    return name + ".md"
