"""Every interactive question, in one place.

questionary (and prompt_toolkit under it) is imported here, only when a
question is actually shown, so `repair --help` stays fast. Tests set
`PROMPT_IO` to a prompt_toolkit pipe input and DummyOutput.

The questions the commands share (who is writing, a behavior coached before
it is saved, a date) live here too, so no command module imports another.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

PROMPT_IO: dict[str, Any] = {}  # {"input": ..., "output": ...} for tests


class Cancelled(Exception):
    """The person pressed Ctrl-C or Ctrl-D at a prompt: nothing is saved."""


def _ask(question) -> Any:
    # unsafe_ask: questionary's ask() prints "Cancelled by user" itself; the command says it better.
    try:
        answer = question.unsafe_ask()
    except (KeyboardInterrupt, EOFError):
        raise Cancelled() from None
    if answer is None:
        raise Cancelled()
    return answer


def text(message: str, *, default: str = "", instruction: str | None = None, required: bool = True,
         check: Callable[[str], str | None] | None = None) -> str:
    """A line of text, stripped. `check` returns a sentence saying what is wrong, or None.

    A problem is said on the line under the question, which is then asked again with the answer
    left in place to fix (prompt_toolkit's own validation bar shows at the foot of a tall window,
    far from the question).
    """
    import questionary

    value = default
    while True:
        question = questionary.text(message, default=value, instruction=instruction, **PROMPT_IO)
        answer = str(_ask(question)).strip()
        if not answer:
            if not required:
                return ""
            problem = "Please write something here (Ctrl-C to stop)."
        else:
            problem = check(answer) if check else None
            if problem is None:
                return answer
        from repairkit.cli.common import columns

        _say("\n".join(_wrap(problem, columns(), "  ", "  ")))
        value = answer


def _safe(line: str) -> str:
    from repairkit.textsafe import safe_text

    return safe_text(line, one_line=True)


def _say(text_: str) -> None:
    """Text shown between questions (already made safe where it quotes a person)."""
    from repairkit.cli.common import out

    out(text_)


def select(message: str, choices: list[tuple[str, str]], *, default: str | None = None,
           instruction: str | None = None) -> str:
    """choices: (value, label) pairs; returns the chosen value."""
    import questionary

    options = [questionary.Choice(title=label, value=value) for value, label in choices]
    chosen = next((o for o in options if o.value == default), None)
    return _ask(questionary.select(message, choices=options, default=chosen, instruction=instruction,
                                   **PROMPT_IO))


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


# ------------------------------------------------------------ shared questions ---

def name(message: str, *, default: str = "", instruction: str | None = None,
         taken: tuple[str, ...] = ()) -> str:
    """A person's name, as it will be written in the journal."""
    def check(value: str) -> str | None:
        if "," in value:
            return "Just one name here, without commas."
        if len(value) > 60:
            return "That's long for a name; a first name is plenty."
        if value.casefold() in (t.casefold() for t in taken):
            return "That name is already used for the other person; a different one, please."
        return None

    return text(message, default=default, instruction=instruction, check=check)


def who_is_writing(people: list[str]) -> str:
    """Who is at the keyboard: one of the journal's people, or a name typed in."""
    if people:
        other = "\x00other"
        choice = select("Which of you is writing?", [(p, _safe(p)) for p in people] + [(other, "Someone else")],
                        instruction="(your name is saved with what you write)")
        if choice != other:
            return choice
    return name("What's your name?", instruction="(it's saved with what you write)")


def when(message: str, *, parse: Callable[[str], Any], default_text: str, instruction: str | None = None) -> Any:
    """A date in words ("in 2 weeks", "friday", "Dec 11"); Enter keeps `default_text`.
    `parse` turns the words into a value or raises ValueError with a sentence to show."""
    def check(value: str) -> str | None:
        try:
            parse(value)
        except ValueError as e:
            return str(e)
        return None

    answer = text(message, instruction=instruction, required=False, check=check)
    return parse(answer or default_text)


def behavior(message: str, fear: str | None, *, incident: str | None = None, pattern: str | None = None,
             title: str | None = None, current: str | None = None) -> str:
    """One visible behavior: picked from ideas that fit the plan, or written; a vague one is coached
    (with ideas to pick from or a rewrite) before anything is saved."""
    from repairkit.care import coaching

    ideas = [idea for idea in coaching.behavior_suggestions(fear, "", incident=incident, pattern=pattern,
                                                            title=title)[:4] if idea != current]
    extra = ([(KEEP, "Keep it as it is: " + (current or ""))] if current else []) + [(OWN, "Write my own…")]
    choice = _pick_idea(message, "Some that might fit:", ideas, extra)
    if choice == KEEP:
        return current or ""
    if choice != OWN:
        return choice
    written = text("The behavior, as your partner would see it:", default=current or "",
                   instruction="(what you'll do, and when)")
    return coach(written, fear, incident=incident, pattern=pattern, title=title)


def coach(written: str, fear: str | None, *, incident: str | None = None, pattern: str | None = None,
          title: str | None = None) -> str:
    """A behavior the partner might not be able to see is talked through before it is saved: why,
    a few ideas that fit the plan, a rewrite, or keeping it as written."""
    from repairkit.care import coaching

    while True:
        reason = coaching.vague_behavior(written)
        if reason is None:
            return written
        _say_wrapped(f"That one may be hard for your partner to see: {reason}")
        better = coaching.behavior_suggestions(fear, written, incident=incident, pattern=pattern, title=title)[:3]
        choice = _pick_idea("Would one of these fit, or would you like to rewrite it?", "Some ideas:", better,
                            [(OWN, "Rewrite it myself…"), (KEEP, "Keep mine: " + written)])
        if choice == KEEP:
            return written
        if choice != OWN:
            return choice
        written = text("The behavior, as your partner would see it:", default=written,
                       instruction="(what you'll do, and when)")


OWN, KEEP = "\x00own", "\x00keep"


def _pick_idea(message: str, heading: str, ideas: list[str], extra: list[tuple[str, str]]) -> str:
    """Ideas are printed whole (wrapped) and numbered, then picked by a one-line label: a menu line
    is cut at the terminal's edge, and a behavior half read is no behavior at all."""
    from repairkit.cli.common import columns, fit_line

    width = columns()
    if ideas:
        lines = [heading]
        for n, idea in enumerate(ideas, 1):
            lines += _wrap(f"{n}. {idea}", width, "  ", "     ")
        _say("\n".join(lines))

    def label(words: str) -> str:
        return fit_line(_safe(words), max(20, width - 6))

    choices = [(idea, label(f"{n}. {idea}")) for n, idea in enumerate(ideas, 1)]
    choices += [(value, label(words)) for value, words in extra]
    return select(message, choices)


def _wrap(text_: str, width: int, indent: str, subsequent: str) -> list[str]:
    from repairkit.cli.common import wrap
    from repairkit.textsafe import safe_text

    return wrap(safe_text(text_, one_line=True), width, indent, subsequent)


def _say_wrapped(line: str) -> None:
    from repairkit.cli.common import columns

    _say("\n".join(_wrap(line, columns(), "", "")))
