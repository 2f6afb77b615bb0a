"""Issue 13, "the first hour": dates people say, output that fits, typos, evidence credit."""
from __future__ import annotations

import pytest

from conftest import PLAN_ARGS, mark_screen_answered


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


# -- evidence credit --------------------------------------------------------------

def test_review_credits_only_people_in_the_journal_to_the_partner(run, with_plan):
    assert run("log", "shown", "texted", "--by", "Alex").exit_code == 0
    r = run("log", "shown", "saw it at the party", "--by", "Jordan")
    assert r.exit_code == 0 and "not in this journal's people" in r.stderr
    text = run("review", env={"COLUMNS": "200"}).stdout
    assert "2 shown (1 noticed by Alex, 1 by Jordan (not in this journal's people), 0 self-reported)" in text
    data = __import__("json").loads(run("review", "--json").stdout)["plans"][0]
    assert data["counts"]["shown_witnessed"] == 2 and data["counts"]["shown_outside_people"] == 1


def test_review_does_not_call_an_outsider_the_partner(run, with_plan):
    run("log", "shown", "saw it at the party", "--by", "Jordan")
    text = run("review", env={"COLUMNS": "200"}).stdout
    assert "noticed by Alex" not in text.replace("0 noticed by Alex", "")
    assert "1 by Jordan (not in this journal's people)" in text
    verdict = next(line for line in text.splitlines() if "Verdict:" in line)
    assert "the other partner" not in verdict and "not in this journal's people" in verdict


def test_review_without_people_keeps_todays_wording(run, journal_path):
    assert run("init").exit_code == 0
    assert run("plan", *PLAN_ARGS).exit_code == 0
    run("log", "shown", "texted", "--by", "Jordan")
    assert "1 shown (1 noticed by Alex, 0 self-reported)" in run("review", env={"COLUMNS": "200"}).stdout


# -- output that fits ----------------------------------------------------------------

LONG_TITLE = "The joke at Priya's birthday, in front of everyone, and what came after it"
LONG_PLAN = ["--title", LONG_TITLE, "--fear", "respect", "--id", "the-joke-at-priyas-birthday-in-front-of-everyone",
             "--pattern", "When I'm nervous in company I make jokes at Alex's expense and laugh it off.",
             "--behavior", "In company, I don't make jokes about Alex; if I slip, I correct it on the spot "
                           "and apologise that evening.",
             "--raise-it", "Alex says 'the joke thing' quietly and we talk about it at home, not there.",
             "--repairing", "Sam", "--hurt", "Alex"]


@pytest.fixture
def busy(run, with_plan, journal_path):
    """Two plans with long texts, evidence across the year's end and a private note."""
    assert run("plan", *LONG_PLAN).exit_code == 0
    for args in (["shown", "texted", "--by", "Alex", "--at", "2026-01-02"],
                 ["missed", "home late, no text", "--by", "Alex", "--at", "yesterday"],
                 ["raised", "said 'the text thing'", "--by", "Alex", "--at", "yesterday"],
                 ["shown", "kept it kind at dinner with Priya and everyone else there", "--by", "Jordan",
                  "--plan", "the-joke", "--at", "2 days ago"]):
        r = run("log", *args, *([] if "--plan" in args else ["--plan", with_plan]))
        assert r.exit_code == 0, r.stderr
    return journal_path



def _no_line_too_long_and_no_word_broken(text: str, width: int, source: str) -> None:
    import re

    lines = text.splitlines()
    assert lines
    for line in lines:
        assert len(line) <= width, f"{len(line)} > {width}: {line!r}"
    # Every word of the output is a whole word of what was written or said.
    known = set(re.findall(r"[\w'’-]+", source))
    for word in re.findall(r"[\w'’-]+", text):
        if word.isdigit():
            continue
        assert word in known, f"{word!r} is not a whole word"


@pytest.mark.parametrize("width", [60, 80])
def test_review_fits_the_terminal_width(run, busy, width):
    r = run("review", "--all", env={"COLUMNS": str(width)})
    assert r.exit_code == 0
    source = busy.read_text() + " ".join([
        "Behavior Window to days day Evidence shown noticed by self-reported missed raised notes note",
        "not in this journal's people Verdict mixed the behavior showed up and so did old pattern",
        "showing up other partner and no misses someone Check-in Fri Dec in Timeline Jan Nov Legend nothing",
        "logged than person repairing only Sat Sun Mon Tue Wed Thu",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"])
    _no_line_too_long_and_no_word_broken(r.stdout, width, source)
    # Both halves of the long behavior are there, on lines of their own.
    assert "In company, I don't make jokes about" in r.stdout.replace("\n" + " " * 13, " ")


@pytest.mark.parametrize("width", [60, 80])
def test_status_fits_the_terminal_width(run, busy, width):
    r = run("status", env={"COLUMNS": str(width)})
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert len(lines) == 2  # one line per plan
    assert all(len(line) <= width for line in lines), lines
    assert lines[0].startswith("late-without-a-text ")
    assert lines[1].startswith("the-joke-at-") and "…" in lines[1].split()[0]


def test_status_keeps_long_ids_whole_when_there_is_room(run, busy):
    lines = run("status", env={"COLUMNS": "160"}).stdout.splitlines()
    assert lines[1].split()[0] == "the-joke-at-priyas-birthday-in-front-of-everyone"
    assert "…" not in lines[1]


def test_a_truncated_status_id_still_works_as_a_prefix(run, busy):
    cut = run("status", env={"COLUMNS": "60"}).stdout.splitlines()[1].split()[0].rstrip("…")
    assert run("review", cut).exit_code == 0


def timeline_rows(text: str) -> list[str]:
    """The timeline's rows of one review, without the 'Timeline:' label."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if "Timeline:" in line)
    rows = []
    for line in lines[first:]:
        if not line.strip():
            break
        rows.append(line.split("Timeline:")[-1].strip())
    return rows


def test_timeline_labels_carry_the_year_when_it_is_not_this_year(run, with_plan):
    run("log", "shown", "texted", "--by", "Alex", "--at", "2025-12-20")
    text = run("review", env={"COLUMNS": "80"}).stdout
    rows = timeline_rows(text)
    assert rows[0].startswith("20 Dec 2025 ")
    assert rows[1].startswith("17 Jan ") and "2026" not in rows[1]  # this year's days need no year
    assert all("2025" not in row for row in rows[1:])


def test_timeline_rows_fit_and_keep_every_day(run, with_plan):
    run("log", "shown", "texted", "--by", "Alex", "--at", "2026-08-01")
    for width in (60, 80):
        text = run("review", env={"COLUMNS": str(width)}).stdout
        assert all(len(line) <= width for line in text.splitlines())
        marks = "".join(row.split()[-1] for row in timeline_rows(text))
        assert len(marks) == (__import__("datetime").date(2026, 11, 27) - __import__("datetime").date(2026, 8, 1)).days + 1


def test_one_day_window_says_day(run, with_plan):
    assert "(1 day)" in run("review").stdout


@pytest.mark.parametrize("width", [60, 80])
def test_hints_fit_the_width(run, with_plan, width):
    r = run("log", "shown", "x", "--at", "whenever", env={"COLUMNS": str(width)})
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    hint_lines = lines[1:]
    assert hint_lines[0].startswith("hint: ")
    assert all(len(line) <= width for line in hint_lines)
    assert len(hint_lines) >= 2  # the examples do not fit on one line at these widths


def test_markdown_pages_name_evidence_from_outside_people(run, with_plan):
    run("log", "shown", "saw it at the party", "--by", "Jordan")
    for args in (["review", "--markdown"], ["export", "--format", "markdown"]):
        page = run(*args).stdout
        assert "1 came from someone not in this journal's people: Jordan (1)." in page, args


# -- typos ----------------------------------------------------------------------------

def test_a_mistyped_command_gets_a_suggestion(run):
    r = run("reveiw")
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    assert lines[0] == "repair: error: there is no command 'reveiw'"
    assert lines[1] == "hint: did you mean `repair review`?"
    assert "Traceback" not in r.stderr


def test_a_command_nothing_like_any_other_points_to_help(run):
    r = run("xyzzy")
    assert r.exit_code == 2
    assert "did you mean" not in r.stderr and "repair --help" in r.stderr


def test_check_in_is_an_alias_of_checkin(run, with_plan, journal_path):
    r = run("check-in", "--outcome", "keep")
    assert r.exit_code == 0, r.stderr
    assert "kind: checkin" in journal_path.read_text()
    listed = [line.split()[0] for line in run("--help").stdout.split("Commands:")[1].splitlines() if line.strip()]
    assert "checkin" in listed and "check-in" not in listed  # the list stays one line per command
    assert "repair check-in" in run("checkin", "--help").stdout


def test_a_plan_id_fragment_is_suggested_but_not_acted_on(run, with_plan, journal_path):
    assert run("plan", *LONG_PLAN).exit_code == 0
    before = journal_path.read_bytes()
    r = run("log", "shown", "x", "--plan", "joke")
    assert r.exit_code == 2
    assert journal_path.read_bytes() == before
    assert "did you mean the-joke-at-priyas-birthday-in-front-of-everyone?" in r.stderr


def test_a_mistyped_plan_id_is_suggested(run, with_plan):
    r = run("review", "late-withuot-a-text")
    assert r.exit_code == 2
    assert "did you mean late-without-a-text?" in r.stderr


def test_a_unique_prefix_still_picks_the_plan(run, with_plan):
    assert run("review", "late", env={"COLUMNS": "100"}).exit_code == 0


# -- ids -------------------------------------------------------------------------------

def test_a_title_with_an_apostrophe_gives_a_readable_id(run, journal_path):
    run("init", "--people", "Sam,Alex")
    args = [a if a != "Late without a text" else "The joke at Priya's birthday" for a in PLAN_ARGS]
    r = run("plan", *args)
    assert r.exit_code == 0 and r.stdout.strip() == "the-joke-at-priyas-birthday"


@pytest.mark.parametrize("given", ["Late", "late_texts", "late--texts", "a" * 65])
def test_an_id_outside_specs_alphabet_is_refused(run, with_plan, journal_path, given):
    before = journal_path.read_bytes()
    r = run("plan", *PLAN_ARGS, "--id", given)
    assert r.exit_code == 2 and "lowercase" in r.stderr and "hint: for example --id " in r.stderr
    assert journal_path.read_bytes() == before
