"""Issue 11, findings 6, 7, 8, 10 and 11: what the operating system does to a command.

A nearly full disk, a file size limit, a read-only folder, closed or broken standard streams, bad
environment values, huge integers a partner typed into the journal, Ctrl-C at any moment, and a
terminal closed while `repair edit` waits for the editor. Each runs the installed `repair` in a
subprocess, as a person or a script would. Small disks are real tmpfs mounts (root only; skipped
with the reason otherwise); the same failures are also made with RLIMIT_FSIZE, which needs no
privilege, so every finding has a variant that always runs.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import quick, repair_command, run_repair

# ----------------------------------------------------------------- helpers ---


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 64 KB tmpfs mounted for the test, or a skip that says why it could not be."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    try:
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", str(folder)],
                                 capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"no small tmpfs: cannot run mount ({e})")
    if mounted.returncode != 0:
        pytest.skip(f"no small tmpfs: mount is not permitted here ({mounted.stderr.strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30, check=False)


def fill(folder: Path) -> Path:
    """Fill the file system holding `folder` to the last byte; returns the filler file."""
    filler = folder / "filler"
    with open(filler, "ab", buffering=0) as f:
        for size in (4096, 512, 1):
            with contextlib.suppress(OSError):
                while f.write(b"x" * size):
                    pass
    return filler


def file_size_limit(limit: int):
    """preexec_fn: the child may write no file beyond `limit` bytes (what `ulimit -f` sets)."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def without_file_permission_override():
    """preexec_fn for root: drop the capabilities that let root ignore a folder's mode, so 0555
    and 0311 folders refuse as they do for everyone else. Nothing to do for other users."""
    if os.geteuid() != 0:
        return None

    def drop() -> None:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
            if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP; exec then leaves root without it
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    return drop


def closed_stdin() -> None:
    os.close(0)


def assert_one_error(result: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2 or 3 with `repair: error: …` once, a hint, no traceback, and the words asked for."""
    err = result.stderr
    assert "Traceback" not in err, err
    assert result.returncode in (2, 3), (result.returncode, err)
    assert len([line for line in err.splitlines() if line.startswith("repair: error: ")]) == 1, err
    assert "\nhint: " in err, err
    for word in words:
        assert word in err, (word, err)


def entry_ids(journal: Path) -> list[str]:
    return re.findall(r"^  - id: (e[0-9a-f]+)$", journal.read_text(encoding="utf-8"), re.MULTILINE)


def copy_journal(journal: Path, folder: Path) -> Path:
    target = folder / "repair.yaml"
    target.write_bytes(journal.read_bytes())
    target.chmod(0o600)
    return target


# ------------------------------------------------- 6: private notes, checked ---

LONG_NOTE = "I notice I get quiet when plans change and I want to say so sooner. " * 60  # ~4 KB


def private_file(data_home: Path) -> Path:
    return data_home / "repairkit" / "private-notes.jsonl"


def review_private(tmp_path: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = run_repair("review", "--private", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    return result


def test_a_private_note_cut_short_by_the_file_size_limit_is_refused_and_the_next_one_kept(with_plan, tmp_path):
    notes = private_file(Path(os.environ["XDG_DATA_HOME"]))
    first = run_repair("log", "note", "--private", "first private note", "--by", "Sam", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = notes.read_bytes()

    cut = run_repair("log", "note", "--private", LONG_NOTE, "--by", "Sam", cwd=tmp_path,
                     preexec_fn=file_size_limit(len(before) + 100))  # room for 100 bytes of a 4 KB note
    assert_one_error(cut, "larger than this system allows")
    assert cut.returncode == 3
    assert notes.read_bytes() == before  # no half record left to glue the next one to

    after = run_repair("log", "note", "--private", "third private note", "--by", "Sam", cwd=tmp_path)
    assert after.returncode == 0, after.stderr
    shown = review_private(tmp_path)
    assert "first private note" in shown.stdout and "third private note" in shown.stdout
    assert "could not be read" not in shown.stderr


def test_a_private_note_cut_short_on_a_full_disk_is_refused_and_the_next_one_kept(with_plan, tmp_path, small_disk):
    env = {"XDG_DATA_HOME": str(small_disk)}
    notes = private_file(small_disk)
    first = run_repair("log", "note", "--private", "first private note", "--by", "Sam", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    before = notes.read_bytes()
    filler = fill(small_disk)  # the note's last page has room for the start of the next one only

    cut = run_repair("log", "note", "--private", LONG_NOTE, "--by", "Sam", cwd=tmp_path, env=env)
    assert_one_error(cut, "the disk is full")
    assert cut.returncode == 3
    assert notes.read_bytes() == before

    filler.unlink()
    after = run_repair("log", "note", "--private", "third private note", "--by", "Sam", cwd=tmp_path, env=env)
    assert after.returncode == 0, after.stderr
    shown = review_private(tmp_path, env)
    assert "first private note" in shown.stdout and "third private note" in shown.stdout
    assert "could not be read" not in shown.stderr


def test_review_private_says_so_for_a_damaged_line_and_recovers_the_note_glued_to_it(with_plan, tmp_path):
    """What an unchecked write used to leave: half a record, the next note glued to it, and no line
    break at the end of the file. The glued note and every later one are found; the cut one is
    reported on stderr, never skipped in silence."""
    notes = private_file(Path(os.environ["XDG_DATA_HOME"]))
    for text in ("first private note", "the note that was cut short", "glued private note"):
        result = run_repair("log", "note", "--private", text, "--by", "Sam", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    first, cut, glued = notes.read_bytes().decode("utf-8").splitlines()
    notes.write_text(f"{first}\n{cut[:len(cut) // 2]}{glued}\n{cut[:40]}", encoding="utf-8")

    later = run_repair("log", "note", "--private", "a note after the damage", "--by", "Sam", cwd=tmp_path)
    assert later.returncode == 0, later.stderr

    shown = review_private(tmp_path)
    for text in ("first private note", "glued private note", "a note after the damage"):
        assert text in shown.stdout, (text, shown.stdout)
    assert "the note that was cut short" not in shown.stdout
    assert "2 of your private notes could not be read" in shown.stderr, shown.stderr
    assert "Traceback" not in shown.stderr


# ------------------------------------------------- 7: every OS error is ours ---

def _full_disk_journal(journal: Path, disk: Path) -> tuple[list[str], dict]:
    copy_journal(journal, disk)
    fill(disk)
    return ["-j", str(disk / "repair.yaml")], {}


CASES = {
    # name: (needs, how to run it, words stderr must hold, exit code)
    "log on a full disk": ("disk", ["log", "note", "on a full disk", "--by", "Sam"], "the disk is full", 3),
    "checkin on a full disk": ("disk", ["checkin", "--outcome", "keep", "--by", "Sam"], "the disk is full", 3),
    "export --out on a full disk": ("disk-out", ["export", "-f", "json"], "the disk is full", 3),
    "log past RLIMIT_FSIZE": ("fsize", ["log", "note", "over the limit", "--by", "Sam"],
                              "larger than this system allows", 3),
    "checkin past RLIMIT_FSIZE": ("fsize", ["checkin", "--outcome", "keep", "--by", "Sam"],
                                  "larger than this system allows", 3),
    "export --out past RLIMIT_FSIZE": ("fsize-out", ["export", "-f", "json"], "larger than this system allows", 3),
    "log under ulimit -f 1": ("ulimit", ["log", "note", "over the limit", "--by", "Sam"],
                              "larger than this system allows", 3),
    "log in a read-only (0555) folder": ("mode 0555", ["log", "note", "x", "--by", "Sam"], "permission denied", 3),
    "log in a 0311 folder": ("mode 0311", ["log", "note", "x", "--by", "Sam"], "permission denied", 3),
    "log on a read-only file system": ("ro-mount", ["log", "note", "x", "--by", "Sam"], "read-only", 3),
    "init through a dangling symlink": ("dangling", ["init"], "does not exist", 3),
    "a 120 KB --out name": ("plain", ["export", "-f", "json", "--out", "a" * 120_000], "too long", 2),
    "apology --check - with stdin closed": ("no-stdin", ["apology-draft", "--check", "-"], "standard input", 2),
    "log note --private - with stdin closed": ("no-stdin", ["log", "note", "--private", "-", "--by", "Sam"],
                                                "standard input", 2),
    "REPAIR_LOCK_TIMEOUT=abc": ("env REPAIR_LOCK_TIMEOUT=abc", ["log", "note", "x", "--by", "Sam"],
                                "REPAIR_LOCK_TIMEOUT", 2),
    "REPAIR_NOW=garbage": ("env REPAIR_NOW=garbage", ["log", "note", "x", "--by", "Sam"], "REPAIR_NOW", 2),
    "XDG_DATA_HOME=/dev/null": ("env XDG_DATA_HOME=/dev/null", ["log", "note", "--private", "x", "--by", "Sam"],
                                "private data folder", 3),
    "review with stdout on /dev/full": ("dev-full", ["review"], "could not write the output", 3),
    "--help with stdout on /dev/full": ("dev-full", ["--help"], "could not write the output", 3),
}


@pytest.mark.parametrize("name", list(CASES))
def test_every_os_error_is_one_line_and_a_hint(name, with_plan, journal_path, tmp_path, request):
    needs, args, words, code = CASES[name]
    args, env, popen = list(args), {}, {}
    before = journal_path.read_bytes()
    target = journal_path
    if needs in ("disk", "disk-out", "ro-mount"):
        disk = request.getfixturevalue("small_disk")
        if needs == "disk-out":
            fill(disk)
            args += ["--out", str(disk / "out.file")]
        else:
            target = copy_journal(journal_path, disk)
            before = target.read_bytes()
            args = ["-j", str(target), *args]
            if needs == "disk":
                fill(disk)
            else:
                remounted = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True, text=True,
                                           check=False)
                if remounted.returncode != 0:
                    pytest.skip(f"cannot remount the tmpfs read-only: {remounted.stderr.strip()}")
    elif needs in ("fsize", "ulimit"):
        if needs == "fsize":
            popen["preexec_fn"] = file_size_limit(len(before) // 2)
        else:  # literally `ulimit -f 1` in a shell: 512 bytes, half this journal
            assert len(before) > 512
            command = ["/bin/sh", "-c", 'ulimit -f 1 && exec "$@"', "sh", *repair_command(), *args]
            result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=tmp_path, check=False)
            assert_one_error(result, words)
            assert result.returncode == code
            assert journal_path.read_bytes() == before
            return
    elif needs == "fsize-out":
        popen["preexec_fn"] = file_size_limit(200)
        args += ["--out", str(tmp_path / "out.json")]
    elif needs.startswith("mode "):
        folder = tmp_path / "shared"
        folder.mkdir()
        target = copy_journal(journal_path, folder)
        before = target.read_bytes()
        folder.chmod(int(needs.split()[1], 8))
        request.addfinalizer(lambda: folder.chmod(0o755))
        args = ["-j", str(target), *args]
        popen["preexec_fn"] = without_file_permission_override()
    elif needs == "dangling":
        (tmp_path / "link.yaml").symlink_to(tmp_path / "missing" / "repair.yaml")
        args = ["-j", str(tmp_path / "link.yaml"), *args]
    elif needs == "no-stdin":
        popen["preexec_fn"] = closed_stdin
    elif needs.startswith("env "):
        key, value = needs[4:].split("=", 1)
        env[key] = value
    elif needs == "dev-full":
        popen["stdout"] = open(os.devnull if not os.path.exists("/dev/full") else "/dev/full", "w")  # noqa: SIM115
        request.addfinalizer(popen["stdout"].close)
    result = run_repair(*args, cwd=tmp_path, env=env, **popen)
    assert_one_error(result, words)
    assert result.returncode == code
    assert target.read_bytes() == before  # nothing changed
    assert not list(target.parent.glob(".repair-tmp-*"))


def test_a_bad_TZ_is_not_a_crash(with_plan, tmp_path):
    """TZ=UTC+25 is outside what POSIX allows; the C library falls back to UTC, and so does repair."""
    result = run_repair("log", "note", "an odd TZ", "--by", "Sam", cwd=tmp_path, env={"TZ": "UTC+25"})
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 2), result.stderr
    review = run_repair("review", "--json", cwd=tmp_path, env={"TZ": "UTC+25"})
    assert review.returncode == 0, review.stderr
    json.loads(review.stdout)


def test_stdout_on_dev_full_keeps_the_entry_once_and_says_the_id_was_not_printed(with_plan, journal_path, tmp_path):
    """A script that retries on a non-zero exit must not log the same thing twice."""
    before = entry_ids(journal_path)
    with open("/dev/full", "w") as full:
        result = run_repair("log", "shown", "texted when the train was late", "--by", "Alex",
                            cwd=tmp_path, stdout=full)
    assert result.returncode == 0, result.stderr
    new = [i for i in entry_ids(journal_path) if i not in before]
    assert len(new) == 1
    assert f"saved, but the id could not be printed ({new[0]})" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["review"], ["status", "--json"], ["export", "-f", "json"], ["--help"],
                                  ["guide", "after-conflict"]])
def test_a_closed_pipe_ends_quietly_with_exit_0(args, with_plan, tmp_path):
    """`repair … | head -0`: the reader is gone before the first byte."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "w") as pipe:
        result = run_repair(*args, cwd=tmp_path, stdout=pipe)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_closed_pipe_after_log_keeps_the_entry_once(with_plan, journal_path, tmp_path):
    before = entry_ids(journal_path)
    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "w") as pipe:
        result = run_repair("log", "note", "into a closed pipe", "--by", "Sam", cwd=tmp_path, stdout=pipe)
    assert result.returncode == 0, result.stderr
    assert len(entry_ids(journal_path)) == len(before) + 1
    assert "Traceback" not in result.stderr


# ------------------------------------------------ 8: integers of any length ---

HEX = "0x" + "f" * 4000            # 4,817 decimal digits: past Python's int-to-text limit
OCTAL = "0o" + "7" * 5000          # 4,516 decimal digits
DECIMAL = "9" * 5000               # past the limit in the other direction
ORDINARY = "0x1F"                  # an integer that fits stays a number


def _with_huge_integers(journal: Path, tmp_path: Path) -> None:
    logged = run_repair("log", "shown", "texted ahead", "--by", "Alex", cwd=tmp_path)
    assert logged.returncode == 0, logged.stderr
    text = journal.read_text(encoding="utf-8")
    text = text.replace("\nplans:", f"\npextra: {HEX}\nplans:", 1)
    text = text.replace("    status: active\n", f"    status: active\n    px: {OCTAL}\n    small: {ORDINARY}\n", 1)
    text = re.sub(r"(\n    kind: shown\n)", rf"\1    big: {DECIMAL}\n", text, count=1)
    journal.write_text(text, encoding="utf-8")


def test_a_journal_check_accepts_never_crashes_a_command_with_huge_integers(with_plan, journal_path, tmp_path, run):
    """`check`, `export -f json` and `edit` as installed; the other commands in-process (the same code
    past Python's start-up, where the limit on digits is the same), each of them crash-free."""
    _with_huge_integers(journal_path, tmp_path)
    check = run_repair("check", cwd=tmp_path)
    assert check.returncode == 0, check.stderr

    exported = run_repair("export", "-f", "json", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(exported.stdout)
    plan = doc["plans"][0]["extra"]
    assert plan == {"px": OCTAL, "small": 31}  # kept as written when longer than 64 bits
    assert [e["extra"] for e in doc["log"] if e["extra"]] == [{"big": DECIMAL}]

    editor = tmp_path / "no-change-editor"
    editor.write_text("#!/bin/sh\nexit 0\n")
    editor.chmod(0o755)
    for args in (["export", "-f", "markdown"], ["export", "-f", "html"], ["export", "-f", "ics"],
                 ["review", "--json"], ["review", "--markdown"], ["status", "--json"], ["status"],
                 ["log", "note", "still fine", "--by", "Sam"], ["checkin", "--outcome", "keep", "--by", "Sam"]):
        result = run(*args)
        assert result.exit_code == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
    edit = run_repair("edit", cwd=tmp_path, env={"VISUAL": str(editor)})
    assert edit.returncode == 0, edit.stderr
    assert HEX in journal_path.read_text(encoding="utf-8")  # kept byte for byte


def test_the_merge_driver_reads_huge_integers_as_every_command_does(with_plan, journal_path, tmp_path):
    _with_huge_integers(journal_path, tmp_path)
    base = tmp_path / "base.yaml"
    base.write_bytes(journal_path.read_bytes())
    ours, theirs = tmp_path / "ours.yaml", tmp_path / "theirs.yaml"
    for side, note in ((ours, "ours"), (theirs, "theirs")):
        side.write_bytes(base.read_bytes())
        result = run_repair("-j", str(side), "log", "note", f"written on {note}", "--by", "Sam", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    theirs.write_text(theirs.read_text(encoding="utf-8").replace(f"pextra: {HEX}", f"pextra: {HEX}0"),
                      encoding="utf-8")
    merged = run_repair("merge-driver", str(base), str(ours), str(theirs), "repair.yaml", cwd=tmp_path)
    assert merged.returncode == 0, merged.stderr
    text = ours.read_text(encoding="utf-8")
    assert "written on ours" in text and "written on theirs" in text and f"pextra: {HEX}0" in text


# ------------------------------------------------ 10: Ctrl-C at any moment ---

DELAYS = (0, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2)
QUICK_DELAYS = (0, 0.03, 0.07, 0.15)  # the quick loop: half the sweep, the same span


def _python_start_up_only(err: str) -> bool:
    """A KeyboardInterrupt traceback from Python's own start-up (site-packages, `.pth` files, the
    console script's `import re`), before any line of repairkit or click has run."""
    frames = re.findall(r'^  File "([^"]+)"', err, re.MULTILINE)
    return "KeyboardInterrupt" in err and all(
        os.sep + "repairkit" + os.sep not in f and os.sep + "click" + os.sep not in f for f in frames)


@pytest.mark.parametrize("door", ["repair", "python -m repairkit"])
def test_ctrl_c_at_any_moment_exits_130_with_one_line(door, with_plan, tmp_path):
    command = repair_command() if door == "repair" else [sys.executable, "-m", "repairkit"]
    wrong = []
    for delay in QUICK_DELAYS if quick() else DELAYS:
        for args in (["status"], ["log", "note", "interrupted or not", "--by", "Sam"]):
            proc = subprocess.Popen(command + args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True)
            time.sleep(delay)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=60)
            code = proc.returncode
            if code == 130 and "Traceback" not in err and len(err.strip().splitlines()) == 1 \
                    and err.strip().startswith("repair: stopped"):
                continue  # the one line, saying whether anything was saved
            if code == 0 and "Traceback" not in err:
                continue  # finished before the signal came
            if code == -signal.SIGINT and err == "":
                continue  # before the interpreter set up its handlers: the kernel's default, 130 in a shell
            if _python_start_up_only(err):
                continue  # Python's own start-up, out of any package's reach: see docs/hardening.md
            wrong.append((delay, args[0], code, err[-800:]))
    assert not wrong, wrong


# ------------------------------------- 11: the terminal closes during `edit` ---

FAKE_EDITOR = """#!{python}
import os, sys, time
if os.environ.get("FAKE_EDITOR_CHANGE"):
    with open(sys.argv[-1], "a") as f:
        f.write("# changed in the editor\\n")
ready = os.environ["FAKE_EDITOR_PID"]
with open(ready + ".tmp", "w") as f:
    f.write(str(os.getpid()))
os.replace(ready + ".tmp", ready)
time.sleep(600)
"""


def _gone(pid: int, wait: float = 10) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                if f.read().rsplit(b")", 1)[1].split()[0] == b"Z":
                    return True
        except OSError:
            return True
        time.sleep(0.05)
    return False


def _edit_and_end(sig: int, tmp_path: Path, *, change: bool) -> tuple[subprocess.CompletedProcess, bool, Path]:
    """`repair edit` with an editor that sleeps; `sig` sent to repair once the editor runs.
    Returns how repair ended, whether the editor has ended too, and the temp folder."""
    temp = tmp_path / "temp"
    temp.mkdir()
    editor = tmp_path / "fake-editor"
    editor.write_text(FAKE_EDITOR.format(python=sys.executable))
    editor.chmod(0o755)
    ready = tmp_path / "editor.pid"
    env = dict(os.environ, TMPDIR=str(temp), VISUAL=str(editor), FAKE_EDITOR_PID=str(ready))
    if change:
        env["FAKE_EDITOR_CHANGE"] = "1"
    # Files, not pipes: an editor left running would hold a pipe open and hide how the command ended.
    out_file, err_file = open(tmp_path / "edit.out", "w+"), open(tmp_path / "edit.err", "w+")  # noqa: SIM115
    proc = subprocess.Popen(repair_command() + ["edit"], cwd=tmp_path, env=env, stdout=out_file,
                            stderr=err_file, text=True, start_new_session=True)
    pid = None
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert proc.poll() is None, (tmp_path / "edit.err").read_text()
            assert time.monotonic() < deadline, "the editor never started"
            time.sleep(0.02)
        pid = int(ready.read_text())
        proc.send_signal(sig)
        proc.wait(timeout=60)
        editor_gone = _gone(pid)  # before the clean-up below ends whatever is left
        out, err = (tmp_path / "edit.out").read_text(), (tmp_path / "edit.err").read_text()
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), editor_gone, temp
    finally:
        out_file.close()
        err_file.close()
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever the command left running, in the test's own session
        if pid is not None:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        proc.wait()


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_a_terminal_closed_during_edit_removes_the_copy_and_ends_the_editor(sig, with_plan, journal_path, tmp_path):
    before = journal_path.read_bytes()
    result, editor_gone, temp = _edit_and_end(sig, tmp_path, change=False)
    assert editor_gone, "the editor is still running"
    assert list(temp.glob("repair-edit-*")) == []
    assert journal_path.read_bytes() == before
    assert "Traceback" not in result.stderr
    assert result.returncode == 128 + sig, (result.returncode, result.stderr)


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_an_edit_already_changed_is_kept_when_the_terminal_closes(sig, with_plan, journal_path, tmp_path):
    """The person's changes exist only in the copy: it is kept (0600 in a 0700 folder), its path
    said on stderr, and the editor is still ended."""
    before = journal_path.read_bytes()
    result, editor_gone, temp = _edit_and_end(sig, tmp_path, change=True)
    assert editor_gone, "the editor is still running"
    kept = list(temp.glob("repair-edit-*/repair.yaml"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == before + b"# changed in the editor\n"
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(kept[0].parent.stat().st_mode) == 0o700
    assert "your edited copy is kept at" in result.stderr and kept[0].name in result.stderr
    assert journal_path.read_bytes() == before
    assert result.returncode == 128 + sig, (result.returncode, result.stderr)
