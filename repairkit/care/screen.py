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

START_INTRO = """\
A few private questions first

Repairing trust works when both of you can speak without fear. It is the
wrong tool when someone is being hurt, is afraid, or is thinking about
ending their life, so this asks first, the way a doctor might: privately
and directly.

Answer when your partner can't see this screen. Nothing you answer is
stored anywhere, and `repair start` keeps nothing at all.

There are nine yes-or-no questions. If this isn't a good moment, choose
"not now" and run `repair start` again when you're on your own."""


def intro(*, remembered: bool = True) -> str:
    """What is said before the questions: INTRO before a plan or a note (where the fact that they were
    shown is remembered), START_INTRO in `repair start` (which remembers nothing)."""
    return INTRO if remembered else START_INTRO


# How each question is answered: a letter, then Enter. Enter alone answers nothing.
ANSWERS: dict[str, str] = {"y": YES, "yes": YES, "n": NO, "no": NO}
ANSWER_HINT = "({n} of {total}: y or n, then Enter)"
ENTER_ALONE = "Type y for yes or n for no, then press Enter (Ctrl-C to stop)."

NOT_NOW_NOTE = "All right. These questions will be asked again next time."
START_NOT_NOW_NOTE = "All right. Run `repair start` again when you're on your own."

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


def answer_of(typed: str) -> str | None:
    """"yes" or "no" for what was typed at a question (y, yes, n, no, any case); None for anything else,
    the empty answer included."""
    return ANSWERS.get(typed.strip().lower())


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


# `repair start` asks one safety question of its own when answered with --answers; its openings.
_START_OPENINGS = {
    "yes": """\
You answered yes to the question about safety: someone in your
relationship is afraid, or is being threatened, controlled or hurt. That
is an answer to a question, not something you wrote, and it stays on this
screen. When that is happening, safety comes before repair: couples repair
is not advised while there is abuse, because it needs both people to be
able to speak without fear.""",
    "unsure": """\
You weren't sure whether someone in your relationship is afraid, or is
being threatened, controlled or hurt, and that is reason enough to look at
safety first. That is an answer to a question, not something you wrote,
and it stays on this screen. Couples repair is not advised while there is
abuse, because it needs both people to be able to speak without fear.""",
}

# Paragraphs of the stop pages that are about a text the net stopped, not about an answer.
_ABOUT_A_TEXT = ("This check reads words", "If someone else uses this computer")
_HISTORY = "If someone else uses this computer"


def _body(page: str, paths: tuple[str, ...]) -> str:
    """A stop page without its first two paragraphs ("Nothing was saved." and "What you wrote..."),
    without what only concerns a stopped text, and without pointers to another page shown too."""
    paragraphs = texts.paragraphs(page)[2:]
    return "\n\n".join(p for p in paragraphs if not p.startswith(_ABOUT_A_TEXT) and not texts.points_to(p, paths))


def _opening(text: str, typed: bool) -> str:
    if not typed:
        return text
    import textwrap

    flat = " ".join(text.split()).replace(", and it stays on this screen.", ".")
    return textwrap.fill(flat, width=74)


def result(paths: tuple[str, ...], *, start_answer: str | None = None, typed: bool = False) -> str:
    """What to show after the screen when any answer was "yes": "Nothing was saved." once, then for each
    page an opening about the answer (not about anything written) and the page's help.

    `start_answer` ("yes" or "unsure") is `repair start`'s own safety question, which opens the safety
    page. `typed`: the answers were given on a command line (`--answers`), so they are not only on this
    screen: the openings don't say they are, and the note about shell history is kept."""
    paths = tuple(dict.fromkeys(paths))
    if not paths and start_answer is None:
        return ALL_NO
    openings = dict(_OPENINGS)
    if start_answer is not None and "safety" not in paths:  # only start's own question opened it
        openings["safety"] = _START_OPENINGS[start_answer]
        paths = tuple(p for p in PATH_ORDER if p in (*paths, "safety"))
    parts = ["Nothing was saved."]
    for path in paths:
        parts.append(_opening(openings[path], typed))
        parts.append(_body(texts.page_for(path), paths))
    text = "\n\n".join(parts)
    if typed:  # before the last "More: ..." line
        history = next(p for p in texts.paragraphs(texts.page_for("safety")) if p.startswith(_HISTORY))
        head, more = text.rsplit("\n\nMore: ", 1)
        text = f"{head}\n\n{history}\n\nMore: {more}"
    return text + "\n"



def split_answers(spec: str) -> tuple[dict[str, str], str]:
    """`repair start --answers` may also answer the screen's questions (put_down=no, neck=yes, …): those
    answers, and what is left for `repair start`'s own questions (in the same key=value form).

    Values are y/yes/true/1 or n/no/false/0, any case; anything else is a ValueError naming the key."""
    import re

    answers: dict[str, str] = {}
    rest: list[str] = []
    for item in (i for i in re.split(r"[,;\s]+", re.sub(r"\s*=\s*", "=", spec or "")) if i):
        key, sep, value = item.partition("=")
        if key.strip().lower() not in _BY_KEY:
            rest.append(item)
            continue
        key = key.strip().lower()
        normal = {"true": YES, "1": YES, "false": NO, "0": NO}.get(value.strip().lower()) or answer_of(value)
        if not sep or normal is None:
            raise ValueError(f"'{value}' is not an answer to '{key}'; answer yes or no.")
        if key in answers:
            raise ValueError(f"'{key}' is answered twice; give each answer once.")
        answers[key] = normal
    return answers, ",".join(rest)
