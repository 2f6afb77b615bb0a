"""`repair edit` with real editor programs: valid edits land atomically, invalid ones never do."""
from __future__ import annotations

import os
import shlex
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import repair_command, run_repair

JOURNAL = """\
# Kept by hand and by repair
version: 1
people: [Sam, Alex]
plans:
  - id: late-texts
    title: Late without a text
    opened: 2026-11-20
    repairing: Sam
    hurt: Alex
    pattern: When plans change I go quiet and turn up late.
    fear: reliability
    behavior: When plans change, I text as soon as I know.
    raise_it: Alex says "the text thing".
    check_in: 2026-12-04
log:
"""

NEW_ENTRY = """\
  - id: ehand1
    at: 2026-11-26
    plan: late-texts
    kind: shown
    by: Alex
    note: Added in the editor.
"""

# A real editor: a program that gets the file name as its last argument and changes the file.
EDITOR_SCRIPT = r'''
import os, sys, fcntl
path = sys.argv[-1]
mode = sys.argv[1]
log = os.environ.get("EDITOR_LOG")
if log:
    with open(log, "a") as f:
        f.write(mode + " " + path + "\n")
text = open(path, encoding="utf-8").read()
if mode == "append":
    text += os.environ["EDITOR_TEXT"]
elif mode == "break":
    text = text.replace("kind: shown", "kind: showed").replace("check_in: 2026-12-04", "check_in: someday")
elif mode == "flip":  # broken on the first run, fixed on the second
    counter = path + ".count"
    n = int(open(counter).read()) if os.path.exists(counter) else 0
    open(counter, "w").write(str(n + 1))
    text = text + "  - id: [oops\n" if n == 0 else text.replace("  - id: [oops\n", os.environ["EDITOR_TEXT"])
elif mode == "fix":
    text = text.replace("fear: reliabilty", "fear: reliability")
elif mode == "race":  # someone else writes the journal while the editor is open
    journal = os.environ["REPAIR_JOURNAL"]
    folder = os.open(os.path.dirname(journal), os.O_RDONLY)
    fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the lock is free while we edit
    fcntl.flock(folder, fcntl.LOCK_UN)
    with open(journal, "a") as f:
        f.write("# a line from the other terminal\n")
    text += os.environ["EDITOR_TEXT"]
elif mode == "fail":
    sys.exit(1)
elif mode == "nothing":
    pass
open(path, "w", encoding="utf-8").write(text)
'''


@pytest.fixture
def journal(journal_path: Path) -> Path:
    journal_path.write_text(JOURNAL, encoding="utf-8")
    os.chmod(journal_path, 0o640)
    return journal_path


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    script = tmp_path / "fake editor.py"  # a space in the path, as real paths have
    script.write_text(EDITOR_SCRIPT)
    monkeypatch.setenv("EDITOR_TEXT", NEW_ENTRY)
    monkeypatch.setenv("EDITOR_LOG", str(tmp_path / "editor.log"))
    monkeypatch.delenv("VISUAL", raising=False)
    scratch = tmp_path / "tmp"  # where edit's private copies go, so tests leave nothing in /tmp
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def use(mode: str, var: str = "EDITOR") -> str:
        command = f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} {mode}"
        monkeypatch.setenv(var, command)
        return command

    return use


def _kept_copy(stderr: str) -> Path:
    marker = "your edited copy is kept at "
    assert marker in stderr, stderr
    return Path(stderr.split(marker, 1)[1].split(";")[0].split("\n")[0].strip())


def test_a_valid_edit_replaces_the_journal_and_keeps_its_mode(run, journal, editor):
    editor("append")
    inode = journal.stat().st_ino
    r = run("edit")
    assert r.exit_code == 0, r.stderr
    assert journal.read_text() == JOURNAL + NEW_ENTRY
    assert stat.S_IMODE(journal.stat().st_mode) == 0o640
    assert journal.stat().st_ino != inode  # replaced by rename, not rewritten in place
    assert r.stdout == "Saved repair.yaml: 1 plan, 1 entry.\n"
    assert run("check").exit_code == 0


def test_the_editor_edits_a_private_copy_outside_the_folder(run, journal, editor, tmp_path):
    editor("append")
    run("edit")
    edited = Path((tmp_path / "editor.log").read_text().split(" ", 1)[1].strip())
    assert edited.name == "repair.yaml" and edited.parent != journal.parent
    assert not edited.exists() and not edited.parent.exists()  # cleaned up after a save
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".repair")) == []


def test_an_invalid_edit_without_a_terminal_exits_3_and_changes_nothing(run, journal, editor):
    editor("break")
    before = journal.read_bytes()
    r = run("edit")
    assert r.exit_code == 3
    assert journal.read_bytes() == before
    copy = _kept_copy(r.stderr)
    assert r.stderr.startswith(f"repair: error: {copy}:14:15: `check_in` 'someday' is not a date\n"
                               "hint: write it as YYYY-MM-DD\n")
    assert "repair: error: the edit has problems, so repair.yaml was not changed\n" in r.stderr
    assert "check_in: someday" in copy.read_text()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_invalid_edit_messages_have_file_line_and_column(run, journal, editor):
    editor("flip")  # first run: a broken list item at the end
    r = run("edit")
    assert r.exit_code == 3
    first = r.stderr.splitlines()[0]
    assert first.startswith(f"repair: error: {_kept_copy(r.stderr)}:")
    line_col = first.split("repair.yaml:", 1)[1].split(":")[:2]
    assert all(part.isdigit() for part in line_col)


def test_no_changes_means_no_write(run, journal, editor):
    editor("nothing")
    inode, mtime = journal.stat().st_ino, journal.stat().st_mtime_ns
    r = run("edit")
    assert r.exit_code == 0 and "No changes" in r.stdout
    assert (journal.stat().st_ino, journal.stat().st_mtime_ns) == (inode, mtime)
    assert run("-q", "edit").stdout == ""


def test_refuses_when_someone_else_wrote_meanwhile_and_keeps_your_copy(run, journal, editor):
    editor("race")
    r = run("edit")
    assert r.exit_code == 3
    assert "changed by someone else" in r.stderr
    assert journal.read_text() == JOURNAL + "# a line from the other terminal\n"  # their write survives
    copy = _kept_copy(r.stderr)
    assert copy.read_text() == JOURNAL + NEW_ENTRY  # and so does yours


def test_visual_wins_over_editor(run, journal, editor):
    editor("fail", var="EDITOR")
    editor("append", var="VISUAL")
    assert run("edit").exit_code == 0
    assert "ehand1" in journal.read_text()


def test_a_failing_editor_saves_nothing(run, journal, editor):
    editor("fail")
    r = run("edit")
    assert r.exit_code == 2 and "exited with status 1" in r.stderr
    assert journal.read_text() == JOURNAL


def test_no_editor_without_a_terminal_is_a_usage_error(run, journal, monkeypatch):
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    r = run("edit")
    assert r.exit_code == 2 and "EDITOR" in r.stderr


def test_an_editor_that_does_not_exist(run, journal, monkeypatch):
    monkeypatch.setenv("EDITOR", "no-such-editor-anywhere")
    r = run("edit")
    assert r.exit_code == 2 and "not found" in r.stderr
    assert journal.read_text() == JOURNAL


def test_edit_can_fix_a_journal_that_is_invalid_now(run, journal_path, editor):
    journal_path.write_text(JOURNAL.replace("fear: reliability", "fear: reliabilty"))
    editor("fix")
    r = run("edit")
    assert r.exit_code == 0, r.stderr
    assert "has 1 problem now" in r.stderr
    assert journal_path.read_text() == JOURNAL


def test_a_missing_journal_is_exit_3(run, journal_path, editor):
    editor("append")
    r = run("edit")
    assert r.exit_code == 3 and "repair init" in r.stderr


def test_crlf_and_bom_survive_an_edit_that_does_not_touch_them(run, journal_path, monkeypatch, tmp_path):
    journal_path.write_bytes(b"\xef\xbb\xbf" + JOURNAL.replace("\n", "\r\n").encode())
    script = tmp_path / "sed-like.py"
    script.write_text("import sys\np = sys.argv[-1]\nb = open(p, 'rb').read()\n"
                      "open(p, 'wb').write(b.replace(b'2026-12-04', b'2026-12-11'))\n")
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    assert run("edit").exit_code == 0
    data = journal_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"check_in: 2026-12-11\r\n" in data and b"\n" not in \
        data.replace(b"\r\n", b"")


@pytest.mark.slow
def test_installed_command_with_a_shell_script_editor(tmp_path, journal):
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nsed -i "s/check_in: 2026-12-04/check_in: 2026-12-18/" "$1"\n')
    script.chmod(0o755)
    r = run_repair("edit", cwd=tmp_path, env={"EDITOR": str(script)})
    assert r.returncode == 0, r.stderr
    assert "check_in: 2026-12-18" in journal.read_text()
    broken = tmp_path / "broken.sh"
    broken.write_text('#!/bin/sh\nprintf "plans: [\\n" >> "$1"\n')
    broken.chmod(0o755)
    before = journal.read_bytes()
    r = run_repair("edit", cwd=tmp_path, env={"EDITOR": str(broken), "TMPDIR": str(tmp_path)})
    assert r.returncode == 3 and journal.read_bytes() == before
    assert "your edited copy is kept at" in r.stderr


@pytest.mark.slow
def test_on_a_terminal_an_invalid_edit_offers_the_editor_again(tmp_path, journal, editor):
    pexpect = pytest.importorskip("pexpect")
    editor("flip")
    env = {k: v for k, v in os.environ.items() if k != "REPAIR_NO_INPUT"}
    env.update(TERM="xterm", COLUMNS="100", LINES="40")
    cmd = repair_command()
    child = pexpect.spawn(cmd[0], cmd[1:] + ["edit"], cwd=str(tmp_path), env=env, encoding="utf-8", timeout=30,
                          dimensions=(40, 100))
    child.logfile_read = sys.stdout if os.environ.get("PEXPECT_DEBUG") else None
    child.expect("Open the editor again")
    child.send("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert journal.read_text() == JOURNAL + NEW_ENTRY
    assert (tmp_path / "editor.log").read_text().count("flip") == 2


def test_the_suite_keeps_kept_copies_out_of_the_real_temp_folder(run, journal, tmp_path, monkeypatch):
    """A failed edit keeps its copy on purpose; in tests it lands in the suite's folder (conftest), never in /tmp."""
    from conftest import SYSTEM_TMP

    monkeypatch.setenv("COLUMNS", "300")  # the path on one line
    monkeypatch.setenv("EDITOR", "sh -c 'echo \"plans: [\" >> \"$1\"' editor")
    r = run("edit")
    assert r.exit_code == 3
    kept = _kept_copy(r.stderr)
    assert kept.is_file() and kept.parent.name.startswith("repair-edit-")
    assert kept.parent.parent == Path(tempfile.gettempdir()) != Path(SYSTEM_TMP)
    assert kept.parent.parent.name.startswith("repairkit-tests-")
