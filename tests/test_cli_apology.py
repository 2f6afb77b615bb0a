"""`repair apology-draft` through the command line: drafts, files, checks, exit codes."""
from __future__ import annotations

import json
import stat

from conftest import run_repair


def test_draft_to_stdout_passes_its_own_check(run, with_plan, tmp_path):
    r = run("apology-draft")
    assert r.exit_code == 0, r.stderr
    assert "when plans change, I text you as soon as I know" in r.stdout
    assert "you say 'the text thing' and we talk that evening" in r.stdout
    assert "4 December" in r.stdout and "[" not in r.stdout
    assert "repair edit" in r.stderr and "--incident" in r.stderr
    (tmp_path / "d.md").write_text(r.stdout)
    check = run("apology-draft", "--check", str(tmp_path / "d.md"), "--json")
    assert check.exit_code == 0
    assert json.loads(check.stdout)["findings"] == []


def test_draft_to_a_file_refuses_to_overwrite(run, with_plan, tmp_path):
    out = tmp_path / "apology.md"
    assert run("apology-draft", "--out", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    first = out.read_text()
    out.write_text("my own words")
    r = run("apology-draft", "--out", str(out))
    assert r.exit_code == 2 and "--force" in r.stderr
    assert out.read_text() == "my own words"
    assert run("apology-draft", "--out", str(out), "--force").exit_code == 0
    assert out.read_text() == first


def test_edit_opens_the_draft_in_the_editor(run, with_plan, tmp_path):
    editor = tmp_path / "editor.sh"
    editor.write_text("#!/bin/sh\necho 'Edited by hand.' >> \"$1\"\n")
    editor.chmod(0o755)
    r = run("apology-draft", "--out", str(tmp_path / "a.md"), "--edit", env={"EDITOR": str(editor)})
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "a.md").read_text().endswith("Edited by hand.\n")


def test_check_from_stdin_finds_pitfalls_and_exits_1(run):
    r = run("apology-draft", "--check", "-", input="I'm sorry if you were hurt. Can we move on?\n")
    assert r.exit_code == 1
    assert "<stdin>:1:5: conditional:" in r.stdout
    assert "demand_forgiveness" in r.stdout
    doc = json.loads(run("apology-draft", "--check", "-", "--json", input="Mistakes were made.\n").stdout)
    assert doc["findings"][0]["category"] == "passive_evasion"
    assert set(doc["findings"][0]) >= {"category", "line", "col", "text", "why"}
    assert set(doc["components"]) == {"acknowledges", "names_impact", "regret", "commits_to_change",
                                      "offers_repair"}


def test_check_works_without_any_journal(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("I'm sorry I raised my voice. If it happens again, tell me and I'll stop.\n")
    r = run_repair("apology-draft", "--check", str(text), cwd=tmp_path, env={"REPAIR_JOURNAL": ""})
    assert r.returncode == 0, r.stderr
    assert "no pitfalls found" in r.stdout


def test_check_usage_errors(run, tmp_path):
    assert run("apology-draft", "--check", str(tmp_path / "missing.txt")).exit_code == 2
    assert run("apology-draft", "--json").exit_code == 2
