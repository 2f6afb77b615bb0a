"""Every interactive question, in one place.

questionary (and prompt_toolkit under it) is imported here, only when a
question is actually shown, so `repair --help` stays fast. Tests set
`PROMPT_IO` to a prompt_toolkit pipe input and DummyOutput.
"""
from __future__ import annotations

from typing import Any

PROMPT_IO: dict[str, Any] = {}  # {"input": ..., "output": ...} for tests


class Cancelled(Exception):
    """The person pressed Ctrl-C or Ctrl-D at a prompt."""


def _ask(question) -> Any:
    answer = question.unsafe_ask() if PROMPT_IO else question.ask()
    if answer is None:
        raise Cancelled()
    return answer


def text(message: str, *, default: str = "", instruction: str | None = None, required: bool = True) -> str:
    import questionary

    def check(value: str) -> bool | str:
        return bool(value.strip()) or not required or "Please write something here (Ctrl-C to stop)."

    question = questionary.text(message, default=default, instruction=instruction, validate=check, **PROMPT_IO)
    return str(_ask(question)).strip()


def select(message: str, choices: list[tuple[str, str]], *, default: str | None = None) -> str:
    """choices: (value, label) pairs; returns the chosen value."""
    import questionary

    options = [questionary.Choice(title=label, value=value) for value, label in choices]
    chosen = next((o for o in options if o.value == default), None)
    return _ask(questionary.select(message, choices=options, default=chosen, **PROMPT_IO))


def confirm(message: str, *, default: bool = False) -> bool:
    import questionary

    return bool(_ask(questionary.confirm(message, default=default, **PROMPT_IO)))


def yes_no(message: str, *, instruction: str, answers: dict[str, str], invalid: str) -> str:
    """A yes-or-no question with no default: a letter (or word) from `answers` has to be typed, then
    Enter. Enter alone, or anything else, answers nothing: `invalid` is shown and the question stays.
    Returns the value `answers` gives for what was typed."""
    import questionary

    def check(value: str) -> bool | str:
        return value.strip().lower() in answers or invalid

    question = questionary.text(message, instruction=instruction, validate=check, **PROMPT_IO)
    return answers[str(_ask(question)).strip().lower()]
