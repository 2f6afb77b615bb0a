"""Drive questionary through prompt_toolkit's pipe input, one expected question at a time.

`Script` checks each question's wording before it types the answer, so a
question nobody expected fails the test at once (instead of waiting on a pipe
forever), and `done()` checks that every expected question was asked.
"""
from __future__ import annotations

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
CTRL_C = "\x03"


class Script:
    def __init__(self, pipe) -> None:
        self.pipe = pipe
        self.queue: list[tuple[str, str]] = []
        self.asked: list[str] = []

    def then(self, question: str, keys: str) -> Script:
        """Expect a question containing `question`, and answer it with `keys`."""
        self.queue.append((question, keys))
        return self

    def ask(self, message: str) -> None:
        self.asked.append(message)
        if not self.queue:
            raise AssertionError(f"unexpected question {message!r}; asked so far: {self.asked[:-1]}")
        expected, keys = self.queue.pop(0)
        if expected.lower() not in message.lower():
            raise AssertionError(f"expected a question with {expected!r}, got {message!r}")
        self.pipe.send_text(keys)

    def done(self) -> None:
        assert not self.queue, f"questions never asked: {[q for q, _ in self.queue]}; asked: {self.asked}"


def install(monkeypatch, pipe, *, screen: bool = False) -> Script:
    """Route every questionary question through a Script (and the pipe); commands think both ends are a
    terminal. The private safety screen (tested on its own in test_screen.py) counts as answered unless
    `screen` is true."""
    import questionary
    from prompt_toolkit.output import DummyOutput

    from repairkit.cli import common, prompts
    from repairkit.journal import screenmark

    script = Script(pipe)
    if not screen:
        monkeypatch.setattr(screenmark, "due", lambda *a, **kw: False)
    monkeypatch.setattr(prompts, "PROMPT_IO", {"input": pipe, "output": DummyOutput()})
    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    monkeypatch.setattr(common, "stdout_is_terminal", lambda: True)  # as it is when a person is asked
    for name in ("text", "select", "confirm"):
        real = getattr(questionary, name)

        def make(message, *args, _real=real, **kwargs):
            question = _real(message, *args, **kwargs)
            question.repair_message = message
            return question

        monkeypatch.setattr(questionary, name, make)
    real_ask = prompts._ask

    def ask(question):
        script.ask(getattr(question, "repair_message", "?"))
        return real_ask(question)

    monkeypatch.setattr(prompts, "_ask", ask)
    return script
