"""checkin, start, guide, private notes and the safety path, from the command line."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN_ARGS, repair_command, run_repair

DANGER = "He grabbed my arm and won't let me leave the flat when we argue."


def tree_snapshot(*roots: Path) -> dict:
    """Every file under the roots with its bytes' hash and mode: what a write would change."""
    snap = {}
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                snap[str(p)] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mode)
            elif p.is_dir():
                snap[str(p)] = ("dir", p.stat().st_mode)
    return snap


# ------------------------------------------------------------------ checkin ---

def test_checkin_keep_moves_the_check_in(run, with_plan, journal_path):
    before = journal_path.read_text()
    r = run("checkin", "--outcome", "keep", "--note", "Going well.", "--by", "Sam")
    assert r.exit_code == 0, r.stderr
    entry_id = r.stdout.strip()
    after = journal_path.read_text()
    assert "    check_in: 2026-12-11\n" in after and "    check_in: 2026-12-04\n" not in after
    assert f"  - id: {entry_id}\n" in after and "    kind: checkin\n    by: Sam\n" in after
    assert "    outcome: keep\n    next: 2026-12-11\n" in after
    # Only the check-in line changed; everything else was added.
    assert [line for line in before.splitlines() if line not in after.splitlines()] == ["    check_in: 2026-12-04"]
    doc = json.loads(run("review", "--json").stdout)
    assert doc["plans"][0]["check_in"]["date"] == "2026-12-11"
    assert doc["plans"][0]["counts"]["checkins"] == 1


def test_checkin_next_and_done_state(run, with_plan, journal_path):
    assert run("checkin", "--outcome", "adjust", "--next", "in 10 days").exit_code == 0
    assert "    check_in: 2026-12-07\n" in journal_path.read_text()
    r = run("review", "--json", env={"REPAIR_NOW": "2026-12-07T20:00:00+01:00"})
    assert json.loads(r.stdout)["plans"][0]["check_in"]["state"] == "due"
    run("checkin", "--outcome", "keep", "--at", "2026-12-07", env={"REPAIR_NOW": "2026-12-07T20:00:00+01:00"})
    r = run("review", "--json", "--all", env={"REPAIR_NOW": "2026-12-30T20:00:00+01:00"})
    assert json.loads(r.stdout)["plans"][0]["check_in"]["state"] == "overdue"  # the new date, 2026-12-21


@pytest.mark.parametrize("outcome", ["repaired", "support"])
def test_checkin_sets_status(run, with_plan, journal_path, outcome):
    assert run("checkin", "--outcome", outcome).exit_code == 0
    assert f"    status: {outcome}\n" in journal_path.read_text()
    assert json.loads(run("status", "--json").stdout)["plans"][0]["status"] == outcome
    assert run("review", "--json").stdout.count('"id"') == 0  # no longer active


def test_checkin_usage_errors(run, with_plan, journal_path):
    before = journal_path.read_text()
    assert run("checkin").exit_code == 2
    assert run("checkin", "--outcome", "repaired", "--next", "friday").exit_code == 2
    assert run("checkin", "--outcome", "keep", "--next", "whenever").exit_code == 2
    assert journal_path.read_text() == before


# -------------------------------------------------------------------- start ---

@pytest.mark.parametrize("answers, key, command", [
    ("safety=no,support=yes,therapy=no", "outside_support", "repair guide between-sessions"),
    ("safety=no,support=no,recent=yes", "after_argument", "repair guide after-conflict"),
    ("safety=no,support=no,recent=no,need=talk", "hard_talk", "repair guide before-the-talk"),
    ("safety=no,support=no,recent=no,need=repair,therapy=no", "repair_plan", "repair plan"),
])
def test_start_recommends(run, answers, key, command):
    r = run("start", "--answers", answers, "--json")
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["recommendation"] == key and doc["next_command"] == command


def test_start_without_answers_or_terminal_is_a_usage_error(run):
    r = run("start")
    assert r.exit_code == 2 and "--answers" in r.stderr
    assert run("start", "--answers", "safety=perhaps").exit_code == 2


@pytest.mark.parametrize("answers", ["safety=yes", "safety=unsure", "safety=Y,support=no", "safety=yes,recent=yes"])
@pytest.mark.parametrize("as_json", [[], ["--json"]])
def test_start_safety_first_is_a_safety_stop(run, answers, as_json):
    """Safety first is not a recommendation printed as a success: the page on stderr, exit 5, stdout empty."""
    r = run("start", "--answers", answers, *as_json)
    assert r.exit_code == 5 and r.stdout == ""
    assert r.stderr.startswith("Nothing was saved.\n") and r.stderr.count("Nothing was saved") == 1
    assert "1-800-799-7233" in r.stderr and "0808 2000 247" in r.stderr
    assert "not something you wrote" in r.stderr and "What you wrote" not in r.stderr
    assert "shell history" in r.stderr  # the answer was typed on a command line
    assert ("You weren't sure" in r.stderr) == ("unsure" in answers)


@pytest.mark.parametrize("answers, in_order, absent", [
    ("wished_dead=yes", ["988"], ["1-800-799-7233", "0808 802 4040"]),
    ("suicide_thoughts=y,safety=no", ["988"], ["1-800-799-7233"]),
    ("neck=yes", ["1-800-799-7233"], ["Lifeline: 13 11 14", "0808 802 4040"]),
    ("caused_fear=yes", ["0808 802 4040"], ["Lifeline: 13 11 14", "0808 2000 247"]),
    ("caused_fear=yes,afraid=yes,wished_dead=yes", ["Lifeline: 13 11 14", "0808 2000 247", "0808 802 4040"], []),
])
def test_start_answers_take_the_private_questions_too(run, answers, in_order, absent):
    """Each path's page, crisis first, then safety, then the page for someone who caused harm."""
    r = run("start", "--answers", answers, "--json")
    assert r.exit_code == 5 and r.stdout == "", r.stderr
    assert r.stderr.count("Nothing was saved") == 1 and "You answered yes" in r.stderr
    positions = [r.stderr.index(n) for n in in_order]
    assert positions == sorted(positions)
    assert not [n for n in absent if n in r.stderr]


def test_start_private_answers_all_no_go_on(run):
    keys = "put_down,afraid,sexual,hurt,neck,weapon,wished_dead,suicide_thoughts,caused_fear".split(",")
    no = ",".join(f"{k}=no" for k in keys)
    r = run("start", "--answers", no + ",support=no,recent=yes", "--json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["recommendation"] == "after_argument"
    assert json.loads(r.stdout)["answers"]["safety"] == "no"  # "no" to every private question answers it
    r = run("start", "--answers", "neck=no,support=no,recent=yes")  # only some: start's own is still needed
    assert r.exit_code == 2 and "'safety'" in r.stderr


@pytest.mark.parametrize("answers, says", [("neck=maybe", "'maybe' is not an answer to 'neck'"),
                                           ("neck=yes,neck=no", "'neck' is answered twice"),
                                           ("neck", "'' is not an answer to 'neck'")])
def test_start_private_answers_must_be_yes_or_no(run, answers, says):
    r = run("start", "--answers", answers)
    assert r.exit_code == 2 and says in r.stderr and r.stdout == ""


# -------------------------------------------------------------------- guide ---

def test_guide_lists_topics_and_prints_pages(run):
    r = run("guide")
    topics = ["trust-repair", "after-conflict", "before-the-talk", "between-sessions", "safety"]
    assert r.exit_code == 0 and all(t in r.stdout for t in topics)
    for topic in topics:
        page = run("guide", topic)
        assert page.exit_code == 0 and len(page.stdout.splitlines()) > 15
    assert json.loads(run("guide", "safety", "--json").stdout)["topic"] == "safety"
    assert run("guide", "nonsense").exit_code == 2


# ------------------------------------------------------------ private notes ---

def test_private_note_never_reaches_the_journal(run, with_plan, journal_path, tmp_path):
    before = journal_path.read_bytes()
    r = run("log", "note", "--private", "I get defensive when I'm hungry.")
    assert r.exit_code == 0, r.stderr
    assert journal_path.read_bytes() == before
    store = tmp_path / "home" / ".local" / "share" / "repairkit" / "private-notes.jsonl"
    assert "defensive" in store.read_text()
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.parent.stat().st_mode) == 0o700
    text = run("review", "--private").stdout
    assert "Private:   only you see these" in text and "defensive when I'm hungry" in text
    assert "defensive" not in run("review").stdout
    doc = json.loads(run("review", "--json", "--private").stdout)
    assert doc["plans"][0]["private"][0]["note"] == "I get defensive when I'm hungry."


def test_private_notes_are_kept_per_journal(run, with_plan, tmp_path):
    run("log", "note", "--private", "for the first journal")
    other = tmp_path / "other.yaml"
    run("--journal", str(other), "init")
    run("--journal", str(other), "plan", *PLAN_ARGS)
    assert "first journal" not in run("--journal", str(other), "review", "--private").stdout


# -------------------------------------------------------------- safety path ---

@pytest.mark.parametrize("args", [
    ["plan", *PLAN_ARGS[:2], "--fear", "respect", "--pattern", DANGER, "--behavior", "I text.", "--raise-it", "R"],
    ["log", "note", DANGER],
    ["log", "note", "--private", DANGER],
    ["checkin", "--outcome", "keep", "--note", DANGER],
])
@pytest.mark.slow
def test_safety_path_writes_nothing_anywhere(tmp_path, args):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    assert run_repair("init", "--people", "Sam,Alex", cwd=tmp_path).returncode == 0
    assert run_repair("plan", *PLAN_ARGS, cwd=tmp_path).returncode == 0
    subprocess.run(["git", "-C", str(tmp_path), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"],
                   check=True)
    status_before = subprocess.run(["git", "-C", str(tmp_path), "status", "--porcelain", "--ignored"],
                                   capture_output=True, text=True).stdout
    before = tree_snapshot(tmp_path)
    r = run_repair(*args, cwd=tmp_path)
    # Not a success: exit 5, nothing on stdout (scripts read the exit code first), the guidance on stderr.
    assert r.returncode == 5, r.stderr
    assert r.stdout == ""
    assert "1-800-799-7233" in r.stderr and "Couples repair is not advised" in " ".join(r.stderr.split())
    assert tree_snapshot(tmp_path) == before  # journal, cache, private store, lock and temp files
    status_after = subprocess.run(["git", "-C", str(tmp_path), "status", "--porcelain", "--ignored"],
                                  capture_output=True, text=True).stdout
    assert status_after == status_before == ""


@pytest.mark.slow
def test_start_on_a_real_terminal_safety_and_normal_branches(tmp_path):
    """`repair start` opens with the private screen: Enter alone answers nothing, a "yes" is a safety
    stop (exit 5, nothing on stdout's side but the prompts), "no" to all goes on, "not now" ends."""
    pexpect = pytest.importorskip("pexpect")
    env = {k: v for k, v in os.environ.items() if k != "REPAIR_NO_INPUT"}
    env.update(TERM="xterm", COLUMNS="100", LINES="40")
    cmd = repair_command()
    before = tree_snapshot(tmp_path)

    def spawn():
        child = pexpect.spawn(cmd[0], cmd[1:] + ["start"], cwd=str(tmp_path), env=env, encoding="utf-8",
                              timeout=20, dimensions=(40, 100))
        child.logfile_read = sys.stdout if os.environ.get("PEXPECT_DEBUG") else None
        child.expect("keeps nothing at all")
        child.expect("Answer them now")
        return child

    child = spawn()
    child.send("\r")  # answer now
    child.expect(r"1 of 9")
    child.send("\r")  # Enter alone answers nothing
    child.expect("Type y for yes or n for no")
    for answer in "nnnynnnnn":  # a yes to being hurt
        child.send(answer + "\r")
    child.expect("You answered yes to a question about being hurt")
    child.expect("1-800-799-7233")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 5
    assert "shell history" not in child.before  # the answers were never on a command line

    child = spawn()
    child.send("\r")
    for _ in range(9):
        child.expect(r"of 9")
        child.send("n\r")
    child.expect("weren't stored anywhere")
    child.expect("betrayal")
    child.send("\r")  # no
    child.expect("argue")
    child.send("\x1b[B\r")  # yes
    child.expect("The hour after an argument")
    child.expect("repair guide after-conflict")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    child = spawn()
    child.send("\x1b[B\r")  # not now
    child.expect("Run `repair start` again when you're on your own")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert tree_snapshot(tmp_path) == before  # start keeps nothing, not even the screen's marker
