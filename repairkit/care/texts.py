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


# When the net shows more than one page: what each is about (for the opening), its heading, and the
# sentences of its "What you wrote..." paragraph that still belong once the opening has spoken.
_ABOUT = {"crisis": "thoughts of suicide or of hurting yourself",
          "safety": "someone being hurt, threatened, controlled or afraid",
          "caused_harm": "having hurt, threatened or frightened your partner"}
_HEADINGS = {"crisis": "If you are thinking about suicide or about hurting yourself",
             "safety": "If someone is hurting, threatening or controlling you, or you are afraid",
             "caused_harm": "If you have hurt, threatened or frightened your partner"}
_LEADS = {"crisis": "That matters more than anything in this journal.",
          "safety": "When that is happening, safety comes before repair. Couples repair is not advised "
                    "while there is abuse: it needs both people to be able to speak without fear.",
          "caused_harm": "Saying it, even to a screen, is a real first step."}
# Paragraphs said once at the end of a combined page, not in each part.
_ONCE = ("This check reads words", "If someone else uses this computer")


def paragraphs(page: str) -> list[str]:
    return page.strip("\n").split("\n\n")


def points_to(paragraph: str, paths: tuple[str, ...]) -> bool:
    """A paragraph that only sends the reader to another page that is shown here anyway."""
    guide = {"crisis": "repair guide crisis", "safety": "repair guide safety"}
    return paragraph.startswith("If ") and "partner who is talking" not in paragraph and any(
        other in paths and guide[other] in paragraph for other in guide)


def pages_for(paths: tuple[str, ...] | list[str]) -> str:
    """What a safety stop prints for one page or several (crisis first when it leads).

    One page is printed as it is. Several are printed as one: "Nothing was saved." once, an opening
    that says the check can't tell which it is, then each page's help under its heading (without the
    paragraphs that only point to a page already shown), and the closing notes and guides once."""
    paths = tuple(dict.fromkeys(paths or ("safety",)))
    if len(paths) == 1:
        return page_for(paths[0])
    about = [_ABOUT[p] for p in paths]
    opening = (f"What you wrote might be about {about[0]}, or about {' or '.join(about[1:])}: help for "
               "both is below. Nothing you typed has been saved to the shared journal.")
    parts = ["Nothing was saved.", _fill(opening)]
    once: list[str] = []
    guides: list[str] = []
    for path in paths:
        body = [_fill(_LEADS[path])]
        for para in paragraphs(page_for(path))[2:]:
            if para.startswith("More: "):
                guides.append(para[len("More: "):])
            elif para.startswith(_ONCE):
                if not any(para.startswith(o) for o in once):
                    once.append(para)
            elif not points_to(para, paths):
                body.append(para)
        heading = _HEADINGS[path]
        parts.append(heading + "\n" + "-" * len(heading) + "\n\n" + "\n\n".join(body))
    once.sort(key=lambda para: next(n for n, start in enumerate(_ONCE) if para.startswith(start)))
    parts += once
    parts.append("More: " + ", ".join(dict.fromkeys(guides)))
    return "\n\n".join(parts) + "\n"


def _fill(text: str, width: int = 75) -> str:
    import textwrap

    return textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)


def support_note() -> str:
    return read("support-note")
