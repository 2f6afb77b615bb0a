"""Hostile journals: each refused with one clear message (exit 3, FILE:LINE:COL, a hint),
never executed, expanded or written to, and answered quickly in bounded memory.

The limits are recorded in docs/hardening.md. No timings here: the subprocess
runs have a generous timeout (10 s) that only proves "no hang", and an address
space limit (300 MB) that proves memory stays bounded.
"""
from __future__ import annotations

import builtins
import os
import re
import resource
import subprocess
from pathlib import Path

import pytest
from conftest import quick, repair_command

from repairkit.journal import validate
from repairkit.journal import store
from repairkit import journal
from repairkit.errors import JournalError
from repairkit.journal.nodes import MAX_DEPTH, MAX_NODES

ERROR = re.compile(r"^repair: error: (?P<file>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")
MEMORY_LIMIT = 300 * 1024 * 1024
PLAN = "plans:\n  - id: p\n    repairing: Sam\n"

BILLION_LAUGHS = """version: 1
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
"""


def _bytes(text: str) -> bytes:
    return text.encode("utf-8")


# name -> (file bytes, a piece of the message, the line it must name)
HOSTILE: dict[str, tuple[bytes, str, int]] = {
    "billion laughs (anchors and aliases)": (_bytes(BILLION_LAUGHS), "anchor &a is not allowed", 2),
    "an alias with no anchor": (_bytes("version: 1\nx: *a\n"), "alias *a is not allowed", 2),
    "a merge key": (_bytes("version: 1\n" + PLAN + "    <<: {title: T}\n"), "merge keys (<<) are not allowed", 5),
    "a merge key in a flow mapping": (_bytes("version: 1\nlog: [{<<: {id: x}}]\n"), "merge keys", 2),
    "deep flow nesting": (_bytes("version: 1\nx: " + "[" * 100_000 + "]" * 100_000 + "\n"),
                          f"nesting deeper than {MAX_DEPTH} levels", 2),
    "deep flow mappings": (_bytes("version: 1\nx: " + "{a: " * 50_000 + "1" + "}" * 50_000 + "\n"),
                           "nesting deeper", 2),
    "deep block nesting": (_bytes("version: 1\n" + "".join(" " * i + "a:\n" for i in range(3000))),
                           "nesting deeper", MAX_DEPTH + 2),
    "deep block lists": (_bytes("version: 1\nx:\n" + "".join(" " * i + "-\n" for i in range(3000))),
                         "nesting deeper", MAX_DEPTH + 2),
    "a NUL byte": (b"version: 1\nplans:\n  - id: p\x00q\n", "a NUL byte", 3),
    "invalid UTF-8 (latin-1)": ("version: 1\n# café\n".encode("latin-1"), "invalid UTF-8 (byte 0xe9)", 2),
    "invalid UTF-8 (overlong)": (b"version: 1\nx: \xc0\xaf\n", "invalid UTF-8 (byte 0xc0)", 2),
    "invalid UTF-8 (surrogate)": (b"version: 1\nx: \xed\xa0\x80\n", "invalid UTF-8 (byte 0xed)", 2),
    "invalid UTF-8 (cut off)": (b"version: 1\nx: \xe2\x82", "invalid UTF-8", 2),
    "UTF-16": ("version: 1\n".encode("utf-16"), "invalid UTF-8", 1),
    "a Python tag": (_bytes("version: 1\nx: !!python/object/apply:os.system ['touch PWNED']\n"),
                     "tag tag:yaml.org,2002:python/object/apply:os.system is not allowed", 2),
    "a Python name tag": (_bytes("version: 1\nx: !!python/name:os.system\n"), "is not allowed", 2),
    "a verbatim Python tag": (_bytes("version: 1\nx: !<tag:yaml.org,2002:python/object:os.system> x\n"),
                              "is not allowed", 2),
    "a %TAG directive for Python": (_bytes("%TAG !py! tag:yaml.org,2002:python/\n---\nversion: 1\n"
                                           "x: !py!object/apply:os.system ['touch PWNED']\n"), "is not allowed", 4),
    "a custom tag": (_bytes("version: 1\nx: !custom value\n"), "tag !custom is not allowed", 2),
    "a binary tag": (_bytes("version: 1\nx: !!binary aGVsbG8=\n"), "tag tag:yaml.org,2002:binary", 2),
    "a set tag": (_bytes("version: 1\nx: !!set {a}\n"), "tag tag:yaml.org,2002:set", 2),
    "two documents": (_bytes("version: 1\n---\nversion: 1\n"), "more than one YAML document", 2),
    "a document after the end marker": (_bytes("version: 1\n...\nversion: 1\n"), "YAML syntax", 3),
    "an unknown directive": (_bytes("%EVIL payload\n---\nversion: 1\n"), "YAML syntax", 1),
    "a raw ESC": (b"version: 1\nplans:\n  - id: p\n    title: \x1b]0;owned\x07\n",
                  "a control character (U+001B)", 4),
    "a raw C1 control": (_bytes("version: 1\nx: \x9b31m\n"), "a control character (U+009B)", 2),
    "a raw DEL": (b"version: 1\nx: a\x7fb\n", "a control character (U+007F)", 2),
    "old Mac line endings (lone CR)": (b"version: 1\rplans:\r", "a carriage return (CR)", 1),
    "a raw line separator": (_bytes("version: 1\nx: a\u2028b\n"), "U+2028 line separator", 2),
    "a raw NEL": (_bytes("version: 1\nx: a\x85b\n"), "U+0085 line separator", 2),
    "git conflict markers": (_bytes("version: 1\n<<<<<<< HEAD\nlog:\n=======\n>>>>>>> theirs\n"),
                             "git conflict markers", 2),
    "an id with a bidi override": (_bytes('version: 1\nplans:\n  - id: "late\\u202etxet"\n'),
                                   "is not a valid id", 3),
    "a date in year 1": (_bytes("version: 1\nplans:\n  - id: p\n    opened: 0001-01-01\n"),
                         "outside the years a journal holds", 4),
    "a date in year 9999": (_bytes("version: 1\nplans:\n  - id: p\n    check_in: 9999-12-31\n"),
                            "outside the years a journal holds", 4),
    "version as text": (_bytes("version: '1'\n"), "`version` is written as text", 1),
}


def _check(run, path: Path) -> tuple[int, str, str]:
    r = run("check", env={"REPAIR_JOURNAL": str(path)})
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_with_one_clear_message(run, tmp_path, name):
    data, message, line = HOSTILE[name]
    path = tmp_path / "repair.yaml"
    path.write_bytes(data)
    code, out, err = _check(run, path)
    assert code == 3, (out, err)
    first = err.splitlines()[0]
    m = ERROR.match(first)
    assert m, first
    assert m["file"] == "repair.yaml" and int(m["line"]) == line, first
    assert message in m["message"], first
    assert "Traceback" not in err and len(err) < 4000
    assert err.splitlines()[1].startswith("hint: ")
    # Every other command says the same first line, and a writer changes nothing.
    for args in (["review"], ["status", "--json"], ["export"], ["log", "shown", "x", "--plan", "p", "--by", "Alex"],
                 ["plan", "--title", "T", "--pattern", "P", "--fear", "alone", "--behavior", "I text first.",
                  "--raise-it", "R"]):
        r = run(*args, env={"REPAIR_JOURNAL": str(path)})
        assert r.exit_code == 3 and r.stderr.splitlines()[0] == first, (args, r.stderr)
    assert path.read_bytes() == data
    assert not (tmp_path / "PWNED").exists()


def test_tags_are_never_constructed(tmp_path):
    """A Python tag is refused while composing: nothing is imported, called or built."""
    path = tmp_path / "repair.yaml"
    marker = tmp_path / "PWNED"
    path.write_text(f"version: 1\nx: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(JournalError, match="not allowed"):
        journal.load(path, use_cache=False)
    assert not marker.exists()


def test_a_file_over_50_mb_is_refused_without_reading_it(tmp_path, monkeypatch, run):
    path = tmp_path / "repair.yaml"
    with open(path, "wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: costs no disk, reads as NULs
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        assert os.path.abspath(str(file)) != str(path), "the oversized journal was opened for reading"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(os, "read", lambda *a: pytest.fail("the oversized journal was read"))
    with pytest.raises(JournalError) as e:
        journal.read_bytes(path)
    assert e.value.message == "the journal is 60.0 MB, over the 50 MB a journal may be"
    assert (e.value.line, e.value.col) == (1, 1)


def test_a_huge_single_line_is_refused_before_parsing(tmp_path, run):
    path = tmp_path / "repair.yaml"
    path.write_bytes(b"version: 1\nnote: " + b"a" * (20 * 1024 * 1024) + b"\n")
    code, _, err = _check(run, path)
    assert code == 3
    assert err.startswith("repair: error: repair.yaml:2:1: line 2 is 20.0 MB long, over the 8 MB a line may be\n")


def test_a_long_line_under_the_limit_is_fine(tmp_path, run):
    path = tmp_path / "repair.yaml"
    path.write_text("version: 1\n" + PLAN + "    title: " + "a" * (validate.MAX_LINE - 20) + "\n")
    assert _check(run, path)[0] == 0


@pytest.mark.parametrize("size", [validate.MAX_LINE, validate.MAX_LINE + 1, validate.MAX_LINE * 3 + 7])
def test_long_line_finder_is_exact(size):
    for where in ("start", "middle", "end"):
        line = b"x" * size
        data = {"start": line + b"\nversion: 1\n", "middle": b"a: 1\n" + line + b"\nb: 2\n",
                "end": b"a: 1\r\n" + line}[where]
        found = validate.long_line(data)
        if size > validate.MAX_LINE:
            assert found == ({"start": 1, "middle": 2, "end": 2}[where], size), where
        else:
            assert found is None, where


def test_a_value_bomb_stops_at_the_node_limit(tmp_path, run, monkeypatch):
    """A million values take seconds to read up to the limit: the quick loop lowers the limit (in both
    readers) to show the same stop; CI's full run uses the real one."""
    limit = MAX_NODES
    if quick():
        from repairkit.journal import fastpath, nodes

        limit = 20_000
        monkeypatch.setattr(nodes, "MAX_NODES", limit)
        monkeypatch.setattr(fastpath, "MAX_NODES", limit)
    path = tmp_path / "repair.yaml"
    path.write_text("version: 1\nx: [" + ", ".join(["a"] * (limit + 10)) + "]\n")
    code, _, err = _check(run, path)
    assert code == 3 and f"more than {limit:,} values in the journal" in err.splitlines()[0]


def test_a_flood_of_problems_is_cut_short(tmp_path, run):
    """`repair check` lists at most MAX_PROBLEMS problems and says it stopped."""
    path = tmp_path / "repair.yaml"
    path.write_text("version: 1\nplans: []\nlog: [" + ", ".join(["{}"] * 20_000) + "]\n")
    code, _, err = _check(run, path)
    lines = [x for x in err.splitlines() if x.startswith("repair: error:")]
    assert code == 3 and len(lines) == validate.MAX_PROBLEMS + 1
    assert "stopped after 100" in lines[-1]
    r = run("review", env={"REPAIR_JOURNAL": str(path)})
    assert r.exit_code == 3 and "over 99 more problem(s)" in r.stderr


def test_huge_values_are_shortened_in_messages(tmp_path, run):
    path = tmp_path / "repair.yaml"
    path.write_text("version: 1\n" + PLAN + "log:\n  - {id: e1, at: 2026-11-01, plan: p, kind: " + "z" * 1_000_000
                    + "}\n")
    code, _, err = _check(run, path)
    assert code == 3 and "unknown kind 'zzzz" in err and len(err) < 1000


def test_out_of_range_windows_are_usage_errors(run, with_plan):
    for option in ("--until", "--since"):
        r = run("review", option, "9999-12-31")
        assert r.exit_code == 2 and "outside the years a journal holds" in r.stderr
    r = run("plan", "--title", "Far", "--pattern", "P", "--fear", "alone", "--behavior", "I text first.",
            "--raise-it", "R", "--check-in", "+400000d")
    assert r.exit_code == 2


def test_a_fifo_does_not_hang(tmp_path):
    fifo = tmp_path / "repair.yaml"
    os.mkfifo(fifo, 0o600)
    r = subprocess.run(repair_command() + ["check"], cwd=tmp_path, env={**os.environ, "REPAIR_JOURNAL": str(fifo)},
                       capture_output=True, text=True, check=False, timeout=10)
    assert r.returncode == 3 and "the journal is empty" in r.stderr


def test_a_device_is_read_no_further_than_the_limit(run):
    r = run("check", env={"REPAIR_JOURNAL": "/dev/zero"})
    assert r.exit_code == 3 and "over the 50 MB a journal may be" in r.stderr


def test_a_folder_or_a_symlink_loop(tmp_path, run):
    assert "is a folder" in run("check", env={"REPAIR_JOURNAL": str(tmp_path)}).stderr
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    r = run("check", env={"REPAIR_JOURNAL": str(tmp_path / "a.yaml")})
    assert r.exit_code == 3 and "too many symbolic links" in r.stderr


def test_a_symlinked_journal_is_written_through_the_link(tmp_path, run):
    real = tmp_path / "vault" / "repair.yaml"
    real.parent.mkdir()
    real.write_text("version: 1\n" + PLAN + "log:\n")
    link = tmp_path / "repo" / "repair.yaml"
    link.parent.mkdir()
    link.symlink_to(real)
    r = run("log", "shown", "through the link", "--plan", "p", "--by", "Alex", env={"REPAIR_JOURNAL": str(link)})
    assert r.exit_code == 0, r.stderr
    assert link.is_symlink() and "through the link" in real.read_text()
    assert sorted(p.name for p in real.parent.iterdir()) == ["repair.yaml"]


# ------------------------------------------------- bounded memory, no hang ---

def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        f.truncate(size)  # costs no disk; reads as NULs


BIG = {
    "over 50 MB": lambda p: _sparse(p, 60 * 1024 * 1024),
    "a 45 MB line": lambda p: p.write_bytes(b"version: 1\nnote: " + b"a" * (45 * 1024 * 1024) + b"\n"),
    "a 45 MB file of comments": lambda p: p.write_bytes(b"version: 1\n" + b"# a comment line, and another\n"
                                                        * 1_500_000),
    "a value bomb": lambda p: p.write_text("version: 1\nx: [" + ", ".join(["a"] * 1_500_000) + "]\n"),
    "billion laughs": lambda p: p.write_text(BILLION_LAUGHS),
    "deep nesting": lambda p: p.write_text("version: 1\nx: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n"),
    "a flood of problems": lambda p: p.write_text("version: 1\nlog: [" + ", ".join(["{}"] * 300_000) + "]\n"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BIG))
def test_big_hostile_files_in_bounded_memory_and_time(tmp_path, name):
    path = tmp_path / "repair.yaml"
    BIG[name](path)
    before = path.stat().st_size, path.stat().st_mtime_ns
    env = {**os.environ, "REPAIR_JOURNAL": str(path)}
    # The value bomb costs a few seconds of parsing before the limit stops it: more time, and one command.
    commands = [["check"]] if name == "a value bomb" else \
        [["check"], ["review", "--json"], ["log", "shown", "x", "--plan", "p", "--by", "Alex"]]
    for args in commands:
        r = subprocess.run(repair_command() + args, cwd=tmp_path, env=env, capture_output=True, text=True,
                           check=False, timeout=30 if name == "a value bomb" else 10, preexec_fn=_limited)
        if name == "a 45 MB file of comments":  # valid, just big: read within the memory limit
            assert r.returncode in (0, 2), r.stderr
            continue
        assert r.returncode == 3, (args, r.stderr[-500:])
        assert ERROR.match(r.stderr.splitlines()[0]), r.stderr[:300]
        assert "MemoryError" not in r.stderr and "Traceback" not in r.stderr
    assert (path.stat().st_size, path.stat().st_mtime_ns) == before


def test_new_files_stay_private_even_for_hostile_input(tmp_path, run):
    """A refused write leaves no temp file behind, readable or not."""
    path = tmp_path / "repair.yaml"
    path.write_bytes(HOSTILE["a raw ESC"][0])
    run("log", "shown", "x", "--plan", "p", env={"REPAIR_JOURNAL": str(path)})
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(store.TEMP_PREFIX)] == []
