"""The installed `repair` command, run as a user runs it: files, exit codes, crashes, concurrency."""
from __future__ import annotations

import difflib
import hashlib
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import DATA, SHARED_FIXTURES, repair_command, run_repair

pytestmark = pytest.mark.slow

MALFORMED = DATA / "malformed"
EXPECTED = {name: (int(line), fragment) for name, line, fragment in
            (row.split("\t") for row in (MALFORMED / "EXPECTED.tsv").read_text().splitlines()[1:])}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_malformed_corpus_is_large_enough():
    assert len(EXPECTED) >= 20


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_malformed_journal_exit_3_with_file_line_and_untouched(tmp_path, name):
    journal = tmp_path / "repair.yaml"
    shutil.copy(MALFORMED / name, journal)
    before = sha(journal)
    line, fragment = EXPECTED[name]
    sentinel = tmp_path / "PWNED"
    env = {"SENTINEL": str(sentinel)}
    for args in (["check"], ["log", "note", "x", "--plan", "p", "--by", "Sam"], ["review", "--json"],
                 ["plan", "--title", "T", "--pattern", "P", "--fear", "respect", "--behavior",
                  "I text when I'm late.", "--raise-it", "R"]):
        r = run_repair(*args, cwd=tmp_path, env=env, timeout=30)
        assert r.returncode == 3, (args, r.stderr)
        assert "Traceback" not in r.stderr
        first = r.stderr.splitlines()[0]
        assert first.startswith(f"repair: error: repair.yaml:{line}:"), first
        assert fragment in first
        assert r.stdout == "" or args[0] == "check"
    assert sha(journal) == before
    assert not sentinel.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "repair.yaml"]


def roundtrip_cases() -> list[Path]:
    return sorted((DATA / "roundtrip").glob("*.yaml")) + sorted((SHARED_FIXTURES / "roundtrip").glob("*.yaml"))


@pytest.mark.parametrize("case", roundtrip_cases(), ids=lambda p: p.name)
def test_log_changes_nothing_but_added_lines(tmp_path, case):
    journal = tmp_path / "repair.yaml"
    shutil.copy(case, journal)
    before = journal.read_bytes().decode("utf-8")
    plan_id = run_repair("status", "--json", cwd=tmp_path).stdout
    import json

    plan = json.loads(plan_id)["plans"][0]["id"]
    for note in ("Round-trip: first", "second, with # and: colon"):
        r = run_repair("log", "note", note, "--plan", plan, "--by", "Sam", "--at", "2026-11-20", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    after = journal.read_bytes().decode("utf-8")
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    if a and not a[-1].endswith("\n"):
        a[-1] += "\r\n" if "\r\n" in before else "\n"
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    assert [op for op in ops if op[0] in ("replace", "delete")] == []
    added = "".join("".join(b[j1:j2]) for tag, _, _, j1, j2 in ops if tag == "insert")
    assert "Round-trip: first" in added and "second, with # and: colon" in added
    assert run_repair("check", cwd=tmp_path).returncode == 0


def test_twenty_concurrent_writers_all_land(tmp_path, run):
    assert run("init", "--people", "Sam,Alex").exit_code == 0
    plan = run_repair("plan", "--title", "T", "--pattern", "P", "--fear", "respect", "--behavior",
                      "When tired, I say so and ask for ten minutes.", "--raise-it", "R", "--by", "Sam",
                      cwd=tmp_path).stdout.strip()
    env = dict(os.environ)
    procs = [subprocess.Popen(repair_command() + ["log", "note", f"concurrent {i}", "--plan", plan, "--by", "Sam"],
                              cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(20)]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]
    assert [code for code, _, _ in results] == [0] * 20, [err for _, _, err in results]
    ids = {out.strip() for _, out, _ in results}
    assert len(ids) == 20
    text = (tmp_path / "repair.yaml").read_text()
    assert all(f"concurrent {i}" in text for i in range(20))
    assert all(f"id: {i}" in text for i in ids)
    assert run_repair("check", cwd=tmp_path).returncode == 0


def test_kill_minus_nine_never_loses_an_acknowledged_entry(tmp_path, run):
    assert run("init", "--people", "Sam,Alex").exit_code == 0
    plan = run_repair("plan", "--title", "T", "--pattern", "P", "--fear", "respect", "--behavior",
                      "When tired, I say so and ask for ten minutes.", "--raise-it", "R", "--by", "Sam",
                      cwd=tmp_path).stdout.strip()
    rng = random.Random(11)
    acknowledged = []
    env = dict(os.environ)
    for i in range(30):
        p = subprocess.Popen(repair_command() + ["log", "note", f"crash {i}", "--plan", plan, "--by", "Sam"],
                             cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.0, 0.35))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        p.wait()
        if p.returncode == 0:
            acknowledged.append(i)
        r = run_repair("check", cwd=tmp_path)
        assert r.returncode == 0, f"after kill #{i}: {r.stderr}"
    text = (tmp_path / "repair.yaml").read_text()
    assert [i for i in acknowledged if f"crash {i}" not in text] == []
    # A write killed after its temp file was made leaves it behind until the next write removes it.
    run_repair("log", "note", "after the storm", "--plan", plan, "--by", "Sam", cwd=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "repair.yaml"]


def test_no_journal_anywhere_is_exit_3_with_a_hint(tmp_path):
    env = {"REPAIR_JOURNAL": ""}
    r = run_repair("status", cwd=Path("/"), env=env)
    assert r.returncode == 3
    assert "repair init" in r.stderr and "Traceback" not in r.stderr


def test_python_m_repairkit_works(tmp_path):
    r = subprocess.run([os.sys.executable, "-m", "repairkit", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("repair")


def test_shared_acceptance_checks_pass():
    run_all = SHARED_FIXTURES.parent / "run-all"
    if not run_all.exists():
        pytest.skip("shared acceptance checks are not beside this checkout")
    env = {k: v for k, v in os.environ.items() if k not in ("REPAIR_NOW", "REPAIR_JOURNAL")}
    r = subprocess.run([str(run_all), "--repair", " ".join(repair_command())], capture_output=True, text=True,
                       env=env, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
