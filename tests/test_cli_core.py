"""init, plan, log, review, status, check through click's CliRunner: stdout, stderr, exit codes."""
from __future__ import annotations

import json
import stat

import pytest

from conftest import PLAN_ARGS


def test_init_creates_a_private_commented_journal(run, journal_path):
    r = run("init", "--people", "Sam,Alex")
    assert r.exit_code == 0, r.stderr
    text = journal_path.read_text()
    assert text.startswith("# ") and "version: 1" in text and "people: [Sam, Alex]" in text
    assert "\nplans:\n" in text and text.endswith("log:\n")
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    again = run("init")
    assert again.exit_code == 3 and "already exists" in again.stderr
    assert journal_path.read_text() == text


def test_init_then_plan_then_log_only_adds_lines(run, journal_path, with_plan):
    before = journal_path.read_text()
    r = run("log", "shown", "Texted 40 minutes ahead.", "--by", "Alex", "--at", "yesterday")
    assert r.exit_code == 0, r.stderr
    entry_id = r.stdout.strip()
    assert entry_id[0].isalpha() and len(entry_id) == 9
    after = journal_path.read_text()
    assert after.startswith(before)
    assert f"  - id: {entry_id}\n    at: 2026-11-26\n    plan: {with_plan}\n    kind: shown\n    by: Alex\n" in after


def test_plan_prints_only_the_id_when_piped(run, with_plan, journal_path):
    assert with_plan == "late-without-a-text"
    text = journal_path.read_text()
    assert "    check_in: 2026-12-04\n" in text and "    opened: 2026-11-27\n" in text
    r = run("plan", *PLAN_ARGS)
    assert r.exit_code == 0 and r.stdout == "late-without-a-text-2\n"


def test_plan_check_in_defaults_to_two_weeks(run, journal_path):
    run("init", "--people", "Sam,Alex")
    r = run("plan", *PLAN_ARGS, "--id", "late")
    assert r.exit_code == 0 and r.stdout == "late\n"
    assert "    check_in: 2026-12-11\n" in journal_path.read_text()


@pytest.mark.parametrize("bad_id", ["01", "has space", "-dash"])
def test_plan_id_must_start_with_a_letter(run, journal_path, bad_id):
    run("init")
    r = run("plan", *PLAN_ARGS, "--id", bad_id)
    assert r.exit_code == 2 and "--id" in r.stderr


def test_plan_missing_fields_without_terminal_names_the_flags(run, journal_path):
    run("init")
    before = journal_path.read_text()
    r = run("plan", "--title", "Only a title")
    assert r.exit_code == 2
    for flag in ("--pattern", "--fear", "--behavior", "--raise-it"):
        assert flag in r.stderr
    assert "--title" not in r.stderr.split("\n")[0]
    assert journal_path.read_text() == before


def test_plan_hurt_defaults_to_the_other_person(run, journal_path):
    run("init", "--people", "Sam,Alex")
    args = [a for a in PLAN_ARGS if a not in ("--hurt", "Alex")]
    assert run("plan", *args).exit_code == 0
    assert "    hurt: Alex\n" in journal_path.read_text()


def test_log_unknown_or_ambiguous_plan_is_a_usage_error(run, with_plan):
    r = run("log", "shown", "x", "--plan", "nope")
    assert r.exit_code == 2 and with_plan in r.stderr
    run("plan", *PLAN_ARGS)
    r = run("log", "shown", "x", "--plan", "late")
    assert r.exit_code == 2 and "could be any of" in r.stderr
    r = run("log", "shown", "x")
    assert r.exit_code == 2 and "active plans" in r.stderr


def test_log_uses_the_only_active_plan_and_prefixes(run, with_plan, journal_path):
    assert run("log", "raised", "said the word").exit_code == 0
    assert run("log", "missed", "--plan", "late-w").exit_code == 0
    text = journal_path.read_text()
    assert text.count(f"plan: {with_plan}") == 2
    assert "kind: raised" in text and "kind: missed" in text


def test_log_bad_date_is_exit_2_naming_the_text(run, with_plan, journal_path):
    before = journal_path.read_text()
    r = run("log", "shown", "x", "--at", "the day after never")
    assert r.exit_code == 2 and "the day after never" in r.stderr
    assert journal_path.read_text() == before


def test_log_author_from_env_and_unknown_person_note(run, with_plan, journal_path):
    r = run("log", "shown", "x", env={"REPAIR_AUTHOR": "Robin"})
    assert r.exit_code == 0
    assert "by: Robin" in journal_path.read_text()
    assert "Robin" in r.stderr and "people" in r.stderr


def _review(run, *args):
    r = run("review", "--json", *args)
    assert r.exit_code in (0, 1), r.stderr
    return json.loads(r.stdout)


def test_review_json_counts_verdict_and_check_in(run, with_plan):
    for kind, by, at in [("shown", "Alex", "2026-11-20"), ("shown", "Sam", "2026-11-21"),
                         ("missed", "Alex", "2026-11-22"), ("raised", "Alex", "2026-11-22")]:
        assert run("log", kind, "n", "--by", by, "--at", at).exit_code == 0
    doc = _review(run, "--since", "2026-11-15")
    assert doc["generated"].startswith("2026-11-27T10:00:00")
    (plan,) = doc["plans"]
    assert plan["counts"] == {"shown_witnessed": 1, "shown_self": 1, "missed": 1, "raised": 1, "notes": 0,
                              "checkins": 0, "shown_outside_people": 0}
    assert plan["verdict"] == "mixed"
    assert plan["check_in"] == {"date": "2026-12-04", "state": "upcoming", "days": 7}
    assert plan["window"] == {"from": "2026-11-15", "to": "2026-11-27"}
    assert len(plan["timeline"]) == 13
    assert plan["timeline"][7] == {"date": "2026-11-22", "shown_witnessed": 0, "shown_self": 0, "missed": 1,
                                   "raised": 1}
    assert plan["last"] == {"shown": "2026-11-21", "missed": "2026-11-22"}


def test_review_check_exit_codes(run, with_plan):
    assert run("review", "--check").exit_code == 1  # no evidence yet
    run("log", "shown", "n", "--by", "Alex")
    r = run("review", "--check")
    assert r.exit_code == 0
    run("log", "missed", "n", "--by", "Alex")
    assert run("review", "--check", "--json").exit_code == 1


def test_review_text_has_timeline_and_legend(run, with_plan):
    run("log", "shown", "n", "--by", "Alex", "--at", "yesterday")
    run("log", "missed", "n", "--by", "Alex", "--at", "today")
    r = run("review")
    assert r.exit_code == 0
    assert "Verdict:   mixed" in r.stdout
    assert "Legend:" in r.stdout
    timeline = next(line for line in r.stdout.splitlines() if "Timeline:" in line)
    assert timeline.rstrip().endswith(("#x", "●✗"))
    assert "\x1b[" not in r.stdout


def test_review_markdown(run, with_plan):
    run("log", "shown", "n", "--by", "Alex")
    r = run("review", "--markdown")
    assert r.exit_code == 0 and r.stdout.startswith("# Repair review, 2026-11-27")
    assert "## Late without a text (`late-without-a-text`)" in r.stdout
    assert "| 1 | 0 | 0 | 0 | 0 |" in r.stdout


def test_partner_text_cannot_drive_the_terminal(run, with_plan):
    run("log", "shown", "n", "--by", "Alex")
    evil = "Late \x1b]0;pwned\x07 \x1b[2J\u202e text\r"
    run("plan", *[evil if a == "Late without a text" else a for a in PLAN_ARGS], "--id", "evil")
    for args in (["review", "evil"], ["status"], ["review", "evil", "--markdown"]):
        out = run(*args).stdout
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\r" not in out
    doc = json.loads(run("review", "evil", "--json").stdout)
    assert doc["plans"][0]["title"] == evil
    raw = run("review", "evil", "--json").stdout
    assert "\x1b" not in raw and "\u202e" not in raw


def test_status_lists_every_plan(run, with_plan):
    run("plan", *PLAN_ARGS, "--id", "second")
    r = run("status")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [with_plan, "second"]
    doc = json.loads(run("status", "--json").stdout)
    assert [p["id"] for p in doc["plans"]] == [with_plan, "second"]
    assert doc["plans"][0]["check_in"]["state"] == "upcoming"


def test_check_lists_every_problem(run, journal_path):
    journal_path.write_text("version: 1\nplans:\n  - {id: p, fear: jealousy}\n  - {id: q, status: done}\n"
                            "log:\n  - {id: e1, at: 2026-13-01, plan: p, kind: shown}\n")
    r = run("check")
    assert r.exit_code == 3
    errors = [line for line in r.stderr.splitlines() if line.startswith("repair: error:")]
    assert len(errors) == 3
    assert errors[0].startswith("repair: error: repair.yaml:3:")
    doc = json.loads(run("check", "--json").stdout)
    assert doc["valid"] is False and len(doc["problems"]) == 3
    assert {p["line"] for p in doc["problems"]} == {3, 4, 6}


def test_check_valid(run, with_plan):
    r = run("check")
    assert r.exit_code == 0 and "valid (1 plan, 0 entries)" in r.stdout
    assert json.loads(run("check", "--json").stdout)["valid"] is True


def test_journal_option_and_discovery(run, tmp_path, monkeypatch):
    other = tmp_path / "notes" / "us.yaml"
    other.parent.mkdir()
    assert run("--journal", str(other), "init", "--people", "A,B").exit_code == 0
    assert other.exists()
    monkeypatch.delenv("REPAIR_JOURNAL")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    run("init")  # now there is ./repair.yaml again via discovery? no: REPAIR_JOURNAL unset -> cwd
    monkeypatch.chdir(tmp_path / "deep" / "er")
    assert run("status").exit_code == 0


def test_debug_env_shows_traceback_only_when_asked(run, journal_path):
    journal_path.write_text("version: 2\n")
    r = run("check")
    assert "Traceback" not in r.stderr


def test_review_without_private_says_nothing_about_private_notes(run, with_plan):
    assert "Private" not in run("review").stdout


def test_generated_ids_read_back_as_words(monkeypatch):
    from repairkit import ids as cmd_core
    from repairkit.journal.render import scalar

    draws = iter([bytes.fromhex("12345678"), bytes.fromhex("00000000"), bytes.fromhex("1234abcd")])
    monkeypatch.setattr(cmd_core.os, "urandom", lambda n: next(draws))
    assert cmd_core.new_entry_id(b"") == "e1234abcd"  # the all-digit draws are skipped
    assert scalar("e1234abcd") == "e1234abcd"


def test_init_git_outside_a_repository_creates_nothing(run, journal_path):
    r = run("init", "--git")
    assert r.exit_code == 2 and "not inside a git repository" in r.stderr
    assert not journal_path.exists()


def test_ctrl_c_wrapped_by_a_class_statement_is_still_ctrl_c(run, with_plan, monkeypatch):
    # Ctrl-C landing while a lazily imported module makes a dataclass comes out of Python 3.11 as a
    # RuntimeError from __set_name__: still one line and exit 130, not "a bug in repairkit" (exit 70).
    from repairkit.cli import common

    def interrupted_import(*args, **kwargs):
        class Descriptor:
            def __set_name__(self, owner, name):
                raise KeyboardInterrupt

        class Made:  # noqa: F841 - making it is what raises
            field = Descriptor()

    monkeypatch.setattr(common, "journal", interrupted_import)
    result = run("status")
    assert result.exit_code == 130, result.stderr
    assert result.stderr.strip().startswith("repair: stopped") and "bug" not in result.stderr
