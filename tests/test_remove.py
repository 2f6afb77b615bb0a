"""`repair remove ID`: one entry (or an unused plan) out, nothing else touched; the merge keeps it out."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import PLAN_ARGS, mark_screen_answered, run_repair

NOTE = "Told Alex about the night at the station, and that I was frightened."


def _log(run, note: str, *extra: str) -> str:
    r = run("log", "note", note, "--by", "Sam", *extra)
    assert r.exit_code == 0, r.stderr
    return r.stdout.strip()


def _without_entry(text: str, entry_id: str) -> str:
    """The journal's text with exactly one entry's lines taken out."""
    lines = text.splitlines(keepends=True)
    start = lines.index(f"  - id: {entry_id}\n")
    end = start + 1
    while end < len(lines) and lines[end].startswith("    "):
        end += 1
    return "".join(lines[:start] + lines[end:])


def test_remove_takes_one_entry_out_and_leaves_every_other_byte(run, with_plan, journal_path):
    first = _log(run, "Texted when the train was late.")
    doomed = _log(run, NOTE, "--at", "2026-11-25T20:00")
    last = _log(run, "Said 'the text thing' and we talked after dinner.")
    before = journal_path.read_text()
    r = run("remove", doomed, "--yes")
    assert r.exit_code == 0, r.stderr
    assert r.stdout == f"{doomed}\n" and r.stderr == ""  # only the id, for scripts
    assert journal_path.read_text() == _without_entry(before, doomed)
    assert NOTE not in journal_path.read_text()
    assert run("check").exit_code == 0
    ids = [e["id"] for e in __import__("json").loads(run("export", "--format", "json").stdout)["log"]]
    assert ids == [first, last]


def test_remove_a_plan_with_no_entries(run, with_plan, journal_path):
    assert run("plan", *PLAN_ARGS[:2], "--id", "spare", *PLAN_ARGS[2:]).exit_code == 0
    r = run("remove", "spare", "--yes")
    assert r.exit_code == 0 and r.stdout == "spare\n"
    assert "id: spare" not in journal_path.read_text() and f"id: {with_plan}" in journal_path.read_text()


def test_a_plan_still_in_use_is_refused_before_anything_is_asked(run, with_plan, journal_path):
    _log(run, "Texted when the train was late.")
    before = journal_path.read_bytes()
    r = run("remove", with_plan, "--yes")
    assert r.exit_code == 2 and r.stdout == ""
    assert "still has 1 log entry" in r.stderr and "hint: remove those entries first" in r.stderr
    assert journal_path.read_bytes() == before


def test_an_unknown_id_is_a_usage_error_and_a_prefix_is_only_suggested(run, with_plan, journal_path):
    entry = _log(run, "Texted when the train was late.")
    before = journal_path.read_bytes()
    r = run("remove", entry[:4], "--yes")
    assert r.exit_code == 2 and f"did you mean {entry}?" in r.stderr
    r = run("remove", "nothing-like-it", "--yes")
    assert r.exit_code == 2 and "nothing in the journal has the id 'nothing-like-it'" in r.stderr
    assert r.stderr.count("\n") == 3 and "hint:" in r.stderr  # one line and a (wrapped) hint
    assert journal_path.read_bytes() == before


def test_off_a_terminal_it_needs_yes(run, with_plan, journal_path):
    entry = _log(run, NOTE)
    before = journal_path.read_bytes()
    for extra in ([], ["--no-input"]):
        r = run("remove", entry, *extra)
        assert r.exit_code == 2 and r.stdout == ""
        assert "needs a yes" in r.stderr and "--yes" in r.stderr
    assert journal_path.read_bytes() == before


@pytest.fixture
def asked(monkeypatch):
    """A terminal whose confirmation answers as told, recording the question."""
    from repairkit.cli import common, prompts

    questions: list[str] = []
    answer = {"value": True}

    def confirm(message: str, *, default: bool = False) -> bool:
        assert default is False  # a removal is never the default
        questions.append(message)
        return answer["value"]

    monkeypatch.setattr(common, "interactive", lambda no_input=False: not no_input)
    monkeypatch.setattr(prompts, "confirm", confirm)
    mark_screen_answered()
    return questions, answer


def test_on_a_terminal_it_asks_naming_kind_date_and_plan_but_never_the_text(run, with_plan, journal_path, asked):
    questions, answer = asked
    entry = _log(run, NOTE, "--at", "2026-11-25T20:00")
    before = journal_path.read_bytes()
    answer["value"] = False
    r = run("remove", entry)
    assert r.exit_code == 0 and "nothing removed" in r.stderr and r.stdout == ""
    assert journal_path.read_bytes() == before
    assert questions == [(f"Take a note by Sam, dated Wednesday 25 November 2026 (plan {with_plan}) "
                          "out of repair.yaml?")]
    assert "station" not in questions[0] and "frightened" not in questions[0]
    answer["value"] = True
    r = run("remove", entry)
    assert r.exit_code == 0 and entry not in journal_path.read_text()


@pytest.mark.slow
def test_the_installed_command_removes_atomically_under_the_lock(tmp_path):
    assert run_repair("init", "--people", "Sam,Alex", cwd=tmp_path).returncode == 0
    assert run_repair("plan", *PLAN_ARGS, cwd=tmp_path).returncode == 0
    entry = run_repair("log", "note", NOTE, "--by", "Sam", cwd=tmp_path).stdout.strip()
    journal = tmp_path / "repair.yaml"
    before = journal.read_text()
    mode = journal.stat().st_mode
    r = run_repair("remove", entry, "--yes", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout == f"{entry}\n" and r.stderr == ""
    assert journal.read_text() == _without_entry(before, entry)
    assert journal.stat().st_mode == mode
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".repair-")]  # no temp or lock left behind
    # A writer holding the lock makes it wait, then give up with exit 3, changing nothing.
    other = run_repair("log", "note", "Texted ahead.", "--by", "Alex", cwd=tmp_path).stdout.strip()
    import fcntl
    import os

    locked = journal.read_bytes()
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        r = run_repair("remove", other, "--yes", cwd=tmp_path, env={"REPAIR_LOCK_TIMEOUT": "0.5"})
    finally:
        os.close(fd)
    assert r.returncode == 3 and r.stdout == "", r.stderr
    assert journal.read_bytes() == locked


# ------------------------------------------------------------ real git ---

def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 or args[0] == "pull", f"git {args}: {result.stderr}"
    return result


@pytest.fixture
def pair(tmp_path, monkeypatch):
    """Sam and Alex, each with a clone of one shared repository, the merge driver set up in both."""
    if shutil.which("git") is None:
        pytest.skip("needs git")
    home = tmp_path / "home"
    (home / ".gitconfig").write_text("[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n"
                                     "[user]\n\temail = us@example.com\n")
    monkeypatch.setenv("GIT_MERGE_AUTOEDIT", "no")
    monkeypatch.delenv("REPAIR_JOURNAL", raising=False)
    origin = tmp_path / "origin.git"
    _git("init", "-q", "--bare", str(origin), cwd=tmp_path)
    clones = {}
    for n, name in enumerate(("sam", "alex")):
        where = tmp_path / name
        _git("clone", "-q", str(origin), str(where), cwd=tmp_path)
        _git("config", "user.name", name.title(), cwd=where)
        if n == 0:
            assert run_repair("init", "--people", "Sam,Alex", "--git", cwd=where).returncode == 0
            assert run_repair("plan", *PLAN_ARGS, cwd=where).returncode == 0
            _git("add", "-A", cwd=where)
            _git("commit", "-qm", "start", cwd=where)
            _git("push", "-q", "-u", "origin", "main", cwd=where)
        clones[name] = where
    _git("pull", "-q", "origin", "main", cwd=clones["alex"])
    assert run_repair("git-setup", cwd=clones["alex"]).returncode == 0
    return clones


def _share(where: Path, message: str) -> None:
    _git("add", "-A", cwd=where)
    _git("commit", "-qm", message, cwd=where)


@pytest.mark.slow
def test_the_merge_keeps_a_removal_the_other_side_did_not_touch(pair):
    sam, alex = pair["sam"], pair["alex"]
    doomed = run_repair("log", "note", NOTE, "--by", "Sam", cwd=sam).stdout.strip()
    _share(sam, "a note")
    _git("push", "-q", cwd=sam)
    _git("pull", "-q", "origin", "main", cwd=alex)
    assert doomed in (alex / "repair.yaml").read_text()
    # Sam takes it out; meanwhile Alex logs something else, not touching it.
    assert run_repair("remove", doomed, "--yes", cwd=sam).returncode == 0
    _share(sam, "take a note out")
    _git("push", "-q", cwd=sam)
    kept = run_repair("log", "shown", "Texted ahead.", "--by", "Alex", cwd=alex).stdout.strip()
    _share(alex, "evidence")
    pulled = _git("pull", "--no-rebase", "-q", "origin", "main", cwd=alex)
    assert pulled.returncode == 0, pulled.stderr
    text = (alex / "repair.yaml").read_text()
    assert doomed not in text and NOTE not in text and kept in text
    assert "kept" not in pulled.stderr
    assert run_repair("check", cwd=alex).returncode == 0


@pytest.mark.slow
def test_the_merge_keeps_an_entry_the_other_side_changed_and_says_so(pair):
    sam, alex = pair["sam"], pair["alex"]
    entry = run_repair("log", "note", "Texted when the train was late.", "--by", "Sam", cwd=sam).stdout.strip()
    _share(sam, "a note")
    _git("push", "-q", cwd=sam)
    _git("pull", "-q", "origin", "main", cwd=alex)
    assert run_repair("remove", entry, "--yes", cwd=sam).returncode == 0
    _share(sam, "take a note out")
    _git("push", "-q", cwd=sam)
    # Alex, meanwhile, corrected that entry's note by hand.
    journal = alex / "repair.yaml"
    journal.write_text(journal.read_text().replace("Texted when the train was late.",
                                                   "Texted when the train was late, 40 minutes ahead."))
    _share(alex, "fix a note")
    pulled = _git("pull", "--no-rebase", "-q", "origin", "main", cwd=alex)
    assert pulled.returncode == 0, pulled.stderr
    assert "40 minutes ahead" in journal.read_text()
    assert f"kept log entry '{entry}': one side removed it while the other changed it" in pulled.stderr
