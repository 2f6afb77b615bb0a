"""Issue 13, "the first hour": dates people say, output that fits, typos, evidence credit."""
from __future__ import annotations

import pytest

from conftest import PLAN_ARGS


@pytest.fixture
def piped(monkeypatch):
    """questionary reads keys from a pipe; the commands believe they are on a terminal."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from repairkit.cli import common, prompts

    with create_pipe_input() as pipe:
        monkeypatch.setattr(prompts, "PROMPT_IO", {"input": pipe, "output": DummyOutput()})
        monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
        yield pipe


# -- dates as people say them ---------------------------------------------------

@pytest.mark.parametrize("when", ["tomorrow", "in 2 weeks", "2026-12-30", "tonight", "Dec 30 2026"])
def test_log_refuses_evidence_in_the_future(run, with_plan, journal_path, when):
    before = journal_path.read_bytes()
    r = run("log", "shown", "texted", "--at", when, "--by", "Alex")
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    assert lines[0].startswith("repair: error: --at: ") and "in the future" in lines[0]
    assert lines[1].startswith("hint: ") and "yesterday" in lines[1]
    assert journal_path.read_bytes() == before


def test_checkin_refuses_a_talk_in_the_future(run, with_plan, journal_path):
    before = journal_path.read_bytes()
    r = run("checkin", "--outcome", "keep", "--at", "tomorrow")
    assert r.exit_code == 2 and "in the future" in r.stderr
    assert journal_path.read_bytes() == before


@pytest.mark.parametrize("when, written", [
    ("last night", "at: 2026-11-26T22:00:00+01:00"),
    ("this morning", "at: 2026-11-27T09:00:00+01:00"),
    ("yesterday evening", "at: 2026-11-26T19:00:00+01:00"),
    ("yesterday 9pm", "at: 2026-11-26T21:00:00+01:00"),
    ("the day before yesterday", "at: 2026-11-25\n"),
    ("three days ago", "at: 2026-11-24\n"),
    ("a week ago", "at: 2026-11-20\n"),
])
def test_log_understands_the_phrases_people_use(run, with_plan, journal_path, when, written):
    r = run("log", "shown", "texted", "--at", when, "--by", "Alex")
    assert r.exit_code == 0, r.stderr
    assert written in journal_path.read_text()


def test_a_bad_evidence_date_gets_past_examples_and_a_bad_check_in_future_ones(run, with_plan):
    r = run("log", "shown", "x", "--at", "whenever")
    assert r.exit_code == 2
    hint = r.stderr.splitlines()[1]
    assert "yesterday" in hint and "in 2 weeks" not in hint
    r = run("checkin", "--outcome", "keep", "--next", "whenever")
    assert r.exit_code == 2
    hint = r.stderr.splitlines()[1]
    assert "in 2 weeks" in hint and "yesterday" not in hint


def test_an_impossible_numeric_date_is_called_impossible(run, with_plan):
    r = run("log", "shown", "x", "--at", "32/13")
    assert r.exit_code == 2
    assert "no such day" in r.stderr and "ambiguous" not in r.stderr


def test_evidence_far_before_the_plan_warns_off_a_terminal(run, with_plan, journal_path):
    r = run("log", "shown", "texted", "--at", "2025-01-01", "--by", "Alex")
    assert r.exit_code == 0
    assert "more than a year before this plan opened" in r.stderr
    assert "at: 2025-01-01\n" in journal_path.read_text()


@pytest.mark.parametrize("answer, saved", [("n", False), ("y", True)])
def test_evidence_far_before_the_plan_asks_on_a_terminal(piped, run, with_plan, journal_path, answer, saved):
    piped.send_text(answer)
    r = run("log", "shown", "texted", "--at", "2025-01-01", "--by", "Alex")
    assert r.exit_code == 0
    assert ("at: 2025-01-01\n" in journal_path.read_text()) is saved
    if not saved:
        assert "nothing saved" in r.stderr


def test_a_yearless_date_read_as_last_year_is_questioned(run, with_plan, journal_path):
    r = run("log", "shown", "texted", "--at", "Dec 30", "--by", "Alex")
    assert r.exit_code == 0
    assert "30 December 2025" in r.stderr and "most recent" in r.stderr


def test_check_in_dates_without_a_year_are_the_next_one(run, with_plan, journal_path):
    r = run("checkin", "--outcome", "keep", "--next", "Jan 8")
    assert r.exit_code == 0, r.stderr
    assert "check_in: 2027-01-08" in journal_path.read_text()
