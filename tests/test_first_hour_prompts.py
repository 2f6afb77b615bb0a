"""Issue 13, the first hour through the prompts: init asks both names, plan makes a whole plan
(what happened, what it was like, coaching before saving, a yes before writing), a writer with no
name asks once, a kind check-in, `repair log` that asks, Ctrl-C that says nothing was saved, and
`start` that asks what would help."""
from __future__ import annotations

import json

import pytest

from conftest import PLAN_ARGS
from prompting import CTRL_C, DOWN, ENTER, UP, install


@pytest.fixture
def keys(monkeypatch):
    from prompt_toolkit.input import create_pipe_input

    with create_pipe_input() as pipe:
        script = install(monkeypatch, pipe)
        yield script
        script.done()


@pytest.fixture
def config_file(tmp_path):
    return tmp_path / "home" / ".config" / "repairkit" / "config.yaml"


@pytest.fixture
def sam(monkeypatch):
    monkeypatch.setenv("REPAIR_AUTHOR", "Sam")


def _journal(run, people="Sam,Alex"):
    assert run("init", "--people", people, "--no-input").exit_code == 0


# -- init asks for both names ----------------------------------------------------

def test_init_on_a_terminal_asks_both_names_and_remembers_yours(keys, run, journal_path, config_file):
    keys.then("your name", "Sam" + ENTER).then("partner's name", "Alex" + ENTER)
    r = run("init")
    assert r.exit_code == 0, r.stderr
    assert "people: [Sam, Alex]\n" in journal_path.read_text()
    assert config_file.read_text() == "author: Sam\n"
    assert "signed Sam" in r.stdout


def test_init_will_not_take_the_same_name_twice(keys, run, journal_path):
    keys.then("your name", ENTER).then("your name", "Sam" + ENTER)  # nothing typed: asked again
    keys.then("partner's name", "sam" + ENTER).then("partner's name", "\x7f" * 3 + "Alex" + ENTER)
    r = run("init")
    assert r.exit_code == 0
    assert "people: [Sam, Alex]\n" in journal_path.read_text()
    assert "Please write something here" in r.stdout and "already used for the other person" in r.stdout


def test_init_keeps_a_config_author_that_is_already_set(keys, run, config_file):
    config_file.parent.mkdir(parents=True)
    config_file.write_text("# mine\nauthor: Samantha\n")
    keys.then("your name", "\x7f" * 8 + "Sam" + ENTER).then("partner's name", "Alex" + ENTER)
    assert run("init").exit_code == 0
    assert config_file.read_text() == "# mine\nauthor: Samantha\n"


def test_config_author_is_added_without_touching_the_rest(tmp_path):
    from repairkit import config

    path = tmp_path / "config.yaml"
    path.write_text("# where our journal lives\njournal: ~/notes/us/repair.yaml   # shared\n")
    config.set_author("Sam", path)
    assert path.read_text() == ("# where our journal lives\njournal: ~/notes/us/repair.yaml   # shared\n"
                                "author: Sam\n")
    path.write_text("author:   # fill me in\n")
    config.set_author("Alex Smith", path)
    assert path.read_text() == "author: Alex Smith   # fill me in\n"
    assert config.load(path).author == "Alex Smith"


def test_init_people_fills_in_a_journal_that_names_nobody(run, journal_path):
    assert run("init").exit_code == 0
    before = journal_path.read_text()
    assert "people: []\n" in before
    r = run("init", "--people", "Sam,Alex")
    assert r.exit_code == 0, r.stderr
    assert journal_path.read_text() == before.replace("people: []\n", "people: [Sam, Alex]\n")
    assert run("check").exit_code == 0


def test_init_people_still_refuses_a_journal_that_names_people(run, journal_path):
    _journal(run)
    before = journal_path.read_bytes()
    r = run("init", "--people", "Jo,Kim")
    assert r.exit_code == 3 and "already exists" in r.stderr
    assert journal_path.read_bytes() == before


def test_set_people_handles_every_empty_form(tmp_path):
    from repairkit.journal.api import Journal

    for empty, expected in [("people:\n", "people: [Sam, Alex]\n"), ("people: ~\n", "people: [Sam, Alex]\n"),
                            ("", "people: [Sam, Alex]\n")]:
        path = tmp_path / "j.yaml"
        path.write_text(f"# ours\nversion: 1\n{empty}plans:\nlog:\n")
        Journal(path).set_people(["Sam", "Alex"])
        assert path.read_text() == f"# ours\nversion: 1\n{expected}plans:\nlog:\n"
        assert Journal(path).people == ["Sam", "Alex"]
        path.unlink()


# -- a plan made through the prompts -----------------------------------------------

def _plan_keys(keys, *, behavior_keys=ENTER, incident="I made a joke about Alex's job at Priya's birthday.",
               impact="Alex felt small in front of friends."):
    (keys.then("short name", "The joke at the party" + ENTER)
         .then("what happened", (incident or "") + ENTER)
         .then("like for Alex", (impact or "") + ENTER)
         .then("pattern", "When I'm nervous in company I make jokes at Alex's expense." + ENTER)
         .then("fear", DOWN + ENTER)  # respect
         .then("visible behavior", behavior_keys))
    return keys


def test_plan_through_the_prompts_is_complete_and_the_draft_has_no_gaps(keys, sam, run, journal_path):
    _journal(run)
    _plan_keys(keys).then("raise it", "Alex says 'ouch' and we talk on the way home." + ENTER)
    keys.then("Save this plan?", ENTER)
    r = run("plan")
    assert r.exit_code == 0, r.stderr
    text = journal_path.read_text()
    assert "    incident: I made a joke about Alex's job at Priya's birthday.\n" in text
    assert "    impact: Alex felt small in front of friends.\n" in text
    assert "    repairing: Sam\n    hurt: Alex\n" in text
    assert "Here is the plan:" in r.stdout and "Added plan the-joke-at-the-party" in r.stdout
    assert r.stdout.index("Here is the plan:") < r.stdout.index("Added plan")
    draft = run("apology-draft", "--no-input")
    assert draft.exit_code == 0, draft.stderr
    assert "[" not in draft.stdout and draft.stdout.startswith("Alex,\n") and "birthday" in draft.stdout


def test_what_happened_and_the_impact_can_be_skipped(keys, sam, run, journal_path):
    _journal(run)
    _plan_keys(keys, incident="", impact="").then("raise it", "Alex says 'ouch'." + ENTER)
    keys.then("Save this plan?", ENTER)
    assert run("plan").exit_code == 0
    text = journal_path.read_text()
    assert "incident:" not in text and "impact:" not in text and "behavior:" in text


def test_a_vague_behavior_is_coached_before_anything_is_saved(keys, sam, run, journal_path):
    _journal(run)
    _plan_keys(keys, behavior_keys=UP + ENTER)  # the last choice: write my own
    keys.then("as your partner would see it", "be more respectful" + ENTER)
    keys.then("Would one of these fit", ENTER)  # the first idea
    keys.then("raise it", "Alex says 'ouch'." + ENTER).then("Save this plan?", ENTER)
    r = run("plan")
    assert r.exit_code == 0, r.stderr
    assert "hard for your partner to see" in r.stdout
    assert r.stdout.index("hard for your partner to see") < r.stdout.index("Added plan")
    assert "sounds vague" not in r.stderr  # talked through already: no warning after the fact
    behavior = next(line for line in journal_path.read_text().splitlines() if "behavior:" in line)
    assert "respectful" not in behavior and "joke" in behavior.lower()


def test_a_vague_behavior_can_be_rewritten_and_kept(keys, sam, run, journal_path):
    _journal(run)
    _plan_keys(keys, behavior_keys=UP + ENTER)
    keys.then("as your partner would see it", "try harder" + ENTER)
    keys.then("Would one of these fit", UP + UP + ENTER)  # rewrite it myself
    keys.then("as your partner would see it", "\x7f" * 10 + "In company, I make no jokes about Alex." + ENTER)
    keys.then("raise it", "Alex says 'ouch'." + ENTER).then("Save this plan?", ENTER)
    assert run("plan").exit_code == 0
    assert "    behavior: In company, I make no jokes about Alex.\n" in journal_path.read_text()


def test_a_behavior_given_as_an_option_is_coached_too_when_prompting(keys, sam, run, journal_path):
    _journal(run)
    keys.then("short name", "Late" + ENTER).then("what happened", ENTER).then("like for Alex", ENTER)
    keys.then("Would one of these fit", UP + ENTER)  # keep mine
    keys.then("raise it", "Alex says 'late'." + ENTER).then("Save this plan?", ENTER)
    r = run("plan", "--behavior", "care more", "--fear", "reliability", "--pattern", "I turn up late.")
    assert r.exit_code == 0, r.stderr
    assert "    behavior: care more\n" in journal_path.read_text()


def test_the_plan_is_shown_and_a_no_lets_you_change_a_part(keys, sam, run, journal_path):
    _journal(run)
    _plan_keys(keys).then("raise it", "Alex says 'ouch'." + ENTER)
    keys.then("Save this plan?", DOWN + ENTER).then("Which part?", ENTER)  # change: the plan's name
    keys.then("short name", "\x7f" * 40 + "Jokes in company" + ENTER)
    keys.then("Save this plan?", DOWN + ENTER).then("Which part?", UP + ENTER)  # change: the check-in
    keys.then("check in", "in 10 days" + ENTER)
    keys.then("Save this plan?", ENTER)
    r = run("plan")
    assert r.exit_code == 0, r.stderr
    text = journal_path.read_text()
    assert "  - id: jokes-in-company\n" in text, text
    assert "    check_in: 2026-12-07\n" in text
    assert r.stdout.count("Here is the plan:") == 3, r.stdout


def test_stopping_at_the_plan_saves_nothing(keys, sam, run, journal_path):
    _journal(run)
    before = journal_path.read_bytes()
    _plan_keys(keys).then("raise it", "Alex says 'ouch'." + ENTER).then("Save this plan?", UP + ENTER)
    r = run("plan")
    assert r.exit_code == 0 and "Nothing was saved." in r.stdout
    assert journal_path.read_bytes() == before


def test_ctrl_c_in_the_middle_of_a_plan_saves_nothing_and_says_so(keys, sam, run, journal_path):
    _journal(run)
    before = journal_path.read_bytes()
    keys.then("short name", "The joke" + ENTER).then("what happened", CTRL_C)
    r = run("plan")
    assert r.exit_code == 130
    assert r.stderr.strip() == "repair: stopped; nothing was saved"
    assert journal_path.read_bytes() == before


# -- a writer with no name --------------------------------------------------------

def test_a_writer_with_no_name_asks_once_and_remembers_it(keys, run, with_plan, journal_path, config_file):
    keys.then("Which of you is writing?", DOWN + ENTER)  # Alex
    r = run("log", "shown", "texted when the train was late")
    assert r.exit_code == 0, r.stderr
    assert "    by: Alex\n" in journal_path.read_text()
    assert config_file.read_text() == "author: Alex\n"
    assert run("log", "shown", "texted again").exit_code == 0  # no question this time
    assert journal_path.read_text().count("    by: Alex\n") == 2


def test_someone_not_in_people_can_type_their_name(keys, run, with_plan, journal_path):
    keys.then("Which of you is writing?", UP + ENTER).then("What's your name?", "Jordan" + ENTER)
    r = run("checkin", "--outcome", "keep")
    assert r.exit_code == 0, r.stderr
    assert "    by: Jordan\n" in journal_path.read_text()


def test_a_writer_with_no_name_off_a_terminal_says_so(run, with_plan, journal_path):
    r = run("log", "shown", "texted when the train was late")
    assert r.exit_code == 0
    assert "no name to sign this with" in r.stderr and "self-reported" in r.stderr
    assert "REPAIR_AUTHOR" in r.stderr
    assert run("log", "shown", "x", "--by", "Alex").stderr == ""


def test_a_plan_with_no_one_repairing_off_a_terminal_says_so(run, journal_path):
    _journal(run)
    args = [a for a in PLAN_ARGS if a not in ("--repairing", "Sam", "--hurt", "Alex")]
    r = run("plan", *args)
    assert r.exit_code == 0 and "no name for who is repairing" in r.stderr


# -- a kind check-in ------------------------------------------------------------------

def test_adjust_asks_what_changes_and_updates_the_plan(keys, sam, run, with_plan, journal_path):
    keys.then("How did the check-in go?", DOWN + ENTER)
    keys.then("What changes?", ENTER)  # the behavior
    keys.then("behavior from now on", UP + ENTER)  # write my own
    keys.then("as your partner would see it", "\x7f" * 80 + "When plans change, I call Alex within ten minutes."
              + ENTER)
    keys.then("Anything else you agreed?", "Calls, not texts." + ENTER)
    keys.then("next check-in", "in 3 weeks" + ENTER)
    r = run("checkin")
    assert r.exit_code == 0, r.stderr
    text = journal_path.read_text()
    assert "    behavior: When plans change, I call Alex within ten minutes.\n" in text
    assert "    check_in: 2026-12-18\n" in text
    assert "outcome: adjust" in text and "note: Calls, not texts." in text and "next: 2026-12-18" in text


def test_adjust_can_say_what_changes_in_a_note_only(keys, sam, run, with_plan, journal_path):
    before_plan = journal_path.read_text().split("log:")[0]
    keys.then("How did the check-in go?", DOWN + ENTER).then("What changes?", UP + ENTER)
    keys.then("What did you agree to change", ENTER)  # nothing: this one is needed, so asked again
    keys.then("What did you agree to change", "We'll talk on Sundays too." + ENTER)
    keys.then("next check-in", ENTER)
    assert run("checkin").exit_code == 0
    text = journal_path.read_text()
    assert "note: We'll talk on Sundays too." in text
    assert text.split("log:")[0] == before_plan.replace("check_in: 2026-12-04", "check_in: 2026-12-11")


def test_keep_asks_for_a_note_and_the_next_date_with_two_weeks_shown(keys, sam, run, with_plan, journal_path):
    keys.then("How did the check-in go?", ENTER).then("remember from the talk", ENTER)
    keys.then("next check-in", "whenever" + ENTER).then("next check-in", "\x7f" * 8 + ENTER)  # asked again
    r = run("checkin")
    assert r.exit_code == 0, r.stderr
    assert "doesn't read as a date" in r.stdout and "Enter for Friday 11 December" not in r.stdout
    assert "next: 2026-12-11" in journal_path.read_text()


def test_repaired_asks_for_a_note_and_the_plan_shows_no_check_in_anywhere(keys, sam, run, with_plan,
                                                                          journal_path):
    keys.then("How did the check-in go?", DOWN + DOWN + ENTER).then("how it was repaired", "Texts every time." + ENTER)
    assert run("checkin").exit_code == 0
    assert "note: Texts every time." in journal_path.read_text()
    status = run("status")
    assert "check-in" not in status.stdout and "repaired" in status.stdout
    doc = json.loads(run("status", "--json").stdout)["plans"][0]
    assert doc["check_in"] == {"date": None, "state": None, "days": None}
    review = run("review", "late-without-a-text", "--all")
    assert review.exit_code == 0, review.stderr
    assert "none: the plan is repaired" in review.stdout and "Dec" not in review.stdout.split("Check-in:")[1][:30]
    markdown = run("export", "--format", "markdown").stdout
    assert "none: the plan is repaired" in markdown and "2026-12-04 (" not in markdown
    assert "BEGIN:VEVENT" not in run("export", "--format", "ics").stdout


def test_a_finished_plan_never_fails_review_check_for_its_check_in(run, with_plan, monkeypatch):
    run("log", "shown", "texted", "--by", "Alex")
    run("checkin", "--outcome", "repaired", "--by", "Sam")
    monkeypatch.setenv("REPAIR_NOW", "2027-01-20T10:00:00+01:00")  # long after the old check-in date
    assert run("review", with_plan, "--check").exit_code == 0
    assert "overdue" not in run("status").stdout


def test_support_points_to_the_guide_and_says_more_than_an_id(keys, sam, run, with_plan):
    keys.then("How did the check-in go?", UP + ENTER).then("who you'll contact", ENTER)
    r = run("checkin")
    assert r.exit_code == 0, r.stderr
    assert "repair guide between-sessions" in r.stdout and "counsellor" in r.stdout
    assert len(r.stdout.splitlines()) > 3


# -- repair log that asks ---------------------------------------------------------------

def test_log_with_nothing_asks_in_plain_words(keys, sam, run, with_plan, journal_path):
    keys.then("What would you like to log?", ENTER).then("What did you notice?", "Texted from the station." + ENTER)
    r = run("log")
    assert r.exit_code == 0, r.stderr
    text = journal_path.read_text()
    assert "kind: shown" in text and "note: Texted from the station." in text


def test_log_with_nothing_asks_which_plan_when_there_are_several(keys, sam, run, with_plan, journal_path):
    assert run("plan", *PLAN_ARGS[2:], "--title", "Phone at dinner", "--no-input").exit_code == 0
    keys.then("Which plan?", DOWN + ENTER).then("What would you like to log?", DOWN + DOWN + DOWN + ENTER)
    keys.then("The note", "A quiet week." + ENTER)
    assert run("log").exit_code == 0
    assert "plan: phone-at-dinner\n    kind: note" in journal_path.read_text()


def test_log_with_nothing_off_a_terminal_names_what_is_missing(run, with_plan, journal_path):
    before = journal_path.read_bytes()
    r = run("log")
    assert r.exit_code == 2
    assert "missing KIND" in r.stderr and "hint: " in r.stderr
    assert journal_path.read_bytes() == before


def test_ctrl_c_at_a_log_prompt_says_nothing_was_saved(keys, sam, run, with_plan, journal_path):
    before = journal_path.read_bytes()
    keys.then("What would you like to log?", CTRL_C)
    r = run("log")
    assert r.exit_code == 130
    assert r.stderr.strip() == "repair: stopped; nothing was saved"
    assert journal_path.read_bytes() == before


# -- start ---------------------------------------------------------------------------------

def test_start_asks_what_would_help_when_not_sure(keys, run):
    from repairkit.care import screen

    keys.then("Answer them now?", ENTER)  # the private questions come first, every time, and all are "no"
    for question in screen.QUESTIONS:
        keys.then(question.text.split()[0], "n" + ENTER)
    # which answers the safety question; then only what decides the recommendation
    for question, answer in [("betrayal", ENTER), ("argue", ENTER), ("counsellor", ENTER),
                             ("help most", DOWN + DOWN + ENTER), ("closest", DOWN + DOWN + ENTER)]:
        keys.then(question, answer)
    r = run("start")
    assert r.exit_code == 0, r.stderr
    assert "repair guide trust-repair" in r.stdout and "repair plan" not in r.stdout


def test_start_keeps_the_calming_down_guide_alongside_outside_support(run):
    r = run("start", "--answers", "safety=no,support=yes,recent=yes,therapy=no", "--json")
    doc = json.loads(r.stdout)
    assert doc["recommendation"] == "outside_support" and doc["right_now"] == "repair guide after-conflict"
    text = run("start", "--answers", "safety=no,support=yes,recent=yes,therapy=no").stdout
    assert "Right now: repair guide after-conflict" in text and "Next: repair guide between-sessions" in text
    assert "twenty minutes" in text


def test_start_does_not_suggest_init_or_plan_when_a_plan_exists(run, with_plan):
    text = run("start", "--answers", "safety=no,support=no,recent=no,need=repair,therapy=no").stdout
    assert "repair init" not in text and "`repair plan`" not in text and "Next: repair review" in text


def test_start_suggests_init_only_when_there_is_no_journal(run):
    answers = "safety=no,support=no,recent=no,need=repair,therapy=no"
    assert "repair init" in run("start", "--answers", answers).stdout
    run("init")
    assert "repair init" not in run("start", "--answers", answers).stdout


# -- a new user, prompts only, on a real terminal ------------------------------------------

@pytest.mark.slow
def test_a_new_user_walks_the_first_hour_with_prompts_only(tmp_path):
    """init, plan, three logs, review, apology-draft and checkin, answering questions only (no flags),
    in a pseudo-terminal; typing slips, an empty answer and a bad date along the way."""
    import os
    import sys

    from conftest import FIXED_NOW, repair_command

    pexpect = pytest.importorskip("pexpect")
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REPAIR_", "GIT_"))}
    env.update(TERM="xterm", COLUMNS="80", LINES="40", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".data"), XDG_CACHE_HOME=str(home / ".cache"), NO_COLOR="1",
               REPAIR_NOW=FIXED_NOW, GIT_CONFIG_NOSYSTEM="1", PROMPT_TOOLKIT_NO_CPR="1")
    cmd = repair_command()
    backspace = "\x7f"

    def repair(*args: str):
        child = pexpect.spawn(cmd[0], cmd[1:] + list(args), cwd=str(tmp_path), env=env, encoding="utf-8",
                              timeout=20, dimensions=(40, 80))
        child.logfile_read = sys.stdout if os.environ.get("PEXPECT_DEBUG") else None
        return child

    def answer(child, question: str, keys: str) -> None:
        child.expect(question)
        child.send(keys)

    def finish(child) -> str:
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0, child.before
        return child.before

    child = repair("init")
    answer(child, "your name", "Smm" + backspace + backspace + "am" + ENTER)
    answer(child, "partner's name", ENTER)  # nothing: asked again
    answer(child, "Please write something here", "Alex" + ENTER)
    finish(child)

    child = repair("plan")
    answer(child, "Answer them now", ENTER)  # the private safety questions, before a first plan
    for n in range(1, 10):
        answer(child, rf"\({n} of 9", "n" + ENTER)
    answer(child, "short name", "The joke at the party" + ENTER)
    answer(child, "What happened", "I made a joke about Alex's job at Priya's birthday." + ENTER)
    answer(child, "like for Alex", "Alex felt small in front of our friends." + ENTER)
    answer(child, "pattern", "When I'm nervous in company I make jokes at Alex's expense." + ENTER)
    answer(child, "Alex fears", DOWN + ENTER)  # respect
    answer(child, "visible behavior", UP + ENTER)  # write my own
    answer(child, "as your partner would see it", "be more respectful" + ENTER)
    answer(child, "Would one of these fit", ENTER)  # the first idea
    answer(child, "raise it", "Alex says 'ouch' and we talk on the way home." + ENTER)
    answer(child, "Save this plan", ENTER)
    child.expect("Added plan the-joke-at-the-party")
    finish(child)

    for keys, note in ((ENTER, "Changed the subject when Tom started teasing."),
                       (DOWN + ENTER, "Joked about the job again at dinner."),
                       (DOWN + DOWN + ENTER, "Alex said 'ouch'; we talked on the way home.")):
        child = repair("log")
        answer(child, "What would you like to log?", keys)
        answer(child, "a sentence", note + ENTER)
        child.expect("Logged ")
        finish(child)

    review = finish(repair("review"))
    assert "2 missed" not in review and "1 missed" in review and "1 raised" in review

    draft = finish(repair("apology-draft"))
    assert draft.lstrip().startswith("Alex,")
    assert "[" not in draft and "..." not in draft and "Priya's birthday" in draft

    child = repair("checkin")
    answer(child, "How did the check-in go?", ENTER)  # keep
    answer(child, "remember from the talk", "Better at the last two dinners." + ENTER)
    answer(child, "next check-in", "next frday" + ENTER)
    answer(child, "doesn't read as a date", backspace * 10 + ENTER)  # Enter: in two weeks
    child.expect("Next check-in for the-joke-at-the-party: Friday 11 December")
    finish(child)

    text = (tmp_path / "repair.yaml").read_text()
    assert "people: [Sam, Alex]\n" in text
    assert "    incident: I made a joke about Alex's job at Priya's birthday.\n" in text
    assert "    impact: Alex felt small in front of our friends.\n" in text
    assert text.count("    by: Sam\n") == 4 and "outcome: keep" in text and "next: 2026-12-11" in text
    assert (home / ".config" / "repairkit" / "config.yaml").read_text() == "author: Sam\n"
