"""Privacy: every file the tool creates is 0600 and every folder 0700, whatever the umask;
a write killed half-way leaves nothing readable behind (and the next writer cleans it up);
a disclosure that takes the safety path is stored nowhere; crash output carries no journal text.
"""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PLAN_ARGS, repair_command

from repairkit.journal import store
from repairkit import journal

SECRET = "the thing I have never told anyone"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(params=[0o000, 0o022, 0o077], ids=["umask000", "umask022", "umask077"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def _all_under(folder: Path) -> list[Path]:
    return [folder, *sorted(folder.rglob("*"))]


def test_everything_created_is_private_whatever_the_umask(run, journal_path, tmp_path, umask, monkeypatch):
    home = Path(os.environ["HOME"])
    # XDG folders that do not exist yet are created 0700 too (the XDG spec asks for that).
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg" / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg" / "data"))
    temps: list[int] = []
    real_create = store._create_temp

    def spy(folder, *prefix):
        fd, name = real_create(folder, *prefix)
        temps.append(mode(Path(name)))
        return fd, name

    monkeypatch.setattr(store, "_create_temp", spy)
    assert run("init", "--people", "Sam,Alex").exit_code == 0
    assert mode(journal_path) == 0o600
    assert run("plan", *PLAN_ARGS, "--id", "p").exit_code == 0
    assert run("log", "shown", SECRET, "--plan", "p", "--by", "Alex").exit_code == 0
    assert run("log", "note", "--private", SECRET, "--plan", "p").exit_code == 0
    assert run("checkin", "p", "--outcome", "keep", "--by", "Alex").exit_code == 0
    assert run("review").exit_code == 0
    assert mode(journal_path) == 0o600
    assert temps and set(temps) == {0o600}, "temp files are born private"

    for base in (home / "xdg" / "cache", home / "xdg" / "data"):
        for p in _all_under(base):
            assert mode(p) == (0o700 if p.is_dir() else 0o600), (p, oct(mode(p)))
    assert (home / "xdg" / "cache" / "repairkit" / "journals").is_dir()
    assert (home / "xdg" / "data" / "repairkit" / "private-notes.jsonl").is_file()

    out = tmp_path / "out"
    assert run("export", "--out", str(tmp_path / "journal.md")).exit_code == 0
    assert run("export", "--format", "json", "--out", str(tmp_path / "journal.json")).exit_code == 0
    assert run("export", "--format", "ics", "--out", str(tmp_path / "checkins.ics")).exit_code == 0
    assert run("export", "--per-plan", "--out", str(out / "pages")).exit_code == 0
    assert run("apology-draft", "p", "--out", str(tmp_path / "draft.md")).exit_code == 0
    for name in ("journal.md", "journal.json", "checkins.ics", "draft.md"):
        assert mode(tmp_path / name) == 0o600, name
    for p in _all_under(out):
        assert mode(p) == (0o700 if p.is_dir() else 0o600), (p, oct(mode(p)))


def test_existing_folders_and_modes_are_respected(run, journal_path, tmp_path, monkeypatch):
    """A journal the couple made group-readable stays so; folders that exist are not changed."""
    run("init")
    journal_path.chmod(0o640)
    shared = tmp_path / "vault"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    run("plan", *PLAN_ARGS, "--id", "p")
    assert mode(journal_path) == 0o640
    assert run("export", "--per-plan", "--out", str(shared)).exit_code == 0
    assert mode(shared) == 0o755
    assert {mode(p) for p in shared.iterdir()} == {0o600}


def test_the_edit_copy_is_private(run, journal_path, tmp_path, monkeypatch):
    run("init")
    seen = tmp_path / "seen"
    editor = tmp_path / "editor.sh"
    editor.write_text(f'#!/bin/sh\nstat -c %a "$1" "$(dirname "$1")" > {seen}\n')
    editor.chmod(0o700)
    old = os.umask(0)
    try:
        r = run("edit", env={"VISUAL": str(editor)})
    finally:
        os.umask(old)
    assert r.exit_code == 0, r.stderr
    assert seen.read_text().split() == ["600", "700"]


# ------------------------------------------------------ killed mid-write ---

KILLED_WRITER = textwrap.dedent("""
    import os, sys, time
    real_fsync = os.fsync
    def stuck(fd):
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(".repair-tmp-"):
            print("IN-WRITE", flush=True)
            time.sleep(60)
        return real_fsync(fd)
    os.fsync = stuck
    sys.argv = ["repair", "log", "shown", sys.argv[1], "--plan", "p", "--by", "Alex"]
    from repairkit.cli import main
    main()
""")


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc")
def test_a_write_killed_half_way_leaves_only_a_private_temp_that_the_next_writer_removes(run, journal_path,
                                                                                           tmp_path):
    run("init", "--people", "Sam,Alex")
    run("plan", *PLAN_ARGS, "--id", "p")
    before = journal_path.read_bytes()
    old_umask = os.umask(0o000)  # the worst case: nothing masked
    try:
        proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, SECRET], cwd=tmp_path,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(Path(journal.__file__).parent.parent)})
        try:
            assert proc.stdout.readline().strip() == "IN-WRITE", proc.stderr.read()
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
    finally:
        os.umask(old_umask)
    temps = [p for p in tmp_path.iterdir() if p.name.startswith(store.TEMP_PREFIX)]
    assert len(temps) == 1
    assert mode(temps[0]) == 0o600 and SECRET in temps[0].read_text()
    assert journal_path.read_bytes() == before, "a killed write leaves the old journal whole"
    assert run("check").exit_code == 0
    r = run("log", "shown", "after the crash", "--plan", "p", "--by", "Alex")
    assert r.exit_code == 0, r.stderr
    assert [p for p in tmp_path.iterdir() if p.name.startswith(store.TEMP_PREFIX)] == []
    assert SECRET not in journal_path.read_text()


# ------------------------------------------------- the safety path stores nothing ---

def test_a_disclosure_is_stored_nowhere(run, journal_path, tmp_path):
    run("init", "--people", "Sam,Alex")
    run("plan", *PLAN_ARGS, "--id", "p")
    before = journal_path.read_bytes()
    home = Path(os.environ["HOME"])
    files_before = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    danger = "he threatened to hit me and I am scared of him"
    for args in (["log", "note", danger, "--plan", "p"], ["log", "note", "--private", danger, "--plan", "p"],
                 ["checkin", "p", "--outcome", "keep", "--note", danger]):
        r = run(*args)
        # A safety stop is not a success: nothing on stdout, the guidance on stderr, exit 5.
        assert r.exit_code == 5 and r.stdout == "" and "Nothing" in r.stderr, args
        assert danger not in r.stdout + r.stderr
    assert journal_path.read_bytes() == before
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == files_before
    assert not any(danger.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


# ------------------------------------------------------------ crash output ---

def test_no_traceback_without_repair_debug(run, with_plan, monkeypatch):
    from repairkit.journal import api

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "review", broken)
    r = run("review")
    assert r.exit_code == 70
    assert "Traceback" not in r.stderr and r.stderr.startswith("repair: error: unexpected RuntimeError")
    assert "REPAIR_DEBUG=1" in r.stderr


def test_crash_output_never_quotes_the_journal(run, with_plan, monkeypatch):
    from repairkit.journal import api

    def broken(plans, entries, **kwargs):
        raise KeyError(entries[0].note if entries else plans[0].behavior)

    run("log", "shown", SECRET, "--by", "Alex")
    monkeypatch.setattr(api, "review", broken)
    r = run("review")
    assert r.exit_code == 70 and SECRET not in r.stderr
    assert r.stderr.startswith("repair: error: unexpected KeyError at ") and "Traceback" not in r.stderr


def test_the_installed_command_prints_no_traceback_for_a_broken_journal(journal_path, tmp_path):
    journal_path.write_text(f"version: 1\nplans:\n  - id: p\n    title: {SECRET}\n    fear: {SECRET}\n")
    r = subprocess.run(repair_command() + ["review"], cwd=tmp_path, capture_output=True, text=True, check=False,
                       timeout=30, env={**os.environ, "REPAIR_DEBUG": ""})
    assert r.returncode == 3 and "Traceback" not in r.stderr
    assert r.stderr.count("\n") <= 2
    r = subprocess.run(repair_command() + ["review"], cwd=tmp_path, capture_output=True, text=True, check=False,
                       timeout=30, env={**os.environ, "REPAIR_DEBUG": "1"})
    assert r.returncode == 3 and "Traceback" in r.stderr, "REPAIR_DEBUG=1 does show one"


def test_the_cache_is_private_and_only_for_its_own_bytes(run, with_plan, journal_path):
    run("log", "shown", SECRET, "--by", "Alex")
    folder = Path(os.environ["XDG_CACHE_HOME"]) / "repairkit" / "journals"
    files = list(folder.iterdir())
    assert files and {mode(p) for p in files} == {0o600} and mode(folder) == 0o700
    # Different bytes never use a record made for other bytes.
    journal_path.write_text(journal_path.read_text().replace(SECRET, "something else"))
    assert SECRET not in run("review", "--json").stdout
