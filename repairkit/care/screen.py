"""The private safety screen: a few direct questions, asked before a person's first plan or note.

Clinicians don't find abuse by reading what people happen to write; they ask, privately and
directly, with short validated screens. These questions follow them, in our own words:

- HARK's four areas, in the last year: humiliated or emotionally hurt, afraid of a partner, made to do
  something sexual, physically hurt;
- the two strongest known markers of danger to life: strangulation or choking, and a weapon;
- ASQ-style questions about wishing to be dead and thoughts of suicide or self-harm, in recent weeks;
- one question for the person who may have caused harm, since that is often who uses this tool.

This module is the content only: the command line asks the questions (never with a default
answer), stores no answer anywhere, and shows `result(outcome(answers))` after any "yes".
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from repairkit.care import texts

YES, NO = "yes", "no"
# Each question's choices, in the order shown. There is no default: nothing is highlighted, and
# pressing Enter alone must not answer.
CHOICES: tuple[tuple[str, str], ...] = ((NO, "No"), (YES, "Yes"))
DEFAULT: str | None = None

# Before the questions: answer now, or be asked again next time.
START, NOT_NOW = "start", "not-now"
START_CHOICES: tuple[tuple[str, str], ...] = ((START, "Answer now (about a minute)"),
                                              (NOT_NOW, "Not now: ask me next time"))
ASK_AGAIN_AFTER_DAYS = 30  # once answered, offered again about once a month


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    path: str   # the page a "yes" opens: one of repairkit.care.safety.PATHS
    area: str   # what it asks about, for the docs and tests


QUESTIONS: tuple[Question, ...] = (
    Question("put_down", "In the past year, has a partner put you down, humiliated you or called you names, "
             "again and again, so that you felt small or ashamed?", "safety", "humiliated or emotionally hurt"),
    Question("afraid", "In the past year, have you been afraid of a partner?", "safety", "afraid of a partner"),
    Question("sexual", "In the past year, has a partner made you do anything sexual you didn't want to, "
             "by force, threats or pressure?", "safety", "forced or pressured into sexual activity"),
    Question("hurt", "In the past year, has a partner hit, kicked, slapped, pushed or otherwise "
             "physically hurt you?", "safety", "kicked, hit, slapped or otherwise hurt"),
    Question("neck", "Has a partner ever put their hands or arm around your neck, choked or strangled you, "
             "or stopped you breathing in any way?", "safety", "strangled or choked"),
    Question("weapon", "Has a partner ever threatened you with a knife, a gun, or anything else used as a "
             "weapon?", "safety", "threatened with a weapon"),
    Question("wished_dead", "In the past few weeks, have you wished you were dead, or that you could go to "
             "sleep and not wake up?", "crisis", "wishing to be dead"),
    Question("suicide_thoughts", "In the past few weeks, have you had thoughts of killing yourself, or hurt "
             "yourself on purpose?", "crisis", "thoughts of suicide or self-harm"),
    Question("caused_fear", "In the past year, have you hurt, threatened or frightened your partner, so that "
             "they were afraid of you?", "caused_harm", "hurt, threatened or frightened a partner"),
)
_BY_KEY = {q.key: q for q in QUESTIONS}
PATH_ORDER = ("crisis", "safety", "caused_harm")  # crisis first, whatever else was answered

INTRO = """\
A few private questions before you start

Repairing trust works when both of you can speak without fear. It is the
wrong tool when someone is being hurt, is afraid, or is thinking about
ending their life, so this asks first, the way a doctor might: privately
and directly.

Answer when your partner can't see this screen. Nothing you answer is
stored anywhere: not in the shared journal, not on this computer. Only
the fact that these questions were shown is remembered here, so they
aren't asked every time.

There are nine yes-or-no questions. If this isn't a good moment, choose
"not now" and they'll be asked again next time."""

NOT_NOW_NOTE = "All right. These questions will be asked again next time."

ALL_NO = "Thank you. Your answers weren't stored anywhere. On to what you came to do."

# What is said after any "yes", per path, in place of the pages' "What you wrote..." paragraph:
# a "yes" is an answer to a question, not something the person wrote.
_OPENINGS = {
    "crisis": """\
You answered yes to a question about wishing you were dead, or about
thoughts of killing or hurting yourself. That is an answer to a question,
not something you wrote, and it stays on this screen. It matters more than
anything in a journal.""",
    "safety": """\
You answered yes to a question about being hurt, frightened or controlled
by a partner. That is an answer to a question, not something you wrote,
and it stays on this screen. When that is happening, safety comes before
repair: couples repair is not advised while there is abuse, because it
needs both people to be able to speak without fear.""",
    "caused_harm": """\
You answered yes to the question about hurting, threatening or frightening
your partner. That is an answer to a question, not something you wrote,
and it stays on this screen. Saying it honestly is a real first step.""",
}


def outcome(answers: Mapping[str, str]) -> tuple[str, ...]:
    """The pages to show, in order (crisis first), for the questions answered "yes"; () for none.

    Unanswered questions count for nothing; an unknown key or an answer other than yes/no is an error
    (a ValueError naming it), so a typo can never quietly read as "no"."""
    chosen: set[str] = set()
    for key, value in answers.items():
        question = _BY_KEY.get(key)
        if question is None:
            raise ValueError(f"'{key}' is not one of the screen's questions")
        answer = str(value).strip().lower()
        if answer not in (YES, NO):
            raise ValueError(f"'{value}' is not an answer to '{key}'; answer yes or no")
        if answer == YES:
            chosen.add(question.path)
    return tuple(path for path in PATH_ORDER if path in chosen)


# Paragraphs of the stop pages that are about a text the net stopped, not about an answer.
_ABOUT_A_TEXT = ("This check reads words", "If someone else uses this computer")


def _body(page: str) -> str:
    """A stop page without its first two paragraphs ("Nothing was saved." and "What you wrote...") and
    without what only concerns a stopped text."""
    paragraphs = page.strip("\n").split("\n\n")[2:]
    return "\n\n".join(p for p in paragraphs if not p.startswith(_ABOUT_A_TEXT))


def result(paths: tuple[str, ...]) -> str:
    """What to show after the screen when any answer was "yes": "Nothing was saved." once, then for each
    page an opening about the answer (not about anything written) and the page's help."""
    if not paths:
        return ALL_NO
    parts = ["Nothing was saved."]
    for path in paths:
        parts.append(_OPENINGS[path])
        parts.append(_body(texts.page_for(path)))
    return "\n\n".join(parts) + "\n"
