"""Issue 11, findings 12 and 13: long values in messages, `status` within the terminal, a partner's
deletion said out loud at the merge, private notes that survive moving the clone and never need to
be typed on the command line.

Everything runs the installed `repair` in a subprocess (merges through real git), so the same tests
can be pointed at another installation by putting its `repair` first on PATH.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PLAN_ARGS, run_repair
from test_sync_git import Clone, check, git_home, log, pull, start_pair  # noqa: F401 - git_home: autouse fixture

pytestmark = pytest.mark.slow  # every test here runs the installed command, most of them real git

BIG = "x" * 120_000  # one argument of 120 KB (Linux allows 128 KB)


class Installed:
    """The conftest `run` fixture's interface over the installed command, so that the helpers of
    test_sync_git (start_pair, log, check) drive a real `repair` process."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd

    def __call__(self, *args: str, input: str | None = None, env: dict | None = None) -> SimpleNamespace:
        p = run_repair(*args, cwd=self.cwd, env=env, input=input)
        return SimpleNamespace(exit_code=p.returncode, stdout=p.stdout, stderr=p.stderr)


@pytest.fixture
def repair(tmp_path: Path) -> Installed:
    return Installed(tmp_path)


@pytest.fixture
def journal(repair: Installed, tmp_path: Path) -> Path:
    """A journal for Sam and Alex with one plan, `p` (git_home unsets REPAIR_JOURNAL: commands name it)."""
    path = tmp_path / "repair.yaml"
    assert repair("-j", str(path), "init", "--people", "Sam,Alex").exit_code == 0
    r = repair("-j", str(path), "plan", *PLAN_ARGS, "--id", "p", "--no-input")
    assert r.exit_code == 0, r.stderr
    return path


def longest_run(text: str, char: str = "x") -> int:
    return max((len(m) for m in re.findall(f"{re.escape(char)}+", text)), default=0)


# ------------------------------------------------- 12: values cut in messages ---

@pytest.mark.parametrize("option", ["--at", "--plan", "--by", "--since", "KIND"])
def test_a_120kb_value_is_quoted_in_sixty_characters_at_most(repair, journal, option):
    args = {"--at": ["log", "shown", "note", "--plan", "p", "--at", BIG],
            "--plan": ["log", "shown", "note", "--plan", BIG],
            "--by": ["log", "shown", "note", "--plan", "p", "--by", BIG],
            "--since": ["review", "--since", BIG],
            "KIND": ["log", BIG, "note", "--plan", "p"]}[option]
    r = repair("-j", str(journal), *args)
    assert r.exit_code == (0 if option == "--by" else 2), r.stderr[:300]  # a name not in `people` is saved
    assert r.stderr.strip(), "a message is expected"
    assert longest_run(r.stderr) <= 60, f"{option}: {longest_run(r.stderr)} characters of the value echoed"
    assert len(r.stderr) < 1000
    if option == "--by":
        assert "x" * 59 + "…" in r.stderr and "not in this journal's people" in r.stderr


@pytest.mark.parametrize("value", [BIG, "/tmp/" + "/".join(["y" * 100] * 40) + "/repair.yaml"],
                         ids=["120kb-name", "4kb-path"])
def test_a_long_journal_path_is_not_echoed_whole(repair, tmp_path, value):
    r = repair("-j", value, "status")
    assert r.exit_code in (2, 3), r.stderr[:300]
    assert "Traceback" not in r.stderr
    assert longest_run(r.stderr, "y") <= 200 and longest_run(r.stderr) <= 200 and len(r.stderr) < 1000, r.stderr[:400]


def test_status_rows_fit_the_terminal_whatever_the_ids_and_titles(repair, journal):
    long_id = "a" + "-b1" * 21  # 64 characters, the longest id there is
    title = "Late again " * 200
    r = repair("-j", str(journal), "plan", "--id", long_id, "--title", title, "--fear", "reliability",
               "--pattern", "When plans change I go quiet.", "--behavior", "I text as soon as I know.",
               "--raise-it", "Alex says 'the text thing'.", "--repairing", "Sam", "--hurt", "Alex", "--no-input")
    assert r.exit_code == 0, r.stderr
    assert repair("-j", str(journal), "log", "shown", "texted", "--plan", "p", "--by", "Alex").exit_code == 0
    for columns in (50, 60, 80, 120):
        r = repair("-j", str(journal), "status", env={"COLUMNS": str(columns)})
        assert r.exit_code == 0, r.stderr
        rows = r.stdout.splitlines()
        assert len(rows) == 2 and all(len(row) <= columns for row in rows), (columns, rows)
        assert any(row.startswith(long_id[:5]) for row in rows) and "Late again" not in r.stdout
    wide = repair("-j", str(journal), "status", env={"COLUMNS": "200"})
    assert long_id in wide.stdout  # cut only when it has to be


# ------------------------------------- 13a: a partner's deletion, said at the merge ---

def _remove_item(text: str, item_id: str) -> str:
    """The journal without one `- id: ITEM` block item, as a partner deleting it by hand would leave it."""
    lines = text.splitlines(keepends=True)
    start = next(n for n, line in enumerate(lines) if line.strip() == f"- id: {item_id}")
    dash = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) > dash:
        end += 1
    return "".join(lines[:start] + lines[end:])


def _alex_deletes_sams_words(repair, tmp_path, *, alex_setup=True, sam_setup=True) -> tuple[Clone, Clone, str]:
    """Sam logs an entry and opens a second plan, both shared; Alex deletes both by hand and pushes,
    while Sam logs more. Returns the clones and the id of Sam's deleted entry."""
    sam, alex = start_pair(repair, tmp_path, alex_setup=alex_setup, sam_setup=sam_setup)
    gone = log(repair, sam, "Texted from the station.", "2026-11-25T18:00:00+01:00", "--by", "Sam")
    log(repair, sam, "Texted from work.", "2026-11-25T20:00:00+01:00", "--by", "Sam")  # the deletion isn't last
    r = repair("-j", str(sam.journal), "plan", *PLAN_ARGS, "--id", "chores", "--title", "Chores left undone",
               "--no-input")
    assert r.exit_code == 0, r.stderr
    sam.commit("Sam: an entry and a plan")
    sam.git("push", "-q")
    assert pull(alex).returncode == 0
    alex.journal.write_text(_remove_item(_remove_item(alex.text(), gone), "chores"))
    check(repair, alex)
    log(repair, alex, "Sam texted at lunch.", "2026-11-26T13:00:00+01:00", "--by", "Alex")
    alex.commit("Alex: take out Sam's entry and plan, and log one")
    alex.git("push", "-q")
    log(repair, sam, "Texted before the film.", "2026-11-26T19:00:00+01:00", "--by", "Sam")
    sam.commit("Sam: one more")
    return sam, alex, gone


def test_the_merge_driver_names_a_partners_deletion_and_its_author(repair, tmp_path):
    sam, _, gone = _alex_deletes_sams_words(repair, tmp_path)
    result = pull(sam)
    assert result.returncode == 0, result.stdout + result.stderr
    assert gone not in sam.text() and "chores" not in sam.text()  # the deletion is respected ...
    said = result.stderr
    assert re.search(rf"removed log entry '{gone}' \(shown for late, 2026-11-25 18:00, by Sam\)", said), said
    assert re.search(r"removed plan 'chores' \(\"Chores left undone\", Sam repairing, Alex hurt\)", said), said
    assert "git log -p -S" in said  # ... and said, with where to find it again
    check(repair, sam)


def test_resolve_names_a_deletion_git_made_line_by_line(repair, tmp_path):
    """Without the driver, git merges the lines itself: a deletion in the middle goes through with no
    conflict, and only the two appends at the end conflict. `repair resolve` says what went."""
    sam, _, gone = _alex_deletes_sams_words(repair, tmp_path, alex_setup=False, sam_setup=False)
    result = pull(sam)
    assert result.returncode != 0 and "<<<<<<<" in sam.text(), result.stdout + result.stderr
    r = repair("-j", str(sam.journal), "resolve")
    assert r.exit_code == 0, r.stderr
    assert "<<<<<<<" not in sam.text() and gone not in sam.text()
    assert re.search(rf"removed log entry '{gone}' \(shown for late, 2026-11-25 18:00, by Sam\)", r.stderr), r.stderr
    assert "removed plan 'chores'" in r.stderr, r.stderr


def test_a_merge_that_removes_nothing_says_nothing_of_removals(repair, tmp_path):
    sam, alex = start_pair(repair, tmp_path)
    log(repair, alex, "Texted at six.", "2026-11-25T18:00:00+01:00")
    alex.commit("Alex: one")
    alex.git("push", "-q")
    log(repair, sam, "Texted at seven.", "2026-11-25T19:00:00+01:00")
    sam.commit("Sam: one")
    result = pull(sam)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "removed" not in result.stderr, result.stderr


# ---------------------------- 13b: private notes survive moving the clone, say nothing ---

def test_private_notes_survive_moving_the_clone_and_leave_the_journal_alone(repair, tmp_path):
    sam, _ = start_pair(repair, tmp_path)
    before = sam.journal.read_bytes()
    secret = "I shut down when my mother calls"
    r = repair("-j", str(sam.journal), "log", "note", "--private", secret, "--plan", "late")
    assert r.exit_code == 0, r.stderr
    assert sam.journal.read_bytes() == before and not sam.git("status", "--porcelain").stdout
    moved = tmp_path / "elsewhere" / "our-notes"
    moved.parent.mkdir()
    shutil.move(str(sam.dir), str(moved))
    r = repair("-j", str(moved / "repair.yaml"), "review", "--private", "late")
    assert r.exit_code == 0, r.stderr
    assert secret in r.stdout, "a private note is found again after the clone moved"
    store = Path(os.environ["XDG_DATA_HOME"]) / "repairkit" / "private-notes.jsonl"
    record = json.loads(store.read_text().splitlines()[-1])
    assert str(sam.dir) not in record["journal"] and str(tmp_path) not in record["journal"]
    assert secret not in moved.joinpath("repair.yaml").read_text()
    assert secret not in Clone("Sam", moved).git("log", "-p", "--all").stdout


# --------------------------------- 13c: a private note that is never in argv ---

def _private_notes(repair, journal: Path) -> str:
    r = repair("-j", str(journal), "review", "--private", "p")
    assert r.exit_code == 0, r.stderr
    return r.stdout


def test_a_private_note_from_stdin(repair, journal):
    secret = "I was scared, not angry, and I did not say so"
    r = repair("-j", str(journal), "log", "note", "--private", "-", "--plan", "p", input=f"{secret}\n")
    assert r.exit_code == 0, r.stderr
    assert secret in _private_notes(repair, journal)
    assert secret not in journal.read_text()


def test_an_empty_stdin_saves_nothing(repair, journal):
    store = Path(os.environ["XDG_DATA_HOME"]) / "repairkit" / "private-notes.jsonl"
    for given in ("", "\n\n"):
        r = repair("-j", str(journal), "log", "note", "--private", "-", "--plan", "p", input=given)
        assert r.exit_code == 2 and "empty" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not store.exists()


def test_a_private_note_written_in_the_editor_leaves_no_copy(repair, journal, tmp_path):
    secret = "What I could not say at dinner"
    seen = tmp_path / "seen"
    editor = tmp_path / "editor.sh"
    editor.write_text(f'#!/bin/sh\nstat -c "%a %n" "$1" "$(dirname "$1")" > {seen}\n'
                      f'printf "%s\\n" "{secret}" > "$1.new" && cat "$1" >> "$1.new" && mv "$1.new" "$1"\n')
    editor.chmod(0o700)
    r = repair("-j", str(journal), "log", "note", "--private", "--edit", "--plan", "p",
               env={"VISUAL": str(editor)})
    assert r.exit_code == 0, r.stderr
    notes = _private_notes(repair, journal)
    assert secret in notes and "#" not in notes.split(secret)[1].splitlines()[0]  # the instructions are left out
    (mode_file, file), (mode_dir, folder) = (line.split(" ", 1) for line in seen.read_text().splitlines())
    assert (mode_file, mode_dir) == ("600", "700")
    assert not Path(file).exists() and not Path(folder).exists(), "the note's temporary copy is removed"
    assert secret not in journal.read_text()


def test_an_editor_left_empty_saves_nothing(repair, journal):
    r = repair("-j", str(journal), "log", "note", "--private", "--edit", "--plan", "p", env={"VISUAL": "true"})
    assert r.exit_code == 2 and "empty" in r.stderr, r.stderr
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "repairkit" / "private-notes.jsonl").exists()
