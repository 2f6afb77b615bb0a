"""Patterns made from kept code are the patterns `re.compile` makes (care/compiled.py), and the kept
file (journal/patterns.py) is private, the same whatever was checked, and can't be turned against
the checks.

`re.Pattern.__eq__` compares the source, the flags and the matcher's code, so equality here is the
proof that a pattern made from kept code matches exactly as `re.compile`'s would. No timings here:
bench/apology_eval.py --timing.
"""
from __future__ import annotations

import marshal
import os
import re
import stat
from pathlib import Path

import pytest
from conftest import ROOT, run_repair

from repairkit.care import apology, compiled, safety
from repairkit.journal import patterns

pytestmark = pytest.mark.skipif(not compiled.USABLE, reason="kept code needs CPython 3.11+")


@pytest.fixture(scope="module")
def built() -> dict:
    """The kept code of every fixed pattern, as read back from the file."""
    return marshal.loads(marshal.dumps(compiled.build(compiled.fixed_patterns())))


@pytest.fixture
def seeded(built):
    """The checks run with kept code, as the command line runs them; without it afterwards."""
    compiled.seed(built)
    yield built
    compiled.seed(None)


def _texts() -> list[str]:
    from ruamel.yaml import YAML

    texts = []
    for path in sorted((ROOT / "eval" / "apology").glob("*.yaml")):
        if not path.name.startswith("holdout"):
            texts += [item["text"] for item in YAML(typ="safe").load(path.read_text(encoding="utf-8"))["items"]]
    return texts[::5] + [" ".join(texts[:400])]  # and one long text: nearly every alternative at once


def test_every_fixed_pattern_made_from_kept_code_is_the_one_re_compile_makes(seeded):
    assert len(seeded) > 250
    for source, flags in seeded:
        made = compiled.compile(source, flags)
        assert made == re.compile(source, flags), source[:80]
        assert made.groupindex == re.compile(source, flags).groupindex


def test_with_kept_code_the_checks_compile_nothing_themselves(seeded, monkeypatch):
    """Every pattern a check needs is kept whole: nothing is compiled for a text (so nothing is
    slower than it needs to be, and no pattern of a text's own words is ever made to be kept)."""
    texts = _texts()
    from repairkit.care import apology_model, learned  # noqa: F401 - their own patterns are compiled on import
    compiled_here = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda source, flags=0: compiled_here.append(source[:60]) or real(source, flags))
    for text in texts:
        apology.check_apology(text)
        safety.check_texts(text)
    assert compiled_here == []


def test_the_answers_are_the_same_with_and_without_kept_code(built):
    texts = _texts()
    compiled.seed(None)
    plain = [(apology.check_apology(t), safety.check_texts(t)) for t in texts]
    compiled.seed(built)
    try:
        assert [(apology.check_apology(t), safety.check_texts(t)) for t in texts] == plain
    finally:
        compiled.seed(None)


def test_damaged_kept_code_falls_back_to_re_compile(built):
    (source, flags), (final, code, groups, groupindex, indexgroup) = next(iter(built.items()))
    compiled.seed({(source, flags): (final, bytes(len(code)), groups, groupindex, indexgroup)})  # zeros: not code
    try:
        assert compiled.compile(source, flags) == re.compile(source, flags)
        assert not compiled.has(source, flags)
    finally:
        compiled.seed(None)


@pytest.mark.parametrize("data", [None, 3, [], {"a": 1}, {("x", 0): "code"}, {("x", "0"): (0, b"", 0, {}, ())},
                                  {("x", 0): (0, b"", 0, {})}])
def test_kept_code_of_the_wrong_shape_is_ignored(data):
    assert compiled.seed(data) == 0
    assert compiled.kept() == {}


def _check(tmp_path: Path, text: str, **env: str):
    path = tmp_path / "apology.txt"
    path.write_text(text, encoding="utf-8")
    return run_repair("apology-draft", "--check", str(path), cwd=tmp_path, env=env)


def test_the_command_keeps_the_code_privately_and_answers_the_same(tmp_path: Path):
    text = "I'm sorry you feel that way. I was only joking, it's not a big deal.\n"
    where = tmp_path / "home" / ".cache" / "repairkit" / "patterns"
    first = _check(tmp_path, text)
    kept = list(where.iterdir())
    assert len(kept) == 1 and kept[0].name.startswith(compiled.tag())
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(where.stat().st_mode) == 0o700
    second = _check(tmp_path, text)
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    assert first.returncode == 1 and "sorry_you_feel" in first.stdout

    kept[0].write_bytes(b"\x00not marshal at all" * 100)  # damaged: ignored, then made again
    third = _check(tmp_path, text)
    assert (third.returncode, third.stdout, third.stderr) == (first.returncode, first.stdout, first.stderr)
    assert len(marshal.loads(kept[0].read_bytes())) > 250


def test_the_kept_file_holds_nothing_of_the_text_checked(tmp_path: Path):
    files = []
    for n, text in enumerate(["I forgot your birthday and I'm sorry. I'll put it in my calendar.\n",
                              "Sorry if the joke about your mum upset you, I was drunk and tired.\n"]):
        home = tmp_path / f"home{n}"
        home.mkdir()
        r = _check(tmp_path, text, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
        assert r.returncode in (0, 1)
        files.append(next((home / ".cache" / "repairkit" / "patterns").iterdir()).read_bytes())
    assert files[0] == files[1]
    assert marshal.loads(files[0]) == compiled.build(compiled.fixed_patterns())  # the checks' own patterns only


def test_no_cache_means_nothing_is_kept(tmp_path: Path):
    r = _check(tmp_path, "Sorry if that upset anyone.\n", REPAIR_NO_CACHE="1")
    assert r.returncode == 1
    assert not (tmp_path / "home" / ".cache" / "repairkit" / "patterns").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through any mode")
def test_an_unwritable_cache_only_costs_speed(tmp_path: Path):
    cache = tmp_path / "home" / ".cache"
    cache.mkdir(parents=True)
    cache.chmod(0o500)
    try:
        r = _check(tmp_path, "Sorry if that upset anyone.\n")
    finally:
        cache.chmod(0o700)
    assert r.returncode == 1 and "conditional" in r.stdout and r.stderr == ""


def test_a_cache_path_that_is_a_file_only_costs_speed(tmp_path: Path):
    (tmp_path / "home" / ".cache").mkdir(parents=True)
    (tmp_path / "home" / ".cache" / "repairkit").write_text("not a folder", encoding="utf-8")
    r = _check(tmp_path, "Sorry if that upset anyone.\n")
    assert r.returncode == 1 and "conditional" in r.stdout and r.stderr == ""


def test_a_huge_kept_file_is_not_read(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(patterns, "LIMIT", 10)
    where = patterns._file()
    where.parent.mkdir(parents=True)
    where.write_bytes(marshal.dumps({("x", 0): (0, b"", 0, {}, ())}) * 4)
    patterns.load()
    assert compiled.kept() == {}
