"""Every script in examples/ runs, exits 0 and does what its comments promise.

Each script runs with a real shell and the installed `repair` first on PATH,
against a copy of examples/repair.yaml (never the file itself) and a fixed
REPAIR_NOW. `test_every_example_script_is_tested` fails when a new
examples/*.sh arrives without a test here.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXED_NOW, ROOT

pytestmark = pytest.mark.slow  # real shells running the installed command

EXAMPLES = ROOT / "examples"
TESTED = {"scripted.sh", "weekly-notes.sh", "prompt-snippet.sh"}


def test_every_example_script_is_tested():
    assert {p.name for p in EXAMPLES.glob("*.sh")} == TESTED


def shell_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    bin_dir = str(Path(sys.executable).parent)  # the `repair` of the Python running the tests
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    env.update(extra)
    return env


def sh(args: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "us" / "repair.yaml"
    copy.parent.mkdir()
    shutil.copy(EXAMPLES / "repair.yaml", copy)
    return copy


# ------------------------------------------------------------------ scripted.sh

def test_scripted_runs_from_the_project_root_and_leaves_the_example_alone(tmp_path):
    before = (EXAMPLES / "repair.yaml").read_bytes()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = shell_env(REPAIR_NOW=FIXED_NOW, TMPDIR=str(scratch))
    env.pop("REPAIR_JOURNAL")  # the script sets its own
    r = sh(["sh", "examples/scripted.sh"], cwd=ROOT, env=env)
    assert r.returncode == 0, r.stderr
    out = r.stdout.splitlines()
    # 1. validate first
    assert re.fullmatch(r".*repair\.yaml: valid \(3 plans, 25 entries\)", out[0])
    # 2. only the new id goes to stdout, so it can be captured
    assert re.fullmatch(r"logged e[0-9a-f]{8}", out[1])
    # 3. one line per plan, read from the JSON: the verdicts `repair review --json` gives for the copy
    rows = {line.split()[0]: line.split()[1] for line in out[2:5]}
    assert rows == {"late-texts": "mixed", "tone-when-tired": "showing_up", "phone-at-dinner": "mixed"}
    assert "noticed 6, self 2, missed 1; check-in upcoming" in out[2]  # the new entry counted, by Alex
    # 4. and 5. decisions from exit codes
    assert out[5:] == ["some plans need attention (exit 1)", "unknown plan -> exit 2"]
    # It works on a copy, and cleans the copy away.
    assert (EXAMPLES / "repair.yaml").read_bytes() == before
    assert list(scratch.iterdir()) == []


# -------------------------------------------------------------- weekly-notes.sh

def test_weekly_notes_appends_one_section_a_run(tmp_path, example_copy):
    notes = tmp_path / "notes" / "repair-weekly.md"
    notes.parent.mkdir()
    notes.write_text("# Our notes\n")
    env = shell_env(REPAIR_NOW=FIXED_NOW, REPAIR_JOURNAL=str(example_copy))
    for _ in range(2):
        r = sh(["sh", str(EXAMPLES / "weekly-notes.sh"), str(notes)], cwd=tmp_path, env=env)
        assert r.returncode == 0, r.stderr
        assert r.stdout == ""
    text = notes.read_text()
    assert text.startswith("# Our notes\n\n## Repair journal, 2026-11-21 to 2026-11-27\n")
    # Two sections, each a blank line after what came before; headings moved one level down.
    assert text.count("\n\n## Repair journal, 2026-11-21 to 2026-11-27\n") == 2
    assert "\n### Late without a text\n" in text and "\n#### Evidence, 2026-11-21 to 2026-11-27\n" in text
    assert not re.search(r"^# (?!Our notes)", text, re.MULTILINE)
    assert "\n---\n" not in text and "generated:" not in text  # no front matter


def test_weekly_notes_defaults_to_a_file_in_home(tmp_path, example_copy):
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    env = shell_env(REPAIR_NOW=FIXED_NOW, REPAIR_JOURNAL=str(example_copy), HOME=str(home))
    r = sh(["sh", str(EXAMPLES / "weekly-notes.sh")], cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert (home / "notes" / "repair-weekly.md").read_text().startswith("## Repair journal, ")


def test_weekly_notes_leaves_the_notes_alone_when_the_journal_needs_fixing(tmp_path, example_copy):
    notes = tmp_path / "repair-weekly.md"
    notes.write_text("# Our notes\n")
    example_copy.write_text(example_copy.read_text().replace("kind: shown", "kind: shwn", 1))
    env = shell_env(REPAIR_NOW=FIXED_NOW, REPAIR_JOURNAL=str(example_copy))
    r = sh(["sh", str(EXAMPLES / "weekly-notes.sh"), str(notes)], cwd=tmp_path, env=env)
    assert r.returncode == 3 and "unknown kind 'shwn'" in r.stderr
    assert notes.read_text() == "# Our notes\n"


# ------------------------------------------------------------ prompt-snippet.sh

def prompt_info(tmp_path: Path, journal: Path, now: str, *, path: str | None = None) -> str:
    """Source the snippet in bash, as ~/.bashrc would, and print what the prompt would start with."""
    script = (f". {EXAMPLES / 'prompt-snippet.sh'}\n"
              'case $PS1 in "\\$(repair_prompt_info)"*) ;; *) echo "PS1 not set: $PS1" >&2; exit 9 ;; esac\n'
              "printf '[%s]' \"$(repair_prompt_info)\"\n")
    env = shell_env(REPAIR_NOW=now, REPAIR_PROMPT_JOURNAL=str(journal), PS1="$ ",
                    XDG_CACHE_HOME=str(tmp_path / "cache"))
    if path is not None:
        env["PATH"] = path
    r = sh([shutil.which("bash") or "/bin/bash", "--norc", "--noprofile", "-c", script], cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_prompt_snippet_shows_due_check_ins(tmp_path, example_copy):
    assert prompt_info(tmp_path, example_copy, FIXED_NOW) == "[]"  # the next check-in is in 3 days
    shutil.rmtree(tmp_path / "cache")
    # Two plans' check-ins (30 Nov) are overdue on 1 Dec: both counted.
    assert prompt_info(tmp_path, example_copy, "2026-12-01T10:00:00+01:00") == "[[2 check-ins due] ]"
    cache = (tmp_path / "cache" / "repairkit" / "prompt").read_text()
    assert cache.endswith("\n[2 check-ins due] ")


def test_prompt_snippet_shows_one_due_check_in(tmp_path, example_copy):
    r = subprocess.run([sys.executable, "-m", "repairkit", "checkin", "tone", "--outcome", "keep", "--by", "Alex"],
                       env=shell_env(REPAIR_NOW="2026-12-01T10:00:00+01:00", REPAIR_JOURNAL=str(example_copy)),
                       capture_output=True, text=True, cwd=tmp_path, check=False)
    assert r.returncode == 0, r.stderr
    assert prompt_info(tmp_path, example_copy, "2026-12-01T10:00:00+01:00") == "[[check-in due] ]"


def test_prompt_snippet_asks_repair_again_only_when_the_journal_changes(tmp_path, example_copy):
    due = "2026-12-01T10:00:00+01:00"
    assert prompt_info(tmp_path, example_copy, due) == "[[2 check-ins due] ]"
    # Without `repair` on PATH, the remembered answer is still shown: repair was not asked.
    no_repair = tmp_path / "bin"
    no_repair.mkdir()
    for tool in ("stat", "date", "head", "tail", "mkdir", "cat"):
        found = shutil.which(tool)
        assert found, tool
        (no_repair / tool).symlink_to(found)
    assert prompt_info(tmp_path, example_copy, due, path=str(no_repair)) == "[[2 check-ins due] ]"
    # Once the journal changes, it asks again (and, with no `repair` to ask, shows nothing).
    os.utime(example_copy, (1_700_000_000, 1_700_000_000))
    assert prompt_info(tmp_path, example_copy, due, path=str(no_repair)) == "[]"


def test_prompt_snippet_is_quiet_without_a_journal(tmp_path):
    assert prompt_info(tmp_path, tmp_path / "nowhere.yaml", FIXED_NOW) == "[]"
    assert not (tmp_path / "cache").exists()

