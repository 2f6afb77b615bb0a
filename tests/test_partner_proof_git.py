"""Partner-proof (issue 11, findings 1-5 and 9): what a partner commits, or a git pull running
beside us, can neither lose an entry nor make the tool write outside the folder or run a command.

Every test drives the installed `repair` in a subprocess, as a person or a script would, with real
git, real symlinks, real `..` and a real bash for completion. docs/hardening.md
("Partner-proofing") records what each finding was and the figures.
"""
from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, repair_command, run_repair
from test_hostile import ERROR
from test_sync_git import clone, git, git_home, plan_args, start_pair  # noqa: F401 (git_home: autouse)

from repairkit.ids import ID_PATTERN

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

HOSTILE_SHELL_ID = "x;touch${IFS}$HOME/PWNED"  # the report had ~/PWNED; bash expands no ~ there
PATH_ID = "x/../../home/vault/Diary"


@dataclass
class Done:
    exit_code: int
    stdout: str
    stderr: str


def installed(cwd: Path):
    """The installed command with the interface of the `run` fixture, for helpers such as start_pair."""
    def run(*args: str, env: dict | None = None, input: str | None = None) -> Done:
        r = run_repair(*args, cwd=cwd, env=env, input=input)
        return Done(r.returncode, r.stdout, r.stderr)
    return run


_SHARED_REPO: list[Path] = []  # made once in each test process, then copied


def shared_repo(tmp_path: Path, name: str = "shared") -> Path:
    """A git repository with a journal for Sam and Alex and one plan, `late`, committed.

    The first call makes it with the installed command and git (two `repair` runs, five of git); later
    ones copy that repository, which holds nothing of the test that made it (no paths, no home)."""
    repo = tmp_path / name
    if _SHARED_REPO:
        shutil.copytree(_SHARED_REPO[0], repo, symlinks=True)
        return repo
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.name", "Sam", cwd=repo)
    assert run_repair("init", "--people", "Sam,Alex", cwd=repo).returncode == 0
    made = run_repair("plan", *plan_args(), cwd=repo)
    assert made.returncode == 0, made.stderr
    commit_all(repo, "Start our repair journal")
    template = Path(tempfile.mkdtemp()) / "shared"  # the suite's temporary folder, removed at its end
    shutil.copytree(repo, template, symlinks=True)
    _SHARED_REPO.append(template)
    return repo


def commit_all(repo: Path, message: str) -> None:
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", message, cwd=repo)


def plan_text(plan_id: str) -> str:
    """A plan as a partner writes it by hand, with the id quoted so YAML takes it as it is."""
    return (f'  - id: "{plan_id}"\n    title: Hand-written\n    opened: 2026-11-20\n    repairing: Alex\n'
            "    hurt: Sam\n    pattern: I go quiet.\n    fear: respect\n    behavior: I say what I need.\n"
            "    raise_it: Sam asks.\n    check_in: 2026-12-04\n    status: active\n")


def add_plan_by_hand(journal: Path, plan_id: str) -> int:
    """Put a plan in the journal's `plans:` list by editing the text; returns the id's line number."""
    text = journal.read_text()
    head, tail = text.split("plans:\n", 1)
    journal.write_text(head + "plans:\n" + plan_text(plan_id) + tail)
    return head.count("\n") + 2


# ============================================ 1. writers wait for git ===

def _wait_until_it_holds_the_journal_lock(folder: Path, proc: subprocess.Popen) -> None:
    """Until the writer holds its lock on the journal's folder (it then waits for git), or has ended."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    return
                raise
            fcntl.flock(fd, fcntl.LOCK_UN)
            time.sleep(0.01)
    finally:
        os.close(fd)


def test_log_waits_while_git_holds_the_index_lock_then_writes(tmp_path):
    repo = shared_repo(tmp_path)
    journal = repo / "repair.yaml"
    before = journal.read_bytes()
    index_lock = repo / ".git" / "index.lock"
    index_lock.write_bytes(b"")  # as git does while a pull writes the work tree
    proc = subprocess.Popen(repair_command() + ["log", "shown", "Texted ahead.", "--plan", "late"], cwd=repo,
                            env={**os.environ, "REPAIR_LOCK_TIMEOUT": "120"}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_it_holds_the_journal_lock(repo, proc)
        time.sleep(0.5)  # a while longer holding git's lock: it must still be waiting, whatever the speed
        assert proc.poll() is None, "repair log did not wait for git: " + proc.stderr.read()
        assert journal.read_bytes() == before
    finally:
        index_lock.unlink(missing_ok=True)
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    entry = out.strip()
    assert ID_PATTERN.fullmatch(entry)
    text = journal.read_text()
    assert text.startswith(before.decode()) and text.count(f"id: {entry}\n") == 1


def test_log_exits_3_after_the_lock_timeout_with_the_journal_unchanged(tmp_path):
    repo = shared_repo(tmp_path)
    journal = repo / "repair.yaml"
    before = journal.read_bytes()
    (repo / ".git" / "index.lock").write_bytes(b"")
    r = run_repair("log", "shown", "Texted ahead.", "--plan", "late", cwd=repo, env={"REPAIR_LOCK_TIMEOUT": "0.3"})
    assert r.returncode == 3, (r.returncode, r.stdout, r.stderr)
    assert r.stdout == ""
    assert r.stderr.startswith("repair: error: ") and "index.lock" in r.stderr and "\nhint: " in r.stderr
    assert journal.read_bytes() == before
    assert sorted(p.name for p in repo.iterdir()) == [".git", "repair.yaml"]  # no temp file left


RACE_ROUNDS = 20
RACE_ENTRIES = 3000  # the merge driver then takes a moment (about half a second here), as in the report
RACE_WRITERS = 2


def _big_journal(path: Path, entries: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench import make_journal

    make_journal(path, entries)


def _merging(folder: Path, pull: subprocess.Popen) -> bool:
    """Wait until git is inside the merge (its driver's temp files are there, the index is locked),
    or the pull has ended; say which."""
    lock = folder / ".git" / "index.lock"
    deadline = time.monotonic() + 120
    while pull.poll() is None and time.monotonic() < deadline:
        if lock.exists() and any(n.startswith(".merge_file_") for n in os.listdir(folder)):
            return True
        time.sleep(0.002)
    return False


def _append_entry(journal: Path, entry: str, i: int) -> str:
    """One entry added by hand at the end of the log (the journals here end with their log)."""
    with open(journal, "a") as f:
        f.write(f"  - id: {entry}\n    at: 2026-11-20T09:{i:02d}:00+01:00\n    plan: plan-0\n    kind: shown\n"
                f"    by: Alex\n    note: Round {i}.\n")
    return entry


@pytest.mark.slow
def test_repair_log_racing_git_pull_loses_no_entry(tmp_path):
    """20 rounds: Alex pulls Sam's new entry (a real merge through the repairkit driver, on a journal
    of 3,000 entries) and, while git is merging, logs two entries. None may be lost."""
    origin = tmp_path / "origin.git"
    git("init", "-q", "--bare", str(origin), cwd=tmp_path)
    sam = clone(origin, tmp_path / "sam", "Sam")
    _big_journal(sam.journal, RACE_ENTRIES)
    assert run_repair("git-setup", cwd=sam.dir).returncode == 0
    sam.commit("Start")
    sam.git("push", "-q", "-u", "origin", "main")
    alex = clone(origin, tmp_path / "alex", "Alex")
    assert run_repair("git-setup", cwd=alex.dir).returncode == 0
    expected: set[str] = set()
    # Sam's side: one new entry per round, each on its own branch, pushed once.
    for i in range(RACE_ROUNDS):
        expected.add(_append_entry(sam.journal, f"esam{i:04d}", i))
        sam.commit(f"Sam {i}")
        sam.git("branch", f"round-{i}")
    sam.git("push", "-q", "origin", *[f"round-{i}" for i in range(RACE_ROUNDS)])
    raced = 0
    for i in range(RACE_ROUNDS):
        expected.add(_append_entry(alex.journal, f"ealex{i:04d}", i))
        assert alex.commit(f"Alex {i}")  # so each pull is a real merge of two changed sides
        pull = subprocess.Popen(["git", "pull", "--no-rebase", "-q", "origin", f"round-{i}"], cwd=alex.dir,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        raced += _merging(alex.dir, pull)
        writers = [subprocess.Popen(repair_command() + ["log", "note", f"Alex {i}.{k}", "--plan", "plan-1"],
                                    cwd=alex.dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for k in range(RACE_WRITERS)]
        out, err = pull.communicate(timeout=120)
        assert pull.returncode == 0, out + err
        for w in writers:
            out, err = w.communicate(timeout=120)
            assert w.returncode == 0, err
            expected.add(out.strip())
    alex.commit("Alex, last")
    present = set(re.findall(r"^  - id: (\S+)$", alex.text(), re.MULTILINE))
    lost = expected - present
    print(f"{RACE_ROUNDS} rounds, {raced} met git's merge; {len(lost)} of {len(expected)} entries lost")
    assert not lost, f"{len(lost)} of {len(expected)} entries lost: {sorted(lost)}"
    assert run_repair("check", cwd=alex.dir).returncode == 0
    assert raced >= RACE_ROUNDS // 2, f"the writers met git's merge in only {raced} of {RACE_ROUNDS} rounds"


# ============================================ 2. a plan id is never a path ===

def test_a_plan_id_that_is_a_path_is_refused_with_its_place_and_the_rule(tmp_path):
    repo = shared_repo(tmp_path)
    line = add_plan_by_hand(repo / "repair.yaml", PATH_ID)
    r = run_repair("check", cwd=repo)
    assert r.returncode == 3, r.stdout + r.stderr
    first = ERROR.match(r.stderr.splitlines()[0])
    assert first, r.stderr
    assert (first["file"], int(first["line"]), int(first["col"])) == ("repair.yaml", line, 9)
    assert f"id '{PATH_ID}' is not a valid id" in first["message"]
    hint = r.stderr.split("\nhint: ", 1)[1]
    assert "^[a-z](-?[a-z0-9])*$" in hint and "id: x-home-vault-diary" in hint


def test_a_plan_id_cannot_send_an_apology_draft_out_of_the_repository(tmp_path):
    """`apology-{id}.md` with the id `x/../../home/vault/Diary` would land on ~/vault/Diary.md."""
    repo = shared_repo(tmp_path)
    add_plan_by_hand(repo / "repair.yaml", PATH_ID)
    commit_all(repo, "Alex's plan")
    diary = Path(os.environ["HOME"]) / "vault" / "Diary.md"
    diary.parent.mkdir()
    diary.write_text("My own diary.\n")
    r = run_repair("apology-draft", "x/", "--edit", cwd=repo, env={"EDITOR": "true", "VISUAL": "true"})
    assert r.returncode == 3, r.stdout + r.stderr
    assert "is not a valid id" in r.stderr
    assert diary.read_text() == "My own diary.\n"
    assert sorted(p.name for p in diary.parent.iterdir()) == ["Diary.md"]


@pytest.mark.parametrize("command", [["export", "--format", "markdown"], ["apology-draft", "late"]],
                         ids=["export", "apology-draft"])
def test_out_through_a_missing_folder_and_dotdot_does_not_replace_an_existing_file(tmp_path, command):
    repo = shared_repo(tmp_path)
    existing = repo / "existing.md"
    existing.write_text("Mine, keep it.\n")
    agree = "--yes" if command[0] == "export" else "--force"
    r = run_repair(*command, "--out", "missing/../existing.md", cwd=repo)
    assert r.returncode != 0 and r.stdout == ""
    assert re.search(r"existing\.md (already )?exists; not replacing it", r.stderr) and agree in r.stderr
    assert existing.read_text() == "Mine, keep it.\n"
    assert not (repo / "missing").exists()
    r = run_repair(*command, "--out", "missing/../existing.md", agree, cwd=repo)
    assert r.returncode == 0, r.stderr
    assert "When plans change I go quiet" in existing.read_text()


# =================================== 3. no write through a committed link ===

def test_export_refuses_a_committed_page_that_links_out_of_the_repository(tmp_path):
    repo = shared_repo(tmp_path)
    bashrc = Path(os.environ["HOME"]) / ".bashrc"
    bashrc.write_text("# my shell\n")
    (repo / "vault" / "repair").mkdir(parents=True)
    (repo / "vault" / "repair" / "late.md").symlink_to(bashrc)
    commit_all(repo, "Alex: our pages")
    r = run_repair("export", "--per-plan", "--out", "vault/repair", "--yes", cwd=repo)
    assert r.returncode == 3, r.stdout + r.stderr
    assert str(bashrc) in r.stderr and "symbolic link" in r.stderr
    assert bashrc.read_text() == "# my shell\n"
    assert (repo / "vault" / "repair" / "late.md").is_symlink()


@pytest.mark.parametrize("link, out, per_plan", [
    ("vault/repair", "vault/repair", True),      # the pages' folder itself
    ("vault", "vault/repair", True),             # a folder above it
    ("vault", "vault/page.md", False),           # the folder of one file
    ("vault", "vault/deeper/../page.md", False),  # through `..` after it
], ids=["pages-folder", "folder-above", "file-folder", "dotdot-after-link"])
def test_export_never_writes_through_a_committed_folder_link_out_of_the_repository(tmp_path, link, out, per_plan):
    repo = shared_repo(tmp_path)
    outside = Path(os.environ["HOME"]) / ".bashrc.d"
    (outside / "repair").mkdir(parents=True)
    (outside / "deeper").mkdir()
    target = outside / "repair" if link == out else outside
    (repo / link).parent.mkdir(parents=True, exist_ok=True)
    (repo / link).symlink_to(target)
    commit_all(repo, "Alex: a link")
    args = ["export", "--out", out] + (["--per-plan"] if per_plan else [])
    for extra in ([], ["--yes"]):
        r = run_repair(*args, *extra, cwd=repo)
        assert r.returncode == 3, r.stdout + r.stderr
        assert f"to {os.path.realpath(target)}" in r.stderr and "inside the git repository" in r.stderr
    assert sorted(str(p.relative_to(outside)) for p in outside.rglob("*")) == ["deeper", "repair"]


def test_a_link_inside_the_repository_that_stays_inside_it_is_followed(tmp_path):
    repo = shared_repo(tmp_path)
    (repo / "notes" / "pages").mkdir(parents=True)
    (repo / "vault").symlink_to(repo / "notes")
    commit_all(repo, "A short name for the notes")
    r = run_repair("export", "--per-plan", "--out", "vault/pages", cwd=repo)
    assert r.returncode == 0, r.stderr
    assert (repo / "notes" / "pages" / "late.md").is_file()


def test_a_notes_folder_the_user_linked_outside_any_repository_is_followed(tmp_path):
    repo = shared_repo(tmp_path)
    home = Path(os.environ["HOME"])
    real = home / "Sync" / "notes"
    real.mkdir(parents=True)
    (home / "notes").symlink_to(real)
    assert git("rev-parse", "--show-toplevel", cwd=home, check=False).returncode != 0  # not in a repository
    page = run_repair("export", "--out", str(home / "notes" / "repair.md"), cwd=repo)
    assert page.returncode == 0, page.stderr
    pages = run_repair("export", "--per-plan", "--out", str(home / "notes" / "repair"), cwd=repo)
    assert pages.returncode == 0, pages.stderr
    assert "Late without a text" in (real / "repair.md").read_text()
    assert (real / "repair" / "late.md").is_file()
    assert (home / "notes").is_symlink()


# ================================ 4. no shell syntax from a partner's id ===

def _bash_complete(words: list[str], cwd: Path) -> tuple[list[str], Path]:
    """What bash's TAB offers for `words` (the last one being completed), through the script
    `repair completion bash` prints; then the completed line is run as `printf` arguments, as a person
    pressing Enter would run it, to show whether anything in it executes. Returns the offers and the
    file a `touch ~/PWNED` would create."""
    script = run_repair("completion", "bash", cwd=cwd)
    assert script.returncode == 0, script.stderr
    repair_bin = os.path.dirname(repair_command()[0])  # `repair`, or the Python of its virtualenv
    line = " ".join(words)
    program = script.stdout + "\n" + f"""
complete -p repair >/dev/null || exit 9
COMP_WORDS=({line})
COMP_CWORD={len(words) - 1}
COMP_LINE="{line}"
COMP_POINT=${{#COMP_LINE}}
_repair_completion repair "{words[-1]}" "{words[-2]}"
printf 'offer:%s\\n' "${{COMPREPLY[@]}}"
for offer in "${{COMPREPLY[@]}}"; do
    eval "printf 'arg:%s\\\\n' {' '.join(words[:-1])} $offer"
done
exit 0
"""
    env = {**os.environ, "PATH": f"{repair_bin}:{os.environ['PATH']}"}
    r = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], cwd=cwd, env=env, capture_output=True, check=False,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    offers = [line[len("offer:"):] for line in r.stdout.splitlines() if line.startswith("offer:")]
    return [o for o in offers if o], Path(os.environ["HOME"]) / "PWNED"


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completion_offers_the_journals_plan_ids(tmp_path):
    repo = shared_repo(tmp_path)
    made = run_repair("plan", *plan_args("x-late", "Late again"), cwd=repo)
    assert made.returncode == 0, made.stderr
    offers, _ = _bash_complete(["repair", "review", "x"], repo)
    assert offers == ["x-late"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_a_committed_id_with_shell_syntax_is_refused_and_never_completed(tmp_path):
    """Alex commits a plan whose id is shell code; Sam pulls it and presses TAB after `repair review x`."""
    sam, alex = start_pair(installed(tmp_path), tmp_path)
    add_plan_by_hand(alex.journal, HOSTILE_SHELL_ID)
    alex.commit("Alex: a plan")
    alex.git("push", "-q", "origin", "main")
    assert sam.git("pull", "--no-rebase", "-q", "origin", "main", check=False).returncode == 0
    assert HOSTILE_SHELL_ID in sam.text()
    offers, pwned = _bash_complete(["repair", "review", "x"], sam.dir)
    assert not pwned.exists(), "completing the id ran a command"
    assert offers == []
    check = run_repair("check", cwd=sam.dir)
    assert check.returncode == 3 and "is not a valid id" in check.stderr
    # Every place that prints ids for copy and paste refuses the journal instead.
    for args in (["review", "nosuch"], ["export", "--format", "ics"], ["checkin", "--outcome", "keep"]):
        r = run_repair(*args, cwd=sam.dir)
        assert r.returncode == 3, (args, r.stdout, r.stderr)
        assert r.stdout == ""
        hints = [line for line in r.stderr.splitlines() if line.startswith(("hint: ", "      "))]
        assert hints and HOSTILE_SHELL_ID not in "\n".join(hints)
        assert all(ID_PATTERN.fullmatch(s) for s in re.findall(r"id: (\S+)", "\n".join(hints)))
    # Nor can it be written with the tool.
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert run_repair("init", "--people", "Sam,Alex", cwd=fresh).returncode == 0
    own = run_repair("plan", *plan_args(HOSTILE_SHELL_ID), cwd=fresh)
    assert own.returncode == 2 and "not a valid id" in own.stderr


def test_hint_lines_and_calendar_print_ids_as_single_safe_words(tmp_path):
    repo = shared_repo(tmp_path)
    assert run_repair("plan", *plan_args("x-late", "Late again"), cwd=repo).returncode == 0
    r = run_repair("review", "nosuch", cwd=repo)
    assert r.returncode == 2
    listed = r.stderr.split("hint: ", 1)[1].split(":", 1)[1].replace(",", " ").split()
    assert listed == ["late", "x-late"]
    ics = run_repair("export", "--format", "ics", cwd=repo)
    assert ics.returncode == 0, ics.stderr
    unfolded = ics.stdout.replace("\r\n ", "")
    commands = re.findall(r"repair review (\S+?)(?:\\n|\r\n)", unfolded)
    assert sorted(commands) == ["late", "x-late"]
    assert all(ID_PATTERN.fullmatch(c) for c in commands)


# =========================================== 5. git-setup and a link ===

@pytest.mark.parametrize("exists", [True, False], ids=["link-to-a-file", "dangling-link"])
def test_git_setup_does_not_append_through_a_gitattributes_link(tmp_path, exists):
    repo = shared_repo(tmp_path)
    profile = Path(os.environ["HOME"]) / ".profile"
    if exists:
        profile.write_text("export PATH=$HOME/bin:$PATH\n")
    (repo / ".gitattributes").symlink_to(profile)
    commit_all(repo, "Alex: attributes")
    r = run_repair("git-setup", cwd=repo)
    if exists:
        assert profile.read_text() == "export PATH=$HOME/bin:$PATH\n"
    else:
        assert not os.path.lexists(profile)
    assert (repo / ".gitattributes").is_symlink()
    assert r.returncode == 3, r.stdout + r.stderr
    assert str(profile) in r.stderr and "symbolic link" in r.stderr


# ================================ 9. git-setup patterns git reads right ===

@pytest.mark.parametrize("folder, not_matched", [
    ("!bang", None),
    ("our notes", None),
    ("new\nline", None),
    ("#hash", None),
    ("x*y", "xzy"),
    ("[ab]", "a"),
], ids=["bang", "space", "newline", "hash", "star", "brackets"])
def test_git_setup_writes_a_pattern_git_reads_for_that_path_once(tmp_path, folder, not_matched):
    repo = tmp_path / "shared"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    (repo / folder).mkdir()
    path = f"{folder}/repair.yaml"
    assert run_repair("--journal", path, "init", "--people", "Sam,Alex", cwd=repo).returncode == 0
    first = run_repair("--journal", path, "git-setup", cwd=repo)
    assert first.returncode == 0, first.stderr

    def merge_attribute(rel: str) -> str:
        out = git("check-attr", "-z", "merge", "--", rel, cwd=repo).stdout.split("\0")
        return out[2]

    assert merge_attribute(path) == "repairkit"
    if not_matched:
        assert merge_attribute(f"{not_matched}/repair.yaml") == "unspecified"
    attributes = (repo / ".gitattributes").read_bytes()
    assert attributes.count(b"merge=repairkit") == 1
    assert all(line.endswith(b"merge=repairkit") or line.startswith(b"#") for line in attributes.splitlines())
    again = run_repair("--journal", path, "git-setup", cwd=repo)
    assert again.returncode == 0 and "Already set up" in again.stdout
    assert (repo / ".gitattributes").read_bytes() == attributes
