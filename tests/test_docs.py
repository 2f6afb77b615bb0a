"""Documentation stays true: docs/commands/ matches --help, every command has help and is in the README."""
from __future__ import annotations

import importlib.util
import re

import click
import pytest

from conftest import ROOT, run_repair
from repairkit.cli import COMMANDS


def _gen_docs():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def importable_commands() -> dict[str, click.Command]:
    found = {}
    for name, (module, function, _) in COMMANDS.items():
        try:
            found[name] = getattr(importlib.import_module(module), function)
        except ImportError:
            continue
    return found


def test_command_pages_are_up_to_date(tmp_path):
    gen = _gen_docs()
    assert gen.main(["--out", str(tmp_path / "fresh")]) == 0
    problems = []
    for fresh in sorted((tmp_path / "fresh").glob("*.md")):
        committed = ROOT / "docs" / "commands" / fresh.name
        if not committed.is_file():
            problems.append(f"{fresh.name} is missing")
        elif committed.read_text(encoding="utf-8") != fresh.read_text(encoding="utf-8"):
            problems.append(f"{fresh.name} is out of date")
    assert not problems, ("docs/commands/ does not match --help: " + "; ".join(problems)
                          + ". Run `python scripts/gen_docs.py` and commit the result.")


def test_check_mode_reports_a_stale_page(tmp_path):
    gen = _gen_docs()
    gen.main(["--out", str(tmp_path)])
    assert gen.main(["--check", "--out", str(tmp_path)]) == 0
    page = tmp_path / "export.md"
    page.write_text(page.read_text().replace("iCalendar", "vCalendar"))
    assert gen.main(["--check", "--out", str(tmp_path)]) == 1


def test_pages_are_rendered_at_a_fixed_width_whatever_the_terminal(tmp_path, monkeypatch):
    gen = _gen_docs()
    monkeypatch.setenv("COLUMNS", "200")
    wide = gen.generate()[0]
    monkeypatch.setenv("COLUMNS", "40")
    assert gen.generate()[0] == wide


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_that_leads_with_an_example(name):
    command = importable_commands().get(name)
    if command is None:
        pytest.skip(f"`repair {name}` is not importable yet")
    text = command.help or ""
    assert text.strip(), f"`repair {name}` has no help text"
    first = text.strip().splitlines()[0]
    assert len(first) <= 80, f"`repair {name}`: the first help line is the summary and should be short"
    head = "\n".join(text.strip().splitlines()[:8])
    assert "\b" in head and re.search(r"^\s+.*\brepair\b", head, re.MULTILINE), \
        f"`repair {name}` help should show an example (a \\b block with a `repair ...` line) near the top"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"`repair {name} {param.opts[0]}` has no help"


def test_every_command_is_in_the_readme():
    readme = ROOT / "README.md"
    assert readme.is_file(), "README.md does not exist yet"
    text = readme.read_text(encoding="utf-8")
    missing = [name for name in COMMANDS
               if not re.search(rf"\brepair(?: -\S+(?: \S+)?)* {re.escape(name)}\b", text)]
    assert not missing, "README.md never shows: " + ", ".join(f"`repair {name}`" for name in missing)


def test_summaries_are_one_line_sentences():
    for name, (_, _, summary) in COMMANDS.items():
        assert "\n" not in summary and summary[-1] in ".?", f"summary of `{name}`"


@pytest.mark.slow
def test_repair_help_lists_every_command_with_its_summary(tmp_path):
    r = run_repair("--help", cwd=tmp_path, env={"COLUMNS": "80"})
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    for name, (_, _, summary) in COMMANDS.items():
        assert any(re.match(rf"\s+{re.escape(name)}\s+{re.escape(summary)}$", line) for line in lines), \
            f"`repair --help` has no one-line entry for {name}"


def test_conventions_doc_documents_the_json_export_fields():
    text = (ROOT / "docs" / "conventions.md").read_text(encoding="utf-8")
    from repairkit.model import ENTRY_FIELDS, PLAN_FIELDS

    for key in ("export_version", "generated", "journal", "people", "since", "until", "plans", "log", "extra",
                *PLAN_FIELDS, *ENTRY_FIELDS):
        assert f"`{key}`" in text, f"docs/conventions.md does not document `{key}`"


def test_command_list_says_what_each_command_says_of_itself():
    """`repair --help` lists commands without importing them, from a table: the table's line for each
    command is the first line of that command's own help, so the two can never say different things."""
    import importlib

    from repairkit.cli import COMMANDS

    for name, (module, function, summary) in COMMANDS.items():
        command = getattr(importlib.import_module(module), function)
        assert summary == (command.help or "").strip().splitlines()[0], name
