"""Sharing the journal through real git: two clones of one origin, one per partner.

Entries are logged in-process (CliRunner with --journal) to keep this fast;
every pull runs the merge driver the way git really does, as a subprocess
through the command `repair git-setup` put in each clone's config.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import run_repair

from repairkit import journal, sync

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("git") is None, reason="needs git")]


def git(*args: str, cwd: Path, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, **(env or {}))
    result = subprocess.run(["git", *args], check=False, cwd=cwd, capture_output=True, text=True, env=full_env, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(autouse=True)
def git_home(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quiet, predictable git: its own global config in the test's HOME, no editor."""
    home = Path(os.environ["HOME"])
    (home / ".gitconfig").write_text(
        "[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n[commit]\n\tgpgsign = false\n"
        "[advice]\n\tdetachedHead = false\n\tskippedCherryPicks = false\n[user]\n\temail = us@example.com\n")
    monkeypatch.setenv("GIT_MERGE_AUTOEDIT", "no")
    monkeypatch.setenv("GIT_TERMINAL_PROMPT", "0")
    monkeypatch.delenv("REPAIR_JOURNAL", raising=False)


@dataclass
class Clone:
    name: str
    dir: Path

    @property
    def journal(self) -> Path:
        return self.dir / "repair.yaml"

    def text(self) -> str:
        return self.journal.read_text()

    def git(self, *args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
        return git(*args, cwd=self.dir, check=check, env=env)

    def commit(self, message: str) -> bool:
        if not self.git("status", "--porcelain").stdout.strip():
            return False
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return True


def plan_args(plan_id: str = "late", title: str = "Late without a text", repairing: str = "Sam") -> list[str]:
    return ["--title", title, "--fear", "reliability", "--id", plan_id,
            "--pattern", "When plans change I go quiet and turn up late.",
            "--behavior", "When plans change, I text as soon as I know.",
            "--raise-it", "My partner says 'the text thing' and we talk that evening.",
            "--repairing", repairing, "--check-in", "2026-12-04", "--no-input"]


PLAN = plan_args()


def clone(origin: Path, where: Path, name: str) -> Clone:
    git("clone", "-q", str(origin), str(where), cwd=where.parent)
    c = Clone(name, where)
    c.git("config", "user.name", name)
    return c


def start_pair(run, tmp_path: Path, *, alex_setup: bool = True, sam_setup: bool = True) -> tuple[Clone, Clone]:
    """Sam starts the journal in a fresh shared repository; Alex clones it."""
    origin = tmp_path / "origin.git"
    git("init", "-q", "--bare", str(origin), cwd=tmp_path)
    sam = clone(origin, tmp_path / "sam", "Sam")
    args = ["--journal", str(sam.journal), "init", "--people", "Sam,Alex"] + (["--git"] if sam_setup else [])
    assert run(*args).exit_code == 0
    result = run("--journal", str(sam.journal), "plan", *PLAN)
    assert result.exit_code == 0, result.stderr
    sam.commit("Start our repair journal")
    sam.git("push", "-q", "-u", "origin", "main")
    alex = clone(origin, tmp_path / "alex", "Alex")
    if alex_setup:
        assert run("--journal", str(alex.journal), "git-setup").exit_code == 0
    return sam, alex


def log(run, c: Clone, note: str, when: str, *extra: str) -> str:
    result = run("--journal", str(c.journal), "log", "shown", note, "--plan", "late", *extra,
                 env={"REPAIR_NOW": when})
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def pull(c: Clone, rebase: bool = False) -> subprocess.CompletedProcess:
    return c.git("pull", "--rebase" if rebase else "--no-rebase", "-q", "origin", "main", check=False)


def check(run, c: Clone) -> None:
    result = run("--journal", str(c.journal), "check")
    assert result.exit_code == 0, result.stderr


def entries(c: Clone) -> dict[str, str | None]:
    loaded = journal.load(c.journal, use_cache=False)
    return {e.id: e.by for e in loaded.journal.entries}


# ---------------------------------------------------------- the long run ---

@pytest.mark.parametrize("seed", [20261127, 7])
def test_random_interleavings_merge_cleanly_and_converge(run, tmp_path, seed):
    rng = random.Random(seed)
    sam, alex = start_pair(run, tmp_path)
    partners = [sam, alex]
    logged: dict[str, str] = {}  # entry id -> who logged it
    minute = 0
    merges = 0

    def sync_both() -> None:
        for c in (sam, alex, sam):
            c.commit(f"{c.name}: sync")
            result = pull(c)
            assert result.returncode == 0, result.stdout + result.stderr
            check(run, c)
            c.git("push", "-q", "origin", "main")
        assert sam.journal.read_bytes() == alex.journal.read_bytes()
        assert sam.git("rev-parse", "HEAD").stdout == alex.git("rev-parse", "HEAD").stdout

    for round_no in range(60):
        c = rng.choice(partners)
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            minute += rng.randint(1, 90)
            when = f"2026-11-{20 + minute // 1440:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:00+01:00"
            extra = ["--at", "yesterday"] if rng.random() < 0.15 else []
            logged[log(run, c, f"round {round_no}, {c.name}", when, *extra)] = c.name
        if rng.random() < 0.08:  # each edits a different field of the shared plan
            change = {"check_in": dt.date(2026, 12, rng.randint(5, 28))} if c is sam else \
                {"status": rng.choice(["active", "paused"])}
            with journal.writing(c.journal) as w:
                w.set_plan_fields("late", change)
        if rng.random() < 0.05:
            result = run("--journal", str(c.journal), "plan",
                         *plan_args(f"p{round_no}", f"Plan from round {round_no}", c.name))
            assert result.exit_code == 0, result.stderr
        if rng.random() < 0.7:
            c.commit(f"{c.name}: round {round_no}")
        if rng.random() < 0.6:
            c.commit(f"{c.name}: before pulling")
            before, had = c.git("rev-parse", "HEAD").stdout, set(entries(c))
            result = pull(c, rebase=rng.random() < 0.25)
            assert result.returncode == 0 and "CONFLICT" not in result.stdout, result.stdout + result.stderr
            merges += c.git("rev-list", "--count", f"{before.strip()}..HEAD").stdout.strip() != "0"
            check(run, c)
            assert set(entries(c)) >= had  # a pull never loses an entry
        if rng.random() < 0.5:
            c.git("push", "-q", "origin", "main", check=False)  # refused when behind: a later pull fixes it
        if round_no % 12 == 11:
            sync_both()
    sync_both()
    final = entries(sam)
    assert sorted(final) == sorted(logged)  # nothing lost, nothing doubled (duplicates do not validate)
    assert all(final[i] == who for i, who in logged.items())  # `by` is each clone's git user.name
    assert merges > 5
    text = sam.text()
    assert "<<<<<<<" not in text and text.startswith("# Our repair journal")


# ------------------------------------------------------------- fields ---

def test_different_fields_of_one_plan_merge(run, tmp_path):
    sam, alex = start_pair(run, tmp_path)
    with journal.writing(sam.journal) as w:
        w.set_plan_fields("late", {"check_in": dt.date(2026, 12, 11)})
    log(run, sam, "Texted before the film.", "2026-11-27T19:00:00+01:00")
    sam.commit("Sam: new check-in")
    sam.git("push", "-q")
    alex.journal.write_text(alex.text().replace(
        "    raise_it:", "    # Alex: I'd like to say it the same evening\n    raise_it:"
    ).replace("status: active", "status: paused"))
    alex.commit("Alex: pause for the holidays")
    result = pull(alex)
    assert result.returncode == 0, result.stdout + result.stderr
    text = alex.text()
    assert "check_in: 2026-12-11" in text and "status: paused" in text and "# Alex: I'd like" in text
    check(run, alex)
    alex.git("push", "-q")
    assert pull(sam).returncode == 0
    assert sam.journal.read_bytes() == alex.journal.read_bytes()


def test_same_field_changed_differently_is_a_clear_conflict(run, tmp_path):
    sam, alex = start_pair(run, tmp_path)
    with journal.writing(sam.journal) as w:
        w.set_plan_fields("late", {"status": "repaired"})
    log(run, sam, "Texted twice this week.", "2026-11-27T19:00:00+01:00")
    sam.commit("Sam: repaired")
    sam.git("push", "-q")
    with journal.writing(alex.journal) as w:
        w.set_plan_fields("late", {"status": "paused"})
    alex_entry = log(run, alex, "Saw the text.", "2026-11-27T20:00:00+01:00")
    alex.commit("Alex: paused")
    result = pull(alex)
    assert result.returncode != 0 and "CONFLICT" in result.stdout
    assert "plan 'late', field `status`" in result.stderr
    text = alex.text()
    assert text.count("<<<<<<<") == 1
    block = text[text.index("<<<<<<<"):text.index(">>>>>>>")]
    assert "status: paused" in block and "status: repaired" in block and "id:" not in block
    assert alex_entry in text and "Texted twice this week." in text  # everything else merged
    # Only the two of them can choose: `check` says how, rather than sending them to `resolve`,
    # which can only leave the same field between the same markers (exit 4).
    checked = run("--journal", str(alex.journal), "check")
    assert checked.exit_code == 3 and "repair resolve" not in checked.stderr
    assert "plan 'late', field `status`" in checked.stderr and "delete the three marker lines" in checked.stderr
    resolved = run("--journal", str(alex.journal), "resolve")
    assert resolved.exit_code == 4
    assert "plan 'late', field `status`" in resolved.stderr
    # The partners agree on "repaired": keep that side, drop the markers.
    agreed = re.sub(r"<<<<<<< [^\n]*\n    status: paused\n=======\n(    status: repaired\n)>>>>>>> [^\n]*\n",
                    r"\1", alex.text())
    alex.journal.write_text(agreed)
    check(run, alex)
    alex.git("add", "repair.yaml")
    alex.git("commit", "-q", "--no-edit")
    alex.git("push", "-q")
    assert pull(sam).returncode == 0
    assert sam.text() == alex.text() and "status: repaired" in sam.text()


# --------------------------------------------------- a clone without setup ---

@pytest.mark.parametrize("attributes", [True, False], ids=["attributes-but-no-driver", "no-setup-at-all"])
def test_clone_without_setup_gets_markers_and_resolve_settles_them(run, tmp_path, attributes):
    sam, alex = start_pair(run, tmp_path, alex_setup=False, sam_setup=attributes)
    sam_entry = log(run, sam, "Texted early.", "2026-11-27T18:00:00+01:00")
    sam.commit("Sam: log")
    sam.git("push", "-q")
    alex_entry = log(run, alex, "Noticed the text.", "2026-11-27T18:30:00+01:00")
    status = run("--journal", str(alex.journal), "status")
    assert ("repair git-setup" in status.stderr) == attributes  # this clone is told what it is missing
    alex.commit("Alex: log")
    result = pull(alex)
    assert result.returncode != 0 and "CONFLICT" in result.stdout
    assert "<<<<<<<" in alex.text()
    checked = run("--journal", str(alex.journal), "check")
    assert checked.exit_code == 3
    assert "conflict markers" in checked.stderr and "repair resolve" in checked.stderr
    resolved = run("--journal", str(alex.journal), "resolve")
    assert resolved.exit_code == 0, resolved.stderr
    assert "git add" in resolved.stdout and "repair git-setup" in resolved.stdout
    check(run, alex)
    assert set(entries(alex)) == {sam_entry, alex_entry}
    alex.git("add", "repair.yaml")
    alex.git("commit", "-q", "--no-edit")
    alex.git("push", "-q")
    assert pull(sam).returncode == 0
    assert sam.journal.read_bytes() == alex.journal.read_bytes()


def test_resolve_honours_a_deletion_using_the_common_version_git_kept(run, tmp_path):
    sam, alex = start_pair(run, tmp_path, alex_setup=False, sam_setup=False)
    old = log(run, sam, "Logged by mistake.", "2026-11-26T18:00:00+01:00")
    sam.commit("Sam: log")
    sam.git("push", "-q")
    assert pull(alex).returncode == 0
    # Sam deletes the mistaken entry by hand; Alex adds one.
    text = sam.text()
    start = text.index(f"  - id: {old}")
    sam.journal.write_text(text[:start])
    sam.commit("Sam: remove a mistaken entry")
    sam.git("push", "-q")
    new = log(run, alex, "Texted on the way.", "2026-11-27T18:00:00+01:00")
    alex.commit("Alex: log")
    assert pull(alex).returncode != 0
    resolved = run("--journal", str(alex.journal), "resolve")
    assert resolved.exit_code == 0, resolved.stderr
    assert set(entries(alex)) == {new}


# ------------------------------------------------------- broken input ---

@pytest.mark.parametrize("broken_side", ["theirs", "ours"])
@pytest.mark.parametrize("breakage", ["kind: shwn", "\tkind: shown"], ids=["invalid", "not-yaml"])
def test_merge_driver_refuses_a_broken_side_without_destroying_either(run, tmp_path, broken_side, breakage):
    sam, alex = start_pair(run, tmp_path)
    log(run, sam, "Texted early.", "2026-11-27T18:00:00+01:00")
    log(run, alex, "Noticed.", "2026-11-27T18:30:00+01:00")
    broken = sam if broken_side == "theirs" else alex
    broken.journal.write_text(broken.text().replace("    kind: shown\n", f"    {breakage}\n", 1))
    sam.commit("Sam")
    sam.git("push", "-q")
    alex.commit("Alex")
    alex_before = alex.journal.read_bytes()
    result = pull(alex)
    assert result.returncode != 0 and "CONFLICT" in result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith("repair:")]
    assert len(lines) == 1 and "could not merge repair.yaml" in lines[0] and "left as it was" in lines[0]
    assert ("their version" if broken_side == "theirs" else "our version") in lines[0]
    assert alex.journal.read_bytes() == alex_before  # ours untouched
    assert alex.git("show", "MERGE_HEAD:repair.yaml").stdout == sam.text()  # theirs still in git


# --------------------------------------------------------- git-setup ---

def test_git_setup_is_idempotent_and_handles_a_custom_path(run, tmp_path):
    repo = tmp_path / "notes"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.name", "Sam", cwd=repo)
    (repo / ".gitattributes").write_text("*.png binary")  # no final newline
    folder = repo / "our notes" / "us"
    folder.mkdir(parents=True)
    path = folder / "repair.yaml"
    assert run("--journal", str(path), "init", "--people", "Sam,Alex").exit_code == 0
    first = run("--journal", str(path), "git-setup")
    assert first.exit_code == 0, first.stderr
    assert "added" in first.stdout and "git add" in first.stdout
    second = run("--journal", str(path), "git-setup")
    assert second.exit_code == 0 and "Already set up" in second.stdout
    attributes = (repo / ".gitattributes").read_text()
    assert attributes.startswith("*.png binary\n")
    assert attributes.count("merge=repairkit") == 1 and '"our notes/us/repair.yaml" merge=repairkit' in attributes
    attr = git("check-attr", "merge", "--", "our notes/us/repair.yaml", cwd=repo).stdout
    assert attr.strip().endswith("merge: repairkit")
    assert git("config", "--get", "merge.repairkit.driver", cwd=repo).stdout.strip() == sync.driver_command()
    # A merge through that path (with a space in it) runs the driver.
    assert run("--journal", str(path), "plan", *PLAN).exit_code == 0
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "start", cwd=repo)
    git("checkout", "-q", "-b", "alex", cwd=repo)
    result = run("--journal", str(path), "log", "shown", "on a branch", "--plan", "late")
    a = result.stdout.strip()
    git("commit", "-q", "-am", "alex", cwd=repo)
    git("checkout", "-q", "main", cwd=repo)
    b = run("--journal", str(path), "log", "shown", "on main", "--plan", "late").stdout.strip()
    git("commit", "-q", "-am", "main", cwd=repo)
    merged = git("merge", "-q", "--no-edit", "alex", cwd=repo, check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert {a, b} <= {e.id for e in journal.load(path, use_cache=False).journal.entries}


def test_init_git_sets_up_the_clone(run, tmp_path):
    repo = tmp_path / "shared"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    result = run_repair("init", "--people", "Sam,Alex", "--git", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert (repo / ".gitattributes").read_text().splitlines()[-1] == "repair.yaml merge=repairkit"
    assert "merge-driver %O %A %B %P" in git("config", "--get", "merge.repairkit.driver", cwd=repo).stdout


def test_git_setup_outside_git_says_what_to_do(run, tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    result = run("--journal", str(folder / "repair.yaml"), "git-setup")
    assert result.exit_code == 3
    assert "not inside a git repository" in result.stderr and "git init" in result.stderr


def test_driver_warning_only_where_it_applies(run, tmp_path):
    sam, alex = start_pair(run, tmp_path, alex_setup=False)
    assert sync.driver_warning(sam.journal) is None
    assert "repair git-setup" in sync.driver_warning(alex.journal)
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / ".gitattributes").write_text("repair.yaml merge=repairkit\n")
    assert sync.driver_warning(plain / "repair.yaml") is None  # not a git work tree
    # Found from a subfolder too, and via the installed command.
    result = run_repair("status", cwd=alex.dir)
    assert result.returncode == 0 and "repair git-setup" in result.stderr
    assert run("--journal", str(alex.journal), "git-setup").exit_code == 0
    assert sync.driver_warning(alex.journal) is None
    # A driver pointing at an interpreter that is gone (a deleted virtualenv) is noticed.
    alex.git("config", "merge.repairkit.driver", "/nowhere/venv/bin/python -m repairkit merge-driver %O %A %B %P")
    assert "gone" in sync.driver_warning(alex.journal)


def test_authorship_comes_from_git_user_name(run, tmp_path):
    sam, alex = start_pair(run, tmp_path)
    by_git = log(run, alex, "Noticed.", "2026-11-27T18:00:00+01:00")
    by_env = run("--journal", str(alex.journal), "log", "note", "From the env.", "--plan", "late",
                 env={"REPAIR_AUTHOR": "Alex R."}).stdout.strip()
    by_flag = log(run, alex, "From the flag.", "2026-11-27T19:00:00+01:00", "--by", "Sam")
    found = entries(alex)
    assert (found[by_git], found[by_env], found[by_flag]) == ("Alex", "Alex R.", "Sam")
    result = run_repair("log", "shown", "Through the installed command.", "--plan", "late", cwd=sam.dir)
    assert result.returncode == 0, result.stderr
    assert entries(sam)[result.stdout.strip()] == "Sam"


def test_merge_works_without_repair_on_path(run, tmp_path):
    """The driver is configured by absolute path, so an unactivated virtualenv is fine."""
    sam, alex = start_pair(run, tmp_path)
    log(run, sam, "Texted early.", "2026-11-27T18:00:00+01:00")
    sam.commit("Sam")
    sam.git("push", "-q")
    log(run, alex, "Noticed.", "2026-11-27T18:30:00+01:00")
    alex.commit("Alex")
    bare_path = os.path.dirname(shutil.which("git"))
    result = git("pull", "--no-rebase", "-q", "origin", "main", cwd=alex.dir, check=False,
                 env={"PATH": bare_path})
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(entries(alex)) == 2
