"""What every command shares: --json, -q, --color/NO_COLOR, the config file, completion, confirmations."""
from __future__ import annotations

import importlib
import json
import os
from pathlib import Path

import click
import pytest
from click.shell_completion import ShellComplete

from conftest import run_repair
from repairkit.cli import COMMANDS, cli

JOURNAL = """\
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
    check_in: 2026-11-27
  - id: laundry
    title: Laundry promises
    opened: 2026-11-01
    fear: reliability
    check_in: 2026-12-01
    status: paused
  - id: phone
    title: Phone at dinner
    opened: 2026-11-01
    fear: respect
    check_in: 2026-12-01
log:
  - id: e1
    at: 2026-11-22
    plan: late-texts
    kind: shown
    by: Alex
"""


@pytest.fixture
def journal(journal_path: Path) -> Path:
    journal_path.write_text(JOURNAL)
    return journal_path


def importable(name: str) -> click.Command | None:
    module, function, _ = COMMANDS[name]
    try:
        return getattr(importlib.import_module(module), function)
    except ImportError:
        return None


def command_or_skip(name: str) -> click.Command:
    command = importable(name)
    if command is None:
        pytest.skip(f"`repair {name}` is not importable yet")
    return command


# ---------------------------------------------------------------------- json ---

# Every command that only reads, with what it needs to run.
READING = {
    "review": [],
    "status": [],
    "check": [],
    "guide": [],
}


@pytest.mark.parametrize("name", sorted(READING))
def test_every_reading_command_has_json_that_is_one_document(run, journal, name):
    command = command_or_skip(name)
    assert any("--json" in p.opts for p in command.params), f"`repair {name}` has no --json"
    r = run(name, *READING[name], "--json")
    assert r.exit_code == 0, r.stderr
    json.loads(r.stdout)  # exactly one document, nothing else on stdout


def test_apology_check_json_reads_stdin(run):
    command_or_skip("apology-draft")
    r = run("apology-draft", "--check", "-", "--json", input="I'm sorry I was late and didn't text.\n")
    assert r.exit_code in (0, 1), r.stderr
    assert set(json.loads(r.stdout)) >= {"findings", "components"}


# --------------------------------------------------------------------- quiet ---

def test_quiet_silences_warnings_but_not_data_or_errors(run, journal):
    loud = run("log", "note", "a note", "--by", "Zed", "--plan", "late")
    assert loud.exit_code == 0 and "Zed" in loud.stderr
    quiet = run("-q", "log", "note", "another", "--by", "Zed", "--plan", "late")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert quiet.stdout.strip().startswith("e")  # the new entry's id is data: still printed
    error = run("-q", "log", "note", "x", "--plan", "nope")
    assert error.exit_code == 2 and "nope" in error.stderr


def test_quiet_from_the_environment(run, journal, monkeypatch):
    monkeypatch.setenv("REPAIR_QUIET", "1")
    r = run("log", "note", "a note", "--by", "Zed", "--plan", "late")
    assert r.exit_code == 0 and r.stderr == ""


def test_quiet_is_a_root_option_listed_in_help(run):
    assert "-q, --quiet" in run("--help").stdout


# --------------------------------------------------------------------- color ---

def test_color_only_when_asked_and_never_with_no_color(run, journal, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b[" not in run("review").stdout  # not a terminal
    assert "\x1b[" not in run("--color", "never", "review").stdout
    assert "\x1b[" in run("--color", "always", "review").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("--color", "always", "review").stdout


def test_json_never_has_color(run, journal, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b" not in run("--color", "always", "review", "--json").stdout


# -------------------------------------------------------------------- config ---

def write_config(home: Path, text: str) -> Path:
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "repairkit" / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def last_by(journal: Path) -> str:
    return [line for line in journal.read_text().splitlines() if line.strip().startswith("by:")][-1].split(": ")[1]


def test_author_precedence_flag_then_env_then_config(run, journal, tmp_path, monkeypatch):
    write_config(tmp_path, "author: Alex\n")
    assert run("log", "note", "from config", "--plan", "late").exit_code == 0
    assert last_by(journal) == "Alex"
    monkeypatch.setenv("REPAIR_AUTHOR", "Sam")
    run("log", "note", "from env", "--plan", "late")
    assert last_by(journal) == "Sam"
    run("log", "note", "from the flag", "--plan", "late", "--by", "Robin")
    assert last_by(journal) == "Robin"


def test_journal_from_config_when_none_is_found(run, tmp_path, monkeypatch):
    notes = tmp_path / "notes" / "us"
    notes.mkdir(parents=True)
    (notes / "repair.yaml").write_text(JOURNAL)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.delenv("REPAIR_JOURNAL")
    monkeypatch.chdir(elsewhere)
    r = run("status")
    assert r.exit_code == 3  # nothing here and no config yet
    write_config(tmp_path, f"journal: {notes / 'repair.yaml'}\n")
    r = run("status")
    assert r.exit_code == 0 and "late-texts" in r.stdout


def test_journal_precedence_flag_env_nearest_then_config(run, tmp_path, monkeypatch):
    def journal_with(plan_id: str, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "repair.yaml"
        path.write_text(JOURNAL.replace("id: late-texts", f"id: {plan_id}").replace("plan: late-texts",
                                                                                     f"plan: {plan_id}"))
        return path

    configured = journal_with("from-config", tmp_path / "cfg")
    nearest = journal_with("from-nearest", tmp_path / "here")
    from_env = journal_with("from-env", tmp_path / "env")
    from_flag = journal_with("from-flag", tmp_path / "flag")
    write_config(tmp_path, "journal: ../../../cfg/repair.yaml\n")  # relative to the config file's folder
    monkeypatch.delenv("REPAIR_JOURNAL")
    monkeypatch.chdir(tmp_path)
    assert "from-config" in run("status").stdout
    monkeypatch.chdir(nearest.parent)
    assert "from-nearest" in run("status").stdout
    monkeypatch.setenv("REPAIR_JOURNAL", str(from_env))
    assert "from-env" in run("status").stdout
    assert "from-flag" in run("--journal", str(from_flag), "status").stdout
    assert configured.exists()


def test_config_unknown_keys_warn_and_broken_config_is_a_clear_error(run, journal, tmp_path):
    path = write_config(tmp_path, "author: Alex\ncolour: always\n")
    r = run("log", "note", "x", "--plan", "late")
    assert r.exit_code == 0
    assert f"{path}:2: unknown setting 'colour' ignored" in r.stderr
    path.write_text("author: [Alex\n")
    r = run("log", "note", "y", "--plan", "late")
    assert r.exit_code == 2
    assert r.stderr.startswith(f"repair: error: {path}:")
    path.write_text("author: !!python/object:os.system echo\n")
    r = run("log", "note", "z", "--plan", "late")
    assert r.exit_code == 2 and "Traceback" not in r.stderr


def test_repair_config_points_elsewhere(run, journal, tmp_path, monkeypatch):
    other = tmp_path / "other.yaml"
    other.write_text("author: Kim\n")
    monkeypatch.setenv("REPAIR_CONFIG", str(other))
    run("log", "note", "x", "--plan", "late")
    assert last_by(journal) == "Kim"


def test_help_does_not_read_the_config(run, tmp_path):
    write_config(tmp_path, "author: [broken\n")
    assert run("--help").exit_code == 0


# ---------------------------------------------------------------- completion ---

def completions(args: list[str], incomplete: str) -> list[str]:
    return [item.value for item in ShellComplete(cli, {}, "repair", "_REPAIR_COMPLETE")
            .get_completions(args, incomplete)]


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o nosort -F"), ("zsh", "#compdef repair"),
                                           ("fish", "complete --no-files --command repair")])
def test_completion_prints_the_script(run, shell, marker):
    r = run("completion", shell)
    assert r.exit_code == 0 and marker in r.stdout and "_REPAIR_COMPLETE" in r.stdout


def test_completion_needs_a_known_shell(run):
    assert run("completion", "tcsh").exit_code == 2
    assert run("completion").exit_code == 2


def test_plan_ids_complete_active_first(journal):
    assert completions(["export", "--plan"], "") == ["late-texts", "phone", "laundry"]
    assert completions(["export", "--plan"], "la") == ["late-texts", "laundry"]


def test_plan_completion_uses_the_journal_flag(tmp_path, journal):
    other = tmp_path / "other.yaml"
    other.write_text(JOURNAL.replace("late-texts", "elsewhere"))
    assert completions(["--journal", str(other), "export", "--plan"], "el") == ["elsewhere"]


def test_plan_completion_is_silent_when_the_journal_is_broken(journal_path, capsys):
    journal_path.write_text("version: 1\nplans: [\n")
    assert completions(["export", "--plan"], "") == []
    journal_path.unlink()
    assert completions(["export", "--plan"], "") == []
    assert capsys.readouterr() == ("", "")


def test_kinds_and_fears_complete(journal):
    assert completions(["log"], "") == ["shown", "missed", "raised", "note"]
    assert completions(["plan", "--fear"], "re") == ["reliability", "respect"]


def test_outcomes_complete(journal):
    command_or_skip("checkin")
    assert completions(["checkin", "--outcome"], "") == ["keep", "adjust", "repaired", "support"]


def test_every_command_that_takes_a_plan_completes_plan_ids():
    missing = []
    for name in COMMANDS:
        command = importable(name)
        if command is None:
            continue
        for param in command.params:
            takes_plan = param.name in ("plan", "plan_ref", "plan_refs") or (param.metavar or "") in ("[PLAN]", "PLAN")
            if takes_plan and getattr(param, "_custom_shell_complete", None) is None:
                missing.append(f"repair {name} {param.opts[0] if param.opts else param.name}")
    assert not missing, "no plan-id completion on: " + ", ".join(missing) + \
        " (add shell_complete=common.complete_plan_ids)"


def test_command_names_complete(journal):
    names = completions([], "")
    assert {"review", "export", "edit", "completion"} <= set(names)


@pytest.mark.slow
def test_installed_command_completes_plan_ids_for_bash(tmp_path, journal):
    env = {"_REPAIR_COMPLETE": "bash_complete", "COMP_WORDS": "repair export --plan la", "COMP_CWORD": "3"}
    r = run_repair(cwd=tmp_path, env=env)
    assert r.returncode == 0 and r.stderr == ""
    assert r.stdout.splitlines() == ["plain,late-texts", "plain,laundry"]


# ------------------------------------------------------------- confirmations ---

def test_confirm_goes_ahead_with_yes_and_refuses_without_a_terminal():
    from repairkit.cli import common
    from repairkit.errors import UsageError

    assert common.confirm("Overwrite?", yes=True, refusal="no") is True
    with pytest.raises(UsageError) as e:
        common.confirm("Overwrite?", yes=False, refusal="x.md already exists")
    assert e.value.message == "x.md already exists" and "--yes" in e.value.hint


def test_usage_errors_are_exit_2(run, journal):
    assert run("export", "--format", "pdf").exit_code == 2
    assert run("--color", "sometimes", "status").exit_code == 2


# ------------------------------------------------------------ notes repositories ---

def _hook_entry(path: Path) -> tuple[list[str], dict]:
    import shlex

    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(path.read_text())
    hooks = data if isinstance(data, list) else [h for repo in data["repos"] for h in repo["hooks"]]
    hook = next(h for h in hooks if h["id"] == "repair-check")
    return shlex.split(hook["entry"]), hook


@pytest.mark.parametrize("where", [".pre-commit-hooks.yaml", "examples/pre-commit-config.yaml"])
def test_pre_commit_hook_checks_every_staged_journal(tmp_path, journal, where):
    import re
    import subprocess

    from conftest import ROOT

    entry, hook = _hook_entry(ROOT / where)
    assert re.search(hook["files"], "repair.yaml") and re.search(hook["files"], "notes/us/repair.yaml")
    assert not re.search(hook["files"], "repair.yaml.bak") and hook["pass_filenames"] is True
    broken = tmp_path / "broken" / "repair.yaml"
    broken.parent.mkdir()
    broken.write_text(JOURNAL.replace("fear: respect", "fear: respekt"))
    ok = subprocess.run(entry + [str(journal)], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(entry + [str(journal), str(broken)], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert bad.returncode == 3
    assert "repair.yaml:23:11: unknown fear 'respekt'" in bad.stderr


@pytest.mark.slow
def test_weekly_notes_script_appends_a_section_per_run(tmp_path, journal):
    import subprocess

    from conftest import ROOT

    notes = tmp_path / "weekly.md"
    notes.write_text("# Our notes\n")
    script = ROOT / "examples" / "weekly-notes.sh"
    for _ in range(2):
        r = subprocess.run([str(script), str(notes)], cwd=tmp_path, capture_output=True, text=True, check=False)
        assert r.returncode == 0, r.stderr
    text = notes.read_text()
    assert text.startswith("# Our notes\n\n## Repair journal, 2026-11-21 to 2026-11-27\n")
    assert text.count("## Repair journal, 2026-11-21 to 2026-11-27") == 2
    assert "\n### Late without a text\n" in text and "\n---\n" not in text  # no front matter mid-file
    before = notes.read_text()
    journal.write_text("version: 1\nplans: [\n")
    r = subprocess.run([str(script), str(notes)], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert r.returncode == 3 and notes.read_text() == before


@pytest.mark.slow
def test_prompt_snippet_shows_due_check_ins(tmp_path, journal):
    import shutil
    import subprocess

    from conftest import ROOT

    if not shutil.which("bash"):
        pytest.skip("no bash")
    snippet = ROOT / "examples" / "prompt-snippet.sh"
    script = f'PS1="$ "; . "{snippet}"; repair_prompt_info; echo "|"; repair_prompt_info; echo "|$PS1"'
    env = dict(os.environ, REPAIR_PROMPT_JOURNAL=str(journal))
    r = subprocess.run(["bash", "--norc", "-c", script], cwd=tmp_path, capture_output=True, text=True, env=env,
                       check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "[check-in due] |\n[check-in due] |$(repair_prompt_info)$ \n"
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "repairkit" / "prompt"
    assert cache.read_text().endswith("\n[check-in due] ")


def test_reminder_examples_use_review_check():
    import configparser

    from conftest import ROOT

    cron = (ROOT / "examples" / "reminder.cron").read_text()
    jobs = [line.split() for line in cron.splitlines() if line.strip() and not line.lstrip().startswith("#")
            and "=" not in line.split()[0]]
    assert len(jobs) == 1 and len(jobs[0]) > 5 and "review" in jobs[0] and "--check" in jobs[0]
    service = configparser.ConfigParser(strict=False, interpolation=None)
    service.read(ROOT / "examples" / "repair-reminder.service")
    assert service["Service"]["Type"] == "oneshot" and "review --check" in service["Service"]["ExecStart"]
    timer = configparser.ConfigParser(strict=False, interpolation=None)
    timer.read(ROOT / "examples" / "repair-reminder.timer")
    assert timer["Timer"]["OnCalendar"] and timer["Install"]["WantedBy"] == "timers.target"
