"""The prose people read (guides, the safety, crisis and caused-harm pages, the support note), kept as
Markdown package data.

Read with importlib.resources, so the pages travel inside the wheel and can be
edited as plain text; nothing here is computed.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

# topic -> one-line summary, in the order `repair guide` lists them.
GUIDES: dict[str, str] = {
    "trust-repair": "Repairing trust: impact first, the fear underneath, one visible behavior.",
    "after-conflict": "The hour after an argument: cool down without restarting the fight.",
    "before-the-talk": "Getting ready for a hard conversation: trust, money, intimacy, family, the future.",
    "between-sessions": "Small, repeatable work between therapy sessions, and finding support.",
    "safety": "When someone is hurt, threatened, controlled or afraid: safety before repair.",
    "crisis": "Thoughts of suicide or of hurting yourself: people to talk to, now.",
}

# The page a safety stop shows, by the net's path (repairkit.care.safety.PATHS).
STOP_PAGES: dict[str, str] = {"safety": "safety-stop", "caused_harm": "caused-harm", "crisis": "crisis"}


@cache
def read(name: str) -> str:
    """One page by file name without `.md` (`safety-stop`, `guide-after-conflict`)."""
    return resources.files("repairkit.care").joinpath("texts", f"{name}.md").read_text(encoding="utf-8")


def guide(topic: str) -> str:
    if topic not in GUIDES:
        raise KeyError(topic)
    return read(f"guide-{topic}")


def safety_stop() -> str:
    """What a safety stop prints: nothing was saved, why, and who to call."""
    return read("safety-stop")


def page_for(path: str | None) -> str:
    """The page for a path of the safety net: "safety", "caused_harm" or "crisis" (None: the safety page)."""
    return read(STOP_PAGES.get(path or "safety", "safety-stop"))


def support_note() -> str:
    return read("support-note")
