"""Interactive prompts: prompt_toolkit pipe input in-process, and a real pseudo-terminal with pexpect."""
from __future__ import annotations

import os
import sys

import pytest

from conftest import mark_screen_answered, repair_command

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"


@pytest.fixture
def piped(monkeypatch):
    """questionary reads keys from a pipe; the commands believe they are on a terminal."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from repairkit.cli import common, prompts

    with create_pipe_input() as pipe:
        monkeypatch.setattr(prompts, "PROMPT_IO", {"input": pipe, "output": DummyOutput()})
        monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
        mark_screen_answered()  # these tests are about the other prompts (test_screen.py asks it)
        yield pipe


def test_text_and_select_read_keys(piped):
    from repairkit.cli import prompts

    piped.send_text("Late again" + ENTER)
    assert prompts.text("Title?") == "Late again"
    piped.send_text(DOWN + ENTER)
    assert prompts.select("Fear?", [("reliability", "R"), ("respect", "S")]) == "respect"


def test_plan_asks_for_what_is_missing(monkeypatch, run, journal_path):
    from prompt_toolkit.input import create_pipe_input

    from prompting import install

    run("init", "--people", "Sam,Alex")
    with create_pipe_input() as pipe:
        keys = install(monkeypatch, pipe)
        keys.then("what happened", ENTER).then("like for Alex", ENTER)       # both skipped
        keys.then("pattern", "When plans change I go quiet and turn up late." + ENTER)
        keys.then("fear", ENTER)                                              # the first, reliability
        keys.then("visible behavior", ENTER)                                  # the first suggestion
        keys.then("raise it", "Alex says 'the text thing'." + ENTER)
        keys.then("Save this plan?", ENTER)
        r = run("plan", "--title", "Late without a text", "--repairing", "Sam")
        keys.done()
    assert r.exit_code == 0, r.stderr
    text = journal_path.read_text()
    assert "    fear: reliability\n" in text
    assert "    pattern: When plans change I go quiet and turn up late.\n" in text
    assert "raise_it: Alex says 'the text thing'." in text
    assert "    behavior: " in text


def test_no_input_flag_wins_over_a_terminal(piped, run, journal_path):
    assert run("init", "--no-input").exit_code == 0
    assert "people: []" in journal_path.read_text()
    r = run("plan", "--title", "T", "--no-input")
    assert r.exit_code == 2 and "--pattern" in r.stderr


@pytest.mark.slow
def test_plan_prompts_on_a_real_terminal(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if k != "REPAIR_NO_INPUT"}
    env.update(TERM="xterm", COLUMNS="100", LINES="40")
    cmd = repair_command()
    init = pexpect.spawn(cmd[0], cmd[1:] + ["init", "--people", "Sam,Alex"], cwd=str(tmp_path), env=env,
                         encoding="utf-8", timeout=20)
    init.expect(pexpect.EOF)
    mark_screen_answered(tmp_path / "repair.yaml")  # the screen has its own real-terminal tests
    child = pexpect.spawn(cmd[0], cmd[1:] + ["plan", "--repairing", "Sam"], cwd=str(tmp_path), env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 100))
    child.logfile_read = sys.stdout if os.environ.get("PEXPECT_DEBUG") else None
    child.expect("short name")
    child.send("Phone at dinner" + ENTER)
    child.expect("What happened")
    child.send(ENTER)  # skipped
    child.expect("like for Alex")
    child.send(ENTER)  # skipped
    child.expect("pattern")
    child.send("I check my phone while Alex talks about their day." + ENTER)
    child.expect("fear")
    child.send(DOWN + DOWN + ENTER)  # alone
    child.expect("visible behavior")
    child.send(UP + ENTER)  # up from the first wraps to the last choice: write my own
    child.expect("as your partner would see it")
    child.send("I leave my phone in the hall during dinner on weeknights." + ENTER)
    child.expect("raise it")
    child.send("Alex says 'phone' and I put it away." + ENTER)
    child.expect("Save this plan")
    child.send(ENTER)
    child.expect("Added plan phone-at-dinner")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = (tmp_path / "repair.yaml").read_text()
    assert "    fear: alone\n" in text
    assert "    behavior: I leave my phone in the hall during dinner on weeknights.\n" in text
